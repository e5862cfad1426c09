// SPDX-License-Identifier: EUPL-1.2
// The calendar of the Algemene termijnenwet (Atw): its holidays (art. 3), the days a Royal
// Decree equates with them (lib/data/law/atw_decree_days.tsv) and the last day of a statutory
// period (art. 1 lid 1 and art. 2). The articles and labels are in lib/data/law/atw_rules.tsv.
//
// The holidays are those of the current art. 3 (Koningsdag on 27 April dates from 2014); earlier
// rules are not modelled. Every year before 2017 also lacks decree data, so a period in such a
// year carries the warning.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "law/date.hh"
#include "law/label.hh"

namespace helder::law {

// Easter Sunday of a Gregorian year (the Easter-dependent holidays are counted from it).
Date easter_sunday(int year);

enum class AtwHoliday {
    none,
    nieuwjaarsdag,
    goede_vrijdag,
    tweede_paasdag,
    koningsdag,
    vijf_mei,
    hemelvaartsdag,
    tweede_pinksterdag,
    eerste_kerstdag,
    tweede_kerstdag,
    decree_day,  // art. 3 lid 3: equated with a holiday by Royal Decree
};

// The holiday a date is under art. 3, or none. When two fall on one day (5 mei 2016 was also
// Hemelvaartsdag) the Easter-dependent one is given.
AtwHoliday atw_holiday(const Date &d);
// The stable id: "nieuwjaarsdag", ..., "vijf_mei", ..., "decree_day"; "" for none.
std::string_view atw_holiday_id(AtwHoliday h);
// Neither a Saturday, a Sunday nor an Atw holiday: a day a statutory period can end on. (A decree
// day is not a day off; it is only no such day.)
bool atw_ordinary_day(const Date &d);

// A working day for a limit counted in working days: Monday to Friday and no holiday of art. 3
// lid 1–2. A decree day (lid 3) is a working day: the decree only extends statutory periods.
bool working_day(const Date &d);
// The date `count` working days after `from` (`from` itself does not count).
Date add_working_days(const Date &from, int count);

struct AtwDecreeDay {
    Date date;
    std::string label;   // VERIFIED, SECONDARY, UNVERIFIED
    std::string source;  // the decree, or where it was found
};
const std::vector<AtwDecreeDay> &atw_decree_days();  // in the data file's order
// Whether a listed decree covers the whole year; if not, days not listed may be holidays too.
bool decree_days_known(int year);
// The first year of the holidays as atw_rules.tsv lists them (Koningsdag replaced Koninginnedag
// in 2014): helder computes no statutory deadline from a day before it.
int atw_holidays_first_year();

// A quantity a rule states: min_period = 3 day.
struct AtwQuantity {
    std::string name;
    int value = 0;
    std::string unit;  // day, week, month
};

// A rule of atw_rules.tsv with its labels (law/label.hh): value_label, article_label and label,
// the weaker, shown to a reader.
struct AtwRule : Labels {
    std::string id, article, section, summary;  // summary: {name} stands for a quantity
    std::vector<AtwQuantity> quantities;
    const AtwQuantity &quantity(std::string_view name) const;  // throws Failure for an unknown name
};
const AtwRule &atw_rule(std::string_view id);  // throws Failure for an unknown id
const std::vector<AtwRule> &atw_rules();       // in the data file's order

// Art. 4: whether the Atw does not apply to a period of `value` `unit`s (year, month, week, day)
// because it is longer than art. 4 allows. A period in working days is not for the Atw at all;
// the caller does not ask.
bool atw_excludes_long_period(int value, std::string_view unit);

// The last day of a statutory period that runs from the day after `counted_from` up to and
// including `nominal_end` (for 3 months after a decision: add_months(decision, 3)).
// For a period counted backwards (nominal_end before counted_from) nothing moves (art. 1 lid 2).
// The caller does not use this for periods in hours, nor for periods art. 4 excludes
// (atw_excludes_long_period), nor for dates set by a judge.
struct AtwPeriodEnd {
    Date nominal;  // the last day as counted
    Date end;      // the last day after the Atw
    bool moved = false;
    // A year from the period's first day to `end` has no complete decree data: a decree day may
    // extend the period further than shown, so the date needs checking.
    bool decree_days_unknown = false;
    std::vector<std::string> rules;  // ids in atw_rules.tsv of the rules that decided `end`
};
AtwPeriodEnd atw_period_end(const Date &counted_from, const Date &nominal_end);

}  // namespace helder::law
