// SPDX-License-Identifier: EUPL-1.2
// Regular Dutch inflection, so that a lexicon entry written as a lemma ("faciliteren",
// "maatregel", "onverschillig") also matches its forms ("gefaciliteerd", "maatregelen",
// "onverschillige"). Where spelling depends on stress that letters do not show (luisteren /
// faciliteren), both candidates are produced: a form that is not a word never occurs in text.
#pragma once

#include <string>
#include <vector>

namespace helder::text {

enum class WordClass : char { Noun = 'n', Verb = 'v', Adjective = 'a', Invariant = 'x' };

// Parses "n", "v", "a" or "x"; returns false for anything else.
bool parse_word_class(const std::string &code, WordClass &out);

// All forms of a lowercase UTF-8 lemma, the lemma first, without duplicates.
std::vector<std::string> inflect(const std::string &lemma, WordClass word_class);

}  // namespace helder::text
