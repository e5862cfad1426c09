// SPDX-License-Identifier: EUPL-1.2
#include "text/syllables.hh"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <unordered_map>

#include "core/resources.hh"
#include "core/tsv.hh"
#include "test_support.hh"
#include "text/numbers.hh"
#include "text/segmenter.hh"

namespace helder::text {
namespace {

struct Fixture {
    Abbreviations abbreviations = Abbreviations::load();
    Segmenter segmenter{abbreviations};
    SyllableCounter counter{abbreviations};

    // Counts a written word the way a check does: segment it, then count its token.
    int count(const std::string &written) const {
        Segmentation s = segmenter.segment(written);
        int total = 0;
        for (const Word &w : s.words) total += counter.count(w.kind, s.key(w));
        return total;
    }
};

const Fixture &fixture() {
    static const Fixture f;
    return f;
}

TEST(Syllables, GoldListAtLeast97Percent) {
    const std::string gold = helder::testing::read_file(helder::testing::test_data("syllables-gold.tsv"));
    ASSERT_FALSE(gold.empty());
    size_t total = 0, right = 0;
    std::string wrong;
    for (const auto &row : tsv::parse(gold)) {
        ASSERT_EQ(row.fields.size(), 4u) << "line " << row.line;
        const std::string word(row.fields[0]);
        const int expected = std::stoi(std::string(row.fields[2]));
        const int got = fixture().count(word);
        ++total;
        if (got == expected) ++right;
        else wrong += "  " + word + ": " + std::to_string(got) + " (gold " + std::to_string(expected) + ")\n";
    }
    const double share = static_cast<double>(right) / static_cast<double>(total);
    std::printf("syllables: %zu of %zu gold words right (%.1f%%)\n%s", right, total, 100.0 * share, wrong.c_str());
    EXPECT_GE(total, 300u);
    EXPECT_GE(share, 0.97);
}

TEST(Syllables, DiaeresisStartsASyllable) {
    EXPECT_EQ(count_vowel_groups("ideeën"), 3);
    EXPECT_EQ(count_vowel_groups("geïnd"), 2);
    EXPECT_EQ(count_vowel_groups("coördinatie"), 5);
    EXPECT_EQ(count_vowel_groups("reëel"), 2);
    EXPECT_EQ(count_vowel_groups("één"), 1);  // a stress accent is no break
}

TEST(Syllables, DutchDigraphsAndTrigraphs) {
    EXPECT_EQ(count_vowel_groups("leeuw"), 1);
    EXPECT_EQ(count_vowel_groups("nieuwe"), 2);
    EXPECT_EQ(count_vowel_groups("draaien"), 2);
    EXPECT_EQ(count_vowel_groups("mooie"), 2);
    EXPECT_EQ(count_vowel_groups("bijeen"), 2);
    EXPECT_EQ(count_vowel_groups("theater"), 3);
}

TEST(Syllables, NumbersReadAsDutchWords) {
    EXPECT_EQ(number_syllables(0), 1);
    EXPECT_EQ(number_syllables(21), 4);
    EXPECT_EQ(number_syllables(100), 2);
    EXPECT_EQ(number_syllables(1000), 2);
    EXPECT_EQ(number_syllables(1995), 10);
    EXPECT_EQ(number_syllables(2024), 7);
    EXPECT_EQ(number_syllables(1000000), 3);  // een miljoen
    EXPECT_EQ(number_token_syllables("1.250"), number_syllables(1250));
    EXPECT_EQ(number_token_syllables("14:30"), number_syllables(14) + number_syllables(30));
}

TEST(Syllables, AbbreviationsAndInitialisms) {
    EXPECT_EQ(fixture().count("bijv."), 3);
    EXPECT_EQ(fixture().count("m.b.t."), 5);
    EXPECT_EQ(fixture().count("t/m"), 3);
    EXPECT_EQ(fixture().count("OTS"), 3);
    EXPECT_EQ(fixture().count("RvdK"), 4);
}

}  // namespace
}  // namespace helder::text

namespace helder::text {
namespace {

// The syllable counter as it was before it became a loop (one recursion per loan piece, which
// overflowed the stack on a word of a million pieces): the loop must give the same counts.
class RecursiveCounter {
public:
    RecursiveCounter() {
        for (const auto &row : tsv::parse(resources::get("text/syllable_exceptions.tsv"))) {
            Piece piece{std::string(row.fields[0]), std::stoi(std::string(row.fields[1]))};
            if (row.fields[2] == "word") whole_[piece.text] = piece.syllables;
            else if (row.fields[2] == "start") start_.push_back(piece);
            else if (row.fields[2] == "end") end_.push_back(piece);
            else any_.push_back(piece);
        }
        auto longest_first = [](const Piece &a, const Piece &b) { return a.text.size() > b.text.size(); };
        std::stable_sort(start_.begin(), start_.end(), longest_first);
        std::stable_sort(end_.begin(), end_.end(), longest_first);
        std::stable_sort(any_.begin(), any_.end(), longest_first);
    }
    int count_word(std::string_view key) const {
        int total = 0;
        size_t from = 0;
        while (from <= key.size()) {
            size_t cut = key.find_first_of("-'", from);
            if (cut == std::string_view::npos) cut = key.size();
            total += count_part(key.substr(from, cut - from), false);
            from = cut + 1;
        }
        return total > 0 ? total : 1;
    }
    std::vector<std::string> pieces() const {
        std::vector<std::string> out;
        for (const auto *list : {&start_, &end_, &any_})
            for (const Piece &p : *list) out.push_back(p.text);
        for (const auto &[text, syllables] : whole_) out.push_back(text);
        return out;
    }

private:
    struct Piece {
        std::string text;
        int syllables;
    };
    int count_part(std::string_view part, bool inner) const {
        if (part.empty()) return 0;
        if (std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) return number_token_syllables(part);
        auto it = whole_.find(std::string(part));
        if (it != whole_.end()) return it->second;
        for (const Piece &p : start_)
            if (part.size() > p.text.size() && part.compare(0, p.text.size(), p.text) == 0)
                return p.syllables + count_part(part.substr(p.text.size()), true);
        for (const Piece &p : end_) {
            for (std::string_view tail : {"", "s", "'s"}) {
                const size_t n = p.text.size() + tail.size();
                if ((part.size() > n || (inner && part.size() == n)) && part.compare(part.size() - n, p.text.size(), p.text) == 0 &&
                    part.substr(part.size() - tail.size()) == tail)
                    return count_part(part.substr(0, part.size() - n), true) + p.syllables;
            }
        }
        for (const Piece &p : any_) {
            const size_t at = part.find(p.text);
            if (at != std::string_view::npos)
                return count_part(part.substr(0, at), true) + p.syllables + count_part(part.substr(at + p.text.size()), true);
        }
        return count_vowel_groups(part);
    }
    std::unordered_map<std::string, int> whole_;
    std::vector<Piece> start_, end_, any_;
};

TEST(Syllables, LoopCountsAsTheRecursionDid) {
    const RecursiveCounter reference;
    std::vector<std::string> parts = reference.pieces();
    for (const char *p : {"a", "e", "ij", "oe", "ui", "ë", "é", "y", "q", "u", "s", "'s", "-", "'", "12", "0", "t", "r", "st", "ng"})
        parts.emplace_back(p);
    std::mt19937 random(11);
    std::uniform_int_distribution<size_t> pick(0, parts.size() - 1), length(1, 12);
    for (int round = 0; round < 200000; ++round) {
        std::string word;
        for (size_t k = length(random); k > 0; --k) word += parts[pick(random)];
        ASSERT_EQ(fixture().counter.count_word(word), reference.count_word(word)) << word;
    }
}

TEST(Syllables, AWordOfAMillionPiecesIsCountedWithoutRecursion) {
    std::string word;
    for (int k = 0; k < 1000000; ++k) word += "team";
    EXPECT_EQ(fixture().counter.count_word(word), 1000000);
}

}  // namespace
}  // namespace helder::text
