// SPDX-License-Identifier: EUPL-1.2
#include "core/json_schema.hh"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/utf8.hh"

namespace helder::json {

enum TypeBit : uint8_t { kNull = 1, kBool = 2, kInteger = 4, kNumber = 8, kString = 16, kArray = 32, kObject = 64 };

struct Schema::Node {
    uint8_t types = 0;  // 0: any
    std::vector<std::pair<std::string, Node *>> properties;
    std::vector<std::string> required;
    std::vector<int> required_property;  // for each required name, its index in properties (-1: none)
    bool additional_allowed = true;
    Node *additional = nullptr;
    Node *items = nullptr;
    std::vector<Value> enum_values;
    bool has_const = false;
    Value const_value;
    bool has_minimum = false, has_maximum = false;
    double minimum = 0, maximum = 0;
    long long min_length = -1, max_length = -1, min_items = -1, max_items = -1;
    const FormatCheck *format = nullptr;  // one of the Schema's formats
    std::string ref;       // "#/$defs/Name"
    Node *ref_target = nullptr;
    std::vector<Node *> any_of;
    bool never = false;    // the schema `false`
};

namespace {

bool equal(const Value &a, const Value &b) {
    if (a.kind() != b.kind()) return a.is_number() && b.is_number() && a.as_number() == b.as_number();
    switch (a.kind()) {
        case Kind::Null: return true;
        case Kind::Bool: return a.as_bool() == b.as_bool();
        case Kind::Number: return a.as_number() == b.as_number();
        case Kind::String: return a.as_string() == b.as_string();
        case Kind::Array: {
            if (a.size() != b.size()) return false;
            for (Value x = a.first_child(), y = b.first_child(); x.valid(); x = x.next_sibling(), y = y.next_sibling())
                if (!equal(x, y)) return false;
            return true;
        }
        case Kind::Object: {
            if (a.size() != b.size()) return false;
            for (Value x = a.first_child(); x.valid(); x = x.next_sibling()) {
                Value y = b.find(x.key());
                if (!y.valid() || !equal(x, y)) return false;
            }
            return true;
        }
    }
    return false;
}

const char *type_name(uint8_t bit) {
    switch (bit) {
        case kNull: return "null";
        case kBool: return "boolean";
        case kInteger: return "integer";
        case kNumber: return "number";
        case kString: return "string";
        case kArray: return "array";
        default: return "object";
    }
}

Error schema_error(const std::string &what) { return make_error(HELDER_E_INVALID_JSON, "schema: " + what); }

class Compiler {
public:
    Compiler(std::vector<std::unique_ptr<Schema::Node>> &nodes, const std::vector<FormatCheck> &formats)
        : nodes_(nodes), formats_(formats) {}

    Result<Schema::Node *> compile(const Value &v, const std::string &where) {
        nodes_.push_back(std::make_unique<Schema::Node>());
        Schema::Node *n = nodes_.back().get();
        if (v.is_bool()) {
            n->never = !v.as_bool();
            return n;
        }
        if (!v.is_object()) return schema_error(where + " is not a schema");
        for (Value k = v.first_child(); k.valid(); k = k.next_sibling())
            if (auto err = compile_keyword(*n, k, where)) return *err;
        return n;
    }

    std::optional<Error> resolve() {
        for (const auto &node : nodes_) {
            for (const std::string &r : node->required) {
                int index = -1;
                for (size_t k = 0; k < node->properties.size() && index < 0; ++k)
                    if (node->properties[k].first == r) index = static_cast<int>(k);
                node->required_property.push_back(index);
            }
        }
        for (Schema::Node *n : refs_) {
            auto it = defs_.find(n->ref);
            if (it == defs_.end()) return schema_error("unresolved reference " + n->ref);
            n->ref_target = it->second;
        }
        return std::nullopt;
    }

private:
    // One keyword k of the schema object at `where`, into n.
    std::optional<Error> compile_keyword(Schema::Node &n, const Value &k, const std::string &where) {
        const std::string_view key = k.key();
        const std::string at = where + "/" + std::string(key);
        if (key == "type") return compile_type(n, k, at);
        if (key == "properties") return compile_properties(n, k, at);
        if (key == "required") {
            if (!k.is_array()) return schema_error(at + " must be an array");
            for (Value r = k.first_child(); r.valid(); r = r.next_sibling()) {
                if (!r.is_string()) return schema_error(at + " must list strings");
                n.required.emplace_back(r.as_string());
            }
            return std::nullopt;
        }
        if (key == "additionalProperties") {
            if (!k.is_bool()) return compile_into(n.additional, k, at);
            n.additional_allowed = k.as_bool();
            return std::nullopt;
        }
        if (key == "items") return compile_into(n.items, k, at);
        if (key == "enum") {
            if (!k.is_array()) return schema_error(at + " must be an array");
            for (Value e = k.first_child(); e.valid(); e = e.next_sibling()) n.enum_values.push_back(e);
            return std::nullopt;
        }
        if (key == "const") {
            n.has_const = true;
            n.const_value = k;
            return std::nullopt;
        }
        if (key == "minimum" || key == "maximum") {
            if (!k.is_number()) return schema_error(at + " must be a number");
            (key == "minimum" ? n.has_minimum : n.has_maximum) = true;
            (key == "minimum" ? n.minimum : n.maximum) = k.as_number();
            return std::nullopt;
        }
        if (key == "minLength" || key == "maxLength" || key == "minItems" || key == "maxItems") {
            if (!k.is_integer() || k.as_integer() < 0) return schema_error(at + " must be a non-negative integer");
            long long &slot = key == "minLength" ? n.min_length : key == "maxLength" ? n.max_length
                              : key == "minItems" ? n.min_items : n.max_items;
            slot = k.as_integer();
            return std::nullopt;
        }
        if (key == "format") return compile_format(n, k, at);
        if (key == "$ref") {
            if (!k.is_string() || k.as_string().substr(0, 8) != "#/$defs/")
                return schema_error(at + ": only references to #/$defs/… are supported");
            n.ref = std::string(k.as_string());
            refs_.push_back(&n);
            return std::nullopt;
        }
        if (key == "anyOf") return compile_any_of(n, k, at);
        if (key == "$defs") return compile_defs(k, at, where);
        if (key == "$schema" || key == "$id" || key == "title" || key == "description" || key == "$comment" ||
            key == "examples" || key == "default")
            return std::nullopt;
        return schema_error(at + ": keyword not supported by helder's validator");
    }

    // Compiles the subschema v into slot.
    std::optional<Error> compile_into(Schema::Node *&slot, const Value &v, const std::string &where) {
        auto child = compile(v, where);
        if (!child) return child.error();
        slot = child.value();
        return std::nullopt;
    }

    // "type": one name or an array of names.
    static std::optional<Error> compile_type(Schema::Node &n, const Value &k, const std::string &at) {
        auto add = [&](std::string_view t) -> bool {
            static const std::pair<std::string_view, uint8_t> names[] = {
                {"null", kNull}, {"boolean", kBool}, {"integer", kInteger}, {"number", kNumber},
                {"string", kString}, {"array", kArray}, {"object", kObject}};
            for (const auto &[name, bit] : names)
                if (t == name) return n.types |= bit, true;
            return false;
        };
        if (k.is_string()) {
            if (!add(k.as_string())) return schema_error(at + ": unknown type");
        } else if (k.is_array()) {
            for (Value t = k.first_child(); t.valid(); t = t.next_sibling())
                if (!t.is_string() || !add(t.as_string())) return schema_error(at + ": unknown type");
        } else {
            return schema_error(at + ": type must be a string or an array");
        }
        return std::nullopt;
    }

    std::optional<Error> compile_properties(Schema::Node &n, const Value &k, const std::string &at) {
        if (!k.is_object()) return schema_error(at + " must be an object");
        for (Value p = k.first_child(); p.valid(); p = p.next_sibling()) {
            Schema::Node *child = nullptr;
            if (auto err = compile_into(child, p, at + "/" + std::string(p.key()))) return err;
            n.properties.emplace_back(std::string(p.key()), child);
        }
        return std::nullopt;
    }

    std::optional<Error> compile_format(Schema::Node &n, const Value &k, const std::string &at) const {
        for (const FormatCheck &f : formats_)
            if (k.is_string() && k.as_string() == f.name) n.format = &f;
        if (!n.format) return schema_error(at + ": format \"" + std::string(k.as_string()) + "\" is not one the caller supports");
        return std::nullopt;
    }

    std::optional<Error> compile_any_of(Schema::Node &n, const Value &k, const std::string &at) {
        if (!k.is_array() || k.size() == 0) return schema_error(at + " must be a non-empty array");
        size_t i = 0;
        for (Value s = k.first_child(); s.valid(); s = s.next_sibling(), ++i) {
            Schema::Node *child = nullptr;
            if (auto err = compile_into(child, s, at + "/" + std::to_string(i))) return err;
            n.any_of.push_back(child);
        }
        return std::nullopt;
    }

    // "$defs", only in the top schema: the targets of "$ref", by their reference.
    std::optional<Error> compile_defs(const Value &k, const std::string &at, const std::string &where) {
        if (!k.is_object()) return schema_error(at + " must be an object");
        if (where != "#") return schema_error(at + ": $defs only at the top");
        for (Value d = k.first_child(); d.valid(); d = d.next_sibling()) {
            Schema::Node *child = nullptr;
            if (auto err = compile_into(child, d, at + "/" + std::string(d.key()))) return err;
            defs_["#/$defs/" + std::string(d.key())] = child;
        }
        return std::nullopt;
    }

    std::vector<std::unique_ptr<Schema::Node>> &nodes_;
    const std::vector<FormatCheck> &formats_;
    std::vector<Schema::Node *> refs_;
    std::unordered_map<std::string, Schema::Node *> defs_;
};

// The type bits an instance value matches: a number with no fraction is an integer too.
uint8_t type_bits(const Value &v) {
    switch (v.kind()) {
        case Kind::Null: return kNull;
        case Kind::Bool: return kBool;
        case Kind::Number: return v.is_integer() || v.as_number() == std::floor(v.as_number()) ? (kInteger | kNumber) : kNumber;
        case Kind::String: return kString;
        case Kind::Array: return kArray;
        default: return kObject;
    }
}

// "string or null": the names of the type bits, for a report.
std::string type_names(uint8_t types) {
    std::string names;
    for (unsigned b = 1; b <= 0x80; b <<= 1)
        if (types & b) names += (names.empty() ? "" : " or ") + std::string(type_name(static_cast<uint8_t>(b)));
    return names;
}

// Walks an instance; a violation's pointer is built from its value, only when there is one.
class Validator {
public:
    Validator(std::vector<SchemaViolation> &out, size_t limit) : out_(out), limit_(limit) {}

    void check(const Schema::Node *n, const Value &v) {
        if (out_.size() >= limit_) return;
        if (n->ref_target) check(n->ref_target, v);  // then the node's own keywords, if any
        if (n->never) return report(v, "false", "nothing is allowed here");
        if (n->types && !(n->types & type_bits(v))) return report(v, "type", type_names(n->types));
        if (!n->enum_values.empty() &&
            std::none_of(n->enum_values.begin(), n->enum_values.end(), [&](const Value &e) { return equal(e, v); }))
            report(v, "enum", "one of the listed values");
        if (n->has_const && !equal(n->const_value, v)) report(v, "const", "the fixed value");
        if (v.is_number()) {
            if (n->has_minimum && v.as_number() < n->minimum) report(v, "minimum", "at least " + std::to_string(n->minimum));
            if (n->has_maximum && v.as_number() > n->maximum) report(v, "maximum", "at most " + std::to_string(n->maximum));
        }
        if (v.is_string()) check_string(*n, v);
        if (v.is_array()) {
            const auto count = static_cast<long long>(v.size());
            if (n->min_items >= 0 && count < n->min_items) report(v, "minItems", std::to_string(n->min_items));
            if (n->max_items >= 0 && count > n->max_items) report(v, "maxItems", std::to_string(n->max_items));
            if (n->items)
                for (Value e = v.first_child(); e.valid(); e = e.next_sibling()) check(n->items, e);
        }
        if (v.is_object()) check_object(*n, v);
        if (!n->any_of.empty() && !matches_any(n->any_of, v)) report(v, "anyOf", "one of the alternatives");
    }

private:
    void check_string(const Schema::Node &n, const Value &v) {
        // A text has at least a quarter as many code points as bytes, and at most as many:
        // count them only when the byte length cannot decide.
        const auto bytes = static_cast<long long>(v.as_string().size());
        const bool decided = (n.min_length < 0 || (bytes + 3) / 4 >= n.min_length || bytes < n.min_length) &&
                             (n.max_length < 0 || bytes <= n.max_length);
        const auto len = decided ? bytes : static_cast<long long>(utf8::count_code_points(v.as_string()));
        if (n.min_length >= 0 && len < n.min_length) report(v, "minLength", std::to_string(n.min_length));
        if (n.max_length >= 0 && len > n.max_length) report(v, "maxLength", std::to_string(n.max_length));
        if (n.format && !n.format->valid(v.as_string())) report(v, "format", std::string(n.format->name));
    }

    void check_object(const Schema::Node &n, const Value &v) {
        // Members mostly come in the schema's order: look from after the last match on.
        size_t next = 0;
        const size_t count = n.properties.size();
        std::vector<bool> seen_many;  // which properties are present, when there are more than 64
        uint64_t seen = 0;
        if (count > 64) seen_many.assign(count, false);
        for (Value m = v.first_child(); m.valid(); m = m.next_sibling()) {
            const Schema::Node *child = nullptr;
            for (size_t k = 0; k < count; ++k) {
                const size_t at = next + k < count ? next + k : next + k - count;
                if (n.properties[at].first == m.key()) {
                    child = n.properties[at].second;
                    next = at + 1;
                    if (count > 64) seen_many[at] = true;
                    else seen |= uint64_t{1} << at;
                    break;
                }
            }
            if (child) check(child, m);
            else if (n.additional) check(n.additional, m);
            else if (!n.additional_allowed) report(m, "additionalProperties", std::string(m.key()));
        }
        for (size_t r = 0; r < n.required.size(); ++r) {
            const int k = n.required_property[r];
            const bool present = k < 0 ? v.find(n.required[r]).valid()
                                       : count > 64 ? bool(seen_many[static_cast<size_t>(k)]) : ((seen >> k) & 1) != 0;
            if (!present) report(v, "required", n.required[r]);
        }
    }

    // Whether v is valid against one of the alternatives (each tried until its first violation).
    static bool matches_any(const std::vector<Schema::Node *> &alternatives, const Value &v) {
        for (const Schema::Node *alt : alternatives) {
            std::vector<SchemaViolation> scratch;
            Validator probe(scratch, 1);
            probe.check(alt, v);
            if (scratch.empty()) return true;
        }
        return false;
    }

    void report(const Value &at, const char *keyword, std::string detail) {
        if (out_.size() >= limit_) return;
        out_.push_back(SchemaViolation{at, at.pointer(), keyword, std::move(detail)});
    }

    std::vector<SchemaViolation> &out_;
    size_t limit_;
};

}  // namespace

Schema::Schema() = default;
Schema::Schema(Schema &&) noexcept = default;
Schema &Schema::operator=(Schema &&) noexcept = default;
Schema::~Schema() = default;

Result<Schema> Schema::compile(std::string_view schema_json, std::vector<FormatCheck> formats) {
    auto doc = Document::parse(schema_json);
    if (!doc) return doc.error();
    Schema s;
    s.source_ = std::make_unique<Document>(std::move(doc.value()));
    s.formats_ = std::make_unique<std::vector<FormatCheck>>(std::move(formats));
    Compiler compiler(s.nodes_, *s.formats_);
    auto root = compiler.compile(s.source_->root(), "#");
    if (!root) return root.error();
    if (auto err = compiler.resolve()) return *err;
    s.root_ = root.value();
    return s;
}

void Schema::validate(const Value &instance, std::vector<SchemaViolation> &out, size_t limit) const {
    Validator v(out, limit);
    v.check(root_, instance);
}

}  // namespace helder::json
