// SPDX-License-Identifier: EUPL-1.2
// jargon and officialese: terms from the lexicons, longest match first, never overlapping. A
// jargon term the text explains once is left alone everywhere in it.
#include <algorithm>
#include <set>
#include <string_view>
#include <utility>

#include "text/rules/rules.hh"

namespace helder::text {
namespace {

// Whether the words of a jargon match are explained where they stand (strictly: see
// rules/explained.cc).
bool jargon_explained(const RuleInput &in, const LexMatch &m) {
    return explained_here(in, m.match.first_word, true) || explained_here(in, m.match.last_word, true);
}

}  // namespace

void find_lexical(const RuleInput &in, std::vector<Finding> &out) {
    // The jargon terms the text explains somewhere, as written (an entry and its first word: the
    // abbreviation an entry lists is not explained by explaining the full term, nor the reverse).
    std::set<std::pair<const LexEntry *, std::string_view>> explained;
    const auto term = [&](const LexMatch &m) { return std::make_pair(&in.entry(m), in.seg.key(in.seg.words[m.match.first_word])); };
    if (in.enabled(Rule::Jargon))
        for (size_t s = 0; s < in.seg.sentences.size(); ++s)
            for (const LexMatch &m : in.matches[s])
                if (in.entry(m).kind == LexKind::Jargon && jargon_explained(in, m)) explained.insert(term(m));
    std::vector<const LexMatch *> candidates;
    std::vector<char> taken;
    for (size_t s = 0; s < in.seg.sentences.size(); ++s) {
        candidates.clear();
        for (const LexMatch &m : in.matches[s]) {
            const LexKind kind = in.entry(m).kind;
            if (kind == LexKind::Jargon && in.enabled(Rule::Jargon) && !explained.count(term(m))) candidates.push_back(&m);
            if (kind == LexKind::Officialese && in.enabled(Rule::Officialese)) candidates.push_back(&m);
        }
        std::stable_sort(candidates.begin(), candidates.end(), [](const LexMatch *a, const LexMatch *b) {
            const uint32_t la = a->match.last_word - a->match.first_word, lb = b->match.last_word - b->match.first_word;
            if (a->match.tokens != b->match.tokens) return a->match.tokens > b->match.tokens;
            if (la != lb) return la < lb;  // the tighter of two matches of the same phrase
            if (a->match.first_word != b->match.first_word) return a->match.first_word < b->match.first_word;
            // The same words: the caller's own term wins over the built-in one (this check's
            // lists first, then the context's, which were added after the built-in entries).
            if (a->overlay != b->overlay) return a->overlay;
            return a->match.entry > b->match.entry;
        });
        if (candidates.empty()) continue;
        // Words of the sentence inside a contiguous match already taken (one flag per word, not a
        // list of spans to compare with: a sentence may hold a hundred thousand terms).
        const uint32_t first_word = in.seg.sentences[s].first_word;
        taken.assign(in.seg.sentences[s].word_count, 0);
        for (const LexMatch *m : candidates) {
            const uint32_t a = m->match.first_word, b = m->match.last_word;
            // A phrase with a gap ("dient ... te") names only some words of its span: it neither
            // blocks nor is blocked by a term inside the gap.
            const bool contiguous = m->match.tokens == b - a + 1;
            bool overlaps = false, accepted = false;
            for (uint32_t w = a; w <= b; ++w) {
                overlaps = overlaps || (contiguous && taken[w - first_word]);
                accepted = accepted || (in.flags[w] & kAccepted);
            }
            if (overlaps || accepted) continue;
            if (contiguous) std::fill(taken.begin() + (a - first_word), taken.begin() + (b - first_word + 1), 1);
            const LexEntry &e = in.entry(*m);
            const Rule rule = e.kind == LexKind::Jargon ? Rule::Jargon : Rule::Officialese;
            const uint32_t start = in.seg.words[a].start, end = in.seg.words[b].end;
            out.push_back(Finding{rule, start, end,
                                  in.texts->message(rule_id(rule), {{"term", std::string(in.surface(start, end))},
                                                                    {"gloss", e.gloss}}),
                                  &e.alternatives});
        }
    }
}

}  // namespace helder::text
