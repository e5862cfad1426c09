// SPDX-License-Identifier: EUPL-1.2
// The principles of the Toekomstscenario, as warnings: one fixed professional and no handovers,
// few professionals, decisions with the views of children and parents, counter-review, counsel
// and client support before a compulsory step, judgements that rest on facts, and texts for
// the family in plain language (judged by helder's own text checker).
#include <algorithm>

#include "dossier/checks.hh"
#include "text/checker.hh"

namespace helder::dossier {
namespace {

bool compulsory(std::string_view kind) { return kind == "request_measure" || kind == "measure" || kind == "extension"; }

bool active_on(const Professional &p, const Date &day) { return p.start && *p.start <= day && (!p.end || day <= *p.end); }

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }


}  // namespace

void check_principles(Checks &c) {
    const Date today = c.options.today;
    // Fixed professionals in the order they started: every later one is a handover.
    std::vector<const Professional *> fixed;
    for (const auto &[id, p] : c.professionals) {
        if (active_on(p, today)) ++c.active_professionals;
        if (p.fixed && p.start) fixed.push_back(&p);
    }
    std::sort(fixed.begin(), fixed.end(), [](const Professional *a, const Professional *b) {
        if (*a->start == *b->start) return a->value.offset() < b->value.offset();
        return *a->start < *b->start;
    });
    for (size_t i = 1; i < fixed.size(); ++i) {
        ++c.handovers;
        c.principle("principle.handover", fixed[i]->value, "fixed_professional");
        const Professional &before = *fixed[i - 1];
        if (!before.end || *fixed[i]->start <= *before.end)
            c.principle("principle.two_fixed_professionals", fixed[i]->value, "fixed_professional");
    }
    if (std::none_of(fixed.begin(), fixed.end(), [&](const Professional *p) { return active_on(*p, today); }))
        c.principle("principle.no_fixed_professional", Place(c.root, "professionals"), "fixed_professional");
    if (c.active_professionals > c.options.max_professionals)
        c.principle("principle.too_many_professionals", Place(c.root, "professionals"), "simple",
                    {{"value", std::to_string(c.active_professionals)}, {"limit", std::to_string(c.options.max_professionals)}});

    each(c.root, "decisions", [&](const json::Value &d) {
        if (d.find("child_views").size() == 0 && d.find("parent_views").size() == 0)
            c.principle("principle.views_missing", d, "hearing_both_sides");
        if (blank(d.find("child_interest").as_string()) && d.find("child_interest").is_string())
            c.principle("principle.child_interest_missing", Place(d, "child_interest"), "child_interest");
        if (!compulsory(d.find("kind").as_string())) return;
        if (!d.find("counter_review").is_object()) c.principle("principle.no_counter_review", d, "counter_review");
        if (!d.find("counsel_offered").as_bool()) c.principle("principle.no_counsel", d, "counsel");
        if (!d.find("client_support_offered").as_bool()) c.principle("principle.no_client_support", d, "counsel");
    });
    each(c.root, "concerns", [&](const json::Value &concern) {
        each(concern, "judgements", [&](const json::Value &j) {
            if (j.find("based_on").size() == 0) c.principle("principle.judgement_without_facts", j, "facts_apart");
        });
    });
    if (!c.options.check_family_texts) return;
    each(c.root, "family_texts", [&](const json::Value &t) {
        const json::Value body = t.find("text");
        if (!body.is_string() || blank(body.as_string())) return;
        const auto [meets, difficulty] = c.model.family_text_verdict(body.as_string(), [&] {
            const text::TextFeatures f = text::text_features(c.text, body.as_string());
            const text::Scores s = c.text.difficulty.score(f, c.text.messages);
            return std::make_pair(s.meets_b1, s.difficulty.value_or(0.0));
        });
        if (!meets)
            c.principle("principle.family_text_not_b1", body, "plain_language",
                        {{"value", std::to_string(static_cast<long long>(difficulty + 0.5))}});
    });
}

}  // namespace helder::dossier
