#include "law/date.hh"

#include <cstdio>

namespace helder {
namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}
bool digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}
int number(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

}  // namespace

std::optional<Date> Date::parse(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    if (!digits(t.substr(0, 4)) || !digits(t.substr(5, 2)) || !digits(t.substr(8, 2))) return std::nullopt;
    Date d{number(t.substr(0, 4)), number(t.substr(5, 2)), number(t.substr(8, 2))};
    if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
        return std::nullopt;
    return d;
}

std::string Date::str() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::string spelled_out(const Date &d, bool english) {
    static const char *const kDutch[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                         "juli",    "augustus", "september", "oktober", "november", "december"};
    static const char *const kEnglish[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
    if (d.month < 1 || d.month > 12) return d.str();
    return std::to_string(d.day) + " " + (english ? kEnglish : kDutch)[d.month - 1] + " " + std::to_string(d.year);
}

// Howard Hinnant's days_from_civil.
int64_t Date::days() const {
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<int64_t>(era) * 146097 + doe - 719468;
}

Date Date::from_days(int64_t z) {
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

Date add_months(const Date &d, int months) {
    int total = d.year * 12 + (d.month - 1) + months;
    Date out{total / 12, total % 12 + 1, d.day};
    if (out.day > days_in_month(out.year, out.month)) out.day = days_in_month(out.year, out.month);
    return out;
}

Date add_days(const Date &d, int days) { return Date::from_days(d.days() + days); }

int iso_weekday(const Date &d) {
    // 1970-01-01 was a Thursday (4); the double modulo keeps dates before 1970 in range.
    return static_cast<int>(((d.days() + 3) % 7 + 7) % 7) + 1;
}

int age_on(const Date &birth, const Date &on) {
    int age = on.year - birth.year;
    if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --age;
    return age;
}

std::optional<Date> date_of_timestamp(std::string_view t) {
    if (t.size() == 10) return Date::parse(t);
    if (t.size() < 20 || t[10] != 'T' || t[13] != ':' || t[16] != ':') return std::nullopt;
    if (!digits(t.substr(11, 2)) || !digits(t.substr(14, 2)) || !digits(t.substr(17, 2))) return std::nullopt;
    if (number(t.substr(11, 2)) > 23 || number(t.substr(14, 2)) > 59 || number(t.substr(17, 2)) > 60) return std::nullopt;
    size_t i = 19;
    if (i < t.size() && t[i] == '.') {
        ++i;
        const size_t from = i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
        if (i == from) return std::nullopt;
    }
    if (i < t.size() && t[i] == 'Z') ++i;
    else if (i + 6 == t.size() && (t[i] == '+' || t[i] == '-') && t[i + 3] == ':' && digits(t.substr(i + 1, 2)) &&
             digits(t.substr(i + 4, 2)))
        i += 6;
    else
        return std::nullopt;
    if (i != t.size()) return std::nullopt;
    return Date::parse(t.substr(0, 10));
}

}  // namespace helder
