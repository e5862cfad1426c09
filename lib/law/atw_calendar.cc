// SPDX-License-Identifier: EUPL-1.2
#include "law/atw_calendar.hh"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder::law {
namespace {

struct AtwData {
    std::vector<AtwDecreeDay> decree_days;
    std::vector<int64_t> decree_day_numbers;     // sorted, for lookup
    std::vector<std::pair<int, int>> covered;    // first and last year of each decree
    std::vector<AtwRule> rules;
    int min_period = 0, free_days = 0;  // art. 2's numbers, read once: every statutory deadline asks
    int holidays_from = 0;              // the first year of the holidays as listed (art. 3)
};

[[noreturn]] void bad_line(const char *file, size_t line, const std::string &why) {
    throw Failure(HELDER_E_INTERNAL, std::string(file) + " line " + std::to_string(line) + ": " + why);
}

// A year of four digits, or -1.
int year_of(std::string_view text) {
    if (text.size() != 4) return -1;
    int v = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

// The quantities the code below reads, with the unit it counts them in (checked on loading).
struct QuantityRead {
    std::string_view rule, name, unit;
};
constexpr QuantityRead kQuantitiesRead[] = {
    {"two_free_days", "min_period", "day"},         {"two_free_days", "free_days", "day"},
    {"not_long_periods", "longest_months", "month"}, {"not_long_periods", "longest_weeks", "week"},
    {"not_long_periods", "longest_days", "day"},    {"holidays", "first_year", "year"},
};

// "min_period=3 day"
AtwQuantity quantity_of(std::string_view item, size_t line) {
    const size_t eq = item.find('='), space = item.find(' ', eq);
    if (eq == std::string_view::npos || space == std::string_view::npos) bad_line("atw_rules.tsv", line, "a quantity is NAME=VALUE UNIT");
    AtwQuantity q;
    q.name = std::string(item.substr(0, eq));
    q.unit = std::string(item.substr(space + 1));
    const std::string_view digits = item.substr(eq + 1, space - eq - 1);
    if (digits.empty() || digits.size() > 4 || digits.find_first_not_of("0123456789") != std::string_view::npos)
        bad_line("atw_rules.tsv", line, "a quantity's value is a number");
    for (char c : digits) q.value = q.value * 10 + (c - '0');
    if (q.unit != "day" && q.unit != "week" && q.unit != "month" && q.unit != "year")
        bad_line("atw_rules.tsv", line, "a quantity's unit is day, week, month or year");
    return q;
}

AtwData load() {
    AtwData data;
    const char *days_file = "atw_decree_days.tsv";
    for (const auto &row : tsv::parse(resources::get("law/atw_decree_days.tsv"))) {
        const auto &f = row.fields;
        if (f.size() == 4 && f[0] == "day") {
            const auto date = Date::parse(f[1]);
            if (!date) bad_line(days_file, row.line, "bad date");
            if (!known_label(f[2]) || f[3].empty()) bad_line(days_file, row.line, "bad label or no source");
            data.decree_days.push_back(AtwDecreeDay{*date, std::string(f[2]), std::string(f[3])});
            data.decree_day_numbers.push_back(date->days());
        } else if (f.size() == 5 && f[0] == "years") {
            const int first = year_of(f[1]), last = year_of(f[2]);
            if (first < 0 || last < first) bad_line(days_file, row.line, "bad years");
            if (!known_label(f[3]) || f[4].empty()) bad_line(days_file, row.line, "bad label or no source");
            data.covered.emplace_back(first, last);
        } else {
            bad_line(days_file, row.line, "expected a day or a years row");
        }
    }
    std::sort(data.decree_day_numbers.begin(), data.decree_day_numbers.end());

    for (const auto &row : tsv::parse(resources::get("law/atw_rules.tsv"))) {
        const auto &f = row.fields;
        AtwRule rule;
        if (f.size() != 7 || !rule.set_labels(f[3], f[4])) bad_line("atw_rules.tsv", row.line, "expected 7 columns and two labels");
        rule.id = std::string(f[0]);
        rule.article = std::string(f[2]);
        rule.section = std::string(f[5]);
        rule.summary = std::string(f[6]);
        if (f[1] != "-")
            for (std::string_view item : tsv::split(f[1], ',')) rule.quantities.push_back(quantity_of(item, row.line));
        data.rules.push_back(std::move(rule));
    }
    // What the code reads must be there.
    for (const QuantityRead &read : kQuantitiesRead) {
        const auto it = std::find_if(data.rules.begin(), data.rules.end(), [&](const AtwRule &r) { return r.id == read.rule; });
        const auto named = [&](const AtwQuantity &q) { return q.name == read.name && q.unit == read.unit; };
        if (it == data.rules.end() || std::none_of(it->quantities.begin(), it->quantities.end(), named))
            bad_line("atw_rules.tsv", 0, "rule " + std::string(read.rule) + " needs " + std::string(read.name) + " in " + std::string(read.unit) + "s");
    }
    const AtwRule &art2 = *std::find_if(data.rules.begin(), data.rules.end(), [](const AtwRule &r) { return r.id == "two_free_days"; });
    data.min_period = art2.quantity("min_period").value;
    data.free_days = art2.quantity("free_days").value;
    data.holidays_from = std::find_if(data.rules.begin(), data.rules.end(), [](const AtwRule &r) { return r.id == "holidays"; })->quantity("first_year").value;
    return data;
}

const AtwData &data() {
    static const AtwData d = load();
    return d;
}

bool is_decree_day(const Date &d) {
    const auto &days = data().decree_day_numbers;
    return std::binary_search(days.begin(), days.end(), d.days());
}

}  // namespace

// The anonymous Gregorian computus (Meeus/Jones/Butcher): the Paschal full moon from the
// year's place in the 19-year lunar cycle, corrected for the century leap rules, then the
// Sunday after it.
Date easter_sunday(int year) {
    const int golden = year % 19;
    const int century = year / 100, year_in_century = year % 100;
    const int leap_centuries = century / 4, century_rest = century % 4;
    const int moon_correction = (century - (century + 8) / 25 + 1) / 3;
    const int to_full_moon = (19 * golden + century - leap_centuries - moon_correction + 15) % 30;
    const int to_sunday =
        (32 + 2 * century_rest + 2 * (year_in_century / 4) - to_full_moon - year_in_century % 4) % 7;
    const int late = (golden + 11 * to_full_moon + 22 * to_sunday) / 451;
    const int month_day = to_full_moon + to_sunday - 7 * late + 114;
    return Date{year, month_day / 31, month_day % 31 + 1};
}

namespace {

// Easter's day number for the years deadlines meet, computed once (a date walk asks per day).
constexpr int kEasterTableFirst = 1900, kEasterTableLast = 2199;

int64_t easter_day_number(int year) {
    static const std::vector<int64_t> table = [] {
        std::vector<int64_t> t;
        for (int y = kEasterTableFirst; y <= kEasterTableLast; ++y) t.push_back(easter_sunday(y).days());
        return t;
    }();
    if (year < kEasterTableFirst || year > kEasterTableLast) return easter_sunday(year).days();
    return table[static_cast<size_t>(year - kEasterTableFirst)];
}

}  // namespace

AtwHoliday atw_holiday(const Date &d) {
    const int64_t from_easter = d.days() - easter_day_number(d.year);
    // Easter-dependent days first, so that 5 mei 2016 is Hemelvaartsdag.
    if (from_easter == -2) return AtwHoliday::goede_vrijdag;
    if (from_easter == 1) return AtwHoliday::tweede_paasdag;
    if (from_easter == 39) return AtwHoliday::hemelvaartsdag;
    if (from_easter == 50) return AtwHoliday::tweede_pinksterdag;
    if (d.month == 1 && d.day == 1) return AtwHoliday::nieuwjaarsdag;
    if (d.month == 4) {
        // The King's birthday is celebrated on the 26th when the 27th is a Sunday.
        const bool sunday_27th = iso_weekday(Date{d.year, 4, 27}) == 7;
        if (d.day == (sunday_27th ? 26 : 27)) return AtwHoliday::koningsdag;
    }
    if (d.month == 5 && d.day == 5) return AtwHoliday::vijf_mei;
    if (d.month == 12 && d.day == 25) return AtwHoliday::eerste_kerstdag;
    if (d.month == 12 && d.day == 26) return AtwHoliday::tweede_kerstdag;
    if (is_decree_day(d)) return AtwHoliday::decree_day;
    return AtwHoliday::none;
}

std::string_view atw_holiday_id(AtwHoliday h) {
    switch (h) {
    case AtwHoliday::none: return "";
    case AtwHoliday::nieuwjaarsdag: return "nieuwjaarsdag";
    case AtwHoliday::goede_vrijdag: return "goede_vrijdag";
    case AtwHoliday::tweede_paasdag: return "tweede_paasdag";
    case AtwHoliday::koningsdag: return "koningsdag";
    case AtwHoliday::vijf_mei: return "vijf_mei";
    case AtwHoliday::hemelvaartsdag: return "hemelvaartsdag";
    case AtwHoliday::tweede_pinksterdag: return "tweede_pinksterdag";
    case AtwHoliday::eerste_kerstdag: return "eerste_kerstdag";
    case AtwHoliday::tweede_kerstdag: return "tweede_kerstdag";
    case AtwHoliday::decree_day: return "decree_day";
    }
    return "";
}

bool atw_ordinary_day(const Date &d) { return iso_weekday(d) < 6 && atw_holiday(d) == AtwHoliday::none; }

bool working_day(const Date &d) {
    if (iso_weekday(d) >= 6) return false;
    const AtwHoliday h = atw_holiday(d);
    return h == AtwHoliday::none || h == AtwHoliday::decree_day;
}

Date add_working_days(const Date &from, int count) {
    Date d = from;
    for (int counted = 0; counted < count;) {
        d = add_days(d, 1);
        if (working_day(d)) ++counted;
    }
    return d;
}

const std::vector<AtwDecreeDay> &atw_decree_days() { return data().decree_days; }

int atw_holidays_first_year() { return data().holidays_from; }

bool decree_days_known(int year) {
    for (const auto &[first, last] : data().covered)
        if (year >= first && year <= last) return true;
    return false;
}

const AtwRule &atw_rule(std::string_view id) {
    for (const auto &rule : data().rules)
        if (rule.id == id) return rule;
    throw Failure(HELDER_E_INTERNAL, "unknown Atw rule " + std::string(id));
}

const std::vector<AtwRule> &atw_rules() { return data().rules; }

const AtwQuantity &AtwRule::quantity(std::string_view name) const {
    for (const AtwQuantity &q : quantities)
        if (q.name == name) return q;
    throw Failure(HELDER_E_INTERNAL, "Atw rule " + id + " has no quantity " + std::string(name));
}

bool atw_excludes_long_period(int value, std::string_view unit) {
    const AtwRule &art4 = atw_rule("not_long_periods");
    if (unit == "year") return value * kMonthsPerYear > art4.quantity("longest_months").value;
    if (unit == "month") return value > art4.quantity("longest_months").value;
    if (unit == "week") return value > art4.quantity("longest_weeks").value;
    return value > art4.quantity("longest_days").value;
}

AtwPeriodEnd atw_period_end(const Date &counted_from, const Date &nominal_end) {
    AtwPeriodEnd r;
    r.nominal = r.end = nominal_end;
    if (nominal_end < counted_from) {
        r.rules.emplace_back("not_backwards");
        return r;
    }
    bool by_holiday = false, by_decree = false;
    const auto note = [&](const Date &d) {
        const AtwHoliday h = atw_holiday(d);
        if (h == AtwHoliday::decree_day) by_decree = true;
        else if (h != AtwHoliday::none) by_holiday = true;
    };

    // Art. 1 lid 1: to the next day that is no Saturday, Sunday or holiday.
    while (!atw_ordinary_day(r.end)) {
        note(r.end);
        r.end = add_days(r.end, 1);
    }
    const bool by_art1 = !(r.end == nominal_end);

    // Art. 2: a period of at least min_period days holds at least free_days ordinary days.
    const int min_period = data().min_period, free_days = data().free_days;
    bool by_art2 = false;
    const Date first_day = add_days(counted_from, 1);
    if (nominal_end.days() - counted_from.days() >= min_period) {
        int ordinary = 0;
        for (Date d = first_day; d <= r.end && ordinary < free_days; d = add_days(d, 1))
            if (atw_ordinary_day(d)) ++ordinary;
        if (ordinary < free_days) {
            by_art2 = true;
            for (Date d = first_day; d <= r.end; d = add_days(d, 1)) note(d);
            while (ordinary < free_days) {
                r.end = add_days(r.end, 1);
                if (atw_ordinary_day(r.end)) ++ordinary;
                else note(r.end);
            }
        }
    }

    r.moved = !(r.end == nominal_end);
    if (by_art1) r.rules.emplace_back("period_end");
    if (by_art2) r.rules.emplace_back("two_free_days");
    if (by_holiday) r.rules.emplace_back("holidays");
    if (by_decree) r.rules.emplace_back("decree_days");

    // Any year the period touches: a decree day there could move the end or take an ordinary day.
    for (int year = std::min(first_day, nominal_end).year; year <= r.end.year; ++year)
        if (!decree_days_known(year)) r.decree_days_unknown = true;
    return r;
}

}  // namespace helder::law
