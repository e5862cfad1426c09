// SPDX-License-Identifier: EUPL-1.2
// Everything a text check reads and never changes: abbreviations, ICU iterators, lexicons,
// messages, the syllable counter and (optionally) the Hunspell dictionary. A helder_ctx owns
// one; any number of threads may check with it at once.
#pragma once

#include <memory>
#include <optional>
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

// What a context's options ask of its text model, checked: the word lists, and the dictionary's
// files when spelling is asked for (readable and usable; Speller::unusable).
struct TextModelOptions {
    WordLists lists;
    std::optional<DictionaryPaths> dictionary;
};

class TextModel {
public:
    // Reads a context's options JSON (include/helder/common.h, helder_ctx_create): "dictionary"
    // ("system" or {"aff": PATH, "dic": PATH}), "accept_words", "extra_terms";
    // HELDER_E_NOT_FOUND or HELDER_E_IO, naming the path, when the dictionary is not one helder
    // can use. Nothing is built yet.
    static Result<TextModelOptions> parse_options(std::string_view options_json);
    // parse_options(), then the model.
    static Result<std::unique_ptr<TextModel>> from_options(std::string_view options_json);

    // Loads the built-in data, adds the word lists and opens the dictionary when paths are given
    // (throws Failure when its files cannot be read).
    explicit TextModel(const TextModelOptions &options);
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
