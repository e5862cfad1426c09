// SPDX-License-Identifier: EUPL-1.2
// Splits Dutch text into sentences and words with ICU, plus what ICU's root rules do not know:
// Dutch abbreviations (bijv., art. 1:255 BW, t/m), list items and headings without a full stop,
// hard-wrapped lines, dates, times, e-mail addresses and web addresses.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

#include "text/abbreviations.hh"
#include "text/segmentation.hh"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
class Normalizer2;
U_NAMESPACE_END

namespace helder::text {

class Segmenter {
public:
    // Builds the ICU iterators; throws Failure when ICU's data is missing.
    explicit Segmenter(const Abbreviations &abbreviations);
    ~Segmenter();
    Segmenter(const Segmenter &) = delete;
    Segmenter &operator=(const Segmenter &) = delete;

    // text must be valid UTF-8 (the caller checks). Safe to call from many threads at once.
    Segmentation segment(std::string_view text) const;

    // The key of a single word as segment() would make it (lowercase, NFKC-folded).
    std::string fold(std::string_view word) const;

private:
    const Abbreviations &abbreviations_;
    // The iterators ICU made for Dutch; each segment() makes its own from their compiled rules.
    std::unique_ptr<icu::BreakIterator> word_prototype_;
    std::unique_ptr<icu::BreakIterator> sentence_prototype_;
    const uint8_t *word_rules_ = nullptr, *sentence_rules_ = nullptr;
    uint32_t word_rules_length_ = 0, sentence_rules_length_ = 0;
    const icu::Normalizer2 *fold_ = nullptr;
};

}  // namespace helder::text
