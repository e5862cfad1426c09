// SPDX-License-Identifier: EUPL-1.2
#include "text/inflection.hh"

#include <algorithm>

#include <gtest/gtest.h>

namespace helder::text {
namespace {

::testing::AssertionResult has_form(const std::string &lemma, WordClass wc, const std::string &form) {
    const auto forms = inflect(lemma, wc);
    if (std::find(forms.begin(), forms.end(), form) != forms.end()) return ::testing::AssertionSuccess();
    std::string all;
    for (const auto &f : forms) all += f + " ";
    return ::testing::AssertionFailure() << lemma << " lacks " << form << " (has: " << all << ")";
}

TEST(Inflection, WeakVerbs) {
    EXPECT_TRUE(has_form("faciliteren", WordClass::Verb, "gefaciliteerd"));
    EXPECT_TRUE(has_form("faciliteren", WordClass::Verb, "faciliteert"));
    EXPECT_TRUE(has_form("implementeren", WordClass::Verb, "geïmplementeerde"));
    EXPECT_TRUE(has_form("informeren", WordClass::Verb, "geïnformeerd"));
    EXPECT_TRUE(has_form("evalueren", WordClass::Verb, "geëvalueerd"));
    EXPECT_TRUE(has_form("maken", WordClass::Verb, "maakte"));
    EXPECT_TRUE(has_form("maken", WordClass::Verb, "gemaakt"));
    EXPECT_TRUE(has_form("leven", WordClass::Verb, "leefde"));
    EXPECT_TRUE(has_form("zetten", WordClass::Verb, "zet"));
    EXPECT_TRUE(has_form("verzorgen", WordClass::Verb, "verzorgd"));  // no ge- after ver-
    EXPECT_TRUE(has_form("luisteren", WordClass::Verb, "luisterde"));
    EXPECT_TRUE(has_form("waarborgen", WordClass::Verb, "gewaarborgd"));
}

TEST(Inflection, Nouns) {
    EXPECT_TRUE(has_form("maatregel", WordClass::Noun, "maatregelen"));
    EXPECT_TRUE(has_form("maatregel", WordClass::Noun, "maatregels"));
    EXPECT_TRUE(has_form("gesprek", WordClass::Noun, "gesprekken"));
    EXPECT_TRUE(has_form("brief", WordClass::Noun, "brieven"));
    EXPECT_TRUE(has_form("jaar", WordClass::Noun, "jaren"));
    EXPECT_TRUE(has_form("huis", WordClass::Noun, "huizen"));
    EXPECT_TRUE(has_form("auto", WordClass::Noun, "auto's"));
    EXPECT_TRUE(has_form("gelegenheid", WordClass::Noun, "gelegenheden"));
    EXPECT_TRUE(has_form("beslissing", WordClass::Noun, "beslissingen"));
}

TEST(Inflection, Adjectives) {
    EXPECT_TRUE(has_form("onverschillig", WordClass::Adjective, "onverschillige"));
    EXPECT_TRUE(has_form("rood", WordClass::Adjective, "rode"));
    EXPECT_TRUE(has_form("wit", WordClass::Adjective, "witte"));
    EXPECT_TRUE(has_form("actief", WordClass::Adjective, "actieve"));
    EXPECT_TRUE(has_form("groot", WordClass::Adjective, "grootst"));
    // A long vowel after another vowel is written single too; after i the e takes a diaeresis.
    EXPECT_TRUE(has_form("speciaal", WordClass::Adjective, "speciale"));
    EXPECT_TRUE(has_form("actueel", WordClass::Adjective, "actuele"));
    EXPECT_TRUE(has_form("officieel", WordClass::Adjective, "offici\u00eble"));
    EXPECT_TRUE(has_form("precies", WordClass::Adjective, "precieze"));
}

TEST(Inflection, InvariantWordsStayAsTheyAre) {
    EXPECT_EQ(inflect("middels", WordClass::Invariant), std::vector<std::string>{"middels"});
    WordClass wc;
    EXPECT_FALSE(parse_word_class("q", wc));
    EXPECT_FALSE(parse_word_class("", wc));
}

}  // namespace
}  // namespace helder::text
