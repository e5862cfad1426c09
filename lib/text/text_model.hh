// Everything a text check reads and never changes: abbreviations, ICU iterators, lexicons,
// messages, the syllable counter and (optionally) the Hunspell dictionary. A helder_ctx owns
// one; any number of threads may check with it at once.
#pragma once

#include <memory>
#include <string>

#include "core/result.hh"
#include "text/abbreviations.hh"
#include "text/lexicon.hh"
#include "core/messages.hh"
#include "text/options.hh"
#include "text/scores.hh"
#include "text/segmenter.hh"
#include "text/speller.hh"
#include "text/syllables.hh"

namespace helder::text {

struct DictionaryPaths {
    std::string aff, dic;
};

class TextModel {
public:
    // Loads the built-in data, adds the context's own word lists and opens the dictionary
    // when paths are given; HELDER_E_NOT_FOUND or HELDER_E_IO, naming the path, when they are
    // not a dictionary helder can use (Speller::unusable).
    static Result<std::unique_ptr<TextModel>> create(const WordLists &lists, const DictionaryPaths *dictionary);
    // As create(), from a context's options JSON (include/helder/common.h, helder_ctx_create):
    // "dictionary" ("system" or {"aff": PATH, "dic": PATH}), "accept_words", "extra_terms".
    static Result<std::unique_ptr<TextModel>> from_options(std::string_view options_json);

    // As create(), for callers that know the files exist (throws Failure otherwise).
    TextModel(const WordLists &lists, const DictionaryPaths *dictionary);

    const Abbreviations abbreviations;
    const Segmenter segmenter;
    const SyllableCounter syllables;
    const Messages messages;
    const Lexicon lexicon;
    const DifficultyModel difficulty;
    const std::unique_ptr<Speller> speller;  // null: no spelling
};

// Adds accepted words and extra terms to a lexicon (the context's or a single check's).
void add_word_lists(Lexicon &lexicon, const Segmenter &segmenter, const WordLists &lists);

}  // namespace helder::text
