// SPDX-License-Identifier: EUPL-1.2
// Helpers shared by the internal tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace helder::testing {

inline std::string read_file(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string test_data(const std::string &name) { return std::string(HELDER_TEST_DATA_DIR) + "/" + name; }

}  // namespace helder::testing

#include <gtest/gtest.h>

#include <algorithm>

#include "core/json.hh"
#include "text/checker.hh"
#include "text/text_model.hh"

namespace helder::testing {

// One text model for all tests, with Debian's Dutch dictionary (scripts/setup.sh installs it).
inline const text::TextModel &model() {
    static const text::DictionaryPaths dictionary{"/usr/share/hunspell/nl.aff", "/usr/share/hunspell/nl.dic"};
    static const text::TextModel m({}, &dictionary);
    return m;
}

// A text check's report as JSON, as the C API hands it out.
inline Result<json::OwnedText> check_json(const text::TextModel &m, std::string_view text, const text::CheckOptions &options) {
    auto report = text::check_text(m, text, options);
    if (!report) return report.error();
    return text::write_report(report.value());
}

struct Found {
    std::string rule, text;
    size_t start, end;
};

// Checks text and returns the findings, optionally only those of one rule.
inline std::vector<Found> findings(const std::string &text, const std::string &rule = "",
                                   const text::CheckOptions &options = text::CheckOptions()) {
    const std::string report = check_json(model(), text, options).value().str();
    auto doc = json::Document::parse(report);
    EXPECT_TRUE(doc.ok());
    std::vector<Found> out;
    for (json::Value f = doc->root().find("findings").first_child(); f.valid(); f = f.next_sibling()) {
        Found x{std::string(f.find("rule").as_string()), std::string(f.find("text").as_string()),
                static_cast<size_t>(f.find("start").as_integer()), static_cast<size_t>(f.find("end").as_integer())};
        if (rule.empty() || x.rule == rule) out.push_back(x);
    }
    return out;
}

// A Dutch text a family or a writer reads meets B1 and draws no finding from helder's own check
// (findings of the rules in `allowed` excepted); failures name the text's id.
inline void expect_plain_dutch(const std::string &id, const std::string &text, const std::vector<std::string> &allowed = {}) {
    auto report = json::Document::parse(check_json(model(), text, text::CheckOptions()).value().view());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->root().find("meets_b1").as_bool()) << id << ": " << text;
    for (json::Value f = report->root().find("findings").first_child(); f.valid(); f = f.next_sibling()) {
        const std::string rule(f.find("rule").as_string());
        if (std::find(allowed.begin(), allowed.end(), rule) == allowed.end())
            ADD_FAILURE() << id << ": " << rule << " on '" << f.find("text").as_string() << "' in: " << text;
    }
}

// `text` with the first `from` replaced by `to`; a `from` that is not there fails the test (a
// variant of a fixture that silently equals it would test nothing).
inline std::string replaced(std::string text, const std::string &from, const std::string &to) {
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

inline std::vector<std::string> texts_of(const std::vector<Found> &found) {
    std::vector<std::string> out;
    for (const auto &f : found) out.push_back(f.text);
    return out;
}

}  // namespace helder::testing
