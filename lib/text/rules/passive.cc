// passive: a form of "worden" or "zijn" with a past participle in the same clause, in either
// order ("werd besproken", "dat het besproken is"), also with words in between.
#include <algorithm>

#include "text/rules/rules.hh"

namespace helder::text {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool starts_with(std::string_view s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// Words after which a participle-looking word is a noun or an infinitive (het beleid, te geven).
bool blocks_participle(std::string_view previous) {
    static const std::string_view words[] = {"een", "de", "het", "geen", "dit", "dat", "deze", "die", "mijn",
                                             "jouw", "uw", "zijn", "haar", "hun", "ons", "onze", "elk", "elke",
                                             "ieder", "iedere", "welk", "welke", "te", "om", "veel", "weinig"};
    return std::find(std::begin(words), std::end(words), previous) != std::end(words);
}

// Words that start a new clause.
bool starts_clause(std::string_view key) {
    static const std::string_view words[] = {"en", "maar", "of", "want", "dat", "omdat", "die", "als", "wanneer",
                                             "terwijl", "nadat", "voordat", "zodat", "doordat", "hoewel", "waardoor",
                                             "waarbij", "waarin", "waarna", "wie", "wat", "welke", "om", "tot",
                                             "sinds", "zodra", "totdat"};
    return std::find(std::begin(words), std::end(words), key) != std::end(words);
}

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

class Participles {
public:
    explicit Participles(const RuleInput &in) : in_(in) {}

    bool is_participle(uint32_t w) const {
        const Word &word = in_.seg.words[w];
        if (word.kind != TokenKind::Word || (in_.flags[w] & (kNotParticiple | kAuxWorden | kAuxZijn))) return false;
        const std::string_view key = in_.seg.key(word);
        if (key.size() < 5 || key.find_first_of("-'") != std::string_view::npos) return false;
        if (!(ends_with(key, "d") || ends_with(key, "t") || ends_with(key, "en") || ends_with(key, "aan"))) return false;
        if (w > in_.seg.sentences[word.sentence].first_word && blocks_participle(in_.seg.key(in_.seg.words[w - 1])))
            return false;
        if (starts_with(key, "ge")) return true;
        for (std::string_view prefix : {"be", "ver", "ont", "her", "er", "onder"})
            if (starts_with(key, prefix) && key.size() >= prefix.size() + 4) return true;
        // particle + ge: aangemeld, vastgesteld, ingediend
        for (size_t n = 2; n <= 6 && n + 5 <= key.size(); ++n) {
            if (key.compare(n, 2, "ge") != 0) continue;
            const std::string_view particle = key.substr(0, n);
            const WordInfo *info = in_.model.lexicon.info(particle);
            if (info && (info->flags & kParticle)) return true;
        }
        return false;
    }

    bool takes_zijn(uint32_t w) const { return in_.model.lexicon.is_zijn_verb_participle(in_.seg.key(in_.seg.words[w])); }

private:
    const RuleInput &in_;
};

}  // namespace

void find_passive(const RuleInput &in, std::vector<Finding> &out) {
    const Participles participles(in);
    for (const Sentence &s : in.seg.sentences) {
        const uint32_t end = s.first_word + s.word_count;
        uint32_t clause = s.first_word;
        while (clause < end) {
            // The clause runs to the next punctuation mark or clause word.
            uint32_t stop = clause + 1;
            while (stop < end && !punctuation_between(in.text, in.seg.words[stop - 1].end, in.seg.words[stop].start) &&
                   !starts_clause(in.seg.key(in.seg.words[stop])))
                ++stop;
            std::vector<bool> used(stop - clause, false);
            for (uint32_t a = clause; a < stop; ++a) {
                const uint32_t f = in.flags[a];
                if (!(f & (kAuxWorden | kAuxZijn))) continue;
                const bool plain_zijn = in.seg.key(in.seg.words[a]) == "zijn";  // also "his": only next to it
                for (uint32_t p = clause; p < stop; ++p) {
                    if (p == a || used[p - clause] || !participles.is_participle(p)) continue;
                    if (plain_zijn && p + 1 != a && a + 1 != p) continue;
                    if ((f & kAuxZijn) && !(f & kAuxWorden) && participles.takes_zijn(p)) continue;
                    used[p - clause] = true;
                    const uint32_t first = std::min(a, p), last = std::max(a, p);
                    out.push_back(Finding{Rule::Passive, in.seg.words[first].start, in.seg.words[last].end,
                                          in.model.messages.format("passive", {}), {}});
                    break;
                }
            }
            clause = stop;
        }
    }
}

}  // namespace helder::text
