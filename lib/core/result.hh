// SPDX-License-Identifier: EUPL-1.2
// Errors inside helder: an Error value, a Result<T> for expected failures, and Failure for the
// rare deep error that unwinds to the C boundary. lib/capi maps all three to helder_status.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

#include "helder/common.h"

namespace helder {

struct Error {
    helder_status status = HELDER_E_INTERNAL;
    std::string message;
    size_t offset = static_cast<size_t>(-1);  // byte offset in the input, when there is one
};

// Thrown where returning a Result through many layers would only add noise.
class Failure : public std::runtime_error {
public:
    Failure(helder_status status, const std::string &message)
        : std::runtime_error(message), status_(status) {}
    helder_status status() const noexcept { return status_; }

private:
    helder_status status_;
};

template <class T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}                 // NOLINT: implicit by design
    Result(Error error) : state_(std::move(error)) {}             // NOLINT: implicit by design
    bool ok() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }
    T &value() & { return std::get<0>(state_); }
    T &&value() && { return std::get<0>(std::move(state_)); }
    const T &value() const & { return std::get<0>(state_); }
    const Error &error() const { return std::get<1>(state_); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, Error> state_;
};

inline Error make_error(helder_status status, std::string message, size_t offset = static_cast<size_t>(-1)) {
    return Error{status, std::move(message), offset};
}

}  // namespace helder
