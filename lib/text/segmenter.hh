// SPDX-License-Identifier: EUPL-1.2
// Splits Dutch text into sentences and words with ICU, plus what ICU's root rules do not know:
// Dutch abbreviations (bijv., art. 1:255 BW, t/m), list items and headings without a full stop,
// hard-wrapped lines, dates, times, e-mail addresses and web addresses.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

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
    struct Iterators;
    // An idle pair of iterators, or a new one made from the compiled rules.
    std::unique_ptr<Iterators> borrow_iterators() const;
    void give_back(std::unique_ptr<Iterators> iterators) const noexcept;

    // The iterators ICU made for Dutch, which hold the compiled rules (word_rules_,
    // sentence_rules_) that segment()'s own iterators are made from.
    std::unique_ptr<icu::BreakIterator> word_prototype_;
    std::unique_ptr<icu::BreakIterator> sentence_prototype_;
    const uint8_t *word_rules_ = nullptr, *sentence_rules_ = nullptr;
    uint32_t word_rules_length_ = 0, sentence_rules_length_ = 0;
    // Iterators that finished a text, for the next one: as many as texts were segmented at once.
    // Made once and reused, because ICU leaks a little when it runs out of memory while making one.
    mutable std::mutex idle_mutex_;
    mutable std::vector<std::unique_ptr<Iterators>> idle_;
    const icu::Normalizer2 *fold_ = nullptr;
};

}  // namespace helder::text
