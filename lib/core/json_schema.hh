// SPDX-License-Identifier: EUPL-1.2
// A JSON Schema (draft 2020-12) validator for the subset helder's published schemas use:
// type, properties, required, additionalProperties, items, enum, const, minimum, maximum,
// minLength, maxLength, minItems, maxItems, format (the names the caller supports), $ref to "#/$defs/…",
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

// A "format" the schema may use, with the check of a string in that format. The caller brings
// them (the dossier layer: date and date-time from lib/law/), so that core/ knows no calendar.
struct FormatCheck {
    std::string_view name;
    bool (*valid)(std::string_view text);
};

class Schema {
public:
    static Result<Schema> compile(std::string_view schema_json, std::vector<FormatCheck> formats = {});
    // Appends every violation of the instance (at most `limit`).
    void validate(const Value &instance, std::vector<SchemaViolation> &out, size_t limit = 1000) const;

    Schema(Schema &&) noexcept;
    Schema &operator=(Schema &&) noexcept;
    ~Schema();

    struct Node;

private:
    Schema();
    std::unique_ptr<Document> source_;
    std::unique_ptr<std::vector<FormatCheck>> formats_;  // stable addresses for the nodes
    std::vector<std::unique_ptr<Node>> nodes_;
    Node *root_ = nullptr;
};

}  // namespace helder::json
