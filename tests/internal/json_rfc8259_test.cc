// SPDX-License-Identifier: EUPL-1.2
// The JSON reader (lib/core/json) against the accept and reject cases of RFC 8259 in
// tests/data/json/rfc8259.tsv, written from the RFC's grammar. Every reject is HELDER_E_INVALID_JSON
// (HELDER_E_INVALID_UTF8 for bytes that are not UTF-8, HELDER_E_TOO_LARGE for a limit), never a crash.
#include "core/json.hh"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace helder::json {
namespace {

std::string unescape(const std::string &field) {
    std::string out;
    for (size_t i = 0; i < field.size(); ++i) {
        if (field[i] != '\\' || i + 1 == field.size()) { out.push_back(field[i]); continue; }
        const char c = field[++i];
        if (c == 't') out.push_back('\t');
        else if (c == 'n') out.push_back('\n');
        else if (c == 'r') out.push_back('\r');
        else if (c == '\\') out.push_back('\\');
        else if (c == 'x') { out.push_back(static_cast<char>(std::stoi(field.substr(i + 1, 2), nullptr, 16))); i += 2; }
        else ADD_FAILURE() << "unknown escape \\" << c << " in " << field;
    }
    return out;
}

TEST(JsonRfc8259, AcceptsAndRejectsAsTheRfcSays) {
    std::ifstream in(std::string(HELDER_TEST_DATA_DIR) + "/json/rfc8259.tsv");
    ASSERT_TRUE(in);
    int accepted = 0, rejected = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        const size_t a = line.find('\t'), b = line.find('\t', a + 1);
        ASSERT_NE(b, std::string::npos) << line;
        const std::string expect = line.substr(0, a), section = line.substr(a + 1, b - a - 1);
        const std::string text = unescape(line.substr(b + 1));
        const bool accept = expect == "accept" || expect == "choice-accept";
        ASSERT_TRUE(accept || expect == "reject" || expect == "choice-reject") << line;
        auto doc = Document::parse(text);
        EXPECT_EQ(doc.ok(), accept) << "RFC 8259 section " << section << ": " << line.substr(b + 1);
        if (!doc.ok()) {
            // Bytes that are not UTF-8 (section 8.1) have their own status, naming the offset.
            const helder_status want = section == "8.1" && text.find('\xef') != 0 ? HELDER_E_INVALID_UTF8 : HELDER_E_INVALID_JSON;
            EXPECT_TRUE(doc.error().status == want || doc.error().status == HELDER_E_TOO_LARGE) << line;
            EXPECT_FALSE(doc.error().message.empty());
        }
        (accept ? accepted : rejected)++;
    }
    EXPECT_GE(accepted, 30);
    EXPECT_GE(rejected, 60);
}

}  // namespace
}  // namespace helder::json
