// SPDX-License-Identifier: EUPL-1.2
// Legal deadlines as dates (lib/procedure/deadline.hh). The expected dates come from a small
// calendar written here from the rules of domain brief 2.13a (Easter Sundays as published, the
// holidays of art. 3 Atw, the decree days the brief lists), not from lib/law/.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/json.hh"
#include "procedure/deadline.hh"
#include "procedure/deadline_document.hh"
#include "test_support.hh"

namespace helder::procedure {
namespace {

// ---- The test's own calendar ------------------------------------------------------------------

struct Day {
    int y, m, d;
    bool operator==(const Day &o) const { return y == o.y && m == o.m && d == o.d; }
    bool operator<(const Day &o) const { return std::tie(y, m, d) < std::tie(o.y, o.m, o.d); }
};

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int month_length(int y, int m) {
    const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : lengths[m - 1];
}
Day next(Day x) {
    if (++x.d > month_length(x.y, x.m)) x.d = 1, ++x.m;
    if (x.m > 12) x.m = 1, ++x.y;
    return x;
}
Day prev(Day x) {
    if (--x.d < 1) {
        if (--x.m < 1) x.m = 12, --x.y;
        x.d = month_length(x.y, x.m);
    }
    return x;
}
Day plus(Day x, int days) {
    for (; days > 0; --days) x = next(x);
    for (; days < 0; ++days) x = prev(x);
    return x;
}
// Same day number so many months later, or that month's last day (HR 1 September 2017).
Day plus_months(Day x, int months) {
    const int total = x.m - 1 + months;
    Day r{x.y + total / 12, total % 12 + 1, 0};
    r.d = std::min(x.d, month_length(r.y, r.m));
    return r;
}
// 1 = Monday .. 7 = Sunday, counted from Saturday 1 January 2000 (dates from 2000 on).
int weekday(Day x) {
    int n = x.d - 1;
    for (int y = 2000; y < x.y; ++y) n += is_leap(y) ? 366 : 365;
    for (int m = 1; m < x.m; ++m) n += month_length(x.y, m);
    return (n + 5) % 7 + 1;
}
const std::map<int, Day> kEaster = {{2015, {2015, 4, 5}},  {2016, {2016, 3, 27}}, {2017, {2017, 4, 16}}, {2018, {2018, 4, 1}},
                                    {2019, {2019, 4, 21}}, {2020, {2020, 4, 12}}, {2021, {2021, 4, 4}},  {2022, {2022, 4, 17}},
                                    {2023, {2023, 4, 9}},  {2024, {2024, 3, 31}}, {2025, {2025, 4, 20}}, {2026, {2026, 4, 5}},
                                    {2027, {2027, 3, 28}}, {2028, {2028, 4, 16}}, {2029, {2029, 4, 1}},  {2030, {2030, 4, 21}},
                                    {2031, {2031, 4, 13}}, {2032, {2032, 3, 28}}};
// Art. 3 lid 1–2 Atw.
std::set<Day> holidays_of(int y) {
    const Day e = kEaster.at(y);
    const Day koningsdag = weekday(Day{y, 4, 27}) == 7 ? Day{y, 4, 26} : Day{y, 4, 27};
    return {Day{y, 1, 1}, plus(e, -2), plus(e, 1), koningsdag, Day{y, 5, 5}, plus(e, 39), plus(e, 50), Day{y, 12, 25}, Day{y, 12, 26}};
}
// Art. 3 lid 3: the decree days domain brief 2.13a lists, and the years a decree covers in full.
const std::set<Day> kDecreeDays = {{2017, 4, 28}, {2017, 5, 26}, {2018, 5, 11}, {2018, 12, 24}, {2018, 12, 31}, {2019, 5, 31},
                                   {2019, 12, 27}, {2022, 5, 27}, {2023, 4, 28}, {2023, 5, 19}, {2024, 5, 10}, {2024, 12, 27},
                                   {2025, 5, 30}, {2026, 1, 2},  {2026, 5, 15}, {2027, 5, 7},  {2028, 4, 28}, {2028, 5, 26}};
bool decree_year_known(int y) { return (y >= 2017 && y <= 2019) || (y >= 2023 && y <= 2028); }

bool holiday(Day x) {
    static std::map<int, std::set<Day>> by_year;
    auto it = by_year.find(x.y);
    if (it == by_year.end()) it = by_year.emplace(x.y, holidays_of(x.y)).first;
    return it->second.count(x) > 0;
}
bool ordinary(Day x) { return weekday(x) < 6 && !holiday(x) && !kDecreeDays.count(x); }
bool working(Day x) { return weekday(x) < 6 && !holiday(x); }
Day atw_end(Day nominal) {
    while (!ordinary(nominal)) nominal = next(nominal);
    return nominal;
}

Date date(Day x) { return Date{x.y, x.m, x.d}; }
Day day(const Date &x) { return Day{x.year, x.month, x.day}; }

// ---- Helpers ----------------------------------------------------------------------------------

const DeadlineRules &rules() { return DeadlineRules::shipped(); }

Deadline compute(std::string_view kind, Day from, AppealParty party = AppealParty::requester, Day today = {2026, 1, 1}) {
    const DeadlineKind *k = rules().kind(kind);
    EXPECT_NE(k, nullptr) << kind;
    return rules().compute(*k, date(from), party, date(today));
}

bool has_warning(const Deadline &d, WarningKind kind) {
    for (const Warning &w : d.warnings)
        if (w.kind == kind) return true;
    return false;
}

std::string all_steps_nl(const Deadline &d) {
    std::string out;
    for (const Message &m : rules().render_steps(d)) out += m.nl + "\n";
    return out;
}

std::string str(Day x) { return date(x).str(); }

// ---- The Hoge Raad's case and the kinds one by one --------------------------------------------

TEST(Deadline, TheHogeRaadsCaseEndsOnMonday30May2016) {
    const Deadline d = compute("hoger-beroep", {2016, 2, 29});
    EXPECT_EQ(d.nominal_due.str(), "2016-05-29");
    EXPECT_EQ(d.due.str(), "2016-05-30");
    EXPECT_EQ(d.atw_applies, std::optional<bool>(true));
    EXPECT_EQ(d.label, "VERIFIED");
    const std::string steps = all_steps_nl(d);
    EXPECT_NE(steps.find("3 maanden na 29 februari 2016 is 29 mei 2016."), std::string::npos) << steps;
    EXPECT_NE(steps.find("Dat is een zondag."), std::string::npos) << steps;
    EXPECT_NE(steps.find("tot en met maandag 30 mei 2016. Zo staat het in art. 1 lid 1 Algemene termijnenwet."), std::string::npos) << steps;
    // 2016 has no decree data: the date must be checked.
    EXPECT_TRUE(has_warning(d, WarningKind::decree_days_unknown));
}

TEST(Deadline, AppealOnEveryDayFrom2015To2031FollowsTheMonthRuleAndTheAtw) {
    size_t moved = 0, month_ends = 0;
    for (Day from{2015, 1, 1}; from < Day{2031, 9, 1}; from = next(from)) {
        const Deadline d = compute("hoger-beroep", from);
        const Day nominal = plus_months(from, 3);
        ASSERT_EQ(d.nominal_due.str(), str(nominal)) << str(from);
        ASSERT_EQ(d.due.str(), str(atw_end(nominal))) << str(from);
        moved += !(nominal == atw_end(nominal));
        month_ends += nominal.d < from.d;
        // The warning for unknown decree days exactly when a year of the period lacks a decree.
        bool unknown = false;
        for (int y = next(from).y; y <= d.due.year; ++y) unknown |= !decree_year_known(y);
        ASSERT_EQ(has_warning(d, WarningKind::decree_days_unknown), unknown) << str(from);
    }
    EXPECT_GT(moved, 1500u);
    EXPECT_GT(month_ends, 50u);
}

TEST(Deadline, EveryHolidayAndDecreeDayOf2016To2030MovesAnAppealAndAVervallenverklaring) {
    std::set<Day> days(kDecreeDays.begin(), kDecreeDays.end());
    for (int y = 2016; y <= 2030; ++y)
        for (const Day &h : holidays_of(y)) days.insert(h);
    size_t checked = 0;
    for (const Day &h : days) {
        if (h.y < 2016 || h.y > 2030) continue;
        // Sent 2 weeks before: the period's 14th day is the holiday.
        const Deadline voiding = compute("vervallenverklaring-aanwijzing", plus(h, -14));
        EXPECT_EQ(voiding.nominal_due.str(), str(h));
        EXPECT_EQ(voiding.due.str(), str(atw_end(h))) << str(h);
        EXPECT_TRUE(voiding.due.str() > str(h)) << str(h);
        // A decision 3 months before (where the month has that day).
        const int m = h.m > 3 ? h.m - 3 : h.m + 9, y = h.m > 3 ? h.y : h.y - 1;
        if (h.d <= month_length(y, m)) {
            const Deadline appeal = compute("hoger-beroep", {y, m, h.d});
            EXPECT_EQ(appeal.nominal_due.str(), str(h));
            EXPECT_EQ(appeal.due.str(), str(atw_end(h))) << str(h);
        }
        ++checked;
    }
    EXPECT_GE(checked, 15u * 9u);
}

TEST(Deadline, TheVervallenverklaringCountsFromTheDayAfterSending) {
    // Sent on Monday 1 June 2026: the period starts on Tuesday 2 June and its 14th day is 15 June.
    const Deadline d = compute("vervallenverklaring-aanwijzing", {2026, 6, 1});
    EXPECT_EQ(d.due.str(), "2026-06-15");
    EXPECT_NE(all_steps_nl(d).find("De tijd begint de dag erna: dinsdag 2 juni 2026."), std::string::npos) << all_steps_nl(d);
    // Sent on 1 May 2026: 15 May is a decree day, then a weekend: Monday 18 May.
    const Deadline decree = compute("vervallenverklaring-aanwijzing", {2026, 5, 1});
    EXPECT_EQ(decree.due.str(), "2026-05-18");
    const std::string steps = all_steps_nl(decree);
    EXPECT_NE(steps.find("Die dag telt als feestdag."), std::string::npos) << steps;
    EXPECT_NE(steps.find("16 mei 2026 is een zaterdag."), std::string::npos) << steps;
    EXPECT_FALSE(has_warning(decree, WarningKind::decree_days_unknown));
}

TEST(Deadline, AMeasuresDurationIsNeverMoved) {
    for (const char *kind : {"ots", "ots-verlenging", "voorlopige-ots", "muhp"}) {
        size_t on_a_weekend = 0;
        for (Day from{2024, 1, 1}; from < Day{2027, 1, 1}; from = next(from)) {
            const Deadline d = compute(kind, from);
            EXPECT_EQ(d.due, d.nominal_due) << kind << " " << str(from);
            EXPECT_EQ(d.atw_applies, std::optional<bool>(false));
            on_a_weekend += weekday(day(d.due)) >= 6;
        }
        EXPECT_GT(on_a_weekend, 200u) << kind;
    }
    // An OTS of a year from 29 February 2024 ends on 28 February 2025.
    EXPECT_EQ(compute("ots", {2024, 2, 29}).due.str(), "2025-02-28");
    EXPECT_EQ(compute("voorlopige-ots", {2026, 11, 30}).due.str(), "2027-02-28");
}

TEST(Deadline, APeriodLongerThanTheAtwAllowsIsNotMoved) {
    // A complaint about the Raad: one year; 31 May 2026 is a Sunday.
    const Deadline d = compute("klacht-raad", {2025, 5, 31});
    EXPECT_EQ(d.due.str(), "2026-05-31");
    EXPECT_EQ(d.atw_applies, std::optional<bool>(false));
    ASSERT_EQ(d.atw_rules.size(), 1u);
    EXPECT_EQ(d.atw_rules[0], "not_long_periods");
    EXPECT_EQ(d.date_label, "UNVERIFIED");  // no article for the complaint period
    EXPECT_NE(all_steps_nl(d).find("art. 4 Algemene termijnenwet"), std::string::npos);
}

// Art. 4 decided the date: its content is SECONDARY, its wording UNVERIFIED (brief 2.13a), so
// the step that rests on it says that it is not sure, and the answer gives both labels.
TEST(Deadline, AStepOnArticleFourShowsItsWeakerLabel) {
    const Deadline d = compute("klacht-raad", {2025, 5, 31});
    const std::vector<Message> steps = rules().render_steps(d);
    EXPECT_NE(steps.back().nl.find("Zo staat het in art. 4 Algemene termijnenwet."), std::string::npos) << steps.back().nl;
    EXPECT_NE(steps.back().nl.find("Het is niet zeker wat hier precies in de wet staat."), std::string::npos) << steps.back().nl;
    EXPECT_NE(steps.back().en.find("It is not confirmed what the law says here exactly."), std::string::npos) << steps.back().en;
    const auto answer = deadline_document(R"({"kind":"klacht-raad","from":"2025-05-31","today":"2026-01-01"})");
    ASSERT_TRUE(answer.ok());
    auto doc = json::Document::parse(answer->view());
    ASSERT_TRUE(doc.ok());
    const json::Value rule = doc->root().find("atw_rules").first_child();
    EXPECT_EQ(rule.find("id").as_string(), "not_long_periods");
    EXPECT_EQ(rule.find("value_label").as_string(), "SECONDARY");
    EXPECT_EQ(rule.find("article_label").as_string(), "UNVERIFIED");
    EXPECT_EQ(rule.find("label").as_string(), "UNVERIFIED");
}

// A step on art. 1 lid 1 (VERIFIED) adds no such note, and the date stays VERIFIED.
TEST(Deadline, AStepOnAVerifiedAtwRuleAddsNoNote) {
    const Deadline d = compute("hoger-beroep", {2016, 2, 29});
    EXPECT_EQ(d.date_label, "VERIFIED");
    EXPECT_EQ(all_steps_nl(d).find("niet zeker"), std::string::npos) << all_steps_nl(d);
    EXPECT_EQ(all_steps_nl(d).find("niet zelf"), std::string::npos) << all_steps_nl(d);
}

TEST(Deadline, WhereTheAtwIsUnverifiedTheUnmovedDateComesWithTheOtherDate) {
    // A schorsing of 27 March 2026 lapses on Saturday 27 June 2026; under the Atw it would be Monday 29 June.
    const Deadline d = compute("schorsing-gezag", {2026, 3, 27});
    EXPECT_EQ(d.due.str(), "2026-06-27");
    EXPECT_FALSE(d.atw_applies.has_value());
    EXPECT_EQ(d.label, "VERIFIED");
    EXPECT_EQ(d.date_label, "UNVERIFIED");
    ASSERT_TRUE(has_warning(d, WarningKind::atw_unverified_other));
    for (const Warning &w : d.warnings)
        if (w.kind == WarningKind::atw_unverified_other) { EXPECT_EQ(w.date.str(), "2026-06-29"); }
    EXPECT_TRUE(has_warning(d, WarningKind::check_with_lawyer));
    // On an ordinary day there is no other date.
    const Deadline plain = compute("schorsing-gezag", {2026, 3, 25});
    EXPECT_EQ(plain.due.str(), "2026-06-25");
    EXPECT_TRUE(has_warning(plain, WarningKind::atw_unverified_same));
}

TEST(Deadline, TheSpoedHearingIsUnverifiedAndSaysWhy) {
    const Deadline d = compute("spoed-zitting", {2026, 4, 13});
    EXPECT_EQ(d.due.str(), "2026-04-27");
    EXPECT_EQ(d.label, "UNVERIFIED");
    EXPECT_TRUE(has_warning(d, WarningKind::article_unverified));
    EXPECT_TRUE(has_warning(d, WarningKind::value_secondary));
    EXPECT_TRUE(has_warning(d, WarningKind::check_with_lawyer));
    EXPECT_EQ(d.kind->fact->article.find("800"), std::string::npos);  // 2.13b: do not cite it
}

TEST(Deadline, VtTriageCountsWorkingDaysAndOffersCalendarDays) {
    for (Day from{2016, 1, 1}; from < Day{2031, 1, 1}; from = next(from)) {
        Day expected = from;
        for (int counted = 0; counted < 5;) {
            expected = next(expected);
            counted += working(expected);
        }
        const Deadline d = compute("vt-triage", from);
        ASSERT_EQ(d.due.str(), str(expected)) << str(from);
        ASSERT_TRUE(has_warning(d, WarningKind::working_days_unverified));
        for (const Warning &w : d.warnings)
            if (w.kind == WarningKind::working_days_unverified) { ASSERT_EQ(w.date.str(), str(plus(from, 5))); }
    }
    // Good Friday and Easter Monday 2026 do not count; a decree day does.
    EXPECT_EQ(compute("vt-triage", {2026, 4, 1}).due.str(), "2026-04-10");
    EXPECT_EQ(compute("vt-triage", {2026, 5, 13}).due.str(), "2026-05-21");
}

TEST(Deadline, TheAppealsStartDependsOnTheParty) {
    const Deadline unknown = compute("hoger-beroep", {2026, 3, 2}, AppealParty::unknown);
    EXPECT_TRUE(has_warning(unknown, WarningKind::party_unknown));
    for (AppealParty p : {AppealParty::requester, AppealParty::copy, AppealParty::other}) {
        const Deadline d = compute("hoger-beroep", {2026, 3, 2}, p);
        EXPECT_FALSE(has_warning(d, WarningKind::party_unknown));
        EXPECT_EQ(d.due.str(), "2026-06-02");
    }
    EXPECT_NE(all_steps_nl(compute("hoger-beroep", {2026, 3, 2}, AppealParty::other)).find("deurwaarder"), std::string::npos);
    EXPECT_NE(all_steps_nl(compute("hoger-beroep", {2026, 3, 2}, AppealParty::copy)).find("kopie"), std::string::npos);
    // Other kinds take no party.
    EXPECT_EQ(compute("ots", {2026, 3, 2}, AppealParty::other).party, AppealParty::unknown);
}

TEST(Deadline, DaysLeftCountFromToday) {
    EXPECT_EQ(compute("hoger-beroep", {2016, 2, 29}, AppealParty::requester, {2016, 5, 30}).days_left, 0);
    EXPECT_EQ(compute("hoger-beroep", {2016, 2, 29}, AppealParty::requester, {2016, 5, 1}).days_left, 29);
    const Deadline late = compute("hoger-beroep", {2016, 2, 29}, AppealParty::requester, {2016, 5, 31});
    EXPECT_EQ(late.days_left, -1);
    EXPECT_FALSE(late.in_time());
}

TEST(Deadline, EveryLabelThatIsNotVerifiedAsksForACheck) {
    for (const DeadlineKind &k : rules().kinds()) {
        const Deadline d = compute(k.id, {2029, 6, 11});
        EXPECT_EQ(has_warning(d, WarningKind::check_with_lawyer), d.date_label != "VERIFIED") << k.id;
        EXPECT_EQ(d.label, law::weaker_label(k.fact->value_label, k.fact->article_label)) << k.id;
    }
}

// ---- The table of limits shared with the other tests ------------------------------------------

TEST(Deadline, LimitsTableProbesEveryDatedFactInsideAndOutside) {
    std::ifstream in(testing::test_data("procedure/deadline_limits.tsv"));
    ASSERT_TRUE(in);
    std::map<std::string, std::set<std::string>> sides;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> f;
        std::stringstream ss(line);
        for (std::string cell; std::getline(ss, cell, '\t');) f.push_back(cell);
        ASSERT_EQ(f.size(), 6u) << line;
        const DeadlineKind *k = rules().kind(f[2]);
        ASSERT_NE(k, nullptr) << line;
        EXPECT_EQ(k->fact->id, f[0]) << line;
        const auto from = Date::parse(f[3]), probe = Date::parse(f[4]);
        ASSERT_TRUE(from && probe) << line;
        const Deadline d = rules().compute(*k, *from, AppealParty::requester, *probe);
        EXPECT_EQ(d.in_time() ? "in_time" : "late", f[5]) << line;
        // The probes sit on the edge: the last day itself, and the day after it.
        EXPECT_EQ(f[1] == "inside" ? d.due : add_days(d.due, 1), *probe) << line;
        sides[f[0]].insert(f[1]);
    }
    for (const DeadlineKind &k : rules().kinds())
        EXPECT_EQ(sides[k.fact->id], (std::set<std::string>{"inside", "outside"})) << k.fact->id;
}

// ---- Words ------------------------------------------------------------------------------------

TEST(Deadline, EveryDutchTextIsPlainDutch) {
    std::set<std::string> seen;
    const auto check = [&](const std::string &id, const std::string &text) {
        if (seen.insert(text).second) helder::testing::expect_plain_dutch(id, text, {"jargon"});
    };
    // Dates that take every step: a Sunday, a holiday, a decree day, a month end, a weekday.
    const std::vector<Day> froms = {{2016, 2, 29}, {2026, 5, 1}, {2026, 9, 25}, {2026, 3, 25}, {2029, 1, 31}};
    for (const DeadlineKind &k : rules().kinds())
        for (const Day &from : froms)
            for (AppealParty p : {AppealParty::unknown, AppealParty::requester, AppealParty::copy, AppealParty::other}) {
                const Deadline d = compute(k.id, from, p);
                for (const Message &m : rules().render_steps(d)) check(k.id, m.nl);
                for (const RenderedWarning &w : rules().render_warnings(d)) check(std::string(w.id), w.text.nl);
            }
    EXPECT_GE(seen.size(), 60u);
}

// The answer for people starts with the kind's name (the law's own words may stay: jargon
// allowed) and its last day.
TEST(Deadline, TheTextAnswerStartsPlainly) {
    for (const DeadlineKind &k : rules().kinds()) {
        const auto answer = deadline_document(R"({"kind":")" + k.id + R"(","from":"2026-03-02","today":"2026-03-03","format":"text"})");
        ASSERT_TRUE(answer.ok()) << k.id;
        std::istringstream lines(answer->str());
        std::string name, due;
        std::getline(lines, name);
        std::getline(lines, due);
        helder::testing::expect_plain_dutch(k.id, name + ".", {"jargon"});
        helder::testing::expect_plain_dutch(k.id, due);
    }
}

// The Dutch answer is Dutch throughout: no English words in the basis, steps or warnings of any
// kind (an article once read "Rv (provision not confirmed)").
TEST(Deadline, TheDutchAnswerOfEveryKindHasNoEnglishWords) {
    const std::set<std::string> english = {"not",  "none",   "found", "read",   "confirmed", "provision", "article", "the",
                                           "and",  "with",   "this",  "period", "court",     "law",       "day",     "days",
                                           "from", "within", "which",  "says",      "source",    "practice",
                                           // the label codes are the data's, not words for a reader
                                           "label", "verified", "secondary", "unverified"};
    size_t answers = 0;
    for (const DeadlineKind &k : rules().kinds())
        for (const char *from : {"2016-02-29", "2026-03-02", "2026-05-01", "2029-01-31"}) {
            const std::string party = k.takes_party ? R"(,"party":"other")" : "";
            const auto answer = deadline_document(R"({"kind":")" + k.id + R"(","from":")" + from + R"(","today":"2026-03-03","format":"text","language":"nl")" + party + "}");
            ASSERT_TRUE(answer.ok()) << k.id;
            const std::string text = answer->str();
            std::string word;
            for (size_t i = 0; i <= text.size(); ++i) {
                const char c = i < text.size() ? text[i] : ' ';
                if (std::isalpha(static_cast<unsigned char>(c))) {
                    word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                    continue;
                }
                EXPECT_FALSE(english.count(word)) << k.id << " from " << from << ": \"" << word << "\" in\n" << text;
                word.clear();
            }
            ++answers;
        }
    EXPECT_EQ(answers, 4 * rules().kinds().size());
}

// ---- The JSON request and answer --------------------------------------------------------------

TEST(DeadlineDocument, AnswersWithTheFieldsTheHeaderPromises) {
    const auto answer = deadline_document(R"({"kind":"hoger-beroep","from":"2016-02-29","party":"copy","today":"2016-05-01"})");
    ASSERT_TRUE(answer.ok()) << answer.error().message;
    auto doc = json::Document::parse(answer->view());
    ASSERT_TRUE(doc.ok());
    const json::Value r = doc->root();
    EXPECT_EQ(r.find("kind").as_string(), "hoger-beroep");
    EXPECT_EQ(r.find("due").as_string(), "2016-05-30");
    EXPECT_EQ(r.find("basis").as_string(), "art. 806 lid 1 Rv");
    EXPECT_EQ(r.find("label").as_string(), "VERIFIED");
    EXPECT_EQ(r.find("party").as_string(), "copy");
    EXPECT_TRUE(r.find("atw_applies").as_bool());
    EXPECT_EQ(r.find("days_left").as_integer(), 29);
    EXPECT_TRUE(r.find("steps").first_child().find("nl").is_string());
    EXPECT_TRUE(r.find("warnings").is_array());
}

TEST(DeadlineDocument, TheTextAnswerAsksForACheckWhenNotVerified) {
    const auto unverified = deadline_document(R"({"kind":"spoed-zitting","from":"2026-04-13","today":"2026-04-14","format":"text"})");
    ASSERT_TRUE(unverified.ok());
    EXPECT_NE(unverified->str().find("Vraag uw advocaat of het Juridisch Loket om deze datum na te kijken."), std::string::npos);
    const auto verified = deadline_document(R"({"kind":"hoger-beroep","from":"2026-03-02","party":"requester","today":"2026-03-03","format":"text","language":"en"})");
    ASSERT_TRUE(verified.ok());
    EXPECT_EQ(verified->str().find("Juridisch Loket"), std::string::npos) << verified->str();
    EXPECT_NE(verified->str().find("The last day is Tuesday 2 June 2026"), std::string::npos) << verified->str();
}

// The basis line is about the law, so it carries the fact's own label; how sure the date is (the
// Atw's use for a schorsing is not confirmed) is told in the warnings.
TEST(DeadlineDocument, TheBasisLineCarriesTheFactsLabelAndTheWarningsTheDates) {
    ASSERT_EQ(rules().kind("schorsing-gezag")->fact->label, "VERIFIED");
    for (const bool english : {false, true}) {
        const auto answer = deadline_document(std::string(R"({"kind":"schorsing-gezag","from":"2026-02-14","today":"2026-02-15","format":"text","language":")") +
                                              (english ? "en" : "nl") + "\"}");
        ASSERT_TRUE(answer.ok());
        const std::string text = answer->str();
        const size_t basis = text.find(english ? "Law: art. 1:268 lid 5 BW." : "Wet: art. 1:268 lid 5 BW.");
        ASSERT_NE(basis, std::string::npos) << text;
        const std::string line = text.substr(basis, text.find('\n', basis) - basis);
        EXPECT_NE(line.find(english ? "The wording of the law was read." : "De tekst van de wet is gelezen."), std::string::npos) << line;
        EXPECT_EQ(line.find(english ? "not confirmed" : "niet bevestigd"), std::string::npos) << line;
        const std::string warnings = text.substr(text.find(english ? "Please note:" : "Let op:"));
        EXPECT_NE(warnings.find(english ? "If the date does move, the last day is" : "Schuift de datum wel op? Dan is de laatste dag"), std::string::npos) << text;
        EXPECT_NE(warnings.find(english ? "Juridisch Loket" : "Vraag uw advocaat of het Juridisch Loket om deze datum na te kijken."), std::string::npos) << text;
    }
}

// The answer's second line says whose last day it is where it is not the family's last day to act:
// the end of a measure, the court's day, an organisation's.
TEST(DeadlineDocument, TheSecondLineSaysWhoseLastDayItIs) {
    const std::map<std::string, std::pair<std::string, std::string>> whose = {
        {"hoger-beroep", {"De laatste dag is ", "The last day is "}},
        {"vervallenverklaring-aanwijzing", {"De laatste dag is ", "The last day is "}},
        {"klacht-raad", {"De laatste dag is ", "The last day is "}},
        {"ots", {"De maatregel stopt uiterlijk op ", "not a last day for you to act"}},
        {"ots-verlenging", {"De verlenging stopt uiterlijk op ", "not a last day for you to act"}},
        {"voorlopige-ots", {"De maatregel stopt uiterlijk op ", "not a last day for you to act"}},
        {"muhp", {"stopt uiterlijk op ", "not a last day for you to act"}},
        {"muhp-niet-gebruikt", {"Dan stopt de toestemming na die dag.", "not a last day for you to act"}},
        {"schorsing-gezag", {"Dat is de laatste dag van de maatregel.", "the last day of the measure, not a last day for you to act"}},
        {"spoed-zitting", {"Dit is de laatste dag voor de rechter, niet voor u.", "This is the court's last day, not yours."}},
        {"vernietiging-dossier", {"Dat is de laatste dag voor de organisatie, niet voor u.", "This is the organisation's last day, not yours."}},
        {"vt-triage", {"Dit is de laatste dag voor de organisatie, niet voor u.", "This is the organisation's last day, not yours."}},
    };
    ASSERT_EQ(whose.size(), rules().kinds().size());
    for (const DeadlineKind &k : rules().kinds()) {
        ASSERT_TRUE(whose.count(k.id)) << k.id;
        for (const bool english : {false, true}) {
            const auto answer = deadline_document(R"({"kind":")" + k.id + R"(","from":"2026-03-02","today":"2026-03-03","format":"text","language":")" +
                                                  (english ? "en" : "nl") + "\"}");
            ASSERT_TRUE(answer.ok()) << k.id;
            std::istringstream lines(answer->str());
            std::string name, due;
            std::getline(lines, name);
            std::getline(lines, due);
            const std::string &expected = english ? whose.at(k.id).second : whose.at(k.id).first;
            EXPECT_NE(due.find(expected), std::string::npos) << k.id << ": " << due;
            EXPECT_NE(due.find(" 202"), std::string::npos) << k.id << ": " << due;  // the day itself
            const bool family = expected.rfind("De laatste dag is ", 0) == 0 || expected.rfind("The last day is ", 0) == 0;
            if (!family && english) { EXPECT_NE(due.find("not"), std::string::npos) << k.id << ": " << due; }
            if (!family && !english) { EXPECT_TRUE(due.find("niet voor u") != std::string::npos || due.find("geen laatste dag voor u") != std::string::npos) << k.id << ": " << due; }
        }
    }
}

// The JSON answer says it too, so that a page or a calendar file does not call a measure's end a
// last day to act: day_of, and the same sentence as the text answer's second line.
TEST(DeadlineDocument, TheJsonSaysWhoseDayItIs) {
    const std::map<std::string, std::string> day_of = {
        {"hoger-beroep", "family"}, {"vervallenverklaring-aanwijzing", "family"}, {"klacht-raad", "family"},
        {"ots", "measure"}, {"ots-verlenging", "measure"}, {"voorlopige-ots", "measure"}, {"muhp", "measure"},
        {"muhp-niet-gebruikt", "measure"}, {"schorsing-gezag", "measure"}, {"spoed-zitting", "court"},
        {"vernietiging-dossier", "organisation"}, {"vt-triage", "organisation"},
    };
    ASSERT_EQ(day_of.size(), rules().kinds().size());
    for (const DeadlineKind &k : rules().kinds()) {
        ASSERT_TRUE(day_of.count(k.id)) << k.id;
        const auto answer = deadline_document(R"({"kind":")" + k.id + R"(","from":"2026-03-02","today":"2026-03-03"})");
        ASSERT_TRUE(answer.ok()) << k.id;
        auto doc = json::Document::parse(answer->view());
        ASSERT_TRUE(doc.ok());
        EXPECT_EQ(doc->root().find("day_of").as_string(), day_of.at(k.id)) << k.id;
        for (const bool english : {false, true}) {
            const auto text = deadline_document(R"({"kind":")" + k.id + R"(","from":"2026-03-02","today":"2026-03-03","format":"text","language":")" +
                                                (english ? "en" : "nl") + "\"}");
            ASSERT_TRUE(text.ok());
            const std::string second_line = text->str().substr(text->str().find('\n') + 1, text->str().find('\n', text->str().find('\n') + 1) - text->str().find('\n') - 1);
            EXPECT_EQ(doc->root().find("due_text").find(english ? "en" : "nl").as_string(), second_line) << k.id;
        }
    }
}

TEST(DeadlineDocument, RefusesBadInputWithAClearMessage) {
    const auto refused = [](std::string_view request, helder_status status, std::string_view words) {
        const auto r = deadline_document(request);
        ASSERT_FALSE(r.ok()) << request;
        EXPECT_EQ(r.error().status, status) << request;
        EXPECT_NE(r.error().message.find(words), std::string::npos) << r.error().message;
    };
    refused(R"({"kind":"beroep","from":"2026-03-02"})", HELDER_E_INVALID_JSON, "kind must be one of hoger-beroep");
    refused(R"({"kind":"ots","from":"2026-02-30"})", HELDER_E_INVALID_JSON, "from must be a date that exists");
    refused(R"({"kind":"ots"})", HELDER_E_INVALID_JSON, "from is missing");
    refused(R"({"from":"2026-03-02"})", HELDER_E_INVALID_JSON, "kind is missing");
    refused(R"({"kind":"ots","from":"2026-03-02","today":"2026-13-01"})", HELDER_E_INVALID_JSON, "today must be");
    refused(R"({"kind":"ots","from":"2026-03-02","party":"copy"})", HELDER_E_INVALID_JSON, "party is only for");
    refused(R"({"kind":"hoger-beroep","from":"2026-03-02","party":"judge"})", HELDER_E_INVALID_JSON, "party");
    refused(R"({"kind":"ots","from":"2026-03-02","when":1})", HELDER_E_INVALID_JSON, "unknown field");
    refused("{\"kind\":\"ots\xff\",\"from\":\"2026-03-02\"}", HELDER_E_INVALID_UTF8, "byte 12");
    refused("[1]", HELDER_E_INVALID_JSON, "request");
    // Found in review: 30 April 2013 (Koninginnedag, then a holiday) was taken as an ordinary last
    // day, and 9999-12-31 gave the "date" 10000-03-31. Outside the years helder knows: refused.
    refused(R"({"kind":"hoger-beroep","from":"2013-01-30","party":"requester"})", HELDER_E_INVALID_JSON, "from must be a date from 2014");
    refused(R"({"kind":"hoger-beroep","from":"2013-12-31","party":"requester"})", HELDER_E_INVALID_JSON, "from must be a date from 2014");
    refused(R"({"kind":"ots","from":"9999-12-31"})", HELDER_E_INVALID_JSON, "from must be a date from 2014");
    EXPECT_TRUE(deadline_document(R"({"kind":"hoger-beroep","from":"2014-01-01","party":"requester"})").ok());
    EXPECT_TRUE(deadline_document(R"({"kind":"ots","from":"9900-12-31"})").ok());
}

}  // namespace
}  // namespace helder::procedure
