// SPDX-License-Identifier: EUPL-1.2
// passive: a form of "worden" or "zijn" with a past participle in the same clause, in either
// order ("werd besproken", "dat het besproken is"), also with words in between.
#include <algorithm>

#include "text/rules/rules.hh"

namespace helder::text {
namespace {

bool punctuation_between(std::string_view text, uint32_t from, uint32_t to) {
    for (uint32_t i = from; i < to; ++i) {
        const char c = text[i];
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"') return true;
        // en and em dashes (U+2013, U+2014)
        if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < to && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(text[i + 2]) == 0x93 || static_cast<unsigned char>(text[i + 2]) == 0x94))
            return true;
    }
    return false;
}

// A participle in context: the shape, and not a noun or an infinitive after "het", "te", ….
bool is_participle(const RuleInput &in, uint32_t w) {
    if (!(in.flags[w] & kParticipleShape)) return false;
    return w == in.seg.sentences[in.seg.words[w].sentence].first_word || !(in.flags[w - 1] & kBlocksParticiple);
}

}  // namespace

// Each form of worden or zijn in a clause takes the first participle of the clause that no
// earlier one took (a plain "zijn" only one next to it; a form of zijn alone no participle of a
// verb that takes zijn). Cursors into the clause's participles keep that linear: a clause of a
// million words was a million times a million tests before.
void find_passive(const RuleInput &in, std::vector<Finding> &out) {
    std::vector<uint32_t> participles;  // of the clause, in order
    std::vector<char> used;             // per word of the clause
    for (const Sentence &s : in.seg.sentences) {
        const uint32_t end = s.first_word + s.word_count;
        uint32_t clause = s.first_word;
        while (clause < end) {
            // The clause runs to the next punctuation mark or clause word.
            uint32_t stop = clause + 1;
            bool any_aux = in.flags[clause] & (kAuxWorden | kAuxZijn);
            while (stop < end && !punctuation_between(in.text, in.seg.words[stop - 1].end, in.seg.words[stop].start) &&
                   !(in.flags[stop] & kClauseStart)) {
                any_aux = any_aux || (in.flags[stop] & (kAuxWorden | kAuxZijn));
                ++stop;
            }
            if (!any_aux) {
                clause = stop;
                continue;
            }
            participles.clear();
            for (uint32_t p = clause; p < stop; ++p)
                if (is_participle(in, p)) participles.push_back(p);
            used.assign(stop - clause, 0);
            size_t first_free = 0, first_free_not_zijn_verb = 0;  // cursors into participles
            auto take = [&](uint32_t a, uint32_t p) {
                used[p - clause] = 1;
                const uint32_t first = std::min(a, p), last = std::max(a, p);
                out.push_back(Finding{Rule::Passive, in.seg.words[first].start, in.seg.words[last].end,
                                      in.texts->message("passive", {}), FindingTexts::none()});
            };
            for (uint32_t a = clause; a < stop; ++a) {
                const uint32_t f = in.flags[a];
                if (!(f & (kAuxWorden | kAuxZijn))) continue;
                // (A form of worden or zijn never has a participle's shape: word_facts.cc.)
                const bool zijn_only = (f & kAuxZijn) && !(f & kAuxWorden);
                auto allowed = [&](uint32_t p) { return !used[p - clause] && !(zijn_only && (in.flags[p] & kZijnVerb)); };
                if (in.seg.key(in.seg.words[a]) == "zijn") {  // also "his": only next to it
                    for (uint32_t p : {a - 1, a + 1})
                        if (p >= clause && p < stop && is_participle(in, p) && allowed(p)) {
                            take(a, p);
                            break;
                        }
                    continue;
                }
                size_t &k = zijn_only ? first_free_not_zijn_verb : first_free;
                while (k < participles.size() && !allowed(participles[k])) ++k;
                if (k < participles.size()) take(a, participles[k]);
            }
            clause = stop;
        }
    }
}

}  // namespace helder::text
