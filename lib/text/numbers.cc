// SPDX-License-Identifier: EUPL-1.2
#include "text/numbers.hh"

#include <string>

namespace helder::text {
namespace {

// nul een twee drie vier vijf zes ze-ven acht ne-gen tien elf twaalf der-tien veer-tien
// vijf-tien zes-tien ze-ven-tien acht-tien ne-gen-tien
const int kBelowTwenty[20] = {1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 2, 2, 2, 2, 3, 2, 3};
// twin-tig der-tig veer-tig vijf-tig zes-tig ze-ven-tig tach-tig ne-gen-tig
const int kTens[10] = {0, 0, 2, 2, 2, 2, 2, 3, 2, 3};
const int kHonderd = 2, kDuizend = 2, kMiljoen = 2, kMiljard = 2, kEn = 1;

int below_hundred(uint64_t n) {
    if (n < 20) return kBelowTwenty[n];
    const uint64_t unit = n % 10;
    return kTens[n / 10] + (unit ? kBelowTwenty[unit] + kEn : 0);
}

int below_thousand(uint64_t n) {
    const uint64_t hundreds = n / 100, rest = n % 100;
    int s = 0;
    if (hundreds > 1) s += kBelowTwenty[hundreds];
    if (hundreds > 0) s += kHonderd;
    if (rest > 0 || n == 0) s += below_hundred(rest);
    return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// True for d{1,3}(.ddd)+ at the start of the token (1.250 or 1.250.000,00).
bool has_thousands_separators(std::string_view token) {
    size_t i = 0;
    while (i < token.size() && is_digit(token[i])) ++i;
    if (i == 0 || i > 3 || i >= token.size() || token[i] != '.') return false;
    while (i < token.size() && token[i] == '.') {
        if (i + 3 >= token.size()) return false;
        if (!is_digit(token[i + 1]) || !is_digit(token[i + 2]) || !is_digit(token[i + 3])) return false;
        i += 4;
    }
    return i >= token.size() || !is_digit(token[i]);
}

}  // namespace

int number_syllables(uint64_t n) {
    if (n < 1000) return below_thousand(n);
    // 1100-1999 are read in hundreds: negentienhonderd vijfennegentig.
    if (n >= 1100 && n <= 1999) {
        const uint64_t rest = n % 100;
        return below_hundred(n / 100) + kHonderd + (rest ? below_hundred(rest) : 0);
    }
    struct Scale {
        uint64_t size;
        int syllables;
    };
    static const Scale scales[] = {{1000000000ULL, kMiljard}, {1000000ULL, kMiljoen}, {1000ULL, kDuizend}};
    int s = 0;
    for (const Scale &scale : scales) {
        if (n >= scale.size) {
            const uint64_t count = n / scale.size;
            // "duizend", not "een duizend"; but "een miljoen".
            if (count > 1 || scale.size > 1000) s += number_syllables(count);
            s += scale.syllables;
            n %= scale.size;
        }
    }
    if (n > 0) s += below_thousand(n);
    return s;
}

int number_token_syllables(std::string_view token) {
    // Thousands separators: 1.250 or 1.250.000 (groups of three after the first).
    std::string digits;
    int total = 0;
    bool ordinal = false;
    auto flush = [&](const std::string &group) {
        if (group.empty()) return;
        // Long digit strings (phone numbers, case numbers) and leading zeros: digit by digit.
        if (group.size() > 12 || (group.size() > 2 && group[0] == '0')) {
            for (char c : group) total += kBelowTwenty[c - '0'];
            return;
        }
        total += number_syllables(std::stoull(group));
    };
    const bool thousands = has_thousands_separators(token);
    for (char c : token) {
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
        } else if (c == '.' && thousands) {
            continue;
        } else if (c == ',' ) {
            flush(digits);
            digits.clear();
            total += 2;  // "komma"
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            ordinal = true;  // 3e, 21ste: one more syllable (derde, eenentwintigste)
        } else {
            flush(digits);
            digits.clear();
        }
    }
    flush(digits);
    if (ordinal) total += 1;
    return total > 0 ? total : 1;
}

}  // namespace helder::text
