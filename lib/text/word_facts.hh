// SPDX-License-Identifier: EUPL-1.2
// What a check needs to know about one distinct word: its flags from the lexicons plus facts
// derived from its letters, and its syllables. Computed once per distinct word of a text.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/string_map.hh"
#include "text/lexicon.hh"
#include "text/segmentation.hh"
#include "text/syllables.hh"

namespace helder::text {

struct WordFacts {
    uint32_t flags = 0;
    uint8_t syllables = 0;
    const WordInfo *phrases = nullptr;          // Lexicon::phrase_start() of the word in the built-in lexicon
    const WordInfo *overlay_phrases = nullptr;  // and in the caller's own lists
};

class WordFactsCache {
public:
    WordFactsCache(const Lexicon &lexicon, const Lexicon *overlay, const SyllableCounter &syllables)
        : lexicon_(lexicon), overlay_(overlay), syllables_(syllables), longest_familiar_(lexicon.longest(kFamiliar)) {}

    const WordFacts &get(TokenKind kind, std::string_view key);

private:
    WordFacts compute(TokenKind kind, std::string_view key) const;
    bool familiar(std::string_view key) const;
    bool familiar_compound(std::string_view key) const;
    bool participle_shape(std::string_view key) const;
    bool plural_of_non_participle(std::string_view key) const;

    const Lexicon &lexicon_;
    const Lexicon *overlay_;
    const SyllableCounter &syllables_;
    const size_t longest_familiar_;  // bytes of the longest familiar form
    StringMap<WordFacts> words_;  // ordinary words
    WordFacts other_;             // numbers, abbreviations, …: not cached
};

}  // namespace helder::text
