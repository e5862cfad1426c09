// SPDX-License-Identifier: EUPL-1.2
// The lexicon image compiled into the library (text/lexicon_image.hh): the lexicon the lists
// make, read back exactly, copied before a change, and refused when malformed.
#include <gtest/gtest.h>

#include "core/result.hh"
#include "text/abbreviations.hh"
#include "text/lexicon.hh"
#include "text/lexicon_image.hh"
#include "text/segmenter.hh"

namespace helder::text {
namespace {

class LexiconImage : public ::testing::Test {
protected:
    Abbreviations abbreviations = Abbreviations::load();
    Segmenter segmenter{abbreviations};
};

TEST_F(LexiconImage, IsTheLexiconTheListsMake) {
    const std::string built = Lexicon::from_lists(segmenter).image();
    ASSERT_FALSE(builtin_lexicon_image().empty());  // a native build has one
    EXPECT_TRUE(builtin_lexicon_image() == built) << "the image is stale or not the lists' lexicon";
    EXPECT_TRUE(Lexicon::from_image(built).image() == built) << "the image does not read back as written";
}

TEST_F(LexiconImage, LooksUpWhatTheListsHold) {
    const Lexicon lists = Lexicon::from_lists(segmenter);
    const Lexicon read = Lexicon::builtin(segmenter);
    ASSERT_EQ(read.entry_count(), lists.entry_count());
    for (const char *word : {"ondertoezichtstelling", "middels", "school", "werd", "gefaciliteerd", "kader"}) {
        const WordInfo *a = lists.info(word), *b = read.info(word);
        ASSERT_NE(a, nullptr) << word;
        ASSERT_NE(b, nullptr) << word;
        EXPECT_EQ(a->flags, b->flags) << word;
        EXPECT_EQ(a->phrase_first, b->phrase_first) << word;
        EXPECT_EQ(a->phrase_count, b->phrase_count) << word;
        EXPECT_EQ(a->starts_pairs, b->starts_pairs) << word;
    }
    EXPECT_EQ(read.info("qqxzwoord"), nullptr);
    EXPECT_EQ(read.longest(kFamiliar), lists.longest(kFamiliar));
    const auto last = static_cast<uint32_t>(lists.entry_count() - 1);
    EXPECT_EQ(read.entry(last).term, lists.entry(last).term);
}

// A caller's own words change the word map: the lexicon copies the image first, so the next
// context reads the image unchanged.
TEST_F(LexiconImage, ACopyTakesTheChanges) {
    Lexicon changed = Lexicon::builtin(segmenter);
    changed.add_flags("qqxzwoord", kAccepted | kKnown);
    changed.add_flags("school", kAccepted);
    changed.finish();
    ASSERT_NE(changed.info("qqxzwoord"), nullptr);
    EXPECT_EQ(changed.info("qqxzwoord")->flags, kAccepted | kKnown);
    EXPECT_TRUE(changed.info("school")->flags & kAccepted);
    const Lexicon fresh = Lexicon::builtin(segmenter);
    EXPECT_EQ(fresh.info("qqxzwoord"), nullptr);
    EXPECT_FALSE(fresh.info("school")->flags & kAccepted);
}

TEST_F(LexiconImage, RefusesAMalformedImage) {
    const std::string built = Lexicon::from_lists(segmenter).image();
    for (const size_t keep : {size_t{0}, size_t{7}, size_t{64}, built.size() / 2, built.size() - 8}) {
        const std::string cut = built.substr(0, keep);
        EXPECT_THROW(Lexicon::from_image(cut), Failure) << keep << " bytes";
    }
    std::string other = built;
    other[8] = 'X';  // the first byte of the layout line
    EXPECT_THROW(Lexicon::from_image(other), Failure);
    EXPECT_THROW(Lexicon::from_image(built + std::string(8, '\0')), Failure);  // bytes after the end
}

}  // namespace
}  // namespace helder::text
