// SPDX-License-Identifier: EUPL-1.2
#include "core/json.hh"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <unordered_set>

#include "core/number.hh"
#include "core/utf8.hh"

namespace helder::json {

const char *kind_name(Kind kind) {
    switch (kind) {
        case Kind::Null: return "null";
        case Kind::Bool: return "boolean";
        case Kind::Number: return "number";
        case Kind::String: return "string";
        case Kind::Array: return "array";
        case Kind::Object: return "object";
    }
    return "?";
}

void append_pointer_token(std::string &pointer, std::string_view token) {
    pointer.push_back('/');
    for (char c : token) {
        if (c == '~') pointer += "~0";
        else if (c == '/') pointer += "~1";
        else pointer.push_back(c);
    }
}

// ---- Value ------------------------------------------------------------------------------

bool Value::as_bool() const { return is_bool() && doc_->nodes_[index_].flag; }
double Value::as_number() const { return is_number() ? doc_->nodes_[index_].number : 0.0; }
bool Value::is_integer() const { return is_number() && doc_->nodes_[index_].flag; }
int64_t Value::as_integer() const { return is_integer() ? doc_->nodes_[index_].integer : 0; }
std::string_view Value::raw_number() const { return is_number() ? doc_->nodes_[index_].text : std::string_view(); }
size_t Value::offset() const { return doc_ ? doc_->nodes_[index_].offset : 0; }
std::string_view Value::raw() const {
    return doc_ ? doc_->source_.substr(offset(), end_offset() - offset()) : std::string_view();
}
size_t Value::end_offset() const { return doc_ ? doc_->nodes_[index_].end : 0; }

Value Value::element(size_t n) const {
    Value v = first_child();
    while (n-- > 0 && v.valid()) v = v.next_sibling();
    return v;
}

std::string Value::pointer() const {
    if (!doc_) return std::string();
    std::vector<uint32_t> chain;  // this value and its ancestors, below the root
    for (uint32_t i = index_; i != 0; i = doc_->nodes_[i].parent) chain.push_back(i);
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const auto &parent = doc_->nodes_[doc_->nodes_[*it].parent];
        if (parent.kind == Kind::Object) {
            append_pointer_token(out, doc_->nodes_[*it].key);
        } else {
            size_t position = 0;
            for (uint32_t c = parent.first; c != *it && c != 0; c = doc_->nodes_[c].next) ++position;
            out += "/" + std::to_string(position);
        }
    }
    return out;
}

// ---- Parser -----------------------------------------------------------------------------

class Parser {
public:
    Parser(Document &doc, const Limits &limits) : doc_(doc), limits_(limits) {
        src_ = doc_.source_;
    }

    std::optional<Error> run() {
        skip_ws();
        if (!parse_value(0)) return error_;
        skip_ws();
        if (pos_ != src_.size()) return fail("unexpected data after the JSON value");
        for (const Repeated &r : repeated_) {
            std::string pointer = Value(&doc_, r.object).pointer();
            append_pointer_token(pointer, r.key);
            doc_.duplicates_.push_back(DuplicateKey{std::move(pointer), r.offset});
        }
        return std::nullopt;
    }

private:
    Document &doc_;
    const Limits &limits_;
    std::string_view src_;
    size_t pos_ = 0;
    Error error_;
    uint32_t parent_ = 0;  // the array or object whose values are being parsed
    // Repeated keys: the object, the key and its offset; named by pointer once parsing is done.
    struct Repeated {
        uint32_t object;
        std::string_view key;
        size_t offset;
    };
    std::vector<Repeated> repeated_;

    Error fail(const std::string &what) {
        error_ = make_error(HELDER_E_INVALID_JSON, "invalid JSON at byte " + std::to_string(pos_) + ": " + what, pos_);
        return error_;
    }

    void skip_ws() {
        while (pos_ < src_.size()) {
            char c = src_[pos_];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') ++pos_;
            else break;
        }
    }

    uint32_t new_node(Kind kind) {
        if (doc_.nodes_.size() >= limits_.max_nodes) return UINT32_MAX;
        doc_.nodes_.emplace_back();
        doc_.nodes_.back().kind = kind;
        doc_.nodes_.back().offset = static_cast<uint32_t>(pos_);
        doc_.nodes_.back().parent = parent_;
        return static_cast<uint32_t>(doc_.nodes_.size() - 1);
    }

    bool literal(std::string_view word) {
        if (src_.substr(pos_, word.size()) != word) {
            fail("unknown literal");
            return false;
        }
        pos_ += word.size();
        return true;
    }

    // Parses one value at pos_, appending its node(s) and recording where it ends.
    bool parse_value(size_t depth) {
        const size_t index = doc_.nodes_.size();
        if (!parse_value_body(depth)) return false;
        doc_.nodes_[index].end = static_cast<uint32_t>(pos_);
        return true;
    }

    bool parse_value_body(size_t depth) {
        if (pos_ >= src_.size()) {
            fail("unexpected end of input");
            return false;
        }
        const char c = src_[pos_];
        uint32_t index;
        switch (c) {
            case '{':
            case '[':
                if (depth >= limits_.max_depth) {
                    fail("nesting deeper than " + std::to_string(limits_.max_depth));
                    return false;
                }
                return c == '{' ? parse_object(depth + 1) : parse_array(depth + 1);
            case '"': {
                index = new_node(Kind::String);
                if (index == UINT32_MAX) return too_many_nodes();
                std::string_view text;
                if (!parse_string(text)) return false;
                doc_.nodes_[index].text = text;
                doc_.nodes_[index].count = 0;
                return true;
            }
            case 't':
            case 'f':
                index = new_node(Kind::Bool);
                if (index == UINT32_MAX) return too_many_nodes();
                doc_.nodes_[index].flag = (c == 't');
                return literal(c == 't' ? "true" : "false");
            case 'n':
                index = new_node(Kind::Null);
                if (index == UINT32_MAX) return too_many_nodes();
                return literal("null");
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return parse_number();
                fail(std::string("unexpected character '") + printable(c) + "'");
                return false;
        }
    }

    static std::string printable(char c) {
        if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F)
            return std::string(1, c);
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(c));
        return buf;
    }

    bool too_many_nodes() {
        fail("more than " + std::to_string(limits_.max_nodes) + " values");
        return false;
    }

    bool parse_number() {
        const size_t start = pos_;
        uint32_t index = new_node(Kind::Number);
        if (index == UINT32_MAX) return too_many_nodes();
        bool integral = true;
        if (src_[pos_] == '-') ++pos_;
        if (pos_ >= src_.size() || !is_digit(src_[pos_])) {
            fail("a number needs digits");
            return false;
        }
        if (src_[pos_] == '0') {
            ++pos_;
            if (pos_ < src_.size() && is_digit(src_[pos_])) {
                fail("numbers may not have leading zeros");
                return false;
            }
        } else {
            while (pos_ < src_.size() && is_digit(src_[pos_])) ++pos_;
        }
        if (pos_ < src_.size() && src_[pos_] == '.') {
            integral = false;
            ++pos_;
            if (pos_ >= src_.size() || !is_digit(src_[pos_])) {
                fail("a fraction needs digits");
                return false;
            }
            while (pos_ < src_.size() && is_digit(src_[pos_])) ++pos_;
        }
        if (pos_ < src_.size() && (src_[pos_] == 'e' || src_[pos_] == 'E')) {
            integral = false;
            ++pos_;
            if (pos_ < src_.size() && (src_[pos_] == '+' || src_[pos_] == '-')) ++pos_;
            if (pos_ >= src_.size() || !is_digit(src_[pos_])) {
                fail("an exponent needs digits");
                return false;
            }
            while (pos_ < src_.size() && is_digit(src_[pos_])) ++pos_;
        }
        auto &node = doc_.nodes_[index];
        node.text = src_.substr(start, pos_ - start);
        const std::optional<double> number = parse_double(node.text);
        node.number = number ? *number : HUGE_VAL;
        if (!std::isfinite(node.number)) {
            pos_ = start;
            fail("number out of range");
            return false;
        }
        if (integral && node.text.size() <= 19) {
            // Exact int64 parse; 19 digits (with sign: 20 chars) may still overflow.
            int64_t v = 0;
            bool neg = node.text[0] == '-';
            bool overflow = false;
            for (size_t i = neg ? 1 : 0; i < node.text.size(); ++i) {
                int d = node.text[i] - '0';
                if (v > (INT64_MAX - d) / 10) {
                    overflow = true;
                    break;
                }
                v = v * 10 + d;
            }
            if (!overflow) {
                node.flag = true;
                node.integer = neg ? -v : v;
            }
        }
        return true;
    }

    static bool is_digit(char c) { return c >= '0' && c <= '9'; }

    static int hex_value(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    bool read_hex4(uint32_t &out) {
        if (pos_ + 4 > src_.size()) {
            fail("truncated \\u escape");
            return false;
        }
        out = 0;
        for (int i = 0; i < 4; ++i) {
            int h = hex_value(src_[pos_ + i]);
            if (h < 0) {
                fail("bad \\u escape");
                return false;
            }
            out = out * 16 + static_cast<uint32_t>(h);
        }
        pos_ += 4;
        return true;
    }

    // Parses a string at pos_ (on the quote); sets out to its decoded text.
    bool parse_string(std::string_view &out) {
        ++pos_;  // opening quote
        const size_t start = pos_;
        // Fast path: no escapes. Skip ordinary bytes eight at a time (no quote, backslash or
        // control character among them).
        while (pos_ + 8 <= src_.size()) {
            uint64_t block;
            std::memcpy(&block, src_.data() + pos_, 8);
            constexpr uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
            const uint64_t quote = block ^ (ones * '"'), backslash = block ^ (ones * '\\');
            const uint64_t found = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | (block - ones * 0x20);
            if (found & ~block & highs) break;
            pos_ += 8;
        }
        while (pos_ < src_.size()) {
            const unsigned char c = static_cast<unsigned char>(src_[pos_]);
            if (c == '"') {
                out = src_.substr(start, pos_ - start);
                ++pos_;
                return true;
            }
            if (c == '\\') break;
            if (c < 0x20) {
                fail("control character in string");
                return false;
            }
            ++pos_;
        }
        if (pos_ >= src_.size()) {
            fail("unterminated string");
            return false;
        }
        return parse_escaped_string(start, out);
    }

    // The rest of a string from its first backslash at pos_ on; the decoded text is kept in the
    // document's arena, since it is not in the source.
    bool parse_escaped_string(size_t start, std::string_view &out) {
        std::string decoded(src_.substr(start, pos_ - start));
        while (pos_ < src_.size()) {
            const unsigned char c = static_cast<unsigned char>(src_[pos_]);
            if (c == '"') {
                ++pos_;
                auto buf = std::make_unique<char[]>(decoded.size() + 1);
                std::memcpy(buf.get(), decoded.data(), decoded.size());
                out = std::string_view(buf.get(), decoded.size());
                doc_.arena_.push_back(std::move(buf));
                return true;
            }
            if (c < 0x20) {
                fail("control character in string");
                return false;
            }
            if (c != '\\') {
                decoded.push_back(static_cast<char>(c));
                ++pos_;
                continue;
            }
            ++pos_;
            if (pos_ >= src_.size()) break;
            if (!append_escape(decoded)) return false;
        }
        fail("unterminated string");
        return false;
    }

    // Decodes the escape at pos_ (just after its backslash) onto decoded.
    bool append_escape(std::string &decoded) {
        const char e = src_[pos_++];
        switch (e) {
            case '"': decoded.push_back('"'); break;
            case '\\': decoded.push_back('\\'); break;
            case '/': decoded.push_back('/'); break;
            case 'b': decoded.push_back('\b'); break;
            case 'f': decoded.push_back('\f'); break;
            case 'n': decoded.push_back('\n'); break;
            case 'r': decoded.push_back('\r'); break;
            case 't': decoded.push_back('\t'); break;
            case 'u': {
                uint32_t cp;
                if (!read_unicode_escape(cp)) return false;
                utf8::append(decoded, cp);
                break;
            }
            default:
                --pos_;
                fail("unknown escape");
                return false;
        }
        return true;
    }

    // The code point of a \u escape (pos_ after the 'u'); a high surrogate takes the \u escape
    // of its low surrogate along.
    bool read_unicode_escape(uint32_t &cp) {
        if (!read_hex4(cp)) return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF) {
            fail("lone low surrogate in \\u escape");
            return false;
        }
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t low;
            if (pos_ + 2 > src_.size() || src_[pos_] != '\\' || src_[pos_ + 1] != 'u') {
                fail("high surrogate without a low surrogate");
                return false;
            }
            pos_ += 2;
            if (!read_hex4(low)) return false;
            if (low < 0xDC00 || low > 0xDFFF) {
                fail("high surrogate without a low surrogate");
                return false;
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        return true;
    }

    // Links child as the next value of the array or object `container`.
    void append_child(uint32_t container, uint32_t child, uint32_t &last, uint32_t &count) {
        if (count == 0) doc_.nodes_[container].first = child;
        else doc_.nodes_[last].next = child;
        last = child;
        ++count;
    }

    // After an element or member: reads the ',' (more follows) or the closing bracket (done).
    enum class After { More, Done, Error };
    After after_item(char close, const char *container) {
        skip_ws();
        if (pos_ < src_.size() && src_[pos_] == ',') {
            ++pos_;
            return After::More;
        }
        if (pos_ < src_.size() && src_[pos_] == close) {
            ++pos_;
            return After::Done;
        }
        return item_error(close, container);
    }

    // Apart from after_item, so that building the message does not keep it from being inlined.
    After item_error(char close, const char *container) {
        if (pos_ >= src_.size()) fail(std::string("unterminated ") + container);
        else fail(std::string("expected ',' or '") + close + "' in " + container);
        return After::Error;
    }

    bool parse_array(size_t depth) {
        uint32_t index = new_node(Kind::Array);
        if (index == UINT32_MAX) return too_many_nodes();
        ++pos_;
        skip_ws();
        if (pos_ < src_.size() && src_[pos_] == ']') {
            ++pos_;
            return true;
        }
        uint32_t last = 0, count = 0;
        const uint32_t outer = parent_;
        parent_ = index;
        for (After next = After::More; next == After::More;) {
            skip_ws();
            const auto child = static_cast<uint32_t>(doc_.nodes_.size());
            if (!parse_value(depth)) return false;
            append_child(index, child, last, count);
            next = after_item(']', "array");
            if (next == After::Error) return false;
        }
        doc_.nodes_[index].count = count;
        parent_ = outer;
        return true;
    }

    // A member's key and the ':' after it; key_offset is where the key starts.
    bool parse_key(std::string_view &key, size_t &key_offset) {
        skip_ws();
        if (pos_ >= src_.size() || src_[pos_] != '"') {
            fail("expected a string key in object");
            return false;
        }
        key_offset = pos_;
        if (!parse_string(key)) return false;
        skip_ws();
        if (pos_ >= src_.size() || src_[pos_] != ':') {
            fail("expected ':' after key");
            return false;
        }
        ++pos_;
        skip_ws();
        return true;
    }

    // Whether key is among the `count` members of the object so far (the last is `last`).
    // Large objects keep their keys in a set, made when the object reaches 16 members.
    bool repeats_key(uint32_t object, uint32_t count, uint32_t last, std::string_view key,
                     std::optional<std::unordered_set<std::string_view>> &many_keys) {
        bool duplicate = false;
        if (count < 16) {  // a short walk over the members so far, without allocating
            for (uint32_t m = count ? doc_.nodes_[object].first : 0; count && !duplicate; m = doc_.nodes_[m].next) {
                duplicate = doc_.nodes_[m].key == key;
                if (m == last) break;
            }
            return duplicate;
        }
        if (!many_keys) {
            many_keys.emplace();
            for (uint32_t m = doc_.nodes_[object].first;; m = doc_.nodes_[m].next) {
                many_keys->insert(doc_.nodes_[m].key);
                if (m == last) break;
            }
        }
        return !many_keys->insert(key).second;
    }

    bool parse_object(size_t depth) {
        uint32_t index = new_node(Kind::Object);
        if (index == UINT32_MAX) return too_many_nodes();
        ++pos_;
        skip_ws();
        if (pos_ < src_.size() && src_[pos_] == '}') {
            ++pos_;
            return true;
        }
        uint32_t last = 0, count = 0;
        const uint32_t outer = parent_;
        parent_ = index;
        std::optional<std::unordered_set<std::string_view>> many_keys;  // only for large objects
        for (After next = After::More; next == After::More;) {
            size_t key_offset = 0;
            std::string_view key;
            if (!parse_key(key, key_offset)) return false;
            const bool duplicate = repeats_key(index, count, last, key, many_keys);
            if (duplicate) {
                if (limits_.reject_duplicate_keys) {
                    pos_ = key_offset;
                    fail("duplicate key \"" + std::string(key) + "\"");
                    return false;
                }
                repeated_.push_back(Repeated{index, key, key_offset});
            }
            const auto child = static_cast<uint32_t>(doc_.nodes_.size());
            if (!parse_value(depth)) return false;
            // A repeated key keeps the first member only: the later value's nodes stay in the
            // vector but are left out of the chain, unreachable.
            if (!duplicate) {
                doc_.nodes_[child].key = key;
                append_child(index, child, last, count);
            }
            next = after_item('}', "object");
            if (next == After::Error) return false;
        }
        doc_.nodes_[index].count = count;
        parent_ = outer;
        return true;
    }
};

Value Document::at(std::string_view pointer) const {
    Value v = root();
    size_t pos = 0;
    while (pos < pointer.size() && v.valid()) {
        if (pointer[pos] != '/') return Value();
        size_t next = pointer.find('/', pos + 1);
        if (next == std::string_view::npos) next = pointer.size();
        std::string token;
        for (size_t i = pos + 1; i < next; ++i) {
            if (pointer[i] == '~' && i + 1 < next && (pointer[i + 1] == '0' || pointer[i + 1] == '1')) {
                token.push_back(pointer[i + 1] == '0' ? '~' : '/');
                ++i;
            } else {
                token.push_back(pointer[i]);
            }
        }
        if (v.is_object()) {
            v = v.find(token);
        } else if (v.is_array()) {
            size_t index = 0;
            bool digits = !token.empty();
            for (char c : token) digits = digits && c >= '0' && c <= '9', index = index * 10 + static_cast<size_t>(c - '0');
            if (!digits) return Value();
            Value e = v.first_child();
            for (size_t i = 0; i < index && e.valid(); ++i) e = e.next_sibling();
            v = e;
        } else {
            return Value();
        }
        pos = next;
    }
    return v;
}

Result<Document> Document::parse(std::string_view text, const Limits &limits) {
    if (text.size() > limits.max_bytes)
        return make_error(HELDER_E_TOO_LARGE, "JSON document of " + std::to_string(text.size()) +
                                                  " bytes exceeds the limit of " +
                                                  std::to_string(limits.max_bytes));
    if (auto bad = utf8::first_invalid(text))
        return make_error(HELDER_E_INVALID_UTF8, "JSON is not valid UTF-8 at byte " + std::to_string(*bad), *bad);
    Document doc;
    doc.source_buffer_ = std::make_unique<char[]>(text.size() + 1);
    if (!text.empty()) std::memcpy(doc.source_buffer_.get(), text.data(), text.size());
    doc.source_ = std::string_view(doc.source_buffer_.get(), text.size());
    doc.nodes_.reserve(text.size() / 16 + 4);
    Parser parser(doc, limits);
    if (auto err = parser.run()) return *err;
    return doc;
}

}  // namespace helder::json
