// SPDX-License-Identifier: EUPL-1.2
// Syllables of numbers as a Dutch reader says them: 21 -> een-en-twin-tig (4),
// 1995 -> ne-gen-tien-hon-derd-vijf-en-ne-gen-tig (10), 1:255 -> een + twee-hon-derd-...
#pragma once

#include <cstdint>
#include <string_view>

namespace helder::text {

// Syllables of a non-negative integer read as Dutch number words.
int number_syllables(uint64_t value);

// Syllables of a number token as written: digits with separators (1.250,00 12-03-2024 14:30)
// and ordinal endings (3e, 21ste).
int number_token_syllables(std::string_view token);

}  // namespace helder::text
