// SPDX-License-Identifier: EUPL-1.2
#include "dossier/checks.hh"

#include <unordered_set>

namespace helder::dossier {

std::optional<Date> date_at(const json::Value &object, std::string_view key) {
    const json::Value v = object.find(key);
    return v.is_string() ? Date::parse(v.as_string()) : std::nullopt;
}

bool has_role(const json::Value &member, std::string_view role) {
    for (json::Value r = member.find("roles").first_child(); r.valid(); r = r.next_sibling())
        if (r.as_string() == role) return true;
    return false;
}

bool able_to_judge(const json::Value &member) {
    return !(member.find("able_to_judge").is_bool() && !member.find("able_to_judge").as_bool());
}

bool is_minor(const json::Value &member, const Date &on, const law::LegalFacts &law) {
    const auto birth = date_at(member, "birth_date");
    return has_role(member, "child") && birth && age_on(*birth, on) < law.get("majority").value;
}

json::Value find_by_id(const json::Value &array, std::string_view id) {
    for (json::Value v = array.first_child(); v.valid(); v = v.next_sibling())
        if (v.find("id").as_string() == id) return v;
    return json::Value();
}

json::Value household_member(const json::Value &root, std::string_view id) {
    return find_by_id(root.find("household").find("members"), id);
}

// Whether ending authority over the child was asked for on or before `last_day`: a request for a
// gezagsbeëindiging, or a gezagsbeëindiging decided by then (it was asked for before). Any other
// request, or one made later, does not stop a schorsing from lapsing (art. 1:268 lid 5 BW).
bool ending_requested_by(const json::Value &root, std::string_view child, const Date &last_day) {
    bool requested = false;
    each(root, "measures", [&](const json::Value &o) {
        const auto decided = date_at(o, "court_decision_date");
        requested = requested || (o.find("kind").as_string() == "gezagsbeeindiging" && o.find("child").as_string() == child &&
                                  decided && !(last_day < *decided));
    });
    each(root, "decisions", [&](const json::Value &d) {
        const auto on = date_at(d, "date");
        if (d.find("kind").as_string() != "request_measure" || d.find("requested_measure").as_string() != "gezagsbeeindiging" || !on ||
            last_day < *on)
            return;
        for (json::Value a = d.find("about").first_child(); a.valid(); a = a.next_sibling()) requested = requested || a.as_string() == child;
    });
    return requested;
}

uint32_t count_handovers(const json::Value &root) {
    std::unordered_set<std::string_view> seen;  // the first of a repeated id counts, as in the checks' index
    uint32_t fixed = 0;
    each(root, "professionals", [&](const json::Value &p) {
        const std::string_view id = p.find("id").as_string();
        if (id.empty() || !seen.insert(id).second) return;
        if (p.find("role").as_string() == "fixed_professional" && date_at(p, "start")) ++fixed;
    });
    return fixed == 0 ? 0 : fixed - 1;
}

Checks::Checks(const json::Document &d, const DossierModel &m, const text::TextModel &t, const ValidateOptions &o)
    : doc(d), root(d.root()), model(m), text(t), options(o) {
    // Sized once from the arrays' lengths: no rehashing while the tables fill.
    members.reserve(root.find("household").find("members").size());
    professionals.reserve(root.find("professionals").size());
    id_kinds.reserve(64);
    each(root.find("household"), "members", [&](const json::Value &v) {
        Member member;
        member.id = v.find("id").as_string();
        member.birth = date_at(v, "birth_date");
        member.child = has_role(v, "child");
        member.parent_with_authority = has_role(v, "parent_with_authority") || has_role(v, "guardian");
        member.network = has_role(v, "network_member");
        member.able_to_judge = dossier::able_to_judge(v);
        for (json::Value x = v.find("parents").first_child(); x.valid(); x = x.next_sibling())
            member.parents.push_back(x.as_string());
        member.value = v;
        if (!member.id.empty()) members.emplace(member.id, std::move(member));
    });
    each(root, "professionals", [&](const json::Value &v) {
        Professional pro;
        pro.id = v.find("id").as_string();
        pro.fixed = v.find("role").as_string() == "fixed_professional";
        pro.start = date_at(v, "start");
        pro.end = date_at(v, "end");
        pro.value = v;
        if (!pro.id.empty()) professionals.emplace(pro.id, std::move(pro));
    });
}

void Checks::add(std::string code, helder_severity severity, const Place &at, std::vector<std::pair<std::string, std::string>> args,
                 Source source) {
    const json::Value member = at.member.empty() ? json::Value() : at.value.find(at.member);
    const json::Value span = member.valid() ? member : at.value;
    std::string pointer = span.pointer();
    if (!at.member.empty() && !member.valid()) json::append_pointer_token(pointer, at.member);
    findings.push_back(Finding{std::move(code), severity, std::move(pointer), span.offset(), span.end_offset(), std::move(args),
                               std::move(source), {}, {}});
}

void Checks::law(std::string code, const Place &at, const LegalFact &fact, std::vector<std::pair<std::string, std::string>> args,
                 helder_severity severity, std::string message) {
    Source s;
    s.kind = Source::Kind::Law;
    s.law = &fact;
    add(std::move(code), severity, at, std::move(args), s);
    findings.back().message = std::move(message);
}

void Checks::principle(std::string code, const Place &at, std::string_view principle_id,
                       std::vector<std::pair<std::string, std::string>> args) {
    Source s;
    s.kind = Source::Kind::Principle;
    s.principle = std::string(principle_id);
    add(std::move(code), HELDER_SEVERITY_WARNING, at, std::move(args), s);
}

const Member *Checks::member(std::string_view id) const {
    auto it = members.find(id);
    return it == members.end() ? nullptr : &it->second;
}

}  // namespace helder::dossier
