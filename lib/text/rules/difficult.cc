// SPDX-License-Identifier: EUPL-1.2
// difficult_word: words a B1 reader is unlikely to know, beyond jargon and officialese. First the
// rule's own terms (difficult_words.tsv, with plain alternatives), then any word with a
// difficulty signal (text/word_difficulty.hh). Never flagged: words inside a jargon or
// officialese finding, names (a capital inside a sentence, and at the start of a sentence or
// line the words the text writes as a name elsewhere), numbers, abbreviations and initialisms,
// the first parts of elided compounds, the caller's accepted words, and words the text explains
// where it uses them.
#include <algorithm>
#include <unordered_map>

#include "core/string_map.hh"
#include "text/rules/rules.hh"
#include "text/word_difficulty.hh"

namespace helder::text {
namespace {

const char *message_id(DifficultySignal s) {
    switch (s) {
        case DifficultySignal::FormalNumber: return "difficult_word_number";
        case DifficultySignal::English: return "difficult_word_english";
        case DifficultySignal::Foreign: return "difficult_word_foreign";
        case DifficultySignal::Abstract: return "difficult_word_abstract";
        case DifficultySignal::Formal: return "difficult_word_formal";
        default: return "difficult_word_rare";
    }
}

// The alternatives as the message names them: ‘steun’, ‘draagvlak’.
std::string quoted(const std::vector<std::string> &alternatives) {
    std::string out;
    for (size_t k = 0; k < alternatives.size() && k < 2; ++k) {
        if (k) out += ", ";
        out += "\xE2\x80\x98" + alternatives[k] + "\xE2\x80\x99";
    }
    return out;
}

// The words the text writes as a name: with a capital after a word in small letters of the same
// sentence and line, or after such a name ("de Regionale Veiligheidsteams"). A heading or a line
// that a capital opens is no evidence: only a capital where the sentence runs on is.
StringMap<char> written_as_names(const RuleInput &in) {
    const auto &words = in.seg.words;
    StringMap<char> names;
    std::vector<char> name(words.size(), 0);
    for (size_t i = 1; i < words.size(); ++i) {
        const Word &w = words[i], &prev = words[i - 1];
        if (!w.capitalized || w.kind != TokenKind::Word || prev.sentence != w.sentence || prev.kind != TokenKind::Word) continue;
        if (in.text.substr(prev.end, w.start - prev.end).find('\n') != std::string_view::npos) continue;
        if (!prev.capitalized || name[i - 1]) {
            name[i] = 1;
            names[in.seg.key(w)] = 1;
        }
    }
    return names;
}

}  // namespace

void find_difficult_words(const RuleInput &in, std::vector<Finding> &out) {
    const auto &words = in.seg.words;
    // Words inside a jargon or officialese finding already have advice.
    std::vector<char> taken(words.size(), 0);
    {
        std::vector<std::pair<uint32_t, uint32_t>> covered;
        for (const Finding &f : out)
            if (f.rule == Rule::Jargon || f.rule == Rule::Officialese) covered.emplace_back(f.start, f.end);
        std::sort(covered.begin(), covered.end());
        size_t next = 0;
        for (size_t i = 0; i < words.size() && next < covered.size(); ++i) {
            while (next < covered.size() && covered[next].second <= words[i].start) ++next;
            if (next < covered.size() && covered[next].first <= words[i].start && words[i].end <= covered[next].second)
                taken[i] = 1;
        }
    }
    // The words the rule may flag: those with a signal and those of its own terms. A word the
    // text explains once is left alone everywhere; only these words are looked at (the rule's
    // cost follows the words it may flag, not the text).
    std::vector<uint32_t> signalled;
    for (uint32_t i = 0; i < words.size(); ++i)
        if (words[i].kind == TokenKind::Word && difficulty_signal(in.flags[i]) != DifficultySignal::None)
            signalled.push_back(i);
    StringMap<char> explained;
    for (uint32_t i : signalled)
        if (explained_here(in, i)) explained[in.seg.key(words[i])] = 1;
    for (size_t s = 0; s < in.seg.sentences.size(); ++s)
        for (const LexMatch &m : in.matches[s])
            if (in.entry(m).kind == LexKind::Difficult)
                for (uint32_t w = m.match.first_word; w <= m.match.last_word; ++w)
                    if (explained_here(in, w)) explained[in.seg.key(words[w])] = 1;
    const StringMap<char> names = written_as_names(in);
    auto left_alone = [&](uint32_t i) {
        const Word &w = words[i];
        const Sentence &s = in.seg.sentences[w.sentence];
        return taken[i] || (in.flags[i] & kAccepted) || (w.capitalized && (i != s.first_word || names.find(in.seg.key(w)))) ||
               explained.find(in.seg.key(w)) || all_capitals(in.surface(w.start, w.end)) ||
               is_fragment_or_placeholder(in, i);
    };
    // The rule's own terms, longest first, one finding per word.
    std::vector<const LexMatch *> candidates;
    for (size_t s = 0; s < in.seg.sentences.size(); ++s) {
        candidates.clear();
        for (const LexMatch &m : in.matches[s])
            if (in.entry(m).kind == LexKind::Difficult) candidates.push_back(&m);
        if (candidates.empty()) continue;
        std::stable_sort(candidates.begin(), candidates.end(), [](const LexMatch *a, const LexMatch *b) {
            if (a->match.tokens != b->match.tokens) return a->match.tokens > b->match.tokens;
            return a->match.first_word < b->match.first_word;
        });
        for (const LexMatch *m : candidates) {
            const uint32_t a = m->match.first_word, b = m->match.last_word;
            const bool contiguous = m->match.tokens == b - a + 1;
            bool blocked = false;
            for (uint32_t w = a; w <= b && !blocked; ++w) blocked = left_alone(w);
            if (blocked) continue;
            if (contiguous) std::fill(taken.begin() + a, taken.begin() + b + 1, 1);
            else taken[a] = 1;
            const LexEntry &e = in.entry(*m);
            const uint32_t start = words[a].start, end = contiguous ? words[b].end : words[a].end;
            out.push_back(Finding{Rule::DifficultWord, start, end,
                                  in.texts->message(message_id(static_cast<DifficultySignal>(e.signal)),
                                                    {{"term", std::string(in.surface(start, end))},
                                                     {"plain", quoted(e.alternatives)}}),
                                  &e.alternatives});
        }
    }
    // Words with a signal of their own.
    std::unordered_map<std::string_view, const std::vector<std::string> *> numbers;  // vijftal -> {"ongeveer vijf"}
    for (uint32_t i : signalled) {
        const Word &w = words[i];
        const DifficultySignal signal = difficulty_signal(in.flags[i]);
        if (left_alone(i)) continue;
        // A word of little use at the start of a sentence may be a name.
        if (signal == DifficultySignal::Rare && w.capitalized) continue;
        const std::vector<std::string> *plain = FindingTexts::none();
        if (signal == DifficultySignal::FormalNumber) {
            const std::string_view key = in.seg.key(w);
            auto it = numbers.find(key);
            if (it == numbers.end())
                it = numbers.emplace(key, in.texts->keep({"ongeveer " + std::string(formal_number(key))})).first;
            plain = it->second;
        }
        out.push_back(Finding{Rule::DifficultWord, w.start, w.end,
                              in.texts->message(message_id(signal), {{"term", std::string(in.surface(w.start, w.end))},
                                                                     {"plain", quoted(*plain)}}),
                              plain});
    }
}

}  // namespace helder::text
