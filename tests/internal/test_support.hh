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

struct Found {
    std::string rule, text;
    size_t start, end;
};

// Checks text and returns the findings, optionally only those of one rule.
inline std::vector<Found> findings(const std::string &text, const std::string &rule = "",
                                   const text::CheckOptions &options = text::CheckOptions()) {
    const std::string report = text::check_text(model(), text, options).value().str();
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

inline std::vector<std::string> texts_of(const std::vector<Found> &found) {
    std::vector<std::string> out;
    for (const auto &f : found) out.push_back(f.text);
    return out;
}

}  // namespace helder::testing
