// SPDX-License-Identifier: EUPL-1.2
#include "procedure/deadline_document.hh"

#include "core/options.hh"
#include "core/utf8.hh"
#include "dossier/validator.hh"
#include "procedure/deadline.hh"

namespace helder::procedure {
namespace {

constexpr int kLastYear = 9900;  // room for the longest period after it

using options::Field;
using options::Type;

std::string kind_list(const DeadlineRules &rules) {
    std::string out;
    for (const DeadlineKind &k : rules.kinds()) out += (out.empty() ? "" : ", ") + k.id;
    return out;
}

void write_message(json::Writer &w, const Message &m) { w.begin_object().key("nl").string(m.nl).key("en").string(m.en).end_object(); }

json::OwnedText write_json(const DeadlineRules &rules, const Deadline &d) {
    json::Writer w;
    w.begin_object().key("format").integer(1);
    write_deadline_members(w, rules, d);
    w.end_object();
    return w.release();
}

}  // namespace

std::optional<std::string> deadline_start_problem(const Date &from) {
    if (from.year >= law::atw_holidays_first_year() && from.year <= kLastYear) return std::nullopt;
    return "a date from " + std::to_string(law::atw_holidays_first_year()) + " to " + std::to_string(kLastYear) +
           " (the holidays of the Algemene termijnenwet as helder knows them)";
}

void write_deadline_members(json::Writer &w, const DeadlineRules &rules, const Deadline &d) {
    const law::LegalFact &fact = *d.kind->fact;
    w.key("kind").string(d.kind->id);
    w.key("from").string(d.from.str());
    w.key("party");
    if (d.party == AppealParty::unknown) w.null();
    else w.string(party_id(d.party));
    w.key("today").string(d.today.str());
    w.key("due").string(d.due.str());
    w.key("day_of").string(d.kind->day_of);
    const Message due = rules.due_sentence(d);
    w.key("due_text").begin_object().key("nl").string(due.nl).key("en").string(due.en).end_object();
    w.key("nominal_due").string(d.nominal_due.str());
    w.key("basis").string(fact.article);
    w.key("fact").string(fact.id);
    w.key("period").begin_object().key("value").integer(fact.value).key("unit").string(fact.unit);
    w.key("nl").string(fact.describe_nl()).key("en").string(fact.describe_en()).end_object();
    w.key("label").string(d.label);
    w.key("value_label").string(fact.value_label).key("article_label").string(fact.article_label);
    w.key("date_label").string(d.date_label);
    w.key("atw_applies");
    if (d.atw_applies) w.boolean(*d.atw_applies);
    else w.null();
    w.key("atw_rules").begin_array();
    for (std::string_view id : d.atw_rules) {
        const law::AtwRule &r = law::atw_rule(id);
        w.begin_object().key("id").string(r.id).key("article").string(r.article).key("label").string(r.label);
        w.key("value_label").string(r.value_label).key("article_label").string(r.article_label).end_object();
    }
    w.end_array();
    w.key("working_days").boolean(fact.in_working_days());
    w.key("days_left").integer(d.days_left);
    w.key("in_time").boolean(d.in_time());
    w.key("steps").begin_array();
    for (const Message &m : rules.render_steps(d)) write_message(w, m);
    w.end_array();
    w.key("warnings").begin_array();
    for (const RenderedWarning &r : rules.render_warnings(d)) {
        w.begin_object().key("id").string(r.id).key("nl").string(r.text.nl).key("en").string(r.text.en).end_object();
    }
    w.end_array();
}

namespace {

// The same answer for people: the last day, the steps, the basis and label, the days left and
// the warnings (which end with the advice to have a date checked when it is not VERIFIED).
json::OwnedText write_text(const DeadlineRules &rules, const Deadline &d, bool english) {
    const auto pick = [&](const Message &m) -> const std::string & { return english ? m.en : m.nl; };
    const law::LegalFact &fact = *d.kind->fact;
    json::Bytes out;
    const auto line = [&](std::string_view prefix, const std::string &text) {
        out.append(prefix);
        out.append(text);
        out.push('\n');
    };
    line("", pick(rules.text("kind_" + d.kind->id)));
    line("", pick(rules.due_sentence(d)));
    out.push('\n');
    line("", pick(rules.text("text_steps")));
    for (const Message &m : rules.render_steps(d)) line("- ", pick(m));
    out.push('\n');
    // The basis line is about the law: the fact's own label (the weaker of its value's and its
    // article's). How sure the date is (the Atw rules, date_label) is told in the warnings.
    const std::string label(d.label);
    const std::string basis = fact.has_article() ? "text_basis" : "text_basis_no_article";
    line("", pick(rules.text(basis, {{"article", fact.article}, {"label", label}, {"label_text", pick(rules.text("label_" + label))}})));
    const std::string today = rules.day_and_date(d.today, english);
    if (d.days_left > 1) line("", pick(rules.text("text_days_left", {{"today", today}, {"days", std::to_string(d.days_left)}})));
    else if (d.days_left == 1) line("", pick(rules.text("text_tomorrow", {{"today", today}})));
    else if (d.days_left == 0) line("", pick(rules.text("text_today")));
    else line("", pick(rules.text("text_past", {{"today", today}})));
    const auto warnings = rules.render_warnings(d);
    if (!warnings.empty()) {
        out.push('\n');
        line("", pick(rules.text("text_warnings")));
        for (const RenderedWarning &r : warnings) line("- ", pick(r.text));
    }
    return out.release();
}

}  // namespace

Result<json::OwnedText> deadline_document(std::string_view request_json) {
    if (const auto bad = utf8::first_invalid(request_json))
        return make_error(HELDER_E_INVALID_UTF8, "request: not valid UTF-8 at byte " + std::to_string(*bad), *bad);
    static const options::Table kTable = {
        {"kind", Type::NonEmptyString, true},
        {"from", Type::NonEmptyString, true},
        {"party", Type::Choice, false, 0, 0, {"requester", "copy", "other"}},
        {"today", Type::NonEmptyString},
        {"language", Type::Choice, false, 0, 0, {"nl", "en"}},
        {"format", Type::Choice, false, 0, 0, {"json", "text"}},
    };
    auto request = options::Fields::parse(request_json, kTable, "request");
    if (!request) return request.error();
    const DeadlineRules &rules = DeadlineRules::shipped();
    const DeadlineKind *kind = rules.kind(request->string("kind"));
    if (!kind) return request->invalid("kind", "one of " + kind_list(rules));
    const auto from = Date::parse(request->string("from"));
    if (!from) return request->invalid("from", "a date that exists, written as YYYY-MM-DD");
    if (const auto problem = deadline_start_problem(*from)) return request->invalid("from", *problem);
    Date today = dossier::system_today();
    if (request->has("today")) {
        const auto given = Date::parse(request->string("today"));
        if (!given) return request->invalid("today", "a date that exists, written as YYYY-MM-DD");
        today = *given;
    }
    AppealParty party = AppealParty::unknown;
    if (request->has("party")) {
        if (!kind->takes_party)
            return make_error(HELDER_E_INVALID_JSON, "request: party is only for a kind whose start depends on who asks (hoger-beroep), not " + kind->id);
        party = *party_from_id(request->string("party"));
    }
    const Deadline d = rules.compute(*kind, *from, party, today);
    if (request->string("format", "json") == "text") return write_text(rules, d, request->string("language", "nl") == "en");
    return write_json(rules, d);
}

}  // namespace helder::procedure
