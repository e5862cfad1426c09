// SPDX-License-Identifier: EUPL-1.2
// The law: a child of 12 or older gets the chance to give its view about a measure (art. 809 lid 1
// Rv; in spoed after the decision, lid 3), and voluntary help has the consent the child's age asks
// for (art. 7.3.4 and 7.3.5 Jw). Every finding names its fact: article and label.
#include "dossier/checks.hh"

namespace helder::dossier {
namespace {

bool about_measure(std::string_view kind) { return kind == "request_measure" || kind == "measure" || kind == "extension"; }

bool listed(const json::Value &array, std::string_view id) {
    for (json::Value v = array.first_child(); v.valid(); v = v.next_sibling())
        if (v.as_string() == id) return true;
    return false;
}

// A member with authority over the child: a listed parent with authority, or any member with
// authority when the child lists no parents.
bool has_authority_consent(const Checks &c, const Member &child, const json::Value &consent_by) {
    for (json::Value v = consent_by.first_child(); v.valid(); v = v.next_sibling()) {
        const Member *m = c.member(v.as_string());
        if (!m || !m->parent_with_authority) continue;
        if (child.parents.empty()) return true;
        for (std::string_view p : child.parents)
            if (p == m->id) return true;
    }
    return false;
}

// A decision that grants a voorlopige OTS or a spoedmachtiging: the judge may decide before
// hearing the child (art. 809 lid 3 Rv).
bool spoed_decision(const Checks &c, const json::Value &d) {
    if (d.find("kind").as_string() != "measure" || !d.find("measure").is_string()) return false;
    const std::string_view kind = find_by_id(c.root.find("measures"), d.find("measure").as_string()).find("kind").as_string();
    return kind == "voorlopige_ots" || kind == "spoed_muhp";
}

}  // namespace

void check_law(Checks &c) {
    const LegalFacts &law = c.model.law();
    const LegalFact &view_age = law.get("child_view_age");
    const LegalFact &after_spoed = law.get("child_view_after_spoed");
    const LegalFact &parents_below = law.get("consent_parents_below_age");
    const LegalFact &with_parents = law.get("consent_with_parents_age");
    const LegalFact &alone = law.get("consent_alone_age");
    const int majority = law.get("majority").value;
    each(c.root, "decisions", [&](const json::Value &d) {
        const auto date = date_at(d, "date");
        if (!date) return;
        const std::string_view kind = d.find("kind").as_string();
        const bool spoed = spoed_decision(c, d);
        for (json::Value a = d.find("about").first_child(); a.valid(); a = a.next_sibling()) {
            const Member *child = c.member(a.as_string());
            if (!child || !child->child || !child->birth) continue;
            const int age = age_on(*child->birth, *date);
            const LegalFact &view = spoed ? after_spoed : view_age;
            if (about_measure(kind) && age >= view.value && age < majority && child->able_to_judge) {
                bool invited = false;
                for (json::Value v = d.find("child_views").first_child(); v.valid(); v = v.next_sibling())
                    if (v.find("member").as_string() == child->id &&
                        (v.find("view").is_string() || (v.find("invited").is_bool() && v.find("invited").as_bool())))
                        invited = true;
                // In spoed the view may follow at the hearing after the decision: a reminder, not an error.
                if (!invited && spoed)
                    c.law("law.child_view_after_spoed", d, after_spoed,
                          {{"value", std::to_string(age)}}, HELDER_SEVERITY_WARNING);
                else if (!invited)
                    c.law("law.child_view_not_invited", d, view_age, {{"value", std::to_string(age)}});
            }
            if (kind == "voluntary_help" && age < majority) {
                const json::Value by = d.find("consent_by");
                const bool child_consents = listed(by, child->id);
                const bool parent_consents = has_authority_consent(c, *child, by);
                if (age >= alone.value) {
                    if (!child_consents)
                        c.law("law.consent_missing", d, alone,
                              {{"value", std::to_string(age)}, {"expected_nl", "het kind zelf"}, {"expected_en", "the child itself"}});
                } else if (age >= with_parents.value) {
                    if (!child_consents || !parent_consents)
                        c.law("law.consent_missing", d, with_parents,
                              {{"value", std::to_string(age)}, {"expected_nl", "het kind én een ouder met gezag"},
                               {"expected_en", "both the child and a parent with authority"}});
                } else if (!parent_consents) {
                    c.law("law.consent_missing", d, parents_below,
                          {{"value", std::to_string(age)}, {"expected_nl", "een ouder met gezag"},
                           {"expected_en", "a parent with authority"}});
                }
            }
        }
    });
}

}  // namespace helder::dossier
