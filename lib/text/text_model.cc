// SPDX-License-Identifier: EUPL-1.2
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

// The options, once a dictionary asked for is known to be usable.
Result<TextModelOptions> checked(WordLists lists, std::optional<DictionaryPaths> dictionary) {
    if (dictionary)
        if (auto unusable = Speller::unusable(dictionary->aff, dictionary->dic)) return *unusable;
    return TextModelOptions{std::move(lists), std::move(dictionary)};
}

}  // namespace

Result<TextModelOptions> TextModel::parse_options(std::string_view options_json) {
    using options::Type;
    static const options::Table kDictionaryFiles = {{"aff", Type::String, true}, {"dic", Type::String, true}};
    static const options::Table kTable = {{"dictionary", Type::Any}, kAcceptWordsField, kExtraTermsField};
    auto fields = options::Fields::parse(options_json, kTable);
    if (!fields) return fields.error();
    auto lists = parse_word_lists(fields->root());
    if (!lists) return lists.error();
    const json::Value d = fields->get("dictionary");
    if (!d.valid() || d.is_null()) return checked(std::move(lists.value()), std::nullopt);
    const std::string must_be = "\"system\" or {\"aff\": PATH, \"dic\": PATH}";
    if (d.is_object()) {
        if (options::check(d, kDictionaryFiles, "options: dictionary")) return fields->invalid("dictionary", must_be);
        return checked(std::move(lists.value()),
                       DictionaryPaths{std::string(d.find("aff").as_string()), std::string(d.find("dic").as_string())});
    }
    if (!d.is_string() || d.as_string() != "system") return fields->invalid("dictionary", must_be);
    for (const auto &[aff, dic] : Speller::system_candidates()) {
        if (!Speller::readable(aff)) continue;
        return checked(std::move(lists.value()), DictionaryPaths{aff, dic});
    }
    return make_error(HELDER_E_NOT_FOUND, "no Dutch Hunspell dictionary found (install hunspell-nl)");
}

Result<std::unique_ptr<TextModel>> TextModel::from_options(std::string_view options_json) {
    auto options = parse_options(options_json);
    if (!options) return options.error();
    return std::make_unique<TextModel>(options.value());
}

TextModel::TextModel(const TextModelOptions &options)
    : TextModel(options.lists, options.dictionary ? &*options.dictionary : nullptr) {}

TextModel::TextModel(const WordLists &lists, const DictionaryPaths *dictionary)
    : abbreviations(Abbreviations::load()),
      segmenter(abbreviations),
      syllables(abbreviations),
      messages(Messages::load("text/messages.tsv")),
      lexicon(build_lexicon(segmenter, lists)),
      difficulty(DifficultyModel::load()),
      speller(dictionary ? std::make_unique<Speller>(dictionary->aff, dictionary->dic) : nullptr) {}

}  // namespace helder::text
