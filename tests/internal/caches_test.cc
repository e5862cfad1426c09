// SPDX-License-Identifier: EUPL-1.2
// A context's caches live as long as the context: they are bounded in bytes, whatever the texts
// checked with it (issue 11: one 20 KB word left 192 MiB in the speller's cache).
#include <gtest/gtest.h>

#include <string>

#include "dossier/dossier_model.hh"
#include "test_support.hh"
#include "text/speller.hh"

namespace helder {
namespace {

TEST(Caches, SpellerKeepsNoMoreThanItsByteBudget) {
    const text::Speller speller("/usr/share/hunspell/nl.aff", "/usr/share/hunspell/nl.dic");
    // Distinct words until more than the budget has gone through the cache: some 300,000.
    size_t offered = 0, largest = 0;
    for (size_t k = 0; offered < text::Speller::kMaxCacheBytes + (size_t{4} << 20); ++k) {
        const std::string word = "x" + std::to_string(k) + "qz" + std::to_string(k * 7919);
        speller.accepts(word);
        offered += word.size() + 64;
        largest = std::max(largest, speller.cache_bytes());
    }
    EXPECT_LE(largest, text::Speller::kMaxCacheBytes);
    EXPECT_GT(largest, text::Speller::kMaxCacheBytes / 2);  // the cache is used, not merely emptied
    // One very long word is not kept at all.
    const size_t before = speller.cache_bytes();
    speller.accepts(std::string(text::Speller::kMaxCacheBytes, 'a'));
    EXPECT_LE(speller.cache_bytes(), before);
    // Suggestions have a budget of their own inside it.
    for (int k = 0; k < 40; ++k) speller.suggest("huisz" + std::to_string(k), 3);
    EXPECT_LE(speller.cache_bytes(), text::Speller::kMaxCacheBytes);
}

TEST(Caches, DossierModelKeepsNoMoreThanItsByteBudget) {
    static const dossier::DossierModel model;
    const std::string base(100000, 'a');
    for (int k = 0; k < 100; ++k) {  // 10 MB of texts
        const auto verdict = model.family_text_verdict(base + std::to_string(k), [] { return std::make_pair(true, 10.0); });
        EXPECT_TRUE(verdict.first);
        EXPECT_LE(model.verdict_bytes(), dossier::DossierModel::kMaxVerdictBytes);
    }
    EXPECT_GT(model.verdict_bytes(), 0u);
    // A text longer than the whole budget is answered but not kept.
    int computed = 0;
    const std::string huge(dossier::DossierModel::kMaxVerdictBytes + 1, 'b');
    for (int k = 0; k < 2; ++k) model.family_text_verdict(huge, [&] { ++computed; return std::make_pair(false, 90.0); });
    EXPECT_EQ(computed, 2);
    EXPECT_LE(model.verdict_bytes(), dossier::DossierModel::kMaxVerdictBytes);
    // A short one is kept: asked twice, computed once.
    computed = 0;
    for (int k = 0; k < 2; ++k) model.family_text_verdict("Korte tekst.", [&] { ++computed; return std::make_pair(true, 5.0); });
    EXPECT_EQ(computed, 1);
}

}  // namespace
}  // namespace helder
