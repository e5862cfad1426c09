// SPDX-License-Identifier: EUPL-1.2
// The one reader of the small JSON objects callers hand in: options of a context, a check, a
// validation, a rendering, a store, and the store's requests. Each names its fields in a table
// (name, type, required, range or choices); the reader refuses anything else with one wording:
//   <what>: unknown field "x"     <what>: x must be <type>     <what>: x is missing
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.hh"
#include "core/result.hh"

namespace helder::options {

enum class Type {
    Any,          // checked by the caller
    String,
    NonEmptyString,
    Integer,      // within [min, max]
    Boolean,
    Object,       // its members checked by `members`, when given
    Array,
    StringArray,
    Choice,       // a string among `choices`
};

struct Field {
    std::string_view name;
    Type type = Type::Any;
    bool required = false;
    int64_t min = std::numeric_limits<int64_t>::min(), max = std::numeric_limits<int64_t>::max();
    std::vector<std::string_view> choices = {};
    const std::vector<Field> *members = nullptr;  // for an Object: its own table
};

using Table = std::vector<Field>;

// Checks the members of `object` against the table; `where` names it in messages
// ("options", "request", "options: extra_terms[2]").
std::optional<Error> check(const json::Value &object, const Table &table, const std::string &where);

// A parsed object whose fields passed the table: values read through it have their type.
class Fields {
public:
    // Parses json (NULL/empty = {}) as an object and checks it; `what` starts every message.
    static Result<Fields> parse(std::string_view json, const Table &table, std::string_view what = "options");

    const json::Value root() const { return doc_.root(); }
    json::Value get(std::string_view name) const { return doc_.root().find(name); }
    bool has(std::string_view name) const { return get(name).valid(); }
    std::string_view string(std::string_view name, std::string_view fallback = {}) const;
    int64_t integer(std::string_view name, int64_t fallback) const;
    bool boolean(std::string_view name, bool fallback) const;
    // An error about one field that the table cannot express ("at must be a date …").
    Error invalid(std::string_view name, const std::string &must_be) const;

private:
    Fields(json::Document doc, std::string what) : doc_(std::move(doc)), what_(std::move(what)) {}
    json::Document doc_;
    std::string what_;
};

}  // namespace helder::options
