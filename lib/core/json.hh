// SPDX-License-Identifier: EUPL-1.2
// A strict JSON reader (RFC 8259) into a flat, read-only document. Limits on size, depth and
// node count keep hostile input cheap; every error and every value carries its byte offset.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hh"

namespace helder::json {

enum class Kind : uint8_t { Null, Bool, Number, String, Array, Object };

const char *kind_name(Kind kind);

struct Limits {
    size_t max_bytes = 64u * 1024 * 1024;
    size_t max_depth = 64;
    size_t max_nodes = 4u * 1024 * 1024;
    bool reject_duplicate_keys = true;  // false: keep the first, record the later ones
};

struct DuplicateKey {
    std::string pointer;  // JSON Pointer of the repeated member
    size_t offset;        // byte offset of the repeated key
};

class Document;

// A view of one value inside a Document; cheap to copy, valid while the Document lives.
class Value {
public:
    Value() = default;
    // Every accessor is safe on a missing value (valid() false): is_* are false, as_* give
    // false/0/"", and find or iteration give missing values again.
    bool valid() const { return doc_ != nullptr; }
    inline Kind kind() const;  // Null for a missing value
    bool is_null() const { return valid() && kind() == Kind::Null; }
    bool is_bool() const { return valid() && kind() == Kind::Bool; }
    bool is_number() const { return valid() && kind() == Kind::Number; }
    bool is_string() const { return valid() && kind() == Kind::String; }
    bool is_array() const { return valid() && kind() == Kind::Array; }
    bool is_object() const { return valid() && kind() == Kind::Object; }

    bool as_bool() const;
    double as_number() const;
    bool is_integer() const;      // a number written without fraction or exponent, fits int64
    int64_t as_integer() const;
    inline std::string_view as_string() const;
    std::string_view raw_number() const;  // the number exactly as written
    size_t offset() const;                // byte offset of the value in the source
    size_t end_offset() const;            // one past its last byte
    std::string_view raw() const;         // the value's text in the source
    inline size_t size() const;           // members of an object, elements of an array

    // Object member by key (the first one), or an invalid Value.
    inline Value find(std::string_view key) const;
    // Iteration over array elements or object members (use key() on each).
    inline Value first_child() const;
    inline Value next_sibling() const;
    Value element(size_t n) const;        // the n-th child (from 0), or an invalid Value
    inline std::string_view key() const;  // key of an object member; "" otherwise
    // The JSON Pointer (RFC 6901) of this value in its document ("" for the root). Built on
    // demand, by walking up to the root: meant for reports, not for hot loops.
    std::string pointer() const;

private:
    friend class Document;
    friend class Parser;
    Value(const Document *doc, uint32_t index) : doc_(doc), index_(index) {}
    const Document *doc_ = nullptr;
    uint32_t index_ = 0;
};

class Document {
public:
    Value root() const { return Value(this, 0); }
    // The value a JSON Pointer names ("" is the root), or a missing value.
    Value at(std::string_view pointer) const;
    const std::vector<DuplicateKey> &duplicate_keys() const { return duplicates_; }
    std::string_view source() const { return source_; }

    // Parses text. The Document keeps its own copy of the source.
    static Result<Document> parse(std::string_view text, const Limits &limits = Limits());

    Document() = default;
    Document(Document &&) noexcept = default;
    Document &operator=(Document &&) noexcept = default;

private:
    friend class Value;
    friend class Parser;
    struct Node {
        Kind kind = Kind::Null;
        bool flag = false;  // Bool: value; Number: is_integer
        uint32_t first = 0, next = 0, count = 0;
        uint32_t parent = 0;  // the containing array or object (the root: 0, itself)
        uint32_t offset = 0, end = 0;
        double number = 0;
        int64_t integer = 0;
        std::string_view text;  // String: decoded value; Number: raw text
        std::string_view key;
    };
    std::unique_ptr<char[]> source_buffer_;  // heap, so that views survive a move
    std::string_view source_;
    std::vector<Node> nodes_;
    std::vector<std::unique_ptr<char[]>> arena_;  // decoded strings that had escapes
    std::vector<DuplicateKey> duplicates_;
};

// Appends the JSON Pointer escaping of one reference token (~ -> ~0, / -> ~1).
void append_pointer_token(std::string &pointer, std::string_view token);

// The hot accessors, inline: validation walks every value of a document through them.
inline Kind Value::kind() const { return doc_ ? doc_->nodes_[index_].kind : Kind::Null; }
inline std::string_view Value::as_string() const { return is_string() ? doc_->nodes_[index_].text : std::string_view(); }
inline std::string_view Value::key() const { return doc_ ? doc_->nodes_[index_].key : std::string_view(); }
inline size_t Value::size() const { return (is_array() || is_object()) ? doc_->nodes_[index_].count : 0; }

inline Value Value::first_child() const {
    if (!doc_) return Value();
    const auto &n = doc_->nodes_[index_];
    if ((n.kind != Kind::Array && n.kind != Kind::Object) || n.count == 0) return Value();
    return Value(doc_, n.first);
}

inline Value Value::next_sibling() const {
    if (!doc_) return Value();
    const uint32_t next = doc_->nodes_[index_].next;
    return next == 0 ? Value() : Value(doc_, next);
}

inline Value Value::find(std::string_view key) const {
    if (!is_object()) return Value();
    for (Value m = first_child(); m.valid(); m = m.next_sibling())
        if (m.key() == key) return m;
    return Value();
}

}  // namespace helder::json
