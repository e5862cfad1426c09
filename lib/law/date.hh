// Calendar dates (proleptic Gregorian, no time zone) for the dossier's legal periods.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace helder {

constexpr int kMonthsPerYear = 12;
constexpr int kDaysPerWeek = 7;

struct Date {
    int year = 0, month = 0, day = 0;

    // "YYYY-MM-DD", or nothing for anything else (2026-02-30 included).
    static std::optional<Date> parse(std::string_view text);
    std::string str() const;
    int64_t days() const;  // days since 1970-01-01
    static Date from_days(int64_t days);
    bool operator<(const Date &o) const { return days() < o.days(); }
    bool operator<=(const Date &o) const { return days() <= o.days(); }
    bool operator==(const Date &o) const { return year == o.year && month == o.month && day == o.day; }
};

// The date `months` later; a day the month does not have becomes its last day (29 February
// 2016 + 3 months = 29 May 2016; 31 August + 1 month = 30 September), as the Hoge Raad counts a
// period in months (HR 1 September 2017, ECLI:NL:HR:2017:2225).
Date add_months(const Date &d, int months);
Date add_days(const Date &d, int days);
// 1 = Monday ... 7 = Sunday.
int iso_weekday(const Date &d);
// The date as people write it: "2 september 2026" (Dutch) or "2 September 2026" (English).
std::string spelled_out(const Date &d, bool english);
// Whole years from `birth` to `on` (the age on that day).
int age_on(const Date &birth, const Date &on);
// "YYYY-MM-DD" or "YYYY-MM-DDThh:mm:ss(.fff)(Z|±hh:mm)": the date part; nothing when malformed.
std::optional<Date> date_of_timestamp(std::string_view text);

}  // namespace helder
