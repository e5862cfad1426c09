// SPDX-License-Identifier: EUPL-1.2
#include "core/utf8.hh"

#include <cstring>

namespace helder::utf8 {

std::optional<size_t> first_invalid(std::string_view text) {
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        // ASCII fast path, eight bytes at a time.
        while (i + 8 <= n) {
            uint64_t block;
            std::memcpy(&block, s + i, 8);
            if (block & 0x8080808080808080ULL) break;
            i += 8;
        }
        if (i >= n) break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;        // no overlongs
            if (c == 0xED) hi = 0x9F;        // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;        // no overlongs
            if (c == 0xF4) hi = 0x8F;        // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + len > n) return i;
        if (s[i + 1] < lo || s[i + 1] > hi) return i;
        for (size_t k = 2; k < len; ++k)
            if ((s[i + k] & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::nullopt;
}

char32_t decode(std::string_view text, size_t &pos) {
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const unsigned char c = s[pos];
    if (c < 0x80) {
        ++pos;
        return c;
    }
    if (c < 0xE0) {
        char32_t cp = ((c & 0x1Fu) << 6) | (s[pos + 1] & 0x3Fu);
        pos += 2;
        return cp;
    }
    if (c < 0xF0) {
        char32_t cp = ((c & 0x0Fu) << 12) | ((s[pos + 1] & 0x3Fu) << 6) | (s[pos + 2] & 0x3Fu);
        pos += 3;
        return cp;
    }
    char32_t cp = ((c & 0x07u) << 18) | ((s[pos + 1] & 0x3Fu) << 12) |
                  ((s[pos + 2] & 0x3Fu) << 6) | (s[pos + 3] & 0x3Fu);
    pos += 4;
    return cp;
}

void append(std::string &out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

size_t count_code_points(std::string_view text) {
    size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++count;
    return count;
}

Utf16Text to_utf16(std::string_view text) {
    Utf16Text out;
    out.units.reserve(text.size());
    out.byte_offset.reserve(text.size() + 1);
    size_t pos = 0;
    while (pos < text.size()) {
        const auto start = static_cast<uint32_t>(pos);
        const unsigned char c = static_cast<unsigned char>(text[pos]);
        if (c < 0x80) {
            out.units.push_back(c);
            out.byte_offset.push_back(start);
            ++pos;
            continue;
        }
        char32_t cp = decode(text, pos);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out.units.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
            out.units.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
            out.byte_offset.push_back(start);
            out.byte_offset.push_back(start);
        } else {
            out.units.push_back(static_cast<char16_t>(cp));
            out.byte_offset.push_back(start);
        }
    }
    out.byte_offset.push_back(static_cast<uint32_t>(text.size()));
    return out;
}

Utf16Buffer to_utf16_units(std::string_view text) {
    Utf16Buffer units(text.size());  // never more units than bytes
    size_t n = 0, pos = 0;
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    while (pos < text.size()) {
        if (s[pos] < 0x80) {
            units[n++] = s[pos++];
            continue;
        }
        char32_t cp = decode(text, pos);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            units[n++] = static_cast<char16_t>(0xD800 + (cp >> 10));
            units[n++] = static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
        } else {
            units[n++] = static_cast<char16_t>(cp);
        }
    }
    units.set_size(n);
    return units;
}

}  // namespace helder::utf8
