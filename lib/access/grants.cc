// SPDX-License-Identifier: EUPL-1.2
#include "access/grants.hh"

#include <algorithm>
#include <functional>

#include "dossier/checks.hh"

namespace helder::access {

using dossier::date_at;
using dossier::find_by_id;
using dossier::has_role;

namespace {

Error denied(const std::string &why) { return make_error(HELDER_E_DENIED, why); }

bool in_force(const json::Value &item, const Date &on) {
    const auto start = date_at(item, item.find("start").valid() ? "start" : "date"), end = date_at(item, "end");
    return start && *start <= on && (!end || on <= *end);
}

bool lists(const json::Value &array, std::string_view id) {
    for (json::Value v = array.first_child(); v.valid(); v = v.next_sibling())
        if (v.as_string() == id) return true;
    return false;
}

bool has_gezag(const json::Value &member) { return has_role(member, "parent_with_authority") || has_role(member, "guardian"); }

// What the rules' selectors and conditions need to know about the dossier, the reader and the date.
class Facts {
public:
    Facts(const Policy &policy, const json::Value &root, const Reader &reader, const Date &on)
        : law_(policy.law()), root_(root), members_(root.find("household").find("members")), reader_(reader), on_(on) {
        if (reader.kind == Reader::Kind::Professional) professional_ = find_by_id(root.find("professionals"), reader.id);
        else member_ = find_by_id(members_, reader.id);
    }

    std::optional<int> age(const json::Value &member) const {
        const auto birth = date_at(member, "birth_date");
        if (!birth) return std::nullopt;
        return age_on(*birth, on_);
    }
    bool minor(const json::Value &member) const { return dossier::is_minor(member, on_, law_); }
    bool able(const json::Value &member) const { return dossier::able_to_judge(member); }

    // HELDER_E_DENIED when the reader may see nothing at all.
    std::optional<Error> refusal() const {
        if (reader_.kind == Reader::Kind::Professional) {
            if (!professional_.valid()) return denied("professional " + reader_.id + " is not involved with this household");
            if (!in_force(professional_, on_))
                return denied("professional " + reader_.id + " is not involved with this household on " + on_.str() +
                              " (the involvement recorded in the latest version decides, for every version)");
            return std::nullopt;
        }
        if (!member_.valid()) return denied(reader_.id + " is not a member of this household");
        const law::LegalFact &own = law_.get("own_access_age");
        if (minor(member_)) {
            const auto a = age(member_);
            if (*a < own.value)
                return denied("a child under " + std::to_string(own.value) + " has no own access; the parents with authority read for it (" +
                              own.article + ", " + own.label + ")");
            if (!able(member_)) return denied("this child cannot judge its own interests, so it has no own access (" + own.article + ")");
        } else if (has_role(member_, "child") && !age(member_)) {
            return denied("the birth date of " + reader_.id + " is not known, so own access cannot be decided (" + own.article + ")");
        }
        return std::nullopt;
    }

    bool reader_is(std::string_view selector) const {
        if (selector == "fixed_professional" || selector == "expert")
            return professional_.valid() && professional_.find("role").as_string() == selector;
        if (!member_.valid()) return false;
        if (selector == "member") return true;
        if (selector == "household_core") return has_gezag(member_) || has_role(member_, "child");
        if (selector == "parent_with_gezag") return has_gezag(member_);
        throw Failure(HELDER_E_INTERNAL, "access/rules.tsv: unknown reader " + std::string(selector));
    }

    std::vector<std::string> subjects(std::string_view selector) const {
        std::vector<std::string> out;
        if (selector == "self") {
            out.push_back(reader_.id);
        } else if (selector == "household") {
            out.emplace_back(kHousehold);
        } else if (selector == "everyone") {
            out.emplace_back(kHousehold);
            for (json::Value m = members_.first_child(); m.valid(); m = m.next_sibling()) out.emplace_back(m.find("id").as_string());
        } else if (selector == "children_under_consent_age" || selector == "children_from_consent_age") {
            const int consent_age = law_.get("parents_need_consent_age").value;
            for (json::Value m = members_.first_child(); m.valid(); m = m.next_sibling()) {
                // Only the parents a child names: a child who names none is read by no parent.
                if (!minor(m) || !lists(m.find("parents"), reader_.id)) continue;
                if ((*age(m) < consent_age) == (selector == "children_under_consent_age")) out.emplace_back(m.find("id").as_string());
            }
        } else if (selector == "sharing_with_reader" || selector == "giving_access_to_reader") {
            const std::string_view purpose = selector == "sharing_with_reader" ? "share_data" : "access_to_dossier";
            for (json::Value m = members_.first_child(); m.valid(); m = m.next_sibling())
                if (consent_covers(m, purpose)) out.emplace_back(m.find("id").as_string());
        } else {
            throw Failure(HELDER_E_INTERNAL, "access/rules.tsv: unknown subjects " + std::string(selector));
        }
        return out;
    }

    // nullopt: the condition holds; otherwise the reason it does not.
    std::optional<std::string> condition_fails(std::string_view condition, std::string_view subject) const {
        if (condition == "always") return std::nullopt;
        const json::Value member = find_by_id(members_, subject);
        if (condition == "cannot_judge") return able(member) ? std::optional<std::string>("other_person") : std::nullopt;
        if (condition == "no_access_limit") return limited(subject) ? std::optional<std::string>("access_limited") : std::nullopt;
        throw Failure(HELDER_E_INTERNAL, "access/rules.tsv: unknown condition " + std::string(condition));
    }

    std::vector<std::string> purpose_areas() const {
        std::vector<std::string> out;
        for (json::Value a = professional_.find("problem_areas").first_child(); a.valid(); a = a.next_sibling())
            out.emplace_back(a.as_string());
        return out;
    }

private:
    // A decision of a fixed professional in force that limits this reader's access to the child.
    bool limited(std::string_view child) const {
        for (json::Value l = root_.find("access_limits").first_child(); l.valid(); l = l.next_sibling()) {
            if (l.find("child").as_string() != child || !in_force(l, on_)) continue;
            if (l.find("parents").size() > 0 && !lists(l.find("parents"), reader_.id)) continue;
            const json::Value by = find_by_id(root_.find("professionals"), l.find("decided_by").as_string());
            if (by.valid() && by.find("role").as_string() == "fixed_professional") return true;
        }
        return false;
    }

    bool recipient_is_reader(const json::Value &consent) const {
        const std::string_view to = consent.find("recipient").as_string();
        return to == reader_.id || (professional_.valid() && to == professional_.find("organisation").as_string());
    }

    // A consent in force for this purpose and reader, given by `by`, that covers `person`.
    bool consented(std::string_view by, std::string_view person, std::string_view purpose) const {
        for (json::Value c = root_.find("consents").first_child(); c.valid(); c = c.next_sibling()) {
            if (c.find("by").as_string() != by || c.find("purpose").as_string() != purpose || !recipient_is_reader(c) || !in_force(c, on_))
                continue;
            const json::Value about = c.find("about");
            if (about.size() == 0 ? by == person : lists(about, person)) return true;
        }
        return false;
    }

    // Who must consent for a person, by age (art. 7.3.4 and 7.3.5 lid 1 Jw): from 16 the person
    // alone; from 12 the person and a parent with gezag; under 12 a parent with gezag.
    bool consent_covers(const json::Value &person, std::string_view purpose) const {
        const std::string_view id = person.find("id").as_string();
        const auto a = age(person);
        if (!has_role(person, "child") || (a && *a >= law_.get("consent_alone_age").value)) return consented(id, id, purpose);
        if (!a) return false;
        bool parent = false;
        for (json::Value p = person.find("parents").first_child(); p.valid() && !parent; p = p.next_sibling()) {
            const json::Value record = find_by_id(members_, p.as_string());
            parent = record.valid() && has_gezag(record) && consented(p.as_string(), id, purpose);
        }
        if (*a < law_.get("consent_with_parents_age").value) return parent;
        return parent && consented(id, id, purpose);
    }

    const law::LegalFacts &law_;
    const json::Value root_, members_;
    const Reader &reader_;
    const Date on_;
    json::Value professional_, member_;
};

}  // namespace

Result<Grants> Grants::decide(const Policy &policy, const json::Document &dossier, const Reader &reader, const Date &on) {
    const json::Value root = dossier.root();
    const Facts facts(policy, root, reader, on);
    if (auto refusal = facts.refusal()) return *refusal;
    Grants g;
    g.reader_ = reader;
    for (json::Value m = root.find("household").find("members").first_child(); m.valid(); m = m.next_sibling())
        g.members_.emplace(m.find("id").as_string());
    for (json::Value p = root.find("professionals").first_child(); p.valid(); p = p.next_sibling())
        g.professionals_.emplace(p.find("id").as_string());
    for (const Rule &rule : policy.rules()) {
        if (!facts.reader_is(rule.reader)) continue;
        bool used = false;
        if (rule.scope == Scope::All) {
            g.everything_ = used = true;
        } else if (rule.scope == Scope::Purpose) {
            for (std::string &area : facts.purpose_areas()) g.purpose_.insert(std::move(area)), used = true;
        } else {
            for (const std::string &subject : facts.subjects(rule.subjects)) {
                if (auto fails = facts.condition_fails(rule.condition, subject)) {
                    g.limited_.emplace(subject, *fails);
                    continue;
                }
                g.subjects_.emplace(subject, rule.id);
                used = true;
            }
        }
        if (used) g.rule_order_.push_back(rule.id);
    }
    for (const auto &s : g.subjects_) g.limited_.erase(s.first);  // another rule granted it
    return g;
}

std::string_view Grants::refusal_reason(std::string_view subject) const {
    const auto it = limited_.find(std::string(subject));
    if (it != limited_.end() && it->second == "access_limited") return it->second;
    return reader_.kind == Reader::Kind::Professional ? "outside_purpose" : "other_person";
}

std::vector<std::string> Grants::rules_applied() const { return rule_order_; }

}  // namespace helder::access
