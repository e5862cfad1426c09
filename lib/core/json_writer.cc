// SPDX-License-Identifier: EUPL-1.2
#include "core/json_writer.hh"

#include "core/json.hh"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <new>

namespace helder::json {

void Bytes::grow(size_t at_least) {
    size_t capacity = capacity_ ? capacity_ * 2 : 256;
    while (capacity - size_ < at_least + 1) capacity *= 2;  // + 1: room for release()'s NUL
    // realloc grows large blocks in place (no copy of what is already written).
    char *bigger = static_cast<char *>(memory::reallocate(data_.get(), capacity));
    if (!bigger) throw std::bad_alloc();
    (void)data_.release();
    data_.reset(bigger);
    capacity_ = capacity;
}

OwnedText Bytes::release() {
    if (capacity_ == size_) grow(1);
    data_.get()[size_] = '\0';
    OwnedText out{std::move(data_), size_};
    size_ = capacity_ = 0;
    return out;
}

void append_quoted(Bytes &out, std::string_view text) {
    static const char hex[] = "0123456789abcdef";
    out.push('"');
    size_t run = 0;  // start of the pending run of characters that need no escape
    for (size_t i = 0; i < text.size(); ++i) {
        // Skip eight plain bytes at a time: no control character, quote or backslash.
        while (i + 8 <= text.size()) {
            uint64_t block;
            std::memcpy(&block, text.data() + i, 8);
            const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
            const uint64_t control = (block - ones * 0x20) & ~block;
            const uint64_t quote = ((block ^ (ones * '"')) - ones) & ~(block ^ (ones * '"'));
            const uint64_t slash = ((block ^ (ones * '\\')) - ones) & ~(block ^ (ones * '\\'));
            if ((control | quote | slash) & highs) break;
            i += 8;
        }
        if (i >= text.size()) break;
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            case '\b': out.append("\\b"); break;
            case '\f': out.append("\\f"); break;
            default:
                out.append("\\u00");
                out.push(hex[c >> 4]);
                out.push(hex[c & 0xF]);
        }
    }
    out.append(text.data() + run, text.size() - run);
    out.push('"');
}

void Writer::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) out_.push(',');
        first_.back() = false;
    }
}

Writer &Writer::begin_object() {
    before_value();
    ++values_;
    out_.push('{');
    first_.push_back(true);
    return *this;
}

Writer &Writer::end_object() {
    out_.push('}');
    first_.pop_back();
    return *this;
}

Writer &Writer::begin_array() {
    before_value();
    ++values_;
    out_.push('[');
    first_.push_back(true);
    return *this;
}

Writer &Writer::end_array() {
    out_.push(']');
    first_.pop_back();
    return *this;
}

Writer &Writer::key(std::string_view name) {
    before_value();
    append_quoted(out_, name);
    out_.push(':');
    after_key_ = true;
    return *this;
}

Writer &Writer::string(std::string_view text) {
    before_value();
    ++values_;
    append_quoted(out_, text);
    return *this;
}

Writer &Writer::integer(int64_t value) {
    before_value();
    ++values_;
    out_.append(std::to_string(value));
    return *this;
}

Writer &Writer::fixed(double value, int decimals) {
    before_value();
    ++values_;
    if (!std::isfinite(value)) {
        out_.append("null");
        return *this;
    }
    if (decimals < 0) decimals = 0;
    if (decimals > 6) decimals = 6;
    int64_t scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    const long long scaled = std::llround(value * static_cast<double>(scale));
    const bool negative = scaled < 0;
    const unsigned long long magnitude =
        negative ? 0ULL - static_cast<unsigned long long>(scaled) : static_cast<unsigned long long>(scaled);
    unsigned long long whole = magnitude / static_cast<unsigned long long>(scale);
    unsigned long long frac = magnitude % static_cast<unsigned long long>(scale);
    if (negative && magnitude != 0) out_.push('-');
    out_.append(std::to_string(whole));
    if (frac != 0) {
        std::string digits = std::to_string(frac);
        digits.insert(0, static_cast<size_t>(decimals) - digits.size(), '0');
        while (!digits.empty() && digits.back() == '0') digits.pop_back();
        out_.push('.');
        out_.append(digits);
    }
    return *this;
}

Writer &Writer::boolean(bool value) {
    before_value();
    ++values_;
    out_.append(value ? "true" : "false");
    return *this;
}

Writer &Writer::null() {
    before_value();
    ++values_;
    out_.append("null");
    return *this;
}

Writer &Writer::raw(std::string_view json) {
    before_value();
    ++values_;
    out_.append(json);
    return *this;
}

void Writer::rollback(const Mark &m) {
    out_.truncate(m.bytes);
    values_ = m.values;
    if (!first_.empty()) first_.back() = m.first;
    after_key_ = false;
}

void copy_value(Writer &w, const Value &v) { w.raw(v.raw()); }

}  // namespace helder::json
