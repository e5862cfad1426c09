#include "text/text_model.hh"

namespace helder::text {

void add_word_lists(Lexicon &lexicon, const Segmenter &segmenter, const WordLists &lists) {
    for (const std::string &word : lists.accept_words)
        for (const std::string &token : tokenize_term(segmenter, word))
            if (!token.empty()) lexicon.add_flags(token, kAccepted | kKnown);
    for (const ExtraTerm &t : lists.extra_terms)
        lexicon.add_term(segmenter, t.kind, t.term, t.word_class, {}, t.alternatives, t.gloss);
}

namespace {

Lexicon build_lexicon(const Segmenter &segmenter, const WordLists &lists) {
    Lexicon lexicon = Lexicon::builtin(segmenter);
    if (!lists.empty()) {
        add_word_lists(lexicon, segmenter, lists);
        lexicon.finish();
    }
    return lexicon;
}

}  // namespace

Result<std::unique_ptr<TextModel>> TextModel::create(const WordLists &lists, const DictionaryPaths *dictionary) {
    if (dictionary)
        for (const std::string *path : {&dictionary->aff, &dictionary->dic})
            if (!Speller::readable(*path)) return make_error(HELDER_E_NOT_FOUND, "dictionary file not found: " + *path);
    return std::make_unique<TextModel>(lists, dictionary);
}

TextModel::TextModel(const WordLists &lists, const DictionaryPaths *dictionary)
    : abbreviations(Abbreviations::load()),
      segmenter(abbreviations),
      syllables(abbreviations),
      messages(Messages::load("text/messages.tsv")),
      lexicon(build_lexicon(segmenter, lists)),
      difficulty(DifficultyModel::load()),
      speller(dictionary ? std::make_unique<Speller>(dictionary->aff, dictionary->dic) : nullptr) {}

}  // namespace helder::text
