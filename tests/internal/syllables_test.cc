#include "text/syllables.hh"

#include <gtest/gtest.h>

#include "core/tsv.hh"
#include "test_support.hh"
#include "text/numbers.hh"
#include "text/segmenter.hh"

namespace helder::text {
namespace {

struct Fixture {
    Abbreviations abbreviations = Abbreviations::load();
    Segmenter segmenter{abbreviations};
    SyllableCounter counter{abbreviations};

    // Counts a written word the way a check does: segment it, then count its token.
    int count(const std::string &written) const {
        Segmentation s = segmenter.segment(written);
        int total = 0;
        for (const Word &w : s.words) total += counter.count(w.kind, s.key(w));
        return total;
    }
};

const Fixture &fixture() {
    static const Fixture f;
    return f;
}

TEST(Syllables, GoldListAtLeast97Percent) {
    const std::string gold = helder::testing::read_file(helder::testing::test_data("syllables-gold.tsv"));
    ASSERT_FALSE(gold.empty());
    size_t total = 0, right = 0;
    std::string wrong;
    for (const auto &row : tsv::parse(gold)) {
        ASSERT_EQ(row.fields.size(), 4u) << "line " << row.line;
        const std::string word(row.fields[0]);
        const int expected = std::stoi(std::string(row.fields[2]));
        const int got = fixture().count(word);
        ++total;
        if (got == expected) ++right;
        else wrong += "  " + word + ": " + std::to_string(got) + " (gold " + std::to_string(expected) + ")\n";
    }
    const double share = static_cast<double>(right) / static_cast<double>(total);
    std::printf("syllables: %zu of %zu gold words right (%.1f%%)\n%s", right, total, 100.0 * share, wrong.c_str());
    EXPECT_GE(total, 300u);
    EXPECT_GE(share, 0.97);
}

TEST(Syllables, DiaeresisStartsASyllable) {
    EXPECT_EQ(count_vowel_groups("ideeën"), 3);
    EXPECT_EQ(count_vowel_groups("geïnd"), 2);
    EXPECT_EQ(count_vowel_groups("coördinatie"), 5);
    EXPECT_EQ(count_vowel_groups("reëel"), 2);
    EXPECT_EQ(count_vowel_groups("één"), 1);  // a stress accent is no break
}

TEST(Syllables, DutchDigraphsAndTrigraphs) {
    EXPECT_EQ(count_vowel_groups("leeuw"), 1);
    EXPECT_EQ(count_vowel_groups("nieuwe"), 2);
    EXPECT_EQ(count_vowel_groups("draaien"), 2);
    EXPECT_EQ(count_vowel_groups("mooie"), 2);
    EXPECT_EQ(count_vowel_groups("bijeen"), 2);
    EXPECT_EQ(count_vowel_groups("theater"), 3);
}

TEST(Syllables, NumbersReadAsDutchWords) {
    EXPECT_EQ(number_syllables(0), 1);
    EXPECT_EQ(number_syllables(21), 4);
    EXPECT_EQ(number_syllables(100), 2);
    EXPECT_EQ(number_syllables(1000), 2);
    EXPECT_EQ(number_syllables(1995), 10);
    EXPECT_EQ(number_syllables(2024), 7);
    EXPECT_EQ(number_syllables(1000000), 3);  // een miljoen
    EXPECT_EQ(number_token_syllables("1.250"), number_syllables(1250));
    EXPECT_EQ(number_token_syllables("14:30"), number_syllables(14) + number_syllables(30));
}

TEST(Syllables, AbbreviationsAndInitialisms) {
    EXPECT_EQ(fixture().count("bijv."), 3);
    EXPECT_EQ(fixture().count("m.b.t."), 5);
    EXPECT_EQ(fixture().count("t/m"), 3);
    EXPECT_EQ(fixture().count("OTS"), 3);
    EXPECT_EQ(fixture().count("RvdK"), 4);
}

}  // namespace
}  // namespace helder::text
