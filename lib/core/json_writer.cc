#include "core/json_writer.hh"

#include <cmath>
#include <cstdio>
#include <cstring>

namespace helder::json {

void append_quoted(std::string &out, std::string_view text) {
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
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
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                out += "\\u00";
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 0xF]);
        }
    }
    out.append(text.data() + run, text.size() - run);
    out.push_back('"');
}

void Writer::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) out_.push_back(',');
        first_.back() = false;
    }
}

Writer &Writer::begin_object() {
    before_value();
    out_.push_back('{');
    first_.push_back(true);
    return *this;
}

Writer &Writer::end_object() {
    out_.push_back('}');
    first_.pop_back();
    return *this;
}

Writer &Writer::begin_array() {
    before_value();
    out_.push_back('[');
    first_.push_back(true);
    return *this;
}

Writer &Writer::end_array() {
    out_.push_back(']');
    first_.pop_back();
    return *this;
}

Writer &Writer::key(std::string_view name) {
    before_value();
    append_quoted(out_, name);
    out_.push_back(':');
    after_key_ = true;
    return *this;
}

Writer &Writer::string(std::string_view text) {
    before_value();
    append_quoted(out_, text);
    return *this;
}

Writer &Writer::integer(int64_t value) {
    before_value();
    out_ += std::to_string(value);
    return *this;
}

Writer &Writer::fixed(double value, int decimals) {
    before_value();
    if (!std::isfinite(value)) {
        out_ += "null";
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
    if (negative && magnitude != 0) out_.push_back('-');
    out_ += std::to_string(whole);
    if (frac != 0) {
        std::string digits = std::to_string(frac);
        digits.insert(0, static_cast<size_t>(decimals) - digits.size(), '0');
        while (!digits.empty() && digits.back() == '0') digits.pop_back();
        out_.push_back('.');
        out_ += digits;
    }
    return *this;
}

Writer &Writer::boolean(bool value) {
    before_value();
    out_ += value ? "true" : "false";
    return *this;
}

Writer &Writer::null() {
    before_value();
    out_ += "null";
    return *this;
}

Writer &Writer::raw(std::string_view json) {
    before_value();
    out_.append(json.data(), json.size());
    return *this;
}

}  // namespace helder::json
