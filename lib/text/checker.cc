// SPDX-License-Identifier: EUPL-1.2
#include "text/checker.hh"

#include <algorithm>
#include <optional>

#include "core/result.hh"
#include "core/utf8.hh"
#include "text/features.hh"
#include "text/report.hh"
#include "text/rules/rules.hh"
#include "text/word_facts.hh"

namespace helder::text {
namespace {

// Segments the text and fills what every rule reads.
struct Prepared {
    explicit Prepared(const Messages &messages) : texts(std::make_unique<FindingTexts>(messages)) {}
    Segmentation seg;
    std::unique_ptr<FindingTexts> texts;
    std::unique_ptr<Lexicon> overlay;
    std::unique_ptr<RuleInput> input;
};

std::optional<Error> unusable(std::string_view text, const CheckOptions &options) {
    if (text.size() > options.max_bytes)
        return make_error(HELDER_E_TOO_LARGE, "text of " + std::to_string(text.size()) + " bytes exceeds the limit of " +
                                                  std::to_string(options.max_bytes) + " bytes (option max_bytes)");
    if (auto bad = utf8::first_invalid(text))
        return make_error(HELDER_E_INVALID_UTF8, "text is not valid UTF-8 at byte " + std::to_string(*bad));
    return std::nullopt;
}

// text must be usable (see unusable()).
Prepared prepare(const TextModel &model, std::string_view text, const CheckOptions &options) {
    Prepared p(model.messages);
    p.seg = model.segmenter.segment(text);
    if (!options.lists.empty()) {
        p.overlay = std::make_unique<Lexicon>();
        add_word_lists(*p.overlay, model.segmenter, options.lists);
        p.overlay->finish();
    }
    p.input.reset(new RuleInput{text, p.seg, options, model, p.overlay.get(), p.texts.get(), {}, {}});
    RuleInput &in = *p.input;
    in.flags.resize(p.seg.words.size());
    WordFactsCache facts(model.lexicon, p.overlay.get(), model.syllables);
    in.matches.resize(p.seg.sentences.size());
    // Phrases are matched at each word as its facts are known (no list of the sentence's words:
    // a sentence may have millions).
    std::vector<PhraseMatch> found, found_overlay;
    std::string scratch;
    for (size_t s = 0; s < p.seg.sentences.size(); ++s) {
        const Sentence &sentence = p.seg.sentences[s];
        found.clear();
        found_overlay.clear();
        for (uint32_t i = sentence.first_word; i < sentence.first_word + sentence.word_count; ++i) {
            Word &w = p.seg.words[i];
            const WordFacts &f = facts.get(w.kind, p.seg.key(w));
            w.syllables = f.syllables;
            in.flags[i] = f.flags;
            if (f.phrases) model.lexicon.match_at(p.seg, sentence, i, *f.phrases, found, scratch);
            if (f.overlay_phrases) p.overlay->match_at(p.seg, sentence, i, *f.overlay_phrases, found_overlay, scratch);
        }
        if (found.empty() && found_overlay.empty()) continue;
        in.matches[s].reserve(found.size() + found_overlay.size());
        for (const PhraseMatch &m : found) in.matches[s].push_back(LexMatch{m, false});
        for (const PhraseMatch &m : found_overlay) in.matches[s].push_back(LexMatch{m, true});
    }
    return p;
}

std::vector<Finding> run_rules(const RuleInput &in, std::vector<const char *> &rules_run) {
    std::vector<Finding> findings;
    auto run = [&](Rule rule, void (*fn)(const RuleInput &, std::vector<Finding> &)) {
        if (!in.enabled(rule)) return;
        fn(in, findings);
        rules_run.push_back(rule_id(rule));
    };
    if (in.enabled(Rule::Jargon) || in.enabled(Rule::Officialese)) {
        find_lexical(in, findings);
        for (Rule r : {Rule::Jargon, Rule::Officialese})
            if (in.enabled(r)) rules_run.push_back(rule_id(r));
    }
    run(Rule::DifficultWord, find_difficult_words);
    run(Rule::LongSentence, find_long_sentences);
    run(Rule::Passive, find_passive);
    run(Rule::Opinion, find_opinion);
    run(Rule::LongWord, find_long_words);
    if (in.enabled(Rule::Spelling) && in.options.spelling && in.model.speller) {
        find_spelling(in, findings);
        rules_run.push_back(rule_id(Rule::Spelling));
    }
    std::sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.start != b.start) return a.start < b.start;
        if (a.end != b.end) return a.end < b.end;
        return a.rule < b.rule;
    });
    std::sort(rules_run.begin(), rules_run.end(), [](const char *a, const char *b) { return std::string_view(a) < b; });
    return findings;
}

}  // namespace

Result<TextReport> check_text(const TextModel &model, std::string_view text, const CheckOptions &options) {
    if (auto error = unusable(text, options)) return *error;
    Prepared p = prepare(model, text, options);
    TextReport r;
    r.text = text;
    r.detail = options.detail;
    r.findings = run_rules(*p.input, r.rules_run);
    r.features = count_features(*p.input, r.findings);
    r.scores = model.difficulty.score(r.features, model.messages);
    p.input.reset();  // it refers to p.seg, which moves now
    r.seg = std::move(p.seg);
    r.texts = std::move(p.texts);
    r.overlay = std::move(p.overlay);
    return r;
}

TextFeatures text_features(const TextModel &model, std::string_view text, std::vector<std::string> *unfamiliar) {
    CheckOptions options;
    options.spelling = false;
    if (unusable(text, options)) return TextFeatures();
    Prepared p = prepare(model, text, options);
    std::vector<const char *> rules_run;
    const std::vector<Finding> findings = run_rules(*p.input, rules_run);
    return count_features(*p.input, findings, unfamiliar);
}

}  // namespace helder::text
