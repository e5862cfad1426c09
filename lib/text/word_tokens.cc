// SPDX-License-Identifier: EUPL-1.2
#include "text/word_tokens.hh"

#include <unicode/brkiter.h>
#include <unicode/ubrk.h>

#include <algorithm>

#include "text/characters.hh"

namespace helder::text {
namespace {

// ICU's word-break classes of the printable ASCII characters this file splits itself. '_'
// (ExtendNumLet) and '@' (a letter in ICU 72's rules) are left to ICU.
enum Ascii : uint8_t { kOther, kLetter, kDigit, kMidNumLet, kMidNum, kToIcu };

constexpr Ascii classify(char16_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return kLetter;
    if (c >= '0' && c <= '9') return kDigit;
    if (c == '.' || c == '\'') return kMidNumLet;  // MidNumLet and Single_Quote: join letters or digits
    if (c == ',' || c == ';') return kMidNum;      // join digits only (':' joins nothing in ICU)
    if (c > ' ' && c < 0x7F && c != '_' && c != '@') return kOther;
    return kToIcu;
}

struct AsciiTable {
    Ascii of[128];
    constexpr AsciiTable() : of() {
        for (char16_t c = 0; c < 128; ++c) of[c] = classify(c);
    }
};
constexpr AsciiTable kAscii;

inline Ascii ascii_class(char16_t c) { return c < 128 ? kAscii.of[c] : kToIcu; }

}  // namespace

WordTokens::WordTokens(icu::BreakIterator &words, const char16_t *t, size_t n, bool ascii_fast_path)
    : words_(words), t_(t), n_(n), ascii_fast_path_(ascii_fast_path) {}

bool WordTokens::fill() {
    // Drop the tokens already popped (a few at most are left: the lookahead).
    buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(head_));
    head_ = 0;
    for (;;) {
        if (!ascii_fast_path_) {  // ICU alone, over the whole text
            if (pos_ >= n_) return false;
            const size_t before = buffer_.size();
            pos_ = split_with_icu(pos_, n_);
            if (buffer_.size() > before) return true;
            continue;
        }
        if (pos_ >= stretch_end_) {
            while (pos_ < n_ && is_ascii_space(t_[pos_])) ++pos_;
            if (pos_ >= n_) return false;
            // A stretch up to the next ASCII space: ICU has a boundary at both ends (before an
            // ASCII space always; after one unless a combining mark follows, which sends it to ICU).
            size_t end = pos_;
            bool ascii = true;
            for (; end < n_ && !is_ascii_space(t_[end]); ++end) ascii = ascii && ascii_class(t_[end]) != kToIcu;
            stretch_end_ = end;
            stretch_ascii_ = ascii;
            if (ascii) icu_at_ = kNowhere;
        }
        const size_t before = buffer_.size();
        if (stretch_ascii_) {
            pos_ = split_ascii(pos_, stretch_end_);
        } else {
            pos_ = split_with_icu(pos_, stretch_end_);  // ICU's last boundary, at or past the end when done
        }
        if (buffer_.size() > before) return true;
    }
}

// UAX #29 on ASCII without spaces: letters and digits join (WB5, WB8-10); a full stop or an
// apostrophe between two letters or two digits, a comma or semicolon between two digits, joins
// too (WB6-7, WB11-12); every other character stands alone. ICU's status is that of the last
// character: "a1" is a number, "1a" a word.
size_t WordTokens::split_ascii(size_t a, size_t b) {
    size_t i = a;
    for (size_t tokens = 0; i < b && tokens < kMaxTokensPerFill; ++tokens) {
        const Ascii first = ascii_class(t_[i]);
        if (first != kLetter && first != kDigit) {
            buffer_.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), RawKind::Punct});
            ++i;
            continue;
        }
        Ascii last = first;
        size_t j = i + 1;
        while (j < b) {
            const Ascii c = ascii_class(t_[j]);
            if (c == kLetter || c == kDigit) {
                last = c;
                ++j;
                continue;
            }
            if ((c == kMidNumLet || c == kMidNum) && j + 1 < b) {
                const Ascii next = ascii_class(t_[j + 1]);
                if ((c == kMidNumLet && last == kLetter && next == kLetter) || (last == kDigit && next == kDigit)) {
                    last = next;
                    j += 2;
                    continue;
                }
            }
            break;
        }
        buffer_.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j), last == kLetter ? RawKind::Letter : RawKind::Number});
        i = j;
    }
    return i;
}

size_t WordTokens::split_with_icu(size_t a, size_t b) {
    int32_t from;
    if (icu_at_ != kNowhere) from = static_cast<int32_t>(icu_at_);  // only white space since
    else if (a == 0) from = words_.first();
    else if (words_.isBoundary(static_cast<int32_t>(a))) from = static_cast<int32_t>(a);
    else from = words_.preceding(static_cast<int32_t>(a));  // a combining mark after a space
    size_t tokens = 0;
    for (int32_t cur = words_.next(); cur != icu::BreakIterator::DONE; cur = words_.next()) {
        const int32_t status = words_.getRuleStatus();
        RawKind kind;
        if (status >= UBRK_WORD_LETTER) kind = RawKind::Letter;  // letters, kana, ideographs
        else if (status >= UBRK_WORD_NUMBER) kind = RawKind::Number;
        else kind = RawKind::Punct;
        bool skip = false;
        if (kind == RawKind::Punct) {
            skip = true;
            for (int32_t k = from; k < cur && skip; ++k) skip = is_space(t_[k]);
        }
        if (!skip) buffer_.push_back({static_cast<uint32_t>(from), static_cast<uint32_t>(cur), kind});
        from = cur;
        if (static_cast<size_t>(cur) >= b || ++tokens == kMaxTokensPerFill) break;
    }
    icu_at_ = static_cast<size_t>(from);
    return icu_at_;
}

}  // namespace helder::text
