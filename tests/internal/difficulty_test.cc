// SPDX-License-Identifier: EUPL-1.2
// The difficulty score against the calibration pairs (complex original -> plain rewrite by the
// City of Amsterdam's communication experts): the plain side must score easier. Ties count as
// failures. The figure is printed; the goal was 85% (see the note in the test).
#include <gtest/gtest.h>

#include "calibration/pairs_csv.hh"
#include "test_support.hh"

namespace helder::text {
namespace {

struct Scored {
    double difficulty, flesch_douma;
};

Scored score(const std::string &text) {
    auto doc = json::Document::parse(helder::testing::check_json(helder::testing::model(), text, CheckOptions()).value().view());
    const json::Value s = doc->root().find("scores");
    return {s.find("difficulty").as_number(), s.find("flesch_douma").as_number()};
}

TEST(Difficulty, RanksThePlainSideEasierInTheCalibrationPairs) {
    const auto rows = helder::testing::read_csv(
        helder::testing::read_file(helder::testing::test_data("amsterdam/amsterdam-complex-simple-dev.csv")));
    ASSERT_GT(rows.size(), 600u);
    size_t pairs = 0, difficulty_right = 0, flesch_right = 0, same_text = 0;
    for (size_t r = 1; r < rows.size(); ++r) {
        ASSERT_EQ(rows[r].size(), 3u) << "row " << r;
        const Scored complex = score(rows[r][1]), simple = score(rows[r][2]);
        ++pairs;
        if (rows[r][1] == rows[r][2]) ++same_text;  // placeholders ("xxx xxx xxx"): no model can rank them
        if (simple.difficulty < complex.difficulty) ++difficulty_right;
        if (simple.flesch_douma > complex.flesch_douma) ++flesch_right;
    }
    const double share = static_cast<double>(difficulty_right) / static_cast<double>(pairs);
    const double flesch = static_cast<double>(flesch_right) / static_cast<double>(pairs);
    const double share_of_different = static_cast<double>(difficulty_right) / static_cast<double>(pairs - same_text);
    std::printf("difficulty ranks the plain side easier in %zu of %zu pairs (%.1f%%), %.1f%% of the %zu pairs whose "
                "sides differ; Flesch-Douma: %.1f%%\n",
                difficulty_right, pairs, 100 * share, 100 * share_of_different, pairs - same_text, 100 * flesch);
    // Measured: 564 of 647 pairs, 87.2%; in cross-validation by document 86.3% on average over
    // eight foldings, 85.6-86.9% (scripts/fit-difficulty.py); 88.4% of the 638 pairs whose sides
    // differ. The goal is 85% of all pairs. Of the pairs ranked wrong, 9 are the same
    // placeholder on both sides, some differ only in words of equal weight (kan/mag), and most of
    // the rest are rewrites that add words to make a step explicit.
    EXPECT_GE(share, 0.85);
    EXPECT_EQ(same_text, 9u);
    EXPECT_GE(share_of_different, 0.87);
    EXPECT_GE(share - flesch, 0.20);  // far better than Flesch-Douma
}

TEST(Difficulty, MovesTheWayAWriterExpects) {
    const double long_sentence = score("Naar aanleiding van uw verzoek is door de gemeente besloten dat de aanvraag "
                                       "die u heeft ingediend in behandeling wordt genomen.").difficulty;
    const double split = score("U vroeg ons iets. De gemeente heeft besloten. We bekijken uw aanvraag.").difficulty;
    EXPECT_LT(split, long_sentence);
    EXPECT_LT(score("Wij helpen u.").difficulty, score("U wordt geholpen.").difficulty);          // passive
    EXPECT_LT(score("Met deze brief.").difficulty, score("Middels deze brief.").difficulty);      // officialese
    EXPECT_LT(score("Het kind is thuis.").difficulty, score("Het kind is in het pleeggezin.").difficulty);
    EXPECT_EQ(score("Dat kán niet.").difficulty, score("Dat kan niet.").difficulty);            // stress accent
    EXPECT_LT(score("Dat kost 250 euro.").difficulty, score("Dat kost tweehonderdvijftig euro.").difficulty);
    EXPECT_GE(score("Jan.").difficulty, 0.0);
    EXPECT_LT(score("Een zin die vol staat met moeilijke woorden zoals implementatie, facilitering, "
                    "operationalisering en conformering.").difficulty, 100.0);
}

TEST(Difficulty, WordsBeyondTheB1SentenceLengthWeighMore) {
    const TextModel &model = helder::testing::model();
    auto raw = [&](size_t words) {
        std::string sentence = "Wij";
        for (size_t k = 1; k < words; ++k) sentence += k % 2 ? " gaan" : " fietsen";
        return model.difficulty.raw(text_features(model, sentence + "."));
    };
    const double limit = model.difficulty.sentence_length_limit();
    ASSERT_EQ(limit, 15);
    EXPECT_GT(raw(25) - raw(20), 1.5 * (raw(10) - raw(5)));
    EXPECT_NEAR(raw(12) - raw(7), raw(10) - raw(5), 1e-9);  // below the limit: the same per word
}

TEST(Difficulty, AQuestionWeighsMoreThanTheSameStatement) {
    const TextModel &model = helder::testing::model();
    auto questions = [&](const char *text) { return text_features(model, text).questions; };
    EXPECT_EQ(questions("Bent u het niet eens met dit besluit?"), 1u);
    EXPECT_EQ(questions("Misschien bent u het niet eens met dit besluit."), 0u);
    EXPECT_EQ(questions("Hebt u vragen? Bel ons. Wat gebeurt er nu?"), 2u);
    EXPECT_EQ(questions("Hij vroeg: \u201cKomt u morgen?\u201d"), 1u);  // past closing quotes and brackets
    EXPECT_EQ(questions("Zij vroeg: \u2018Komt u?\u2019"), 1u);
    EXPECT_EQ(questions("Hij vroeg: \u00abKomt u?\u00bb"), 1u);
    EXPECT_EQ(questions("Hij vroeg: \"Komt u?\""), 1u);
    EXPECT_EQ(questions("Hij vroeg: 'Komt u?'"), 1u);
    EXPECT_EQ(questions("(Komt u morgen?)"), 1u);
    EXPECT_EQ(questions("[Komt u morgen?]"), 1u);
    EXPECT_EQ(questions("Komt u echt?!"), 1u);  // past marks after the question mark
    EXPECT_EQ(questions("Komt u echt?..."), 1u);
    EXPECT_EQ(questions("Komt u echt?\u2026"), 1u);
    EXPECT_EQ(questions("Kom morgen! Wij wachten op u."), 0u);
    EXPECT_EQ(questions("Dat was het (niet)."), 0u);
    EXPECT_EQ(questions("Kijk op www.example.nl/?id=3 voor meer informatie."), 0u);
    EXPECT_LT(score("Misschien bent u het niet eens met dit besluit.").difficulty,
              score("Bent u het niet eens met dit besluit?").difficulty);
}

TEST(Difficulty, BriefForParentsMeetsB1AndTheReportDoesNot) {
    auto check = [](const char *file) {
        const std::string text = helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/examples/texts/" + file);
        return json::Document::parse(helder::testing::check_json(helder::testing::model(), text, CheckOptions()).value().view());
    };
    auto brief = check("brief-aan-ouders.txt"), report = check("rapport-gezinsvoogd.txt");
    EXPECT_TRUE(brief->root().find("meets_b1").as_bool());
    EXPECT_FALSE(report->root().find("meets_b1").as_bool());
    // The report's jargon and long sentences put the score itself above the B1 limit, not only its shares.
    const json::Value b1 = report->root().find("b1");
    EXPECT_GT(report->root().find("scores").find("difficulty").as_number(), b1.find("difficulty_limit").as_number());
}

}  // namespace
}  // namespace helder::text
