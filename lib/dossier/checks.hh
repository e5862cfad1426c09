// Shared by the dossier checks: the findings they make, an index of the document (members,
// professionals, ids) and the context every layer reads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.hh"
#include "core/json.hh"
#include "dossier/dossier_model.hh"
#include "helder/common.h"
#include "text/messages.hh"
#include "text/text_model.hh"

namespace helder::dossier {

struct ValidateOptions {
    Date today;                      // "today" for ages and current professionals
    size_t max_bytes = 4u << 20;     // a dossier larger than this is refused
    uint32_t max_professionals = 3;  // policy: more at once is flagged (the Toekomstscenario: one or two)
    bool check_family_texts = true;  // run the text checker on texts meant for the family
};

struct Source {
    enum class Kind { Format, Law, Principle } kind = Kind::Format;
    const LegalFact *law = nullptr;
    std::string principle;  // an id of principles.tsv
};

struct Finding {
    std::string code;
    helder_severity severity;
    std::string pointer;  // JSON Pointer into the dossier
    size_t start = 0, end = 0;
    std::vector<std::pair<std::string, std::string>> args;  // message placeholders
    Source source;
};

struct Member {
    std::string_view id;
    std::optional<Date> birth;
    bool child = false, parent_with_authority = false, network = false, able_to_judge = true;
    std::vector<std::string_view> parents;
    json::Value value;
    std::string pointer;
};

struct Professional {
    std::string_view id;
    bool fixed = false;
    std::optional<Date> start, end;
    json::Value value;
    std::string pointer;
};

// Calls fn(item, pointer) for each element of the array at parent[key].
template <class Fn>
void each(const json::Value &parent, std::string_view key, const std::string &base, Fn fn) {
    const json::Value array = parent.find(key);
    if (!array.is_array()) return;
    size_t i = 0;
    for (json::Value item = array.first_child(); item.valid(); item = item.next_sibling(), ++i)
        fn(item, base + "/" + std::string(key) + "/" + std::to_string(i));
}

std::optional<Date> date_at(const json::Value &object, std::string_view key);

class Checks {
public:
    Checks(const json::Document &doc, const DossierModel &model, const text::TextModel &text, const ValidateOptions &options);

    const json::Document &doc;
    const json::Value root;
    const DossierModel &model;
    const text::TextModel &text;
    const ValidateOptions &options;

    std::unordered_map<std::string_view, Member> members;
    std::unordered_map<std::string_view, Professional> professionals;
    std::unordered_map<std::string_view, std::string> item_ids;  // every item's id -> its pointer
    std::unordered_map<std::string_view, std::string_view> id_kinds;  // id -> "fact", "problem_area", "measure", …
    std::vector<Finding> findings;
    uint32_t handovers = 0, active_professionals = 0;

    void add(std::string code, helder_severity severity, const json::Value &at, std::string pointer,
             std::vector<std::pair<std::string, std::string>> args = {}, Source source = {});
    void law(std::string code, const json::Value &at, std::string pointer, const LegalFact &fact,
             std::vector<std::pair<std::string, std::string>> args = {});
    void principle(std::string code, const json::Value &at, std::string pointer, std::string_view principle,
                   std::vector<std::pair<std::string, std::string>> args = {});
    const Member *member(std::string_view id) const;
};

void check_references(Checks &c);
void check_time(Checks &c);
void check_law(Checks &c);
void check_principles(Checks &c);

}  // namespace helder::dossier
