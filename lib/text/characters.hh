// SPDX-License-Identifier: EUPL-1.2
// Character classes the segmenter and the word tokens share (UTF-16 code units).
#pragma once

#include <algorithm>
#include <string_view>

namespace helder::text {

// A word of lowercase ASCII letters only: it is its own key (folding and segmenting leave it as
// it is), which lets the lexicon skip ICU for most of the entries it reads at start.
inline bool is_lowercase_ascii_word(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// White space as a reader sees it: ASCII spaces and breaks, no-break and typographic spaces.
inline bool is_space(char16_t c) {
    if (c <= ' ') return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
    return c == 0xA0 || c == 0x2028 || c == 0x2029 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B);
}

// The ASCII white space that always has a word boundary before it in ICU's rules.
inline bool is_ascii_space(char16_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
}

}  // namespace helder::text
