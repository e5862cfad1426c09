// SPDX-License-Identifier: EUPL-1.2
// Why a word outside the B1 vocabulary is likely to be hard: the signals of the difficult_word
// rule, read from the word's letters and the lexicon alone (no spelling dictionary). Computed once
// per distinct word (text/word_facts.hh) and kept in the word's flags.
#pragma once

#include <cstdint>
#include <string_view>

#include "text/lexicon.hh"

namespace helder::text {

// In the order a word is tested; the first that holds is the word's signal.
enum class DifficultySignal : uint8_t {
    None,
    FormalNumber,  // vijftal, tiental: a formal way to write a number
    English,       // a loanword from English (loanword list, or English spelling: sh, ck, oa, ee+consonant+vowel)
    Foreign,       // a learned loanword, mostly Latin or French (c, x, -atie, -iteit, -isme, -eren, -ief, -eel …)
    Abstract,      // an abstract noun made from a verb or adjective (-ing, -heid) of a word outside the vocabulary
    Rare,          // none of these, but outside the vocabulary and not made of familiar parts
    Formal,        // stiff, formal wording: only from the lexicon (difficult_words.tsv)
};

// "english", "foreign", "formal", "abstract", "rare", "formal_number" (as in difficult_words.tsv);
// None for anything else.
DifficultySignal parse_difficulty_signal(std::string_view name);

// The signal kept in WordFlag bits kDifficultyMask.
inline uint32_t difficulty_flags(DifficultySignal s) { return static_cast<uint32_t>(s) << kDifficultyShift; }
inline DifficultySignal difficulty_signal(uint32_t flags) {
    return static_cast<DifficultySignal>((flags & kDifficultyMask) >> kDifficultyShift);
}

// The signal of a word that is neither familiar nor a compound of two familiar words (`flags` are
// its lexicon flags). `longest_familiar` bounds the search for a familiar last part, so the work
// per word is bounded however long the word.
DifficultySignal word_difficulty(const Lexicon &lexicon, std::string_view key, uint32_t flags, size_t longest_familiar);

// For a formal number word (vijftal, tientallen): the number it stands for ("vijf"), else empty.
std::string_view formal_number(std::string_view key);

}  // namespace helder::text
