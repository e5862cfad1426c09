// SPDX-License-Identifier: EUPL-1.2
#include "core/number.hh"

#include <cmath>
#include <cstdint>
#include <optional>
#include <locale>
#include <sstream>
#include <string>

namespace helder {

std::optional<double> parse_double(std::string_view text) {
    size_t i = 0;
    const bool negative = i < text.size() && text[i] == '-';
    if (negative || (i < text.size() && text[i] == '+')) ++i;
    uint64_t mantissa = 0;
    int digits = 0, exponent = 0;
    bool any = false, exact = true;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, any = true) {
        if (digits < 19) {
            mantissa = mantissa * 10 + static_cast<uint64_t>(text[i] - '0');
            if (mantissa) ++digits;
        } else {
            ++exponent;
            exact = exact && text[i] == '0';
        }
    }
    if (i < text.size() && text[i] == '.') {
        for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, any = true) {
            if (digits < 19) {
                mantissa = mantissa * 10 + static_cast<uint64_t>(text[i] - '0');
                if (mantissa) ++digits;
                --exponent;
            } else {
                exact = exact && text[i] == '0';
            }
        }
    }
    if (!any) return std::nullopt;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        const bool exp_negative = i < text.size() && text[i] == '-';
        if (exp_negative || (i < text.size() && text[i] == '+')) ++i;
        int e = 0;
        bool exp_digits = false;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, exp_digits = true)
            if (e < 100000) e = e * 10 + (text[i] - '0');
        if (!exp_digits) return std::nullopt;
        exponent += exp_negative ? -e : e;
    }
    if (i != text.size()) return std::nullopt;
    // Clinger's fast path: both parts exact in a double, so one rounding, like strtod.
    static const double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (exact && mantissa < (uint64_t{1} << 53) && exponent >= -22 && exponent <= 22) {
        double v = static_cast<double>(mantissa);
        v = exponent < 0 ? v / powers[-exponent] : v * powers[exponent];
        return negative ? -v : v;
    }
    std::istringstream in{std::string(text)};
    in.imbue(std::locale::classic());
    double v = 0;
    in >> v;
    if (in.fail()) return std::nullopt;
    return v;
}

std::string decimal_comma(std::string number) {
    for (char &c : number)
        if (c == '.') c = ',';
    return number;
}

}  // namespace helder
