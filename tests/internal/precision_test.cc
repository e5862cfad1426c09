// SPDX-License-Identifier: EUPL-1.2
// Precision of every rule on real Dutch documents: the five documents of ../shared/seeds and the
// complex side of the Amsterdam calibration pairs (tests/data/text/precision_corpus.tsv names
// them). Each finding was labelled by hand, right or wrong, in precision_labels.tsv, keyed by
// (document, rule, matched text, occurrence of that text for that rule in the document), so that
// a label survives a small change of a span elsewhere. The test prints precision per rule and
// fails below a rule's goal, when too few findings are labelled, and when more than a few
// findings have no label (it prints them as label lines to fill in).
//
// Run alone: build/dev/tests/internal/internal_tests --gtest_filter='Precision.*'
// HELDER_SEEDS_DIR may point elsewhere than ../shared/seeds beside the repository.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "calibration/pairs_csv.hh"
#include "test_support.hh"

namespace helder::text {
namespace {

using Key = std::tuple<std::string, std::string, std::string, int>;  // document, rule, text, occurrence

std::string one_line(std::string s) {
    for (char &c : s)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    return s;
}

std::vector<std::vector<std::string>> read_tsv(const std::string &path) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(helder::testing::read_file(path));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> fields;
        size_t from = 0;
        for (size_t tab; (tab = line.find('\t', from)) != std::string::npos; from = tab + 1) fields.push_back(line.substr(from, tab - from));
        fields.push_back(line.substr(from));
        rows.push_back(fields);
    }
    return rows;
}

std::string seeds_dir() {
    const char *env = std::getenv("HELDER_SEEDS_DIR");
    return env && *env ? env : HELDER_SEEDS_DIR;
}

// The documents of the corpus, by name: "seeds/FILE" or "amsterdam/ROW" (a line of the CSV).
std::vector<std::pair<std::string, std::string>> corpus() {
    const auto pairs = helder::testing::read_csv(
        helder::testing::read_file(helder::testing::test_data("amsterdam/amsterdam-complex-simple-dev.csv")));
    std::vector<std::pair<std::string, std::string>> docs;
    for (const auto &row : read_tsv(helder::testing::test_data("text/precision_corpus.tsv"))) {
        const std::string &name = row.at(0);
        if (name.rfind("seeds/", 0) == 0) {
            const std::string path = seeds_dir() + "/" + name.substr(6);
            const std::string text = helder::testing::read_file(path);
            EXPECT_FALSE(text.empty()) << path << " is missing: the seeds belong beside the repository (../shared/seeds)";
            docs.emplace_back(name, text);
        } else if (name.rfind("amsterdam/", 0) == 0) {
            const size_t line = std::stoul(name.substr(10));  // the CSV's line, its header being line 1
            EXPECT_TRUE(line >= 2 && line - 1 < pairs.size()) << name;
            if (line >= 2 && line - 1 < pairs.size()) docs.emplace_back(name, pairs[line - 1].at(1));
        } else {
            ADD_FAILURE() << "unknown document " << name;
        }
    }
    return docs;
}

struct Tally {
    int right = 0, wrong = 0, unlabelled = 0;
};

TEST(Precision, EveryRuleMeetsItsGoalOnHandLabelledFindings) {
    std::map<Key, bool> labels;
    for (const auto &row : read_tsv(helder::testing::test_data("text/precision_labels.tsv"))) {
        ASSERT_GE(row.size(), 5u) << row.at(0);
        ASSERT_TRUE(row[4] == "right" || row[4] == "wrong") << row[0] << " " << row[2];
        labels[Key{row[0], row[1], row[2], std::stoi(row[3])}] = row[4] == "right";
    }
    const auto docs = corpus();
    ASSERT_FALSE(docs.empty());
    std::map<std::string, Tally> tally;
    std::set<Key> seen;
    std::string missing;
    for (const auto &[name, text] : docs) {
        std::map<std::pair<std::string, std::string>, int> occurrence;
        for (const auto &f : helder::testing::findings(text)) {
            const std::string matched = one_line(f.text);
            const Key key{name, f.rule, matched, ++occurrence[{f.rule, matched}]};
            seen.insert(key);
            auto it = labels.find(key);
            Tally &t = tally[f.rule];
            if (it == labels.end()) {
                ++t.unlabelled;
                missing += name + "\t" + f.rule + "\t" + matched + "\t" + std::to_string(std::get<3>(key)) + "\t?\n";
            } else {
                ++(it->second ? t.right : t.wrong);
            }
        }
    }
    int stale = 0;
    for (const auto &[key, right] : labels) stale += !seen.count(key);

    const std::map<std::string, double> goals = {{"passive", 0.90},     {"opinion", 0.90}, {"long_word", 0.90},
                                                 {"jargon", 0.85},      {"officialese", 0.85}, {"spelling", 0.75},
                                                 {"difficult_word", 0.85}};
    int labelled = 0, unlabelled = 0;
    std::printf("%-15s %6s %6s %6s %10s %6s\n", "rule", "right", "wrong", "none", "precision", "goal");
    for (const auto &[rule, t] : tally) {
        const int n = t.right + t.wrong;
        labelled += n;
        unlabelled += t.unlabelled;
        const double precision = n ? static_cast<double>(t.right) / n : 0;
        const auto goal = goals.find(rule);
        std::printf("%-15s %6d %6d %6d %9.1f%% %5s\n", rule.c_str(), t.right, t.wrong, t.unlabelled, 100 * precision,
                    goal == goals.end() ? "-" : (std::to_string(static_cast<int>(goal->second * 100)) + "%").c_str());
        if (goal != goals.end()) {
            EXPECT_GE(n, 3) << rule << ": too few labelled findings to measure";
            EXPECT_GE(precision, goal->second) << rule << ": " << t.right << " of " << n << " findings right";
        }
    }
    std::printf("%d findings labelled, %d without a label, %d labels that match no finding\n", labelled, unlabelled, stale);
    EXPECT_GE(labelled, 400);
    for (const char *rule : {"passive", "opinion", "long_word", "jargon", "officialese", "spelling", "long_sentence"})
        EXPECT_GT(tally[rule].right + tally[rule].wrong, 0) << rule << " has no labelled finding";
    // A changed rule brings new findings: label them (right or wrong) in precision_labels.tsv.
    EXPECT_LE(unlabelled, 5) << "findings without a label:\n" << missing;
}

}  // namespace
}  // namespace helder::text
