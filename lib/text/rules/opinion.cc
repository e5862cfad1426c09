// SPDX-License-Identifier: EUPL-1.2
// opinion: a judgement ("onverschillig", "niet veilig") in a sentence that names no source
// ("volgens de school", "moeder vertelt") and does not mark it as the writer's view ("ik vind").
#include <initializer_list>

#include "text/rules/rules.hh"

namespace helder::text {
namespace {

// Whether byte offsets lie inside double quotes that open within a sentence. Counts on from
// the last offset asked about, so that the judgements of a sentence, which come in order, cost
// one pass over it together (a pass from the sentence's start for each was quadratic).
class Quotes {
public:
    Quotes(std::string_view text, uint32_t sentence_start) : text_(text), start_(sentence_start), at_(sentence_start) {}

    bool inside(uint32_t at) {
        if (at < at_) at_ = start_, quotes_ = 0;  // back to the start (the caller's own terms come last)
        for (uint32_t i = at_; i < at; ++i) {
            const auto c = static_cast<unsigned char>(text_[i]);
            if (c == '"') ++quotes_;
            // “ ” „ (E2 80 9C/9D/9E) and « » (C2 AB/BB); `at` starts a word, so no character
            // runs past it
            if (c == 0xE2 && i + 2 < at && static_cast<unsigned char>(text_[i + 1]) == 0x80) {
                const auto d = static_cast<unsigned char>(text_[i + 2]);
                if (d == 0x9C || d == 0x9D || d == 0x9E) ++quotes_;
            }
            if (c == 0xC2 && i + 1 < at && (static_cast<unsigned char>(text_[i + 1]) == 0xAB || static_cast<unsigned char>(text_[i + 1]) == 0xBB))
                ++quotes_;
        }
        at_ = at;
        return quotes_ % 2 == 1;
    }

private:
    std::string_view text_;
    uint32_t start_, at_;
    int quotes_ = 0;
};

// A sentence that opens with a condition describes a possibility, not a fact.
bool is_condition(std::string_view first_word) {
    static const std::string_view words[] = {"als", "indien", "wanneer", "mocht", "mochten", "tenzij", "stel", "zodra"};
    for (std::string_view w : words)
        if (first_word == w) return true;
    return false;
}

bool one_of(std::string_view key, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (key == w) return true;
    return false;
}

// A person: a person noun or pronoun (moeder, kind, hij), or a name (a capital on a word in
// none of helder's lists).
bool is_person(const RuleInput &in, uint32_t w) {
    const Word &word = in.seg.words[w];
    return (in.flags[w] & kPerson) ||
           (word.kind == TokenKind::Word && word.capitalized && !(in.flags[w] & (kFamiliar | kKnown)));
}

// For each word of a sentence, whether its clause names a person before it who is not inside a
// prepositional phrase ("moeder is …", not "is voor jeugdigen …"): the one a judgement can be
// about. One pass over the sentence.
void people_before(const RuleInput &in, const Sentence &s, std::vector<char> &out) {
    out.assign(s.word_count, 0);
    bool seen = false, last_governed = false;
    for (uint32_t i = 0; i < s.word_count; ++i) {
        const uint32_t w = s.first_word + i;
        if (i > 0 && (clause_break_between(in.text, in.seg.words[w - 1].end, in.seg.words[w].start) || (in.flags[w] & kClauseStart)))
            seen = false;
        out[i] = seen;
        if (!is_person(in, w)) continue;
        uint32_t before = w;  // the word that governs it, past one determiner
        if (before > s.first_word) --before;
        if (before > s.first_word && one_of(in.seg.key(in.seg.words[before]), {"de", "het", "een", "haar", "zijn", "hun", "mijn", "onze", "uw", "deze", "die", "dit", "dat", "alle"}))
            --before;
        const std::string_view governor = before < w ? in.seg.key(in.seg.words[before]) : std::string_view();
        // A list of people shares its start's phrase ("van kinderen, jongeren en gezinnen"); a
        // sentence that starts in lower case is the rest of a broken one, its start unknown.
        const bool governed = (w == s.first_word && !in.seg.words[w].capitalized) ? true
                              : (w > s.first_word && is_person(in, w - 1)) || one_of(governor, {"en", "of"}) ? last_governed
                              : one_of(governor, {"van", "voor", "door", "met", "naar", "over", "tot", "tussen", "zonder", "tegen", "bij",
                                                  "aan", "op", "in", "uit", "onder", "na", "om", "volgens"});
        last_governed = governed;
        seen = seen || !governed;
    }
}

// A judging adjective with the inflection -e before a noun ("gebrekkige doeltreffendheid",
// "onveilige thuissituaties") judges that noun: a person only before a person noun.
enum class Attribution { None, Person, Thing };
Attribution attributive(const RuleInput &in, const LexMatch &m, const Sentence &s) {
    const uint32_t w = m.match.first_word;
    if (w != m.match.last_word || w + 1 >= s.first_word + s.word_count) return Attribution::None;
    const std::string_view key = in.seg.key(in.seg.words[w]), term = in.entry(m).term;
    const bool inflected = key.size() > term.size() && key.back() == 'e' && (term.empty() || term.back() != 'e');
    if (!inflected || in.seg.words[w + 1].kind != TokenKind::Word) return Attribution::None;
    return is_person(in, w + 1) ? Attribution::Person : Attribution::Thing;
}

}  // namespace

// A judgement counts when it is about a person: its clause names one before it (not inside a
// prepositional phrase), or it stands as an adjective before a person noun. "Gebrekkige
// doeltreffendheid" judges a policy, "De hulp schiet tekort" an organisation.
void find_opinion(const RuleInput &in, std::vector<Finding> &out) {
    std::vector<char> people;  // per word of a sentence: people_before()
    for (size_t si = 0; si < in.seg.sentences.size(); ++si) {
        const Sentence &s = in.seg.sentences[si];
        bool attributed = false, judged = false;
        for (const LexMatch &m : in.matches[si]) {
            const LexKind kind = in.entry(m).kind;
            attributed = attributed || kind == LexKind::Source || kind == LexKind::Stance;
            judged = judged || kind == LexKind::Judgement;
        }
        if (!judged || attributed) continue;
        if (s.end > s.start && in.text[s.end - 1] == '?') continue;  // a question states nothing
        if (is_condition(in.seg.key(in.seg.words[s.first_word]))) continue;  // "Als …" states nothing either
        people_before(in, s, people);
        uint32_t last_end = 0;
        Quotes quotes(in.text, s.start);
        for (const LexMatch &m : in.matches[si]) {
            if (in.entry(m).kind != LexKind::Judgement) continue;
            const uint32_t start = in.seg.words[m.match.first_word].start, end = in.seg.words[m.match.last_word].end;
            if (start < last_end || quotes.inside(start)) continue;
            // About a person: one named before it in its clause, or the person noun it stands before.
            const Attribution about = attributive(in, m, s);
            if (about == Attribution::Thing || (about == Attribution::None && !people[m.match.first_word - s.first_word])) continue;
            bool accepted = false;
            for (uint32_t w = m.match.first_word; w <= m.match.last_word; ++w) accepted = accepted || (in.flags[w] & kAccepted);
            if (accepted) continue;
            last_end = end;
            out.push_back(Finding{Rule::Opinion, start, end,
                                  in.texts->message("opinion", {{"term", std::string(in.surface(start, end))}}),
                                  FindingTexts::none()});
        }
    }
}

}  // namespace helder::text
