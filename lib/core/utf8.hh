// SPDX-License-Identifier: EUPL-1.2
// UTF-8 validation, decoding and the UTF-8 <-> UTF-16 offset mapping that ICU needs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helder::utf8 {

// Byte offset of the first invalid sequence, or nothing when the whole text is valid UTF-8
// (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
std::optional<size_t> first_invalid(std::string_view text);

// Decodes the code point at text[pos] (text must be valid) and advances pos.
char32_t decode(std::string_view text, size_t &pos);

// Appends the UTF-8 encoding of cp.
void append(std::string &out, char32_t cp);

// Number of code points in valid UTF-8.
size_t count_code_points(std::string_view text);

// UTF-16 copy of valid UTF-8 text, with the UTF-8 byte offset of every UTF-16 unit
// (byte_offset has one extra entry at the end: text.size()).
struct Utf16Text {
    std::u16string units;
    std::vector<uint32_t> byte_offset;
};
Utf16Text to_utf16(std::string_view text);

// A UTF-16 copy of a text in uninitialised storage (no zero-filling of a large buffer).
class Utf16Buffer {
public:
    explicit Utf16Buffer(size_t capacity) : data_(new char16_t[capacity ? capacity : 1]) {}
    char16_t *data() { return data_.get(); }
    const char16_t *data() const { return data_.get(); }
    size_t size() const { return size_; }
    char16_t &operator[](size_t i) { return data_[i]; }
    const char16_t &operator[](size_t i) const { return data_[i]; }
    void set_size(size_t n) { size_ = n; }

private:
    std::unique_ptr<char16_t[]> data_;
    size_t size_ = 0;
};

// Only the UTF-16 copy, when offsets are converted another way.
Utf16Buffer to_utf16_units(std::string_view text);

}  // namespace helder::utf8
