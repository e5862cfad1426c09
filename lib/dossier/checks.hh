// SPDX-License-Identifier: EUPL-1.2
// Shared by the dossier checks: the findings they make, an index of the document (members,
// professionals, ids) and the context every layer reads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "law/date.hh"
#include "core/json.hh"
#include "dossier/dossier_model.hh"
#include "helder/common.h"
#include "helder/dossier.h"
#include "core/messages.hh"
#include "text/text_model.hh"

namespace helder::dossier {

struct ValidateOptions {
    Date today;                      // "today" for ages and current professionals
    size_t max_bytes = HELDER_DOSSIER_DEFAULT_MAX_BYTES;  // a dossier larger than this is refused
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
    std::string message;  // the message's id when it is not the code (one rule, two wordings)
    Message text;         // the words of a finding from a layer above (the procedure), instead of an id
};

struct Member {
    std::string_view id;
    std::optional<Date> birth;
    bool child = false, parent_with_authority = false, network = false, able_to_judge = true;
    std::vector<std::string_view> parents;
    json::Value value;
};

struct Professional {
    std::string_view id;
    bool fixed = false;
    std::optional<Date> start, end;
    json::Value value;
};

// Calls fn(item) for each element of the array at parent[key].
template <class Fn>
void each(const json::Value &parent, std::string_view key, Fn fn) {
    for (json::Value item = parent.find(key).first_child(); item.valid(); item = item.next_sibling()) fn(item);
}

// Where a finding is: a value, or a member of an object that may be missing (then the finding
// spans the object). Its JSON Pointer is built only when there is a finding.
struct Place {
    Place(const json::Value &v) : value(v) {}  // NOLINT: implicit by design
    Place(const json::Value &object, std::string_view maybe_missing_member) : value(object), member(maybe_missing_member) {}
    json::Value value;
    std::string_view member;
};

std::optional<Date> date_at(const json::Value &object, std::string_view key);
// Whether a household member has this role.
bool has_role(const json::Value &member, std::string_view role);
// Whether a member can judge their own interests: yes unless the dossier says "able_to_judge": false.
bool able_to_judge(const json::Value &member);
// Whether a member is a child under the age of majority on a day (false when the birth date is unknown).
bool is_minor(const json::Value &member, const Date &on, const law::LegalFacts &law);
// The element of an array of objects whose "id" is id; an invalid Value when there is none.
json::Value find_by_id(const json::Value &array, std::string_view id);
// The household member (of the dossier's root) with this id; an invalid Value when there is none.
json::Value household_member(const json::Value &root, std::string_view id);

// Whether ending authority over the child was asked for on or before last_day (a schorsing that
// runs past its term without it has lapsed, art. 1:268 lid 5 BW). Shared with the export.
bool ending_requested_by(const json::Value &root, std::string_view child, const Date &last_day);

// Changes of the fixed professional: every fixed professional with a start date after the
// first. One pass over the professionals, no validation (the store's indicators use it).
uint32_t count_handovers(const json::Value &root);

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
    std::unordered_map<std::string_view, std::string_view> id_kinds;  // every item's id -> "fact", "measure", …
    std::vector<Finding> findings;
    uint32_t handovers = 0, active_professionals = 0;

    void add(std::string code, helder_severity severity, const Place &at, std::vector<std::pair<std::string, std::string>> args = {},
             Source source = {});
    // A finding that the law gives: an error unless said otherwise (an UNVERIFIED rule warns).
    void law(std::string code, const Place &at, const LegalFact &fact, std::vector<std::pair<std::string, std::string>> args = {},
             helder_severity severity = HELDER_SEVERITY_ERROR, std::string message = {});
    void principle(std::string code, const Place &at, std::string_view principle,
                   std::vector<std::pair<std::string, std::string>> args = {});
    const Member *member(std::string_view id) const;
};

void check_references(Checks &c);
void check_time(Checks &c);
void check_law(Checks &c);
void check_principles(Checks &c);

}  // namespace helder::dossier
