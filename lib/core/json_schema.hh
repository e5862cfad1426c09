// A JSON Schema (draft 2020-12) validator for the subset helder's published schemas use:
// type, properties, required, additionalProperties, items, enum, const, minimum, maximum,
// minLength, maxLength, minItems, maxItems, format (date, date-time), $ref to "#/$defs/…",
// anyOf. Loading a schema with any other keyword fails, so a schema can never rely on a
// keyword that is silently not checked. Annotations ($schema, $id, title, description,
// $comment, examples, default, $defs) are accepted.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.hh"
#include "core/result.hh"

namespace helder::json {

struct SchemaViolation {
    Value at;              // the instance value
    std::string pointer;   // its JSON Pointer
    std::string keyword;   // the keyword that failed: type, required, additionalProperties, …
    std::string detail;    // what was expected, in English (a property name, a type, …)
};

class Schema {
public:
    static Result<Schema> compile(std::string_view schema_json);
    // Appends every violation of the instance (at most `limit`).
    void validate(const Value &instance, std::vector<SchemaViolation> &out, size_t limit = 1000) const;

    Schema(Schema &&) noexcept;
    Schema &operator=(Schema &&) noexcept;
    ~Schema();

    struct Node;

private:
    Schema();
    std::unique_ptr<Document> source_;
    std::vector<std::unique_ptr<Node>> nodes_;
    Node *root_ = nullptr;
};

}  // namespace helder::json
