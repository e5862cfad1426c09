// SPDX-License-Identifier: EUPL-1.2
// long_sentence and long_word.
#include <algorithm>

#include "text/rules/rules.hh"

namespace helder::text {

void find_long_sentences(const RuleInput &in, std::vector<Finding> &out) {
    const uint32_t limit = in.options.long_sentence_words;
    for (const Sentence &s : in.seg.sentences) {
        if (s.word_count <= limit) continue;
        out.push_back(Finding{Rule::LongSentence, s.start, s.end,
                              in.texts->message("long_sentence", {{"words", std::to_string(s.word_count)},
                                                                  {"limit", std::to_string(limit)}}),
                              FindingTexts::none()});
    }
}

void find_long_words(const RuleInput &in, std::vector<Finding> &out) {
    const uint32_t limit = in.options.long_word_letters;
    // Words inside jargon or officialese already have better advice.
    std::vector<std::pair<uint32_t, uint32_t>> covered;
    for (const Finding &f : out)
        if (f.rule == Rule::Jargon || f.rule == Rule::Officialese) covered.emplace_back(f.start, f.end);
    std::sort(covered.begin(), covered.end());
    size_t next = 0;  // first covered span that may still contain a word
    for (size_t i = 0; i < in.seg.words.size(); ++i) {
        const Word &w = in.seg.words[i];
        if (w.kind != TokenKind::Word || w.letters < limit || (in.flags[i] & kAccepted)) continue;
        if (is_fragment_or_placeholder(in, static_cast<uint32_t>(i))) continue;
        while (next < covered.size() && covered[next].second <= w.start) ++next;
        if (next < covered.size() && covered[next].first <= w.start && w.end <= covered[next].second) continue;
        out.push_back(Finding{Rule::LongWord, w.start, w.end,
                              in.texts->message("long_word", {{"letters", std::to_string(w.letters)}}),
                              FindingTexts::none()});
    }
}

}  // namespace helder::text
