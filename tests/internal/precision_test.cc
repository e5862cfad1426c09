// SPDX-License-Identifier: EUPL-1.2
// Precision of every rule on real Dutch documents: the five documents of ../shared/seeds and the
// complex side of the Amsterdam calibration pairs (tests/data/text/precision_corpus.tsv names
// them). Each finding was labelled by hand, right or wrong, in precision_labels.tsv, keyed by
// (document, rule, matched text, occurrence of that text for that rule in the document), so that
// a label survives a small change of a span elsewhere. The test prints precision per rule and
// fails below a rule's goal, when too few findings are labelled, and when more than a few
// findings have no label (it prints them as label lines to fill in).
//
// The seeds are not part of the repository (their licence is not ours to give): without them the
// goals cannot be measured, and that test reports itself skipped (ctest shows it as skipped, not
// passed). The calibration sentences are in the repository, so every clone checks that each of
// their findings has a label.
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

bool seeds_present() { return !helder::testing::read_file(seeds_dir() + "/000_1e10b44cfef6fa05.txt").empty(); }

// The documents of the corpus, by name: "seeds/FILE" or "amsterdam/ROW" (a line of the CSV);
// without `with_seeds` only the calibration sentences.
std::vector<std::pair<std::string, std::string>> corpus(bool with_seeds) {
    const auto pairs = helder::testing::read_csv(
        helder::testing::read_file(helder::testing::test_data("amsterdam/amsterdam-complex-simple-dev.csv")));
    std::vector<std::pair<std::string, std::string>> docs;
    for (const auto &row : read_tsv(helder::testing::test_data("text/precision_corpus.tsv"))) {
        const std::string &name = row.at(0);
        if (name.rfind("seeds/", 0) == 0) {
            if (!with_seeds) continue;
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

std::map<Key, bool> read_labels() {
    std::map<Key, bool> labels;
    for (const auto &row : read_tsv(helder::testing::test_data("text/precision_labels.tsv"))) {
        EXPECT_GE(row.size(), 5u) << row.at(0);
        if (row.size() < 5) continue;
        EXPECT_TRUE(row[4] == "right" || row[4] == "wrong") << row[0] << " " << row[2];
        labels[Key{row[0], row[1], row[2], std::stoi(row[3])}] = row[4] == "right";
    }
    return labels;
}

// Each finding on the documents, looked up in the labels.
struct Measured {
    std::map<std::string, Tally> tally;
    int labelled = 0, unlabelled = 0, stale = 0;  // stale: a label of these documents that matches no finding
    std::string missing;                          // the unlabelled findings, as label lines to fill in
};

Measured measure(const std::vector<std::pair<std::string, std::string>> &docs, const std::map<Key, bool> &labels) {
    Measured m;
    std::set<Key> seen;
    std::set<std::string> names;
    for (const auto &[name, text] : docs) {
        names.insert(name);
        std::map<std::pair<std::string, std::string>, int> occurrence;
        for (const auto &f : helder::testing::findings(text)) {
            const std::string matched = one_line(f.text);
            const Key key{name, f.rule, matched, ++occurrence[{f.rule, matched}]};
            seen.insert(key);
            auto it = labels.find(key);
            Tally &t = m.tally[f.rule];
            if (it == labels.end()) {
                ++t.unlabelled;
                ++m.unlabelled;
                m.missing += name + "\t" + f.rule + "\t" + matched + "\t" + std::to_string(std::get<3>(key)) + "\t?\n";
            } else {
                ++(it->second ? t.right : t.wrong);
                ++m.labelled;
            }
        }
    }
    for (const auto &[key, right] : labels) m.stale += names.count(std::get<0>(key)) && !seen.count(key);
    return m;
}

// Every clone: each finding on the calibration sentences has a label, and no label of theirs is
// left over (a changed rule brings new findings: label them, right or wrong).
TEST(Precision, EveryFindingOnTheCalibrationSentencesIsLabelled) {
    const Measured m = measure(corpus(false), read_labels());
    EXPECT_GT(m.labelled, 100);
    EXPECT_LE(m.unlabelled, 5) << "findings without a label:\n" << m.missing;
    EXPECT_EQ(m.stale, 0) << "labels of the calibration sentences that match no finding";
}

TEST(Precision, EveryRuleMeetsItsGoalOnHandLabelledFindings) {
    if (!seeds_present()) GTEST_SKIP() << "the seeds are not beside the repository (" << seeds_dir() << "): precision is measured where they are";
    const auto labels = read_labels();
    const auto docs = corpus(true);
    ASSERT_FALSE(docs.empty());
    const Measured m = measure(docs, labels);
    const auto &tally = m.tally;

    const std::map<std::string, double> goals = {{"passive", 0.90},     {"opinion", 0.90}, {"long_word", 0.90},
                                                 {"jargon", 0.85},      {"officialese", 0.85}, {"spelling", 0.75},
                                                 {"difficult_word", 0.85}};
    std::printf("%-15s %6s %6s %6s %10s %6s\n", "rule", "right", "wrong", "none", "precision", "goal");
    for (const auto &[rule, t] : tally) {
        const int n = t.right + t.wrong;
        const double precision = n ? static_cast<double>(t.right) / n : 0;
        const auto goal = goals.find(rule);
        std::printf("%-15s %6d %6d %6d %9.1f%% %5s\n", rule.c_str(), t.right, t.wrong, t.unlabelled, 100 * precision,
                    goal == goals.end() ? "-" : (std::to_string(static_cast<int>(goal->second * 100)) + "%").c_str());
        if (goal != goals.end()) {
            EXPECT_GE(n, 3) << rule << ": too few labelled findings to measure";
            EXPECT_GE(precision, goal->second) << rule << ": " << t.right << " of " << n << " findings right";
        }
    }
    std::printf("%d findings labelled, %d without a label, %d labels that match no finding\n", m.labelled, m.unlabelled, m.stale);
    EXPECT_GE(m.labelled, 400);
    for (const char *rule : {"passive", "opinion", "long_word", "jargon", "officialese", "spelling", "long_sentence", "difficult_word"}) {
        const auto t = tally.find(rule);
        EXPECT_TRUE(t != tally.end() && t->second.right + t->second.wrong > 0) << rule << " has no labelled finding";
    }
    // A changed rule brings new findings: label them (right or wrong) in precision_labels.tsv.
    EXPECT_LE(m.unlabelled, 5) << "findings without a label:\n" << m.missing;
}

}  // namespace
}  // namespace helder::text
