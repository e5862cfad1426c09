// SPDX-License-Identifier: EUPL-1.2
#include "access/policy.hh"

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder::access {
namespace {

[[noreturn]] void malformed(const char *file, size_t line, const std::string &why) {
    throw Failure(HELDER_E_INTERNAL, std::string("access/") + file + " line " + std::to_string(line) + ": " + why);
}

bool known_label(std::string_view label) {
    return label == "VERIFIED" || label == "SECONDARY" || label == "UNVERIFIED" || label == "DESIGN" || label == "FACTS";
}

// The article and label of a row: "FACTS" takes the weakest label of the facts its article column
// names ({fact:id:article}), so that each fact's label stays in one place.
std::pair<std::string, std::string> source_of(const law::LegalFacts &law, std::string_view article, std::string_view label) {
    std::string weakest = "VERIFIED";
    static constexpr std::string_view kOpen = "{fact:";
    for (size_t at = article.find(kOpen); at != std::string_view::npos; at = article.find(kOpen, at + 1)) {
        const std::string_view rest = article.substr(at + kOpen.size());
        const law::LegalFact &f = law.get(rest.substr(0, rest.find(':')));
        weakest = std::string(law::weaker_label(weakest, f.label));
    }
    return {law.expand(article, false), label == "FACTS" ? weakest : std::string(label)};
}

std::string field_key(std::string_view list, std::string_view name) {
    std::string key(list);
    key.push_back('\t');
    key.append(name);
    return key;
}

}  // namespace

Policy::Policy(const law::LegalFacts &law) : Policy(law, resources::get("access/rules.tsv")) {}

Policy::Policy(const law::LegalFacts &law, std::string_view rules_tsv) : law_(law) {
    static const std::unordered_map<std::string_view, Scope> kScopes = {
        {"all", Scope::All}, {"purpose", Scope::Purpose}, {"subject", Scope::Subject}};
    for (const auto &row : tsv::parse(rules_tsv)) {
        if (row.fields.size() != 8) malformed("rules.tsv", row.line, "expected 8 columns");
        const auto scope = kScopes.find(row.fields[4]);
        if (scope == kScopes.end() || !known_label(row.fields[6])) malformed("rules.tsv", row.line, "bad scope or label");
        const auto [article, label] = source_of(law_, row.fields[5], row.fields[6]);
        rules_.push_back(Rule{std::string(row.fields[0]), std::string(row.fields[1]), std::string(row.fields[2]),
                              std::string(row.fields[3]), scope->second, article, label, law_.expand(row.fields[7], true)});
    }
    static const std::unordered_map<std::string_view, FieldKind> kKinds = {
        {"shown", FieldKind::Shown},   {"text", FieldKind::Text},     {"about", FieldKind::About},
        {"owner", FieldKind::Owner},   {"person", FieldKind::Person}, {"people", FieldKind::People},
        {"views", FieldKind::Views},   {"items", FieldKind::Items},   {"areas", FieldKind::Areas}};
    for (const auto &row : tsv::parse(resources::get("access/fields.tsv"))) {
        if (row.fields.size() != 3) malformed("fields.tsv", row.line, "expected 3 columns");
        const auto kind = kKinds.find(row.fields[2]);
        if (kind == kKinds.end()) malformed("fields.tsv", row.line, "unknown kind");
        fields_.emplace(field_key(row.fields[0], row.fields[1]), kind->second);
    }
    for (const auto &row : tsv::parse(resources::get("access/withheld.tsv"))) {
        if (row.fields.size() != 5 || !known_label(row.fields[2])) malformed("withheld.tsv", row.line, "expected 5 columns and a label");
        const auto [article, label] = source_of(law_, row.fields[1], row.fields[2]);
        Reason r{std::string(row.fields[0]), article, label, Message{std::string(row.fields[3]), std::string(row.fields[4])}};
        reasons_.emplace(r.id, std::move(r));
    }
}

const FieldKind *Policy::field(std::string_view list, std::string_view name) const {
    const auto it = fields_.find(field_key(list, name));
    return it == fields_.end() ? nullptr : &it->second;
}

const Reason &Policy::reason(std::string_view id) const {
    const auto it = reasons_.find(std::string(id));
    if (it == reasons_.end()) throw Failure(HELDER_E_INTERNAL, "unknown withheld reason " + std::string(id));
    return it->second;
}

}  // namespace helder::access
