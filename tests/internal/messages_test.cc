// SPDX-License-Identifier: EUPL-1.2
// Every text a writer or a family reads exists in Dutch and English, and the Dutch passes
// helder's own plain-language check.
#include "core/messages.hh"

#include <gtest/gtest.h>

#include "test_support.hh"

namespace helder::text {
namespace {

// Plain stand-ins for the placeholders.
const MessageArgs kArgs = {{"term", "woord"}, {"gloss", "word"}, {"words", "25"}, {"limit", "20"},
                           {"letters", "22"}, {"value", "30"}, {"plain", "\u2018hulp\u2019"}};

TEST(Messages, EveryRuleAndReasonHasDutchAndEnglish) {
    const Messages &m = helder::testing::model().messages;
    for (size_t k = 0; k < kRuleCount; ++k) {
        const Message msg = m.format(rule_id(static_cast<Rule>(k)), kArgs);
        EXPECT_FALSE(msg.nl.empty());
        EXPECT_FALSE(msg.en.empty());
    }
    for (const char *reason : {"sentence_length", "unfamiliar_words", "long_words", "jargon", "passive", "difficulty"}) {
        const Message msg = m.format(std::string("reason_") + reason, kArgs);
        EXPECT_FALSE(msg.nl.empty()) << reason;
        EXPECT_FALSE(msg.en.empty()) << reason;
    }
    for (const auto &[id, t] : m.templates()) {
        // The same facts in both languages; only the English names the gloss of a Dutch term.
        for (const auto &[name, value] : kArgs) {
            if (name == "gloss") continue;
            const std::string p = "{" + std::string(name) + "}";
            EXPECT_EQ(t.nl.find(p) == std::string::npos, t.en.find(p) == std::string::npos) << id << " " << p;
        }
    }
}

TEST(Messages, DutchMessagesPassHeldersOwnCheck) {
    const Messages &m = helder::testing::model().messages;
    for (const auto &[id, t] : m.templates()) helder::testing::expect_plain_dutch(id, m.format(id, kArgs).nl);
}

TEST(Messages, EmptyGlossDropsItsBrackets) {
    const Message msg = helder::testing::model().messages.format("jargon", {{"term", "OTS"}, {"gloss", ""}});
    EXPECT_EQ(msg.en.find("()"), std::string::npos) << msg.en;
    EXPECT_EQ(msg.en.find("{gloss}"), std::string::npos) << msg.en;
}

TEST(Messages, ValuesAreNotFilledIn) {
    // A field named after a placeholder (found by the dossier fuzzer: it looped forever).
    const Message msg = helder::testing::model().messages.format("jargon", {{"term", "{term}{gloss}"}, {"gloss", "x"}});
    EXPECT_NE(msg.en.find("{term}{gloss}"), std::string::npos) << msg.en;
    EXPECT_NE(msg.nl.find("{term}{gloss}"), std::string::npos) << msg.nl;
}

}  // namespace
}  // namespace helder::text
