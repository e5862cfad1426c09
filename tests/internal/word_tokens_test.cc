// SPDX-License-Identifier: EUPL-1.2
// The ASCII fast path of WordTokens must give exactly ICU's tokens: compared on the bundled
// texts and on random strings made of the characters where ICU's word rules differ.
#include "text/word_tokens.hh"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "core/utf8.hh"
#include "test_support.hh"

namespace helder::text {
namespace {

struct Token {
    std::u16string text;
    RawKind kind;
    bool operator==(const Token &o) const { return text == o.text && kind == o.kind; }
};

std::ostream &operator<<(std::ostream &os, const Token &t) {
    std::string utf8;
    for (char16_t c : t.text) utf8::append(utf8, c);  // test strings hold no surrogates
    return os << '[' << utf8 << '|' << static_cast<int>(t.kind) << ']';
}

std::vector<Token> tokens(const std::u16string &text, bool fast) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("nl"), status));
    EXPECT_TRUE(U_SUCCESS(status));
    icu::UnicodeString u(false, reinterpret_cast<const UChar *>(text.data()), static_cast<int32_t>(text.size()));
    words->setText(u);
    WordTokens stream(*words, text.data(), text.size(), fast);
    std::vector<Token> out;
    for (const RawToken *t = stream.peek(); t; stream.pop(), t = stream.peek())
        out.push_back({text.substr(t->start, t->end - t->start), t->kind});
    return out;
}

std::u16string utf16(const std::string &text) { return utf8::to_utf16(text).units; }

TEST(WordTokens, AsciiRulesAsIcuHasThem) {
    const std::vector<Token> got = tokens(u"auto's 1,5 a1 1a a.b:c 1:30 -x", true);
    const std::vector<Token> want = {{u"auto's", RawKind::Letter}, {u"1,5", RawKind::Number}, {u"a1", RawKind::Number},
                                     {u"1a", RawKind::Letter},     {u"a.b", RawKind::Letter}, {u":", RawKind::Punct},
                                     {u"c", RawKind::Letter},      {u"1", RawKind::Number},   {u":", RawKind::Punct},
                                     {u"30", RawKind::Number},     {u"-", RawKind::Punct},    {u"x", RawKind::Letter}};
    EXPECT_EQ(got, want);
    EXPECT_EQ(tokens(u"auto's 1,5 a1 1a a.b:c 1:30 -x", false), want);
}

TEST(WordTokens, SameAsIcuOnTheBundledTexts) {
    for (const char *name : {"examples/texts/brief-aan-ouders.txt", "examples/texts/rapport-gezinsvoogd.txt",
                             "tests/data/amsterdam/amsterdam-complex-simple-dev.csv", "tests/data/syllables-gold.tsv"}) {
        const std::u16string text = utf16(helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/" + name));
        ASSERT_GT(text.size(), 500u) << name;
        const std::vector<Token> fast = tokens(text, true), icu = tokens(text, false);
        EXPECT_GT(icu.size(), 100u) << name;
        EXPECT_EQ(fast, icu) << name;
    }
}

TEST(WordTokens, SameAsIcuOnRandomText) {
    // Every printable ASCII character, the white space, and non-ASCII neighbours that change
    // ICU's answer: letters with accents, a combining accent, a typographic apostrophe, a no-break
    // space, a zero-width joiner, a digit from another script and a Han ideograph.
    std::u16string alphabet;
    for (char16_t c = 0x20; c < 0x7F; ++c) alphabet.push_back(c);
    alphabet += u"aaaeeenn11  \t\n\r\v\f\u00e9\u00eb\u0301\u2019\u00a0\u200d\u0661\u4e2d\u00ad";
    std::mt19937 random(20261123);
    std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(1, 24);
    for (int round = 0; round < 20000; ++round) {
        std::u16string text;
        for (size_t k = length(random); k > 0; --k) text.push_back(alphabet[pick(random)]);
        ASSERT_EQ(tokens(text, true), tokens(text, false)) << "round " << round;
    }
}

TEST(WordTokens, HoldsFewTokensOfALongStretch) {
    // 200,000 tokens without a space, read with a lookahead of one as the segmenter reads.
    std::u16string text;
    for (int k = 0; k < 100000; ++k) text += u"a,";
    text += u" \u00e9,";
    for (int k = 0; k < 100000; ++k) text += u"\u00e9,";
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("nl"), status));
    icu::UnicodeString u(false, reinterpret_cast<const UChar *>(text.data()), static_cast<int32_t>(text.size()));
    words->setText(u);
    WordTokens stream(*words, text.data(), text.size());
    size_t count = 0, most = 0;
    while (stream.peek()) {
        stream.peek(1);
        stream.pop();
        ++count;
        most = std::max(most, stream.buffered());
    }
    EXPECT_EQ(count, 400002u);
    EXPECT_LE(most, 2 * 1024u + 2);
}

TEST(WordTokens, SameAsIcuOnLongStretches) {
    // Stretches without spaces of thousands of tokens, split a part at a time.
    std::u16string alphabet = u"aaaeeenn11.,;:'-/()\u00e9\u00eb\u0301\u2019\u4e2d";
    std::mt19937 random(5);
    std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
    for (int round = 0; round < 20; ++round) {
        std::u16string text;
        const size_t length = 3000 + 700 * static_cast<size_t>(round);
        for (size_t k = 0; k < length; ++k) text.push_back(alphabet[pick(random)]);
        if (round % 2) text = u"x " + text + u" y\n" + text;
        const std::vector<Token> fast = tokens(text, true), icu = tokens(text, false);
        EXPECT_GT(icu.size(), 1024u);
        ASSERT_EQ(fast, icu) << "round " << round;
    }
    // ASCII alone (the fast path's own splitting) and a long ASCII stretch before a non-ASCII one.
    std::u16string ascii;
    for (int k = 0; k < 5000; ++k) ascii += u"a,1.2;b'c-";
    EXPECT_EQ(tokens(ascii, true), tokens(ascii, false));
    EXPECT_EQ(tokens(ascii + u" \u00e9" + ascii, true), tokens(ascii + u" \u00e9" + ascii, false));
}

}  // namespace
}  // namespace helder::text
