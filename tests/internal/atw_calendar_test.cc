// SPDX-License-Identifier: EUPL-1.2
// The Atw calendar: every holiday of 2016–2030 against a table written out here (Easter Sunday
// from public tables, the other days counted from it by hand), the decree days and the years
// without decree data, and the last day of a period under art. 1 lid 1 and art. 2.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/result.hh"
#include "law/atw_calendar.hh"

namespace helder::law {
namespace {

Date day(const char *text) { return *Date::parse(text); }
std::string id_of(const char *text) { return std::string(atw_holiday_id(atw_holiday(day(text)))); }

// Goede Vrijdag = Easter − 2, tweede Paasdag + 1, Hemelvaartsdag + 39, tweede Pinksterdag + 50;
// Koningsdag on 26 April in 2025 (27 April a Sunday). 5 mei 2016 was also Hemelvaartsdag, which
// the library names first.
const std::map<std::string, std::string> kHolidays = {
    // 2016: Easter Sunday 2016-03-27
    {"2016-01-01", "nieuwjaarsdag"}, {"2016-03-25", "goede_vrijdag"}, {"2016-03-28", "tweede_paasdag"},
    {"2016-04-27", "koningsdag"}, {"2016-05-05", "hemelvaartsdag"}, {"2016-05-16", "tweede_pinksterdag"},
    {"2016-12-25", "eerste_kerstdag"}, {"2016-12-26", "tweede_kerstdag"},
    // 2017: Easter Sunday 2017-04-16
    {"2017-01-01", "nieuwjaarsdag"}, {"2017-04-14", "goede_vrijdag"}, {"2017-04-17", "tweede_paasdag"},
    {"2017-04-27", "koningsdag"}, {"2017-05-05", "vijf_mei"}, {"2017-05-25", "hemelvaartsdag"},
    {"2017-06-05", "tweede_pinksterdag"}, {"2017-12-25", "eerste_kerstdag"}, {"2017-12-26", "tweede_kerstdag"},
    // 2018: Easter Sunday 2018-04-01
    {"2018-01-01", "nieuwjaarsdag"}, {"2018-03-30", "goede_vrijdag"}, {"2018-04-02", "tweede_paasdag"},
    {"2018-04-27", "koningsdag"}, {"2018-05-05", "vijf_mei"}, {"2018-05-10", "hemelvaartsdag"},
    {"2018-05-21", "tweede_pinksterdag"}, {"2018-12-25", "eerste_kerstdag"}, {"2018-12-26", "tweede_kerstdag"},
    // 2019: Easter Sunday 2019-04-21
    {"2019-01-01", "nieuwjaarsdag"}, {"2019-04-19", "goede_vrijdag"}, {"2019-04-22", "tweede_paasdag"},
    {"2019-04-27", "koningsdag"}, {"2019-05-05", "vijf_mei"}, {"2019-05-30", "hemelvaartsdag"},
    {"2019-06-10", "tweede_pinksterdag"}, {"2019-12-25", "eerste_kerstdag"}, {"2019-12-26", "tweede_kerstdag"},
    // 2020: Easter Sunday 2020-04-12
    {"2020-01-01", "nieuwjaarsdag"}, {"2020-04-10", "goede_vrijdag"}, {"2020-04-13", "tweede_paasdag"},
    {"2020-04-27", "koningsdag"}, {"2020-05-05", "vijf_mei"}, {"2020-05-21", "hemelvaartsdag"},
    {"2020-06-01", "tweede_pinksterdag"}, {"2020-12-25", "eerste_kerstdag"}, {"2020-12-26", "tweede_kerstdag"},
    // 2021: Easter Sunday 2021-04-04
    {"2021-01-01", "nieuwjaarsdag"}, {"2021-04-02", "goede_vrijdag"}, {"2021-04-05", "tweede_paasdag"},
    {"2021-04-27", "koningsdag"}, {"2021-05-05", "vijf_mei"}, {"2021-05-13", "hemelvaartsdag"},
    {"2021-05-24", "tweede_pinksterdag"}, {"2021-12-25", "eerste_kerstdag"}, {"2021-12-26", "tweede_kerstdag"},
    // 2022: Easter Sunday 2022-04-17
    {"2022-01-01", "nieuwjaarsdag"}, {"2022-04-15", "goede_vrijdag"}, {"2022-04-18", "tweede_paasdag"},
    {"2022-04-27", "koningsdag"}, {"2022-05-05", "vijf_mei"}, {"2022-05-26", "hemelvaartsdag"},
    {"2022-06-06", "tweede_pinksterdag"}, {"2022-12-25", "eerste_kerstdag"}, {"2022-12-26", "tweede_kerstdag"},
    // 2023: Easter Sunday 2023-04-09
    {"2023-01-01", "nieuwjaarsdag"}, {"2023-04-07", "goede_vrijdag"}, {"2023-04-10", "tweede_paasdag"},
    {"2023-04-27", "koningsdag"}, {"2023-05-05", "vijf_mei"}, {"2023-05-18", "hemelvaartsdag"},
    {"2023-05-29", "tweede_pinksterdag"}, {"2023-12-25", "eerste_kerstdag"}, {"2023-12-26", "tweede_kerstdag"},
    // 2024: Easter Sunday 2024-03-31
    {"2024-01-01", "nieuwjaarsdag"}, {"2024-03-29", "goede_vrijdag"}, {"2024-04-01", "tweede_paasdag"},
    {"2024-04-27", "koningsdag"}, {"2024-05-05", "vijf_mei"}, {"2024-05-09", "hemelvaartsdag"},
    {"2024-05-20", "tweede_pinksterdag"}, {"2024-12-25", "eerste_kerstdag"}, {"2024-12-26", "tweede_kerstdag"},
    // 2025: Easter Sunday 2025-04-20
    {"2025-01-01", "nieuwjaarsdag"}, {"2025-04-18", "goede_vrijdag"}, {"2025-04-21", "tweede_paasdag"},
    {"2025-04-26", "koningsdag"}, {"2025-05-05", "vijf_mei"}, {"2025-05-29", "hemelvaartsdag"},
    {"2025-06-09", "tweede_pinksterdag"}, {"2025-12-25", "eerste_kerstdag"}, {"2025-12-26", "tweede_kerstdag"},
    // 2026: Easter Sunday 2026-04-05
    {"2026-01-01", "nieuwjaarsdag"}, {"2026-04-03", "goede_vrijdag"}, {"2026-04-06", "tweede_paasdag"},
    {"2026-04-27", "koningsdag"}, {"2026-05-05", "vijf_mei"}, {"2026-05-14", "hemelvaartsdag"},
    {"2026-05-25", "tweede_pinksterdag"}, {"2026-12-25", "eerste_kerstdag"}, {"2026-12-26", "tweede_kerstdag"},
    // 2027: Easter Sunday 2027-03-28
    {"2027-01-01", "nieuwjaarsdag"}, {"2027-03-26", "goede_vrijdag"}, {"2027-03-29", "tweede_paasdag"},
    {"2027-04-27", "koningsdag"}, {"2027-05-05", "vijf_mei"}, {"2027-05-06", "hemelvaartsdag"},
    {"2027-05-17", "tweede_pinksterdag"}, {"2027-12-25", "eerste_kerstdag"}, {"2027-12-26", "tweede_kerstdag"},
    // 2028: Easter Sunday 2028-04-16
    {"2028-01-01", "nieuwjaarsdag"}, {"2028-04-14", "goede_vrijdag"}, {"2028-04-17", "tweede_paasdag"},
    {"2028-04-27", "koningsdag"}, {"2028-05-05", "vijf_mei"}, {"2028-05-25", "hemelvaartsdag"},
    {"2028-06-05", "tweede_pinksterdag"}, {"2028-12-25", "eerste_kerstdag"}, {"2028-12-26", "tweede_kerstdag"},
    // 2029: Easter Sunday 2029-04-01
    {"2029-01-01", "nieuwjaarsdag"}, {"2029-03-30", "goede_vrijdag"}, {"2029-04-02", "tweede_paasdag"},
    {"2029-04-27", "koningsdag"}, {"2029-05-05", "vijf_mei"}, {"2029-05-10", "hemelvaartsdag"},
    {"2029-05-21", "tweede_pinksterdag"}, {"2029-12-25", "eerste_kerstdag"}, {"2029-12-26", "tweede_kerstdag"},
    // 2030: Easter Sunday 2030-04-21
    {"2030-01-01", "nieuwjaarsdag"}, {"2030-04-19", "goede_vrijdag"}, {"2030-04-22", "tweede_paasdag"},
    {"2030-04-27", "koningsdag"}, {"2030-05-05", "vijf_mei"}, {"2030-05-30", "hemelvaartsdag"},
    {"2030-06-10", "tweede_pinksterdag"}, {"2030-12-25", "eerste_kerstdag"}, {"2030-12-26", "tweede_kerstdag"},
};

const std::vector<std::string> kDecreeDays = {
    "2017-04-28", "2017-05-26", "2018-05-11", "2018-12-24", "2018-12-31", "2019-05-31",
    "2019-12-27", "2022-05-27", "2023-04-28", "2023-05-19", "2024-05-10", "2024-12-27",
    "2025-05-30", "2026-01-02", "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26",
};

TEST(AtwCalendar, EasterSundayMatchesThePublishedDates) {
    const std::vector<std::string> easter = {"2016-03-27", "2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12",
                                             "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20",
                                             "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21"};
    for (int year = 2016; year <= 2030; ++year) EXPECT_EQ(easter_sunday(year).str(), easter[year - 2016]);
    EXPECT_EQ(easter_sunday(2008).str(), "2008-03-23");  // an early Easter
    EXPECT_EQ(easter_sunday(2038).str(), "2038-04-25");  // the latest date Easter can fall on
}

TEST(AtwCalendar, EveryDayOf2016To2030IsTheHolidayTheTableSays) {
    const std::set<std::string> decree(kDecreeDays.begin(), kDecreeDays.end());
    size_t holidays = 0, decree_days = 0, days = 0;
    for (Date d = day("2016-01-01"); d <= day("2030-12-31"); d = add_days(d, 1), ++days) {
        const auto it = kHolidays.find(d.str());
        const std::string expected = it != kHolidays.end() ? it->second : decree.count(d.str()) ? "decree_day" : "";
        EXPECT_EQ(atw_holiday_id(atw_holiday(d)), expected) << d.str();
        holidays += !expected.empty();
        decree_days += expected == "decree_day";
    }
    EXPECT_EQ(kHolidays.size(), 15u * 9 - 1);  // 5 mei 2016 is Hemelvaartsdag too
    EXPECT_EQ(days, 5479u);
    EXPECT_EQ(holidays, kHolidays.size() + kDecreeDays.size());
    EXPECT_EQ(decree_days, 18u);
}

TEST(AtwCalendar, KoningsdagMovesToThe26thOnlyWhenThe27thIsASunday) {
    EXPECT_EQ(id_of("2014-04-26"), "koningsdag");
    EXPECT_EQ(id_of("2014-04-27"), "");
    EXPECT_EQ(id_of("2025-04-26"), "koningsdag");
    EXPECT_EQ(id_of("2025-04-27"), "");
    EXPECT_EQ(id_of("2024-04-27"), "koningsdag");  // a Saturday: stays on the 27th
    EXPECT_EQ(id_of("2024-04-26"), "");
    EXPECT_EQ(id_of("2026-04-30"), "");  // the old Koninginnedag is no holiday
}

TEST(AtwCalendar, VijfMeiIsAHolidayEveryYear) {
    EXPECT_EQ(id_of("2026-05-05"), "vijf_mei");  // not a lustrum year
    EXPECT_EQ(id_of("2027-05-05"), "vijf_mei");
    EXPECT_EQ(id_of("2025-05-05"), "vijf_mei");
    EXPECT_FALSE(atw_ordinary_day(day("2026-05-05")));  // a Tuesday
}

TEST(AtwCalendar, OrdinaryDaysAreNotHolidays) {
    for (const char *d : {"2026-05-04", "2026-12-24", "2026-12-31", "2026-01-05", "2026-04-02", "2026-05-13",
                          "2026-05-26", "2027-05-04", "2025-12-29"}) {
        EXPECT_EQ(atw_holiday(day(d)), AtwHoliday::none) << d;
        EXPECT_TRUE(atw_ordinary_day(day(d))) << d;
    }
    EXPECT_FALSE(atw_ordinary_day(day("2026-05-23")));  // Saturday
    EXPECT_FALSE(atw_ordinary_day(day("2026-05-24")));  // Sunday (eerste Pinksterdag: a Sunday anyway)
    EXPECT_FALSE(atw_ordinary_day(day("2026-05-15")));  // decree day
    EXPECT_FALSE(atw_ordinary_day(day("2026-04-03")));  // Goede Vrijdag
    EXPECT_EQ(iso_weekday(day("2016-05-29")), 7);
    EXPECT_EQ(iso_weekday(day("2016-05-30")), 1);
    EXPECT_EQ(iso_weekday(day("1969-12-31")), 3);
}

TEST(AtwCalendar, TheDecreeDaysAreThoseOfTheDataFile) {
    ASSERT_EQ(atw_decree_days().size(), kDecreeDays.size());
    for (size_t i = 0; i < kDecreeDays.size(); ++i) {
        const AtwDecreeDay &d = atw_decree_days()[i];
        EXPECT_EQ(d.date.str(), kDecreeDays[i]);
        EXPECT_EQ(d.label, "SECONDARY") << kDecreeDays[i];
        EXPECT_FALSE(d.source.empty()) << kDecreeDays[i];
        if (d.date.year <= 2019) {
            EXPECT_NE(d.source.find("Stcrt. 2016, 58653"), std::string::npos);
        }
        if (d.date.year >= 2026) {
            EXPECT_EQ(d.source.rfind("Besluit gelijkstelling", 0), 0u);
        }
        // A check on the data: each is a weekday next to a holiday of art. 3 lid 1–2.
        EXPECT_LT(iso_weekday(d.date), 6) << kDecreeDays[i];
        const AtwHoliday before = atw_holiday(add_days(d.date, -1)), after = atw_holiday(add_days(d.date, 1));
        const auto statutory = [](AtwHoliday h) { return h != AtwHoliday::none && h != AtwHoliday::decree_day; };
        EXPECT_TRUE(statutory(before) || statutory(after)) << kDecreeDays[i];
    }
}

TEST(AtwCalendar, OnlyYearsWithAListedDecreeAreKnown) {
    for (int year : {2017, 2018, 2019, 2023, 2024, 2025, 2026, 2027, 2028}) EXPECT_TRUE(decree_days_known(year)) << year;
    for (int year : {1999, 2014, 2015, 2016, 2020, 2021, 2022, 2029, 2030, 2040}) EXPECT_FALSE(decree_days_known(year)) << year;
}

TEST(AtwCalendar, TheRulesKeepTheirArticleAndLabel) {
    EXPECT_EQ(atw_rule("holidays").article, "art. 3 lid 1–2 Algemene termijnenwet");
    EXPECT_EQ(atw_rule("holidays").label, "VERIFIED");
    EXPECT_EQ(atw_rule("decree_days").article, "art. 3 lid 3 Algemene termijnenwet");
    EXPECT_EQ(atw_rule("decree_days").label, "SECONDARY");
    EXPECT_EQ(atw_rule("period_end").article, "art. 1 lid 1 Algemene termijnenwet");
    EXPECT_EQ(atw_rule("period_end").label, "VERIFIED");
    EXPECT_EQ(atw_rule("two_free_days").label, "SECONDARY");
    EXPECT_EQ(atw_rule("not_long_periods").article, "art. 4 Algemene termijnenwet");
    EXPECT_THROW(atw_rule("no_such_rule"), Failure);
}

// Domain brief 2.13a labels art. 4 twice: its content SECONDARY, its wording UNVERIFIED; a
// reader is shown the weaker. Every rule has both labels and its section.
TEST(AtwCalendar, EachRuleHasAValueAndAnArticleLabelAndShowsTheWeaker) {
    const AtwRule &art4 = atw_rule("not_long_periods");
    EXPECT_EQ(art4.value_label, "SECONDARY");
    EXPECT_EQ(art4.article_label, "UNVERIFIED");
    EXPECT_EQ(art4.label, "UNVERIFIED");
    EXPECT_EQ(atw_rule("two_free_days").value_label, "SECONDARY");
    EXPECT_EQ(atw_rule("two_free_days").article_label, "SECONDARY");
    EXPECT_EQ(atw_rule("period_end").article_label, "VERIFIED");
    EXPECT_GE(atw_rules().size(), 6u);
    for (const AtwRule &r : atw_rules()) {
        EXPECT_EQ(r.label, weaker_label(r.value_label, r.article_label)) << r.id;
        EXPECT_FALSE(r.section.empty()) << r.id;
    }
}

// The quantities of art. 2 and art. 4 are data (atw_rules.tsv), as the brief states them.
TEST(AtwCalendar, TheQuantitiesOfArticles2And4AreTheBriefs) {
    const auto is = [](const AtwQuantity &q, int value, const char *unit) { return q.value == value && q.unit == unit; };
    EXPECT_TRUE(is(atw_rule("two_free_days").quantity("min_period"), 3, "day"));
    EXPECT_TRUE(is(atw_rule("two_free_days").quantity("free_days"), 2, "day"));
    EXPECT_TRUE(is(atw_rule("not_long_periods").quantity("longest_months"), 3, "month"));
    EXPECT_TRUE(is(atw_rule("not_long_periods").quantity("longest_weeks"), 12, "week"));
    EXPECT_TRUE(is(atw_rule("not_long_periods").quantity("longest_days"), 90, "day"));
    EXPECT_THROW(atw_rule("period_end").quantity("min_period"), Failure);
}

// Art. 4: a period of exactly its quantity falls under the Atw, one more does not; a year is
// longer than its months allow. Probed at the quantity the data gives, so that the code cannot
// read another number.
TEST(AtwCalendar, ArticleFourExcludesOnlyPeriodsLongerThanItsQuantities) {
    const AtwRule &art4 = atw_rule("not_long_periods");
    for (const char *name : {"longest_months", "longest_weeks", "longest_days"}) {
        const AtwQuantity &q = art4.quantity(name);
        EXPECT_FALSE(atw_excludes_long_period(q.value, q.unit)) << name;
        EXPECT_TRUE(atw_excludes_long_period(q.value + 1, q.unit)) << name;
    }
    EXPECT_FALSE(atw_excludes_long_period(3, "month"));  // the Hoge Raad's case
    EXPECT_TRUE(atw_excludes_long_period(1, "year"));
    EXPECT_FALSE(atw_excludes_long_period(2, "week"));
    EXPECT_TRUE(atw_excludes_long_period(91, "day"));
}

// HR 1 September 2017, ECLI:NL:HR:2017:2225: 29 February 2016 + 3 months = Sunday 29 May 2016,
// so the appeal period ran to and including Monday 30 May 2016.
TEST(AtwCalendar, TheHogeRaadExampleEndsOnMonday) {
    const Date decision = day("2016-02-29");
    const AtwPeriodEnd r = atw_period_end(decision, add_months(decision, 3));
    EXPECT_EQ(r.nominal.str(), "2016-05-29");
    EXPECT_EQ(r.end.str(), "2016-05-30");
    EXPECT_TRUE(r.moved);
    EXPECT_TRUE(r.decree_days_unknown);  // 2016 has no decree data
    EXPECT_EQ(r.rules, std::vector<std::string>{"period_end"});
}

TEST(AtwCalendar, ASaturdayBeforeAHolidayMondayMovesToTuesday) {
    // Saturday 23 May 2026, Sunday 24, Monday 25 May tweede Pinksterdag.
    const AtwPeriodEnd r = atw_period_end(day("2026-04-23"), day("2026-05-23"));
    EXPECT_EQ(r.end.str(), "2026-05-26");
    EXPECT_TRUE(r.moved);
    EXPECT_FALSE(r.decree_days_unknown);
    EXPECT_EQ(r.rules, (std::vector<std::string>{"period_end", "holidays"}));
}

TEST(AtwCalendar, ADecreeDayMovesTheEnd) {
    // Hemelvaartsdag 14 May 2026, decree day Friday 15 May, then the weekend.
    const AtwPeriodEnd r = atw_period_end(day("2026-04-14"), day("2026-05-14"));
    EXPECT_EQ(r.end.str(), "2026-05-18");
    EXPECT_EQ(r.rules, (std::vector<std::string>{"period_end", "holidays", "decree_days"}));
}

TEST(AtwCalendar, AnOrdinaryLastDayStays) {
    const AtwPeriodEnd r = atw_period_end(day("2026-08-04"), add_months(day("2026-08-04"), 3));
    EXPECT_EQ(r.end.str(), "2026-11-04");  // a Wednesday
    EXPECT_FALSE(r.moved);
    EXPECT_FALSE(r.decree_days_unknown);
    EXPECT_TRUE(r.rules.empty());
}

TEST(AtwCalendar, AShortPeriodHoldsTwoOrdinaryDays) {
    // Art. 2: from Friday 1 May 2026, 3 days end on Monday 4 May, the only ordinary day in them;
    // Tuesday 5 May is a holiday, so the period runs to Wednesday 6 May.
    AtwPeriodEnd r = atw_period_end(day("2026-05-01"), day("2026-05-04"));
    EXPECT_EQ(r.end.str(), "2026-05-06");
    EXPECT_TRUE(r.moved);
    EXPECT_EQ(r.rules, (std::vector<std::string>{"two_free_days", "holidays"}));

    // From Thursday 2 April 2026, 3 days end on Easter Sunday: art. 1 gives Tuesday 7 April
    // (Goede Vrijdag and tweede Paasdag in between), art. 2 Wednesday 8 April.
    r = atw_period_end(day("2026-04-02"), day("2026-04-05"));
    EXPECT_EQ(r.end.str(), "2026-04-08");
    EXPECT_EQ(r.rules, (std::vector<std::string>{"period_end", "two_free_days", "holidays"}));

    // A period of 2 days is not under art. 2: art. 1 alone gives Tuesday 7 April.
    r = atw_period_end(day("2026-04-03"), day("2026-04-05"));
    EXPECT_EQ(r.end.str(), "2026-04-07");
    EXPECT_EQ(r.rules, (std::vector<std::string>{"period_end", "holidays"}));
}

TEST(AtwCalendar, AYearWithoutDecreeDataGivesTheWarning) {
    // Ends in 2028 but moves past Nieuwjaarsdag into 2029: Saturday 30 December 2028 → Tuesday.
    AtwPeriodEnd r = atw_period_end(day("2028-11-30"), day("2028-12-30"));
    EXPECT_EQ(r.end.str(), "2029-01-02");
    EXPECT_TRUE(r.decree_days_unknown);
    // Starts in 2022, ends in 2023.
    r = atw_period_end(day("2022-11-30"), add_months(day("2022-11-30"), 3));
    EXPECT_EQ(r.end.str(), "2023-02-28");
    EXPECT_TRUE(r.decree_days_unknown);
    // Within 2027–2028.
    r = atw_period_end(day("2027-12-01"), add_months(day("2027-12-01"), 1));
    EXPECT_FALSE(r.decree_days_unknown);
    // 2020 and 2021 have none.
    EXPECT_TRUE(atw_period_end(day("2020-03-02"), day("2020-04-02")).decree_days_unknown);
    EXPECT_TRUE(atw_period_end(day("2021-06-01"), day("2021-07-01")).decree_days_unknown);
}

TEST(AtwCalendar, APeriodCountedBackwardsDoesNotMove) {
    // Art. 1 lid 2: ten days before a hearing on 2 June 2026 is Saturday 23 May; it stays.
    const AtwPeriodEnd r = atw_period_end(day("2026-06-02"), day("2026-05-23"));
    EXPECT_EQ(r.end.str(), "2026-05-23");
    EXPECT_FALSE(r.moved);
    EXPECT_EQ(r.rules, std::vector<std::string>{"not_backwards"});
}

}  // namespace
}  // namespace helder::law
