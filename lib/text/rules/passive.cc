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

void find_passive(const RuleInput &in, std::vector<Finding> &out) {
    for (const Sentence &s : in.seg.sentences) {
        const uint32_t end = s.first_word + s.word_count;
        uint32_t clause = s.first_word;
        while (clause < end) {
            // The clause runs to the next punctuation mark or clause word.
            uint32_t stop = clause + 1;
            while (stop < end && !punctuation_between(in.text, in.seg.words[stop - 1].end, in.seg.words[stop].start) &&
                   !(in.flags[stop] & kClauseStart))
                ++stop;
            std::vector<bool> used(stop - clause, false);
            for (uint32_t a = clause; a < stop; ++a) {
                const uint32_t f = in.flags[a];
                if (!(f & (kAuxWorden | kAuxZijn))) continue;
                const bool plain_zijn = in.seg.key(in.seg.words[a]) == "zijn";  // also "his": only next to it
                for (uint32_t p = clause; p < stop; ++p) {
                    if (p == a || used[p - clause] || !is_participle(in, p)) continue;
                    if (plain_zijn && p + 1 != a && a + 1 != p) continue;
                    if ((f & kAuxZijn) && !(f & kAuxWorden) && (in.flags[p] & kZijnVerb)) continue;
                    used[p - clause] = true;
                    const uint32_t first = std::min(a, p), last = std::max(a, p);
                    out.push_back(Finding{Rule::Passive, in.seg.words[first].start, in.seg.words[last].end,
                                          in.texts->message("passive", {}), FindingTexts::none()});
                    break;
                }
            }
            clause = stop;
        }
    }
}

}  // namespace helder::text
