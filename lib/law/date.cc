// SPDX-License-Identifier: EUPL-1.2
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

Date add_months(const Date &d, int months) {
    int total = d.year * 12 + (d.month - 1) + months;
    Date out{total / 12, total % 12 + 1, d.day};
    if (out.day > days_in_month(out.year, out.month)) out.day = days_in_month(out.year, out.month);
    return out;
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
