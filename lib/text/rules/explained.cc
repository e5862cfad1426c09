// SPDX-License-Identifier: EUPL-1.2
// Whether the text explains a word where it uses it. A word it explains once is left alone by the
// rules that name hard words (jargon, difficult_word): the writer did what the advice asks.
#include "text/rules/rules.hh"

namespace helder::text {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Words that continue a sentence inside brackets rather than start an explanation (a closed class:
// conjunctions and adverbs that add or point elsewhere).
bool continues_sentence(std::string_view key) {
    for (std::string_view w : {"en", "maar", "ook", "weer", "zie", "bijvoorbeeld", "bijv", "inclusief", "vooral", "o.a", "waaronder"})
        if (key == w) return true;
    return false;
}

// Brackets after word i that explain it: at least three words, the first not a small word that
// continues the sentence ("casus (weer)", "Veilig Thuis (en de …", "(waaronder …") nor an
// abbreviation.
bool explaining_brackets(const RuleInput &in, size_t i) {
    const auto &words = in.seg.words;
    size_t n = 0;
    for (size_t k = i + 1; k < words.size() && words[k].sentence == words[i].sentence && n < 3; ++k) {
        if (in.text.substr(words[k - 1].end, words[k].start - words[k - 1].end).find(')') != std::string_view::npos) break;
        if (n == 0 && ((in.flags[k] & (kClauseStart | kPreposition)) || continues_sentence(in.seg.key(words[k])) ||
                       all_capitals(in.surface(words[k].start, words[k].end))))
            return false;
        ++n;
    }
    return n >= 3;
}

}  // namespace

// The word followed by "(" or ":" or by "dat is", "dit is", "betekent", "wil zeggen", "oftewel",
// "ofwel"; the first word inside brackets (the plain words before it explain it); the word named
// after "heet" or "heten" ("Dat heet een ondertoezichtstelling"), and the short form after
// "kort:" or "afgekort:" ("… of kort: OTS"). Strict (for jargon, where policy texts put
// brackets and colons everywhere): brackets only when they explain (explaining_brackets), no
// colon, and inside brackets only an abbreviation.
bool explained_here(const RuleInput &in, size_t i, bool strict) {
    const auto &words = in.seg.words;
    const Word &w = words[i];
    size_t after = w.end;
    while (after < in.text.size() && is_space(in.text[after])) ++after;
    if (after < in.text.size() && in.text[after] == '(' && (!strict || explaining_brackets(in, i))) return true;
    if (after < in.text.size() && in.text[after] == ':' && !strict) return true;
    size_t before = w.start;
    while (before > 0 && is_space(in.text[before - 1])) --before;
    // Strict: only an abbreviation in brackets is explained by the words before it ("… (OTS)").
    if (before > 0 && in.text[before - 1] == '(' && (!strict || all_capitals(in.surface(w.start, w.end)))) return true;
    const auto key_before = [&](size_t back) {
        return i >= back && words[i - back].sentence == w.sentence ? in.seg.key(words[i - back]) : std::string_view();
    };
    const std::string_view previous = key_before(1);
    if (previous == "heet" || previous == "heten") return true;
    if ((previous == "een" || previous == "de" || previous == "het") && (key_before(2) == "heet" || key_before(2) == "heten"))
        return true;
    if ((previous == "kort" || previous == "afgekort") && before > 0 && in.text[before - 1] == ':') return true;
    if (i + 1 >= words.size() || words[i + 1].sentence != w.sentence) return false;
    const std::string_view next = in.seg.key(words[i + 1]);
    const std::string_view then =
        i + 2 < words.size() && words[i + 2].sentence == w.sentence ? in.seg.key(words[i + 2]) : std::string_view();
    return next == "betekent" || next == "oftewel" || next == "ofwel" || ((next == "dat" || next == "dit") && then == "is") ||
           (next == "wil" && then == "zeggen");
}

}  // namespace helder::text
