// SPDX-License-Identifier: EUPL-1.2
#include "text/lexicon.hh"

#include <algorithm>

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"
#include "text/characters.hh"
#include "text/lexicon_image.hh"
#include "text/segmenter.hh"
#include "text/word_difficulty.hh"

namespace helder::text {

std::vector<std::string> tokenize_term(const Segmenter &segmenter, std::string_view term) {
    if (is_lowercase_ascii_word(term)) return {std::string(term)};
    std::vector<std::string> tokens;
    size_t from = 0;
    for (;;) {
        const size_t gap = term.find("...", from);
        const std::string_view chunk = term.substr(from, gap == std::string_view::npos ? std::string_view::npos : gap - from);
        const Segmentation seg = segmenter.segment(chunk);
        for (const Word &w : seg.words) tokens.emplace_back(seg.key(w));
        if (gap == std::string_view::npos) break;
        tokens.emplace_back();  // the gap
        from = gap + 3;
    }
    // A gap at either end means nothing.
    while (!tokens.empty() && tokens.front().empty()) tokens.erase(tokens.begin());
    while (!tokens.empty() && tokens.back().empty()) tokens.pop_back();
    return tokens;
}

namespace {

[[noreturn]] void bad_row(const char *file, size_t line, const std::string &why) {
    throw Failure(HELDER_E_INTERNAL, std::string(file) + " line " + std::to_string(line) + ": " + why);
}

WordClass word_class_of(const char *file, const tsv::Row &row, size_t column) {
    WordClass wc;
    if (!parse_word_class(std::string(row.fields[column]), wc)) bad_row(file, row.line, "unknown word class");
    return wc;
}

std::vector<std::string> list_field(std::string_view field) {
    std::vector<std::string> out;
    if (field == "-" || field.empty()) return out;
    for (std::string_view part : tsv::split(field, '|'))
        if (!part.empty()) out.emplace_back(part);
    return out;
}

}  // namespace

void Lexicon::add_phrase(std::vector<std::string> tokens, uint32_t entry) {
    if (tokens.empty()) return;
    words_[tokens.front()].flags |= kKnown;
    for (const auto &t : tokens)
        if (!t.empty()) words_[t].flags |= kKnown;
    phrases_.push_back(Phrase{std::move(tokens), entry});
}

void Lexicon::add_term(const Segmenter &segmenter, LexKind kind, std::string_view term, WordClass word_class,
                       const std::vector<std::string> &forms, std::vector<std::string> alternatives,
                       std::string gloss) {
    const auto entry = static_cast<uint32_t>(entries_.size());
    entries_.push_back(LexEntry{kind, std::string(term), std::move(alternatives), std::move(gloss)});
    std::vector<std::string> tokens = tokenize_term(segmenter, term);
    if (tokens.empty()) return;
    const bool has_gap = std::find(tokens.begin(), tokens.end(), std::string()) != tokens.end();
    const size_t inflected = has_gap ? 0 : tokens.size() - 1;
    for (const std::string &form : inflect(tokens[inflected], word_class)) {
        std::vector<std::string> variant = tokens;
        variant[inflected] = form;
        add_phrase(std::move(variant), entry);
    }
    for (const std::string &form : forms) add_phrase(tokenize_term(segmenter, form), entry);
}

void Lexicon::add_flags(std::string_view key, uint32_t flags) { words_[key].flags |= flags; }

namespace {

// Phrases are indexed by their first two words when the second is a word (not a gap).
bool indexed_by_pair(const std::vector<std::string> &tokens) { return tokens.size() >= 2 && !tokens[1].empty(); }

std::string pair_key(std::string_view first, std::string_view second) {
    std::string key(first);
    key.push_back('\x1f');
    key.append(second);
    return key;
}

}  // namespace

size_t Lexicon::longest(uint32_t flags) const {
    size_t n = 0;
    for (const auto &[bit, length] : longest_)
        if (flags & bit) n = std::max(n, length);
    return n;
}

// Drops a phrase that repeats an earlier one of the same entry (two inflections may give the same
// form); phrases_ is sorted, so a repeat is in the same group as the one it repeats.
void Lexicon::drop_repeated_phrases() {
    size_t kept = 0;
    for (size_t i = 0, group = 0; i < phrases_.size(); ++i) {
        if (kept == 0 || phrases_[i].tokens.front() != phrases_[group].tokens.front() ||
            indexed_by_pair(phrases_[i].tokens) != indexed_by_pair(phrases_[group].tokens))
            group = kept;
        bool repeat = false;
        for (size_t k = group; k < kept && !repeat; ++k)
            repeat = phrases_[k].entry == phrases_[i].entry && phrases_[k].tokens == phrases_[i].tokens;
        if (repeat) continue;
        if (kept != i) phrases_[kept] = std::move(phrases_[i]);
        ++kept;
    }
    phrases_.resize(kept);
}

void Lexicon::finish() {
    longest_.clear();
    for (uint32_t bit = 1; bit != 0; bit <<= 1) longest_.emplace_back(bit, 0);
    words_.for_each([&](std::string_view key, const WordInfo &info) {
        for (auto &[bit, length] : longest_)
            if (info.flags & bit) length = std::max(length, key.size());
    });
    // Single words and gap phrases first, by first word; then the others, by first two words.
    std::stable_sort(phrases_.begin(), phrases_.end(), [](const Phrase &a, const Phrase &b) {
        const bool pa = indexed_by_pair(a.tokens), pb = indexed_by_pair(b.tokens);
        if (pa != pb) return !pa;
        if (a.tokens.front() != b.tokens.front()) return a.tokens.front() < b.tokens.front();
        return pa && a.tokens[1] < b.tokens[1];
    });
    drop_repeated_phrases();
    for (size_t i = 0; i < phrases_.size();) {
        const bool pair = indexed_by_pair(phrases_[i].tokens);
        size_t j = i;
        while (j < phrases_.size() && indexed_by_pair(phrases_[j].tokens) == pair &&
               phrases_[j].tokens.front() == phrases_[i].tokens.front() &&
               (!pair || phrases_[j].tokens[1] == phrases_[i].tokens[1]))
            ++j;
        WordInfo &info = words_[phrases_[i].tokens.front()];
        if (pair) {
            info.starts_pairs = 1;
            pairs_[pair_key(phrases_[i].tokens[0], phrases_[i].tokens[1])] =
                Range{static_cast<uint32_t>(i), static_cast<uint32_t>(j - i)};
        } else {
            info.phrase_first = static_cast<uint32_t>(i);
            info.phrase_count = static_cast<uint32_t>(j - i);
        }
        i = j;
    }
}

bool Lexicon::match_phrase(const Phrase &p, const Segmentation &seg, const Sentence &s, uint32_t first,
                           uint32_t &last) const {
    const uint32_t end = s.first_word + s.word_count;
    uint32_t w = first + 1;
    for (size_t t = 1; t < p.tokens.size(); ++t) {
        if (p.tokens[t].empty()) {  // gap: find the next token within kMaxGap words
            const std::string &want = p.tokens[t + 1];
            uint32_t k = w;
            while (k < end && k <= w + kMaxGap && seg.key(seg.words[k]) != want) ++k;
            if (k >= end || k > w + kMaxGap) return false;
            w = k + 1;
            ++t;
            continue;
        }
        if (w >= end || seg.key(seg.words[w]) != p.tokens[t]) return false;
        ++w;
    }
    last = w - 1;
    return true;
}

void Lexicon::try_phrases(Range range, const Segmentation &seg, const Sentence &s, uint32_t first,
                          std::vector<PhraseMatch> &out, size_t before) const {
    for (uint32_t k = range.first; k < range.first + range.count; ++k) {
        const Phrase &p = phrases_[k];
        uint32_t last;
        if (!match_phrase(p, seg, s, first, last)) continue;
        const auto named = static_cast<uint32_t>(
            std::count_if(p.tokens.begin(), p.tokens.end(), [](const std::string &t) { return !t.empty(); }));
        bool replaced = false;
        for (size_t m = before; m < out.size(); ++m) {
            if (out[m].entry != p.entry) continue;
            if (named > out[m].tokens) out[m] = PhraseMatch{p.entry, first, last, named};
            replaced = true;
        }
        if (!replaced) out.push_back(PhraseMatch{p.entry, first, last, named});
    }
}

void Lexicon::match_at(const Segmentation &seg, const Sentence &s, uint32_t i, const WordInfo &start,
                       std::vector<PhraseMatch> &out, std::string &key) const {
    const uint32_t end = s.first_word + s.word_count;
    // Per entry, the longest way the phrase matches here.
    const size_t before = out.size();
    if (start.phrase_count) try_phrases(Range{start.phrase_first, start.phrase_count}, seg, s, i, out, before);
    if (start.starts_pairs && i + 1 < end) {
        key.assign(seg.key(seg.words[i]));
        key.push_back('\x1f');
        key.append(seg.key(seg.words[i + 1]));
        if (const Range *range = pairs_.find(key)) try_phrases(*range, seg, s, i, out, before);
    }
}

bool Lexicon::is_zijn_verb_participle(std::string_view key) const {
    for (const auto &suffix : zijn_verbs_)
        if (key.size() >= suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0)
            return true;
    return false;
}

Lexicon Lexicon::builtin(const Segmenter &segmenter) {
    const std::string_view image = builtin_lexicon_image();
    return image.empty() ? from_lists(segmenter) : from_image(image);
}

Lexicon Lexicon::from_lists(const Segmenter &segmenter) {
    Lexicon lex;
    // The map of word forms is made its final size at once: growing it step by step touches twice
    // the memory, and at start-up fresh memory is most of the cost. About 4.5 forms per line of
    // the lists (measured: 10,000 lines gave 44,700 forms); a wrong guess costs one doubling.
    size_t lines = 0;
    for (const char *name : {"text/jargon.tsv", "text/officialese.tsv", "text/judgements.tsv", "text/source_markers.tsv",
                             "text/vocabulary.tsv", "text/vocabulary_extended.tsv", "text/word_roles.tsv",
                             "text/difficult_words.tsv"}) {
        const std::string_view text = resources::get(name);
        lines += static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
    }
    lex.words_.reserve(lines * 9 / 2);
    struct TermFile {
        const char *name;
        LexKind kind;
    };
    // term, class, forms, plain_nl, gloss_en
    for (const TermFile &f : {TermFile{"text/jargon.tsv", LexKind::Jargon}, TermFile{"text/officialese.tsv", LexKind::Officialese}}) {
        for (const auto &row : tsv::parse(resources::get(f.name))) {
            if (row.fields.size() != 5) bad_row(f.name, row.line, "expected 5 columns");
            lex.add_term(segmenter, f.kind, row.fields[0], word_class_of(f.name, row, 1), list_field(row.fields[2]),
                         list_field(row.fields[3]), std::string(row.fields[4]));
        }
    }
    // term, class, forms, plain_nl, gloss_en, signal, source: the difficult_word rule's own terms
    for (const auto &row : tsv::parse(resources::get("text/difficult_words.tsv"))) {
        if (row.fields.size() != 7) bad_row("difficult_words.tsv", row.line, "expected 7 columns");
        const auto signal = parse_difficulty_signal(row.fields[5]);
        if (signal == DifficultySignal::None) bad_row("difficult_words.tsv", row.line, "unknown signal");
        lex.add_term(segmenter, LexKind::Difficult, row.fields[0], word_class_of("difficult_words.tsv", row, 1),
                     list_field(row.fields[2]), list_field(row.fields[3]), std::string(row.fields[4]));
        lex.entries_.back().signal = static_cast<uint8_t>(signal);
    }
    // term, class, forms, gloss_en
    for (const auto &row : tsv::parse(resources::get("text/judgements.tsv"))) {
        if (row.fields.size() != 4) bad_row("judgements.tsv", row.line, "expected 4 columns");
        lex.add_term(segmenter, LexKind::Judgement, row.fields[0], word_class_of("judgements.tsv", row, 1),
                     list_field(row.fields[2]), {}, std::string(row.fields[3]));
    }
    // term, class, forms, kind
    for (const auto &row : tsv::parse(resources::get("text/source_markers.tsv"))) {
        if (row.fields.size() != 4) bad_row("source_markers.tsv", row.line, "expected 4 columns");
        LexKind kind;
        if (row.fields[3] == "source") kind = LexKind::Source;
        else if (row.fields[3] == "stance") kind = LexKind::Stance;
        else bad_row("source_markers.tsv", row.line, "kind must be source or stance");
        lex.add_term(segmenter, kind, row.fields[0], word_class_of("source_markers.tsv", row, 1),
                     list_field(row.fields[2]), {}, std::string());
    }
    // term, class, forms: single words a B1 reader knows; the core ones are also common
    struct VocabularyFile {
        const char *name;
        uint32_t flags;
    };
    for (const VocabularyFile &f : {VocabularyFile{"text/vocabulary.tsv", kFamiliar | kKnown | kCommon},
                                    VocabularyFile{"text/vocabulary_extended.tsv", kFamiliar | kKnown}}) {
        for (const auto &row : tsv::parse(resources::get(f.name))) {
            if (row.fields.size() != 3) bad_row(f.name, row.line, "expected 3 columns");
            const std::string lemma = segmenter.fold(row.fields[0]);
            for (const std::string &form : inflect(lemma, word_class_of(f.name, row, 1))) lex.add_flags(form, f.flags);
            for (const std::string &form : list_field(row.fields[2])) {
                // A listed form may be two words ("werkt mee"): each word is familiar.
                for (const std::string &t : tokenize_term(segmenter, form))
                    if (!t.empty()) lex.add_flags(t, f.flags);
            }
        }
    }
    for (const auto &row : tsv::parse(resources::get("text/word_roles.tsv"))) {
        if (row.fields.size() != 2) bad_row("word_roles.tsv", row.line, "expected 2 columns");
        const std::string key = segmenter.fold(row.fields[0]);
        const std::string_view role = row.fields[1];
        if (role == "worden") lex.add_flags(key, kAuxWorden);
        else if (role == "zijn") lex.add_flags(key, kAuxZijn);
        else if (role == "particle") lex.add_flags(key, kParticle);
        else if (role == "not_participle") lex.add_flags(key, kNotParticiple);
        else if (role == "zijn_verb") lex.zijn_verbs_.push_back(key);
        else if (role == "blocks_participle") lex.add_flags(key, kBlocksParticiple);
        else if (role == "clause_start") lex.add_flags(key, kClauseStart);
        else if (role == "preposition") lex.add_flags(key, kPreposition);
        else if (role == "object_pronoun") lex.add_flags(key, kObjectPronoun);
        else if (role == "address") lex.add_flags(key, kAddress);
        else if (role == "modal") lex.add_flags(key, kModal);
        else if (role == "person") lex.add_flags(key, kPerson);
        else if (role == "loanword") lex.add_flags(key, kLoanword);
        else bad_row("word_roles.tsv", row.line, "unknown role");
    }
    lex.finish();
    return lex;
}

}  // namespace helder::text
