#include "store/access.hh"

#include <algorithm>

#include "dossier/checks.hh"

namespace helder::store {

using dossier::find_by_id;
using dossier::has_role;

namespace {

Error denied(const std::string &why) { return make_error(HELDER_E_DENIED, why); }

}  // namespace

Result<Access> Access::for_actor(const json::Document &dossier, const Actor &actor, const Date &on,
                                 const law::LegalFacts &law) {
    const json::Value root = dossier.root();
    Access access;
    if (actor.kind == Actor::Kind::Professional) {
        const json::Value p = find_by_id(root.find("professionals"), actor.id);
        if (!p.valid()) return denied("professional " + actor.id + " is not involved with this household");
        const auto start = dossier::date_at(p, "start"), end = dossier::date_at(p, "end");
        if (!start || on < *start || (end && *end < on))
            return denied("professional " + actor.id + " is not involved with this household on " + on.str());
        access.everything_ = true;
        return access;
    }
    const json::Value members = root.find("household").find("members");
    const json::Value self = find_by_id(members, actor.id);
    if (!self.valid()) return denied(actor.id + " is not a member of this household");
    const auto birth = dossier::date_at(self, "birth_date");
    const law::LegalFact &own = law.get("own_access_age");
    const int majority = law.get("majority").value;
    const bool able = !(self.find("able_to_judge").is_bool() && !self.find("able_to_judge").as_bool());
    if (has_role(self, "child") && birth && age_on(*birth, on) < majority) {
        if (age_on(*birth, on) < own.value)
            return denied("a child under " + std::to_string(own.value) + " has no own access; the parents with authority read for it (" +
                          own.article + ", " + own.label + ")");
        if (!able) return denied("this child cannot judge its own interests, so it has no own access (" + own.article + ")");
    }
    access.self_ = actor.id;
    // Children this member has authority over: under 16, or 16 and older with their consent.
    if (has_role(self, "parent_with_authority") || has_role(self, "guardian")) {
        const law::LegalFact &consent_age = law.get("parents_need_consent_age");
        for (json::Value m = members.first_child(); m.valid(); m = m.next_sibling()) {
            if (!has_role(m, "child")) continue;
            const json::Value parents = m.find("parents");
            bool mine = parents.size() == 0;
            for (json::Value p = parents.first_child(); p.valid(); p = p.next_sibling()) mine = mine || p.as_string() == actor.id;
            const auto child_birth = dossier::date_at(m, "birth_date");
            if (!mine || !child_birth || age_on(*child_birth, on) >= majority) continue;
            bool allowed = age_on(*child_birth, on) < consent_age.value;
            for (json::Value c = root.find("consents").first_child(); c.valid() && !allowed; c = c.next_sibling()) {
                const auto start = dossier::date_at(c, "start"), end = dossier::date_at(c, "end");
                allowed = c.find("by").as_string() == m.find("id").as_string() && c.find("purpose").as_string() == "access_to_dossier" &&
                          c.find("recipient").as_string() == actor.id && start && *start <= on && (!end || on <= *end);
            }
            if (allowed) access.children_.emplace_back(m.find("id").as_string());
        }
    }
    return access;
}

bool Access::visible(const json::Value &item) const {
    if (everything_) return true;
    const json::Value about = item.find("about");
    if (about.size() == 0) return true;  // the whole household
    for (json::Value a = about.first_child(); a.valid(); a = a.next_sibling()) {
        if (a.as_string() == self_) return true;
        if (std::find(children_.begin(), children_.end(), a.as_string()) != children_.end()) return true;
    }
    return false;
}

bool Access::member_visible(std::string_view id) const {
    return everything_ || id == self_ || std::find(children_.begin(), children_.end(), id) != children_.end();
}

}  // namespace helder::store
