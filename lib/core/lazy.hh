// SPDX-License-Identifier: EUPL-1.2
// A value built on its first use, once, even when several threads ask at the same moment: the
// parts of a context that a caller may never need (the text checker's lexicons, the dossier
// schema) cost nothing until then. A build that throws leaves nothing built; the next use tries
// again (the exception reaches the caller, at the C boundary a status).
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <utility>

namespace helder {

template <class T>
class Lazy {
public:
    explicit Lazy(std::function<std::unique_ptr<T>()> build) : build_(std::move(build)) {}
    Lazy(const Lazy &) = delete;
    Lazy &operator=(const Lazy &) = delete;

    const T &get() const {
        if (const T *value = ready_.load(std::memory_order_acquire)) return *value;
        std::lock_guard<std::mutex> lock(mutex_);
        if (!value_) {
            value_ = build_();
            ready_.store(value_.get(), std::memory_order_release);
        }
        return *value_;
    }
    const T &operator*() const { return get(); }
    const T *operator->() const { return &get(); }
    // Whether the value has been built (for tests: what a context builds when).
    bool built() const { return ready_.load(std::memory_order_acquire) != nullptr; }

private:
    std::function<std::unique_ptr<T>()> build_;
    mutable std::mutex mutex_;
    mutable std::unique_ptr<T> value_;
    mutable std::atomic<const T *> ready_{nullptr};
};

}  // namespace helder
