// SPDX-License-Identifier: EUPL-1.2
// passive: a form of "worden" or "zijn" with a past participle in the same clause, in either
// order ("werd besproken", "dat het besproken is"), also with words in between.
#include <algorithm>

#include "text/rules/rules.hh"

namespace helder::text {

bool clause_break_between(std::string_view text, uint32_t from, uint32_t to) {
    for (uint32_t i = from; i < to; ++i) {
        const char c = text[i];
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '?' || c == '!') return true;
        // curly quotes (U+201C, U+201D, U+201E)
        if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < to && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) >= 0x9C && static_cast<unsigned char>(text[i + 2]) <= 0x9E)
            return true;
        // en and em dashes (U+2013, U+2014)
        if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < to && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(text[i + 2]) == 0x93 || static_cast<unsigned char>(text[i + 2]) == 0x94))
            return true;
    }
    return false;
}

namespace {

// A participle in context: the shape, and not a noun or an infinitive after "het", "te", ….
// After a preposition, "ons", "haar" and "hun" are pronouns when the word after them is the last
// of the clause but for verbs: "door ons gebeld (is)", not "door ons gebouw".
bool is_participle(const RuleInput &in, uint32_t w, uint32_t clause, uint32_t stop) {
    if (!(in.flags[w] & kParticipleShape)) return false;
    if (w == in.seg.sentences[in.seg.words[w].sentence].first_word || !(in.flags[w - 1] & kBlocksParticiple)) return true;
    if (w < clause + 2 || !(in.flags[w - 1] & kObjectPronoun) || !(in.flags[w - 2] & kPreposition)) return false;
    for (uint32_t v = w + 1; v < stop; ++v)
        if (!(in.flags[v] & (kAuxWorden | kAuxZijn | kModal))) return false;
    return true;
}

}  // namespace

// Each participle of a clause takes the nearest free form of worden or zijn before it ("wordt
// morgen besproken"); without one, a form right after it, past modal verbs only ("besproken
// wordt", "opgelost kan worden"). A participle further before a form belongs to something else
// ("besluiten tot stand komen is"). A form of zijn alone takes no participle of a verb that takes
// zijn ("is gekomen"), and the form "zijn" (also "his") only one next to it. The free forms wait
// on a stack, so a clause costs one pass over its words.
void find_passive(const RuleInput &in, std::vector<Finding> &out) {
    std::vector<uint32_t> waiting;  // free forms of worden or zijn, the nearest last
    std::vector<char> used;         // per word of the clause: a form already taken
    for (const Sentence &s : in.seg.sentences) {
        const uint32_t end = s.first_word + s.word_count;
        uint32_t clause = s.first_word;
        while (clause < end) {
            // The clause runs to the next punctuation mark or clause word.
            uint32_t stop = clause + 1;
            bool any_aux = in.flags[clause] & (kAuxWorden | kAuxZijn);
            while (stop < end && !clause_break_between(in.text, in.seg.words[stop - 1].end, in.seg.words[stop].start) &&
                   !(in.flags[stop] & kClauseStart)) {
                any_aux = any_aux || (in.flags[stop] & (kAuxWorden | kAuxZijn));
                ++stop;
            }
            if (!any_aux) {
                clause = stop;
                continue;
            }
            waiting.clear();
            used.assign(stop - clause, 0);
            // "door de rechter": the clause names who acts, only late; the advice differs.
            bool names_agent = false;
            for (uint32_t w = clause; w < stop && !names_agent; ++w) names_agent = in.seg.key(in.seg.words[w]) == "door";
            auto plain_zijn = [&](uint32_t a) { return in.seg.key(in.seg.words[a]) == "zijn"; };  // also "his"
            auto is_aux = [&](uint32_t a) { return (in.flags[a] & (kAuxWorden | kAuxZijn)) != 0; };
            auto can_take = [&](uint32_t a, uint32_t p) {
                const uint32_t f = in.flags[a];
                if ((f & kAuxZijn) && !(f & kAuxWorden) && (in.flags[p] & kZijnVerb)) return false;
                return !plain_zijn(a) || a + 1 == p || p + 1 == a;
            };
            auto take = [&](uint32_t a, uint32_t p) {
                used[a - clause] = 1;
                const uint32_t first = std::min(a, p), last = std::max(a, p);
                out.push_back(Finding{Rule::Passive, in.seg.words[first].start, in.seg.words[last].end,
                                      in.texts->message(names_agent ? "passive_agent" : "passive", {}), FindingTexts::none()});
            };
            for (uint32_t w = clause; w < stop; ++w) {
                if (is_aux(w)) {
                    if (!used[w - clause] && !plain_zijn(w)) waiting.push_back(w);
                    continue;
                }
                if (!is_participle(in, w, clause, stop)) continue;
                if (w > clause && plain_zijn(w - 1) && !used[w - 1 - clause] && can_take(w - 1, w)) {
                    take(w - 1, w);
                    continue;
                }
                if (!waiting.empty() && can_take(waiting.back(), w)) {
                    take(waiting.back(), w);
                    waiting.pop_back();
                    continue;
                }
                uint32_t a = w + 1;
                while (a < stop && (in.flags[a] & kModal)) ++a;
                if (a < stop && is_aux(a) && !used[a - clause] && can_take(a, w)) take(a, w);
            }
            clause = stop;
        }
    }
}

}  // namespace helder::text
