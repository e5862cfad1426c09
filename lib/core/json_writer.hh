// A compact, deterministic JSON writer: the same calls give the same bytes on every platform
// (the native library and the WebAssembly build must produce identical reports).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace helder::json {

class Writer {
public:
    Writer &begin_object();
    Writer &end_object();
    Writer &begin_array();
    Writer &end_array();
    Writer &key(std::string_view name);
    Writer &string(std::string_view text);  // text must be valid UTF-8
    Writer &integer(int64_t value);
    // A number rounded half away from zero to `decimals` places (0..6), printed without
    // exponent or trailing zeros; uses integer arithmetic only, so it prints identically everywhere.
    Writer &fixed(double value, int decimals);
    Writer &boolean(bool value);
    Writer &null();
    // Inserts an already-serialised JSON value as it is.
    Writer &raw(std::string_view json);

    const std::string &str() const { return out_; }
    std::string take() { return std::move(out_); }
    void reserve(size_t n) { out_.reserve(n); }

private:
    void before_value();
    std::string out_;
    std::vector<bool> first_;  // per open container: no element written yet
    bool after_key_ = false;
};

// Appends text as a quoted JSON string.
void append_quoted(std::string &out, std::string_view text);

}  // namespace helder::json
