// SPDX-License-Identifier: EUPL-1.2
// ICU's word boundaries (UAX #29 with ICU's rules) as a stream of tokens, skipping white space.
// Most Dutch text is plain ASCII, where the rules reduce to a few cases: a stretch between
// ASCII spaces that holds only ASCII letters, digits and punctuation is split here, with the
// same result ICU gives; any other stretch goes through ICU. tests/internal/word_tokens_test.cc
// compares the two on real and random text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace helder::text {

enum class RawKind : uint8_t { Punct, Letter, Number };

struct RawToken {
    uint32_t start, end;  // UTF-16 offsets
    RawKind kind;         // ICU's rule status: the class of the token's last character
};

class WordTokens {
public:
    // `words` must already be set to the text t[0, n).
    WordTokens(icu::BreakIterator &words, const char16_t *t, size_t n, bool ascii_fast_path = true);

    // The token `ahead` places after the current one, or nullptr at the end.
    const RawToken *peek(size_t ahead = 0) {
        while (buffer_.size() - head_ <= ahead && fill()) {
        }
        return head_ + ahead < buffer_.size() ? &buffer_[head_ + ahead] : nullptr;
    }
    void pop() {
        if (++head_ == buffer_.size()) buffer_.clear(), head_ = 0;
    }
    // Tokens held now, popped or not (for tests: it stays small however long a stretch is).
    size_t buffered() const { return buffer_.size(); }

private:
    // At most this many tokens are buffered at a time: a stretch without spaces (a line of
    // "a,a,a,…") is split in parts, so the buffer does not grow with it.
    static constexpr size_t kMaxTokensPerFill = 1024;

    bool fill();  // appends the tokens of (the next part of) the next stretch; false at the end
    // Split t[a, b) from a, which is where a token starts, and stop after kMaxTokensPerFill
    // tokens; return where the last token ended.
    size_t split_ascii(size_t a, size_t b);
    size_t split_with_icu(size_t a, size_t b);

    icu::BreakIterator &words_;
    const char16_t *t_;
    size_t n_;
    bool ascii_fast_path_;
    size_t pos_ = 0;
    // The stretch being split: [pos_, stretch_end_), all ASCII that this file splits, or not.
    size_t stretch_end_ = 0;
    bool stretch_ascii_ = false;
    // Where ICU's iterator stands when the last stretch went through ICU: the next ICU stretch
    // goes on from there instead of seeking (kNowhere after an ASCII stretch).
    static constexpr size_t kNowhere = static_cast<size_t>(-1);
    size_t icu_at_ = kNowhere;
    std::vector<RawToken> buffer_;
    size_t head_ = 0;
};

}  // namespace helder::text
