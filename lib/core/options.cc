// SPDX-License-Identifier: EUPL-1.2
#include "core/options.hh"

namespace helder::options {
namespace {

Error bad(const std::string &where, const std::string &what) { return make_error(HELDER_E_INVALID_JSON, where + ": " + what); }

std::string quoted_list(const std::vector<std::string_view> &choices) {
    std::string out;
    for (size_t i = 0; i < choices.size(); ++i) {
        if (i) out += i + 1 == choices.size() ? " or " : ", ";
        out += "\"" + std::string(choices[i]) + "\"";
    }
    return out;
}

// What a field must be, in the words of the messages.
std::string expectation(const Field &f) {
    switch (f.type) {
        case Type::String: return "a string";
        case Type::NonEmptyString: return "a non-empty string";
        case Type::Integer:
            if (f.max == std::numeric_limits<int64_t>::max()) return "an integer of at least " + std::to_string(f.min);
            return "an integer from " + std::to_string(f.min) + " to " + std::to_string(f.max);
        case Type::Boolean: return "true or false";
        case Type::Object: return "an object";
        case Type::Array: return "an array";
        case Type::StringArray: return "an array of strings";
        case Type::Choice: return quoted_list(f.choices);
        case Type::Any: break;
    }
    return "valid";
}

bool fits(const Field &f, const json::Value &v) {
    switch (f.type) {
        case Type::Any: return true;
        case Type::String: return v.is_string();
        case Type::NonEmptyString: return v.is_string() && !v.as_string().empty();
        case Type::Integer: return v.is_integer() && v.as_integer() >= f.min && v.as_integer() <= f.max;
        case Type::Boolean: return v.is_bool();
        case Type::Object: return v.is_object();
        case Type::Array: return v.is_array();
        case Type::StringArray:
            if (!v.is_array()) return false;
            for (json::Value e = v.first_child(); e.valid(); e = e.next_sibling())
                if (!e.is_string()) return false;
            return true;
        case Type::Choice:
            if (!v.is_string()) return false;
            for (std::string_view c : f.choices)
                if (v.as_string() == c) return true;
            return false;
    }
    return false;
}

}  // namespace

std::optional<Error> check(const json::Value &object, const Table &table, const std::string &where) {
    if (!object.is_object()) return bad(where, "must be a JSON object");
    for (json::Value m = object.first_child(); m.valid(); m = m.next_sibling()) {
        const Field *field = nullptr;
        for (const Field &f : table)
            if (f.name == m.key()) field = &f;
        if (!field) return bad(where, "unknown field \"" + std::string(m.key()) + "\"");
        if (!fits(*field, m)) return bad(where, std::string(field->name) + " must be " + expectation(*field));
        if (field->type == Type::Object && field->members)
            if (auto e = check(m, *field->members, where + ": " + std::string(field->name))) return e;
    }
    for (const Field &f : table)
        if (f.required && !object.find(f.name).valid()) return bad(where, std::string(f.name) + " is missing");
    return std::nullopt;
}

Result<Fields> Fields::parse(std::string_view json, const Table &table, std::string_view what) {
    json::Limits limits;
    limits.max_bytes = 16u * 1024 * 1024;
    limits.max_depth = 16;
    auto doc = json::Document::parse(json.empty() ? std::string_view("{}") : json, limits);
    if (!doc) {
        Error e = doc.error();
        e.status = HELDER_E_INVALID_JSON;
        e.message = std::string(what) + ": " + e.message;
        return e;
    }
    if (auto e = check(doc->root(), table, std::string(what))) return *e;
    return Fields(std::move(doc.value()), std::string(what));
}

std::string_view Fields::string(std::string_view name, std::string_view fallback) const {
    const json::Value v = get(name);
    return v.is_string() ? v.as_string() : fallback;
}

int64_t Fields::integer(std::string_view name, int64_t fallback) const {
    const json::Value v = get(name);
    return v.is_integer() ? v.as_integer() : fallback;
}

bool Fields::boolean(std::string_view name, bool fallback) const {
    const json::Value v = get(name);
    return v.is_bool() ? v.as_bool() : fallback;
}

Error Fields::invalid(std::string_view name, const std::string &must_be) const {
    return bad(what_, std::string(name) + " must be " + must_be);
}

}  // namespace helder::options
