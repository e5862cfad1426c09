// SPDX-License-Identifier: EUPL-1.2
// The terminal format's excerpt: the line with the finding's span marked, cut on long lines.
#include <gtest/gtest.h>

#include <string>

#include "report/terminal.hh"

namespace {

using helder::report::Document;
using helder::report::Item;

// The excerpt line (the second line of the finding) and the caret line under it.
std::pair<std::string, std::string> excerpt_of(const std::string &text, size_t start, size_t end) {
    Document doc;
    doc.uri = "t";
    doc.text = text;
    Item item;
    item.rule = "long_sentence";
    item.start = start;
    item.end = end;
    doc.items.push_back(item);
    std::string out;
    helder::report::render_terminal(doc, helder::report::Options(), out);
    const size_t a = out.find('\n') + 1, b = out.find('\n', a), c = out.find('\n', b + 1);
    return {out.substr(a, b - a), out.substr(b + 1, c - b - 1)};
}

}  // namespace

// A span too long to show whole shows its start and its end, so the text after it on the line is
// never read as part of it.
TEST(TerminalExcerpt, ALongSpanShowsItsStartAndItsEnd) {
    const std::string sentence =
        "Wij hebben met de moeder, de vader, de school, de huisarts, de buren, oma en opa gesproken over wat er "
        "de afgelopen maanden in het gezin is gebeurd.";
    const std::string text = sentence + " Daarna gingen we naar huis.";
    const auto [line, carets] = excerpt_of(text, 0, sentence.size());
    EXPECT_EQ(line.rfind("    Wij hebben met de moeder", 0), 0u) << line;
    const size_t end_of_span = line.find("in het gezin is gebeurd.");
    ASSERT_NE(end_of_span, std::string::npos) << line;
    EXPECT_NE(line.find("…"), std::string::npos) << line;
    EXPECT_LT(line.find("…"), end_of_span) << line;
    EXPECT_NE(line.find(" Daarna gingen"), std::string::npos) << line;
    // The carets run to the end of the span and no further.
    const std::string before_after = line.substr(0, line.find(" Daarna gingen"));
    size_t code_points = 0;
    for (unsigned char c : before_after) code_points += (c & 0xC0) != 0x80;
    EXPECT_EQ(carets.size(), code_points) << line << "\n" << carets;
    EXPECT_EQ(carets.find_first_not_of(' '), 4u);
}

TEST(TerminalExcerpt, AShortSpanIsShownWhole) {
    const std::string text = "Het besluit werd genomen. Daarna niets.";
    const auto [line, carets] = excerpt_of(text, 12, 24);
    EXPECT_EQ(line, "    Het besluit werd genomen. Daarna niets.");
    EXPECT_EQ(carets, "                ^^^^^^^^^^^^");
}

// A finding just past a line's closing "\r" (a dossier "\t\r" is not JSON at its end) starts
// after the line's last byte: the excerpt shows the line with the mark at its end. The fuzzer
// found that the long-span cut then read before the text (tests/fuzz/corpus/dossier_validate/
// finding-after-a-bare-carriage-return).
TEST(TerminalExcerpt, ASpanPastTheLinesEndIsShownAtItsEnd) {
    const auto [line, carets] = excerpt_of("\t\r", 2, 2);
    EXPECT_EQ(line, "     ");
    EXPECT_EQ(carets, "     ^");
    const auto [line2, carets2] = excerpt_of("abc\r\ndef", 4, 4);
    EXPECT_EQ(line2, "    abc");
    EXPECT_EQ(carets2, "       ^");
}
