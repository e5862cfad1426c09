// SPDX-License-Identifier: EUPL-1.2
#include "core/utf8.hh"

#include <gtest/gtest.h>

namespace helder::utf8 {
namespace {

TEST(Utf8, FindsTheFirstBadByte) {
    EXPECT_FALSE(first_invalid("gewone tekst, ideeën, \xF0\x9F\x98\x80").has_value());
    EXPECT_EQ(first_invalid("abcdefghij\x80"), 10u);            // after the 8-byte fast path
    EXPECT_EQ(first_invalid("\xC1\xBF"), 0u);                   // overlong
    EXPECT_EQ(first_invalid("x\xE0\x9F\xBF"), 1u);              // overlong three bytes
    EXPECT_EQ(first_invalid("xy\xED\xBF\xBF"), 2u);             // surrogate
    EXPECT_EQ(first_invalid("\xF4\x90\x80\x80"), 0u);           // above U+10FFFF
    EXPECT_EQ(first_invalid("\xF5\x80\x80\x80"), 0u);
    EXPECT_EQ(first_invalid("ab\xE2\x82"), 2u);                 // truncated at the end
    EXPECT_EQ(first_invalid("ab\xE2\x28\xA1"), 2u);             // bad continuation
    EXPECT_EQ(first_invalid(std::string("a\0b", 3)), std::nullopt);  // NUL is valid UTF-8
}

TEST(Utf8, Utf16KeepsByteOffsets) {
    const std::string text = "aé\xF0\x9F\x98\x80z";  // 1 + 2 + 4 + 1 bytes
    const Utf16Text u = to_utf16(text);
    ASSERT_EQ(u.units.size(), 5u);  // a, é, surrogate pair, z
    EXPECT_EQ(u.byte_offset, (std::vector<uint32_t>{0, 1, 3, 3, 7, 8}));
    size_t pos = 1;
    EXPECT_EQ(decode(text, pos), U'é');
    EXPECT_EQ(pos, 3u);
    std::string out;
    append(out, U'\U0001F600');
    EXPECT_EQ(out, "\xF0\x9F\x98\x80");
    EXPECT_EQ(count_code_points(text), 4u);
}

}  // namespace
}  // namespace helder::utf8
