// SPDX-License-Identifier: EUPL-1.2
// A compact, deterministic JSON writer: the same calls give the same bytes on every platform
// (the native library and the WebAssembly build must produce identical reports).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/memory.hh"

namespace helder::json {

// Text in memory from memory::allocate (core/memory.hh): what the C API hands to the caller
// (helder_free() frees it).
struct OwnedText {
    std::unique_ptr<char, memory::Releaser> data;  // NUL-terminated
    size_t size = 0;
    std::string_view view() const { return std::string_view(data.get(), size); }
    std::string str() const { return std::string(view()); }
};

// A growable byte buffer with inline appends (libc++ does not inline std::string::push_back,
// a large cost in WebAssembly, where reports are written byte by byte). It lives in memory from
// memory::allocate, so a finished document leaves without a copy (release()).
class Bytes {
public:
    void push(char c) {
        if (size_ == capacity_) grow(1);
        data_.get()[size_++] = c;
    }
    void append(const char *p, size_t n) {
        if (n == 0) return;  // p may be null then (an empty string_view), which memcpy may not get
        if (capacity_ - size_ < n) grow(n);
        std::memcpy(data_.get() + size_, p, n);
        size_ += n;
    }
    void append(std::string_view s) { append(s.data(), s.size()); }
    void reserve(size_t n) {
        if (n > capacity_) grow(n - size_);
    }
    std::string_view view() const { return std::string_view(data_.get(), size_); }
    size_t size() const { return size_; }
    void truncate(size_t n) {
        if (n < size_) size_ = n;
    }
    OwnedText release();

private:
    void grow(size_t at_least);
    std::unique_ptr<char, memory::Releaser> data_;
    size_t size_ = 0, capacity_ = 0;
};

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

    std::string_view str() const { return out_.view(); }
    std::string take() const { return std::string(out_.view()); }
    // The finished document, NUL-terminated, in memory from memory::allocate; the writer is empty after.
    OwnedText release() { return out_.release(); }
    void reserve(size_t n) { out_.reserve(n); }

    size_t size() const { return out_.size(); }
    // Values written so far (objects, arrays, strings, numbers, …; raw() counts as one): what
    // a reader of the document counts as its nodes.
    size_t values() const { return values_; }

    // Where the writer stands between two elements of an open array or object, to go back to.
    struct Mark {
        size_t bytes, values;
        bool first;
    };
    Mark mark() const { return Mark{out_.size(), values_, first_.empty() || first_.back()}; }
    // Forgets everything written since the mark, which was taken in the container still open.
    void rollback(const Mark &m);

private:
    void before_value();
    Bytes out_;
    std::vector<bool> first_;  // per open container: no element written yet
    bool after_key_ = false;
    size_t values_ = 0;
};

// The elements of an array written while the whole document stays within a budget of bytes and
// values: an element that goes past it is taken back, and no element is written after it. The
// budget keeps `room` bytes and values for what the document writes after the array.
class BoundedArray {
public:
    struct Budget {
        size_t max_bytes, max_values, room;
    };
    BoundedArray(Writer &w, const Budget &budget) : w_(w), budget_(budget) {}
    // Writes one element with write(w); false when it did not fit (nothing of it is left).
    template <class Write>
    bool add(Write write) {
        if (full_) return false;
        const Writer::Mark m = w_.mark();
        write(w_);
        if (w_.size() + budget_.room <= budget_.max_bytes && w_.values() + budget_.room <= budget_.max_values) return true;
        w_.rollback(m);
        full_ = true;
        return false;
    }
    bool full() const { return full_; }

private:
    Writer &w_;
    Budget budget_;
    bool full_ = false;
};

class Value;
// Writes a value of a parsed document as it stood in its source.
void copy_value(Writer &w, const Value &v);
void append_quoted(Bytes &out, std::string_view text);

}  // namespace helder::json
