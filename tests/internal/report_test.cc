// SPDX-License-Identifier: EUPL-1.2
// Properties of every report: offsets inside the text, findings sorted, counts consistent,
// the same bytes for the same input.
#include <gtest/gtest.h>

#include "test_support.hh"

namespace helder::text {
namespace {

const char *const kTexts[] = {
    "",
    "Hallo.",
    "Ideeën, coördinatie en geïnde bedragen: € 1.250,00 op 12-03-2024.\n\n- punt één\n- punt twee",
    "Middels een plan van aanpak werd door de gezinsvoogd geconstateerd dat moeder onverschillig is en "
    "dat vader niet meewerkt, waarna de kinderrechter bij beschikking een ondertoezichtstelling uitsprak.",
};

TEST(Report, FindingsAreInsideTheTextAndSorted) {
    CheckOptions options;
    options.detail = true;
    for (const char *text : kTexts) {
        const std::string t = text;
        const std::string report = helder::testing::check_json(helder::testing::model(), t, options).value().str();
        auto doc = json::Document::parse(report);
        ASSERT_TRUE(doc.ok());
        const json::Value root = doc->root();
        int64_t last_start = -1, words = 0, syllables = 0;
        for (json::Value f = root.find("findings").first_child(); f.valid(); f = f.next_sibling()) {
            const int64_t s = f.find("start").as_integer(), e = f.find("end").as_integer();
            ASSERT_LE(0, s);
            ASSERT_LE(s, e);
            ASSERT_LE(e, static_cast<int64_t>(t.size()));
            EXPECT_EQ(t.substr(static_cast<size_t>(s), static_cast<size_t>(e - s)), f.find("text").as_string());
            EXPECT_LE(last_start, s);
            last_start = s;
        }
        for (json::Value w = root.find("words").first_child(); w.valid(); w = w.next_sibling()) {
            ++words;
            syllables += w.find("syllables").as_integer();
        }
        EXPECT_EQ(words, root.find("counts").find("words").as_integer());
        EXPECT_EQ(syllables, root.find("counts").find("syllables").as_integer());
        EXPECT_EQ(report, helder::testing::check_json(helder::testing::model(), t, options).value().str()) << "not deterministic";
    }
}

TEST(Report, ScoresFollowTheFormulas) {
    // 2 sentences, 6 words, 8 syllables: "Jan leest. Hij leest een boek graag." has 2+5 words.
    const std::string report = helder::testing::check_json(helder::testing::model(), "Jan leest. Hij leest een boek.", CheckOptions()).value().str();
    auto doc = json::Document::parse(report);
    ASSERT_TRUE(doc.ok());
    const json::Value c = doc->root().find("counts"), s = doc->root().find("scores");
    const double words = static_cast<double>(c.find("words").as_integer());
    const double sentences = static_cast<double>(c.find("sentences").as_integer());
    const double syllables = static_cast<double>(c.find("syllables").as_integer());
    EXPECT_EQ(words, 6);
    EXPECT_EQ(sentences, 2);
    EXPECT_EQ(syllables, 6);
    EXPECT_NEAR(s.find("flesch_douma").as_number(), 206.835 - 0.93 * words / sentences - 77 * syllables / words, 0.006);
    EXPECT_NEAR(s.find("brouwer").as_number(), 195 - 2 * words / sentences - 67 * syllables / words, 0.006);
    EXPECT_TRUE(doc->root().find("meets_b1").as_bool());
}

TEST(Report, TooLargeAndInvalidTextFailClearly) {
    CheckOptions options;
    options.max_bytes = 5;
    const auto too_large = helder::testing::check_json(helder::testing::model(), "123456", options);
    ASSERT_FALSE(too_large.ok());
    EXPECT_EQ(too_large.error().status, HELDER_E_TOO_LARGE);
    const auto invalid = helder::testing::check_json(helder::testing::model(), "ab\xFF", CheckOptions());
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().status, HELDER_E_INVALID_UTF8);
    EXPECT_NE(invalid.error().message.find("byte 2"), std::string::npos);
}

}  // namespace
}  // namespace helder::text
