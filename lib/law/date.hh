// SPDX-License-Identifier: EUPL-1.2
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
    // Days since 1970-01-01 and back (Howard Hinnant's days_from_civil / civil_from_days);
    // inline because every deadline walks days one by one.
    constexpr int64_t days() const {
        const int y = year - (month <= 2 ? 1 : 0);
        const int era = (y >= 0 ? y : y - 399) / 400;
        const int yoe = y - era * 400;
        const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return static_cast<int64_t>(era) * 146097 + doe - 719468;
    }
    static constexpr Date from_days(int64_t z) {
        z += 719468;
        const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
        const auto doe = static_cast<int>(z - era * 146097);
        const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const int mp = (5 * doy + 2) / 153;
        const int d = doy - (153 * mp + 2) / 5 + 1;
        const int m = mp + (mp < 10 ? 3 : -9);
        return Date{static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
    }
    // Field by field: no day count needed to order two dates.
    constexpr bool operator<(const Date &o) const {
        return year != o.year ? year < o.year : month != o.month ? month < o.month : day < o.day;
    }
    constexpr bool operator<=(const Date &o) const { return !(o < *this); }
    bool operator==(const Date &o) const { return year == o.year && month == o.month && day == o.day; }
};

// The date `months` later; a day the month does not have becomes its last day (29 February
// 2016 + 3 months = 29 May 2016; 31 August + 1 month = 30 September), as the Hoge Raad counts a
// period in months (HR 1 September 2017, ECLI:NL:HR:2017:2225).
Date add_months(const Date &d, int months);
inline Date add_days(const Date &d, int days) { return Date::from_days(d.days() + days); }
// 1 = Monday ... 7 = Sunday. 1970-01-01 was a Thursday (4); the double modulo keeps dates before
// 1970 in range.
inline int iso_weekday(const Date &d) { return static_cast<int>(((d.days() + 3) % 7 + 7) % 7) + 1; }
// The date as people write it: "2 september 2026" (Dutch) or "2 September 2026" (English).
std::string spelled_out(const Date &d, bool english);
// Whole years from `birth` to `on` (the age on that day).
int age_on(const Date &birth, const Date &on);
// "YYYY-MM-DD" or "YYYY-MM-DDThh:mm:ss(.fff)(Z|±hh:mm)": the date part; nothing when malformed.
std::optional<Date> date_of_timestamp(std::string_view text);

}  // namespace helder
