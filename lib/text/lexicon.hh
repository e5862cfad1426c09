// SPDX-License-Identifier: EUPL-1.2
// Word lists and phrases from lib/data/text/ (jargon, officialese, judgements, source markers,
// the basic vocabulary, the passive rule's words), expanded to their inflected forms and indexed
// by the folded form of a word, so that a text check needs one hash lookup per word.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/string_map.hh"
#include "text/inflection.hh"
#include "text/segmentation.hh"

namespace helder::text {

class Segmenter;

enum class LexKind : uint8_t { Jargon, Officialese, Judgement, Source, Stance, Difficult };

struct LexEntry {
    LexKind kind;
    std::string term;                       // as written in the data ("ondertoezichtstelling")
    std::vector<std::string> alternatives;  // plain Dutch suggestions
    std::string gloss;                      // English gloss
    uint8_t signal = 0;                     // Difficult: why the word is hard (text/word_difficulty.hh)
};

// Properties of a word form, as bits.
enum WordFlag : uint32_t {
    kFamiliar = 1u << 0,       // basic vocabulary: a B1 reader knows it
    kKnown = 1u << 1,          // in some helder list: never a spelling error
    kAuxWorden = 1u << 2,      // a form of "worden"
    kAuxZijn = 1u << 3,        // a form of "zijn"
    kParticle = 1u << 4,       // separable particle (aan, op, vast, …)
    kNotParticiple = 1u << 5,  // looks like a participle but is not one (gezond, beleid)
    kAccepted = 1u << 6,       // the caller accepts it: no finding of any kind
    kBlocksParticiple = 1u << 7,  // after it, a participle-looking word is not one (het beleid)
    kClauseStart = 1u << 8,    // opens a clause (en, dat, omdat, …)
    kPreposition = 1u << 9,    // door, met, voor, …
    kObjectPronoun = 1u << 10,  // also a possessive (ons, haar, hun): a pronoun after a preposition
    kCommon = 1u << 11,        // core vocabulary: among the most frequent words
    kAddress = 1u << 12,       // speaks to the reader, or the writer speaking (u, je, wij, ik)
    kModal = 1u << 24,         // a modal verb (kan, moet, zal, …): "opgelost kan worden"
    kPerson = 1u << 25,        // a person noun or pronoun (moeder, kind, hij): what a judgement is about
    // Derived from the word itself during a check (text/word_facts.hh):
    kFamiliarCompound = 1u << 17,   // two familiar words joined (ouderavond)
    kParticipleShape = 1u << 18,    // looks like a past participle (ge…d, ver…t, aangemeld)
    kZijnVerb = 1u << 19,           // participle of a verb whose perfect takes "zijn"
    // The difficult_word rule: a loanword without English spelling (word_roles.tsv), and the
    // word's difficulty signal (text/word_difficulty.hh) in three bits.
    kLoanword = 1u << 27,
    kDifficultyMask = 7u << 28,
};
constexpr uint32_t kDifficultyShift = 28;

struct WordInfo {
    uint32_t flags = 0;
    // Phrases that start with this form and are one word long or continue with a gap; longer
    // phrases are indexed by their first two words (Lexicon::pairs_).
    uint32_t phrase_first = 0, phrase_count = 0;
    uint32_t starts_pairs = 0;  // 1: some longer phrase starts with this form (a whole word: no padding)
};

struct PhraseMatch {
    uint32_t entry;
    uint32_t first_word, last_word;  // word indices (inclusive)
    uint32_t tokens;                 // words the phrase names (a longer phrase wins)
};

class Lexicon {
public:
    // The built-in lists: read in place from the image made at build time when the library has
    // one (text/lexicon_image.hh), else built from the lists. Throws Failure on a malformed line.
    static Lexicon builtin(const Segmenter &segmenter);
    // The built-in lists, built from lib/data/text/: what the image is made of.
    static Lexicon from_lists(const Segmenter &segmenter);
    // The image of this lexicon (after finish()), and a lexicon that reads one in place: the image
    // must outlive it, and must come from a library built the same way.
    std::string image() const;
    static Lexicon from_image(std::string_view image);

    // Adds a term; its forms come from `word_class` (applied to the last word, or to the first
    // when the term has a "..." gap) plus `forms`, each a full written form.
    void add_term(const Segmenter &segmenter, LexKind kind, std::string_view term, WordClass word_class,
                  const std::vector<std::string> &forms, std::vector<std::string> alternatives,
                  std::string gloss);
    void add_flags(std::string_view key, uint32_t flags);
    // Call once after the last add: builds the phrase index.
    void finish();

    const WordInfo *info(std::string_view key) const { return words_.find(key); }
    // The length in bytes of the longest form with any of `flags` (as of the last finish()): a
    // longer string has none of them, which bounds the search for the parts of a compound.
    size_t longest(uint32_t flags) const;
    // The word's entry (from info()) when some phrase starts with it, else null.
    static const WordInfo *phrase_start(const WordInfo *info) {
        return info && (info->phrase_count || info->starts_pairs) ? info : nullptr;
    }
    const LexEntry &entry(uint32_t index) const { return entries_[index]; }
    size_t entry_count() const { return entries_.size(); }

    // Appends every phrase that matches at word `first` of the sentence, the longest way per
    // entry; start is phrase_start() of the word (not null), scratch space for a key.
    void match_at(const Segmentation &seg, const Sentence &sentence, uint32_t first, const WordInfo &start,
                  std::vector<PhraseMatch> &out, std::string &scratch) const;

    // True when the participle ends with the participle of a verb that takes "zijn".
    bool is_zijn_verb_participle(std::string_view key) const;

private:
    struct Phrase {
        std::vector<std::string> tokens;  // folded words; "" is a gap of up to kMaxGap words
        uint32_t entry;
    };
    static constexpr uint32_t kMaxGap = 8;

    void add_phrase(std::vector<std::string> tokens, uint32_t entry);
    void drop_repeated_phrases();
    bool match_phrase(const Phrase &p, const Segmentation &seg, const Sentence &s, uint32_t first,
                      uint32_t &last) const;

    std::vector<LexEntry> entries_;
    // Range of phrases_ for one first-two-words key.
    struct Range {
        uint32_t first = 0, count = 0;
    };
    // Tries the phrases phrases_[range] at word `first`; keeps the longest match per entry.
    void try_phrases(Range range, const Segmentation &seg, const Sentence &s, uint32_t first,
                     std::vector<PhraseMatch> &out, size_t before) const;

    std::vector<Phrase> phrases_;
    StringMap<WordInfo> words_;
    StringMap<Range> pairs_;  // "first\x1fsecond" -> phrases starting with those two words
    std::vector<std::string> zijn_verbs_;
    std::vector<std::pair<uint32_t, size_t>> longest_;  // per flag bit: the longest form with it
};

// The folded words of a term as a check would see them; "..." becomes a gap ("").
std::vector<std::string> tokenize_term(const Segmenter &segmenter, std::string_view term);

}  // namespace helder::text
