// SPDX-License-Identifier: EUPL-1.2
// Options of a text check, parsed from the caller's JSON (see include/helder/text.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.hh"
#include "core/options.hh"
#include "core/result.hh"
#include "helder/text.h"
#include "text/inflection.hh"
#include "text/lexicon.hh"

namespace helder::text {

// The rules, in the order they are documented; ids are stable.
enum class Rule : uint8_t { Jargon, Officialese, LongSentence, Passive, Opinion, LongWord, Spelling, DifficultWord };
constexpr size_t kRuleCount = 8;
const char *rule_id(Rule rule);
helder_severity rule_severity(Rule rule);

struct ExtraTerm {
    std::string term;
    LexKind kind = LexKind::Jargon;
    WordClass word_class = WordClass::Invariant;
    std::vector<std::string> alternatives;
    std::string gloss;
};

// Words to accept and terms to flag: in the context's options and in each check's options.
struct WordLists {
    std::vector<std::string> accept_words;
    std::vector<ExtraTerm> extra_terms;
    bool empty() const { return accept_words.empty() && extra_terms.empty(); }
};

struct CheckOptions {
    size_t max_bytes = HELDER_TEXT_DEFAULT_MAX_BYTES;
    uint32_t long_sentence_words = 20;
    uint32_t long_word_letters = 20;
    uint32_t max_suggested_words = 25;  // distinct misspelled words that get suggestions
    bool spelling = true;
    bool detail = false;
    bool enabled[kRuleCount] = {true, true, true, true, true, true, true, true};
    WordLists lists;
};

// Largest "max_bytes" a caller may set: offsets are 32-bit inside, and in WebAssembly (at most
// 2 GB of memory, and a check needs some 25-30 times the text) the limit is lower; running out
// there gives HELDER_E_NO_MEMORY, as natively.
#ifdef __EMSCRIPTEN__
constexpr size_t kMaxTextBytes = size_t{64} << 20;
#else
constexpr size_t kMaxTextBytes = size_t{1} << 30;
#endif

Result<CheckOptions> parse_check_options(std::string_view json);

// The two fields of word lists, for the tables of the options that take them.
extern const options::Field kAcceptWordsField;
extern const options::Field kExtraTermsField;

// Reads "accept_words" and "extra_terms" from options that passed a table with the two fields
// above; other keys are left alone.
Result<WordLists> parse_word_lists(const json::Value &options);

}  // namespace helder::text
