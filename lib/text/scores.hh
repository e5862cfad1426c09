// SPDX-License-Identifier: EUPL-1.2
// Readability: Flesch-Douma, Leesindex Brouwer, and helder's difficulty score (0 = very easy,
// 100 = very hard) with a B1 verdict and its reasons. The difficulty model is a weighted sum of
// a few features a writer can act on; its weights and the B1 limits are data
// (lib/data/text/difficulty.tsv), calibrated with scripts/fit-difficulty.py.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/messages.hh"

namespace helder::text {

struct TextFeatures {
    uint32_t sentences = 0, words = 0, syllables = 0;
    uint32_t letters = 0;           // letters in all words
    uint32_t long_words = 0;        // four or more syllables (numbers excepted)
    uint32_t content_words = 0;     // words that can be (un)familiar: not numbers, names or addresses
    double unfamiliar_words = 0;    // content words outside the basic vocabulary (compounds of known words count half)
    uint32_t less_common_words = 0; // familiar content words outside the core vocabulary
    uint32_t address_words = 0;     // u, je, wij, ik: the text speaks to its reader
    uint32_t symbols = 0;           // brackets, slashes, %, &, + inside sentences
    uint32_t terms = 0;             // jargon and officialese findings
    uint32_t passives = 0;          // passive findings
    uint32_t numbers = 0;           // numbers in digits (and dates, times, amounts)
    uint32_t words_beyond_limit = 0;  // per sentence, words (numbers excepted) beyond the B1 sentence length
    uint32_t questions = 0;         // sentences that end in a question mark
};

struct Reason {
    std::string code;  // sentence_length, unfamiliar_words, long_words, jargon, passive, difficulty
    double value, limit;
    bool blocking;     // the text does not meet B1 while this holds (jargon is advice: a B1 text
                       // may use a term it explains)
    Message message;
};

struct Scores {
    std::optional<double> flesch_douma, brouwer, difficulty;  // none for a text without words
    bool meets_b1 = true;
    double b1_limit = 0;
    std::vector<Reason> reasons;
};

// Shares (unfamiliar words, long words, passives) become reasons only in texts of at least
// this many words: in a five-word text one name is already 20%.
constexpr uint32_t kMinWordsForShares = 20;

class DifficultyModel {
public:
    static DifficultyModel load();  // throws Failure on a malformed line
    double raw(const TextFeatures &f) const;            // the weighted sum
    double difficulty(const TextFeatures &f) const;     // squashed to 0..100
    Scores score(const TextFeatures &f, const Messages &messages) const;
    double sentence_length_limit() const { return limit_sentence_length_; }  // words, for B1

    // The named parts of raw(), for scripts/fit-difficulty.py and the tests.
    static std::vector<std::pair<std::string, double>> feature_values(const TextFeatures &f);

private:
    std::vector<std::pair<std::string, double>> weights_;
    double intercept_ = 0, scale_ = 1;
    double limit_difficulty_ = 50, limit_sentence_length_ = 15, limit_unfamiliar_ = 10, limit_long_words_ = 10,
           limit_passive_ = 25;
};

double flesch_douma(const TextFeatures &f);
double brouwer(const TextFeatures &f);

}  // namespace helder::text
