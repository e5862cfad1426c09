// SPDX-License-Identifier: EUPL-1.2
// Syllable counting for Dutch: vowel groups that know the Dutch digraphs (ij, ui, oe, eu, ieu,
// aai, …), diaeresis as a syllable break (ideeën, geïnd), stress accents as plain vowels (één),
// loan pieces from lib/data/text/syllable_exceptions.tsv, numbers read as words, abbreviations
// read in full and initialisms spelled out.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/abbreviations.hh"
#include "text/segmentation.hh"

namespace helder::text {

class SyllableCounter {
public:
    // Loads the exception table; throws Failure on a malformed line.
    explicit SyllableCounter(const Abbreviations &abbreviations);

    // Syllables of a token of the given kind; key is its folded (lowercase) form.
    int count(TokenKind kind, std::string_view key) const;

    // Syllables of an ordinary word (lowercase), at least 1.
    int count_word(std::string_view key) const;

private:
    // Syllables of a part between hyphens (may be 0); inner: a remainder after a piece. The
    // pieces any_[0, first_any) do not occur in the part.
    int count_part(std::string_view part, bool inner, size_t first_any = 0) const;

    struct Piece {
        std::string text;
        int syllables;
    };
    std::unordered_map<std::string, int> whole_;
    size_t longest_whole_ = 0;  // bytes of the longest key of whole_
    std::vector<Piece> start_, end_, any_;  // longest first
    std::unordered_map<std::string, int> abbreviations_;
};

// Syllables by vowel groups alone (no exceptions): exposed for tests.
int count_vowel_groups(std::string_view lowercase);

}  // namespace helder::text
