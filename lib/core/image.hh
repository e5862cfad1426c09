// SPDX-License-Identifier: EUPL-1.2
// A flat binary image of data built once at build time and read in place at run time (the text
// checker's lexicon: docs/architecture.md). Plain bytes in the build machine's layout: an image
// is only ever read by the library built with it. Arrays are aligned to 8 bytes so that they can
// be used where they lie.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

#include "core/result.hh"

namespace helder::image {

class Writer {
public:
    explicit Writer(std::string &out) : out_(out) {}
    void u64(uint64_t v) { bytes(&v, sizeof v); }
    void string(std::string_view s) {
        u64(s.size());
        bytes(s.data(), s.size());
    }
    template <class T>
    void array(const T *items, size_t count) {
        static_assert(std::is_trivially_copyable_v<T>, "an image holds plain bytes");
        // Padding bytes hold whatever was there: an image of a type with padding would differ from
        // build to build.
        static_assert(std::has_unique_object_representations_v<T>, "an image holds no padding");
        u64(count);
        bytes(items, count * sizeof(T));
    }

private:
    void bytes(const void *data, size_t n) {
        out_.append(static_cast<const char *>(data), n);
        out_.append((8 - out_.size() % 8) % 8, '\0');
    }
    std::string &out_;
};

// Reads what Writer wrote; a short or malformed image is a Failure (HELDER_E_INTERNAL), never a
// read past its end.
class Reader {
public:
    explicit Reader(std::string_view image) : image_(image) {}
    uint64_t u64() {
        uint64_t v;
        std::memcpy(&v, take(sizeof v), sizeof v);
        return v;
    }
    // A number of items that follow, each taking at least 8 bytes: more than the bytes left can
    // hold is a malformed image (so a count never makes a caller reserve without bound).
    uint64_t count() {
        const uint64_t n = u64();
        if (n > (image_.size() - at_) / 8) fail();
        return n;
    }
    std::string_view string() {
        const uint64_t n = u64();
        return std::string_view(take(n), n);
    }
    // The array where it lies in the image (which must be 8-byte aligned and outlive its use).
    template <class T>
    const T *array(size_t &count) {
        static_assert(std::is_trivially_copyable_v<T>, "an image holds plain bytes");
        static_assert(alignof(T) <= 8, "arrays in an image are 8-byte aligned");
        const uint64_t n = u64();
        if (n > image_.size() / sizeof(T)) fail();
        count = n;
        return reinterpret_cast<const T *>(take(n * sizeof(T)));
    }
    bool at_end() const { return at_ == image_.size(); }

private:
    const char *take(uint64_t n) {
        const uint64_t padded = n + (8 - n % 8) % 8;
        if (n > image_.size() || padded > image_.size() - at_) fail();
        const char *p = image_.data() + at_;
        at_ += padded;
        return p;
    }
    [[noreturn]] static void fail() { throw Failure(HELDER_E_INTERNAL, "the built-in lexicon image is malformed"); }
    std::string_view image_;
    size_t at_ = 0;
};

}  // namespace helder::image
