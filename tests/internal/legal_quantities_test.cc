// SPDX-License-Identifier: EUPL-1.2
// No text in lib/data/ states a legal quantity (an age, a period, an article) in digits or Dutch or
// English number words: it names a legal fact instead ({fact:id}, lib/data/law/legal_facts.tsv),
// so that a change of the law is one change of data. Reads every data file.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "law/legal_facts.hh"
#include "test_support.hh"

namespace helder {
namespace {

namespace fs = std::filesystem;

// Files that are not texts: the facts themselves, the Atw calendar (dates and articles with their
// labels, read by lib/law/), and the text checker's word lists (words, not statements).
bool not_a_text_file(const std::string &rel) {
    return rel == "law/legal_facts.tsv" || rel.rfind("law/atw_", 0) == 0 || rel.rfind("text/", 0) == 0;
}

// What reads as a legal quantity: a number with a unit of time, an age after "vanaf"/"onder"/…,
// "12+", an article ("art. 1:258", "artikel 7.3.9", "lid 3").
const std::regex &quantity() {
    static const std::string number =
        R"((\d+|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|zestien|achttien|twintig|dertig|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|eighteen|twenty|thirty))";
    static const std::string unit = R"((jaar|jaren|maand|maanden|week|weken|dag|dagen|werkdag|werkdagen|years?|months?|weeks?|days?|working days?))";
    static const std::regex r(
        "(^|[^\\w{:])" + number + "\\s+" + unit + "\\b" + "|\\b(hoogstens|minstens|binnen|uiterlijk|within|at most|at least)\\s+(een|a|one)\\s+" + unit +
            "\\b|\\b(vanaf|onder|boven|jonger dan|ouder dan|from|under|over|younger than|older than)\\s+(\\d+|twaalf|zestien|achttien|twelve|sixteen|eighteen)\\b" +
            "|\\b(child|children|kind|kinderen)\\s+(of|van)\\s+\\d+|\\b\\d+\\+|\\b(art\\.|artikel|article|lid)\\s*\\d|\\d+:\\d+|\\d+\\.\\d+\\.\\d+",
        std::regex::icase);
    return r;
}

std::string without_placeholders(const std::string &line) { return std::regex_replace(line, std::regex(R"(\{[^}]*\})"), "{}"); }

TEST(LegalQuantities, NoDataFileStatesOneExceptThroughAFact) {
    const fs::path data = fs::path(HELDER_SOURCE_DIR) / "lib" / "data";
    size_t files = 0;
    for (const auto &e : fs::recursive_directory_iterator(data)) {
        if (!e.is_regular_file()) continue;
        const std::string rel = fs::relative(e.path(), data).generic_string();
        if (not_a_text_file(rel)) continue;
        ++files;
        std::istringstream in(testing::read_file(e.path().string()));
        std::string line;
        for (int n = 1; std::getline(in, line); ++n) {
            if (line.rfind("#", 0) == 0) continue;
            std::smatch m;
            const std::string text = without_placeholders(line);
            if (std::regex_search(text, m, quantity())) ADD_FAILURE() << rel << ":" << n << ": '" << m.str() << "' in: " << line.substr(0, 160);
        }
    }
    EXPECT_GE(files, 8u);
}

// The scan finds what it must: it would fail on the texts issue 12 found.
TEST(LegalQuantities, TheScanCatchesWhatIssueTwelveFound) {
    for (const char *bad : {"Vanaf 12 jaar mag u vragen", "hoogstens drie maanden", "From 12, you may ask", "binnen een week",
                            "een kind (12+)", "art. 1:268 lid 5 BW", "artikel 7.3.9", "a child of 16 or 17"})
        EXPECT_TRUE(std::regex_search(std::string(bad), quantity())) << bad;
    for (const char *fine : {"Vanaf {fact:own_access_age} mag je", "Versie {version} op {date}", "het dossier kent alleen formaat 1.",
                             "Schrijf een datum als 2026-03-31."})
        EXPECT_FALSE(std::regex_search(without_placeholders(fine), quantity())) << fine;
}

// Every {fact:…} in a data file names a fact that exists.
TEST(LegalQuantities, EveryPlaceholderNamesAFact) {
    const law::LegalFacts facts = law::LegalFacts::load();
    const std::regex placeholder(R"(\{fact:([a-z_]+)(:n|:article)?\})");
    size_t found = 0;
    for (const auto &e : fs::recursive_directory_iterator(fs::path(HELDER_SOURCE_DIR) / "lib" / "data")) {
        if (!e.is_regular_file()) continue;
        const std::string text = testing::read_file(e.path().string());
        for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder); it != std::sregex_iterator(); ++it, ++found)
            EXPECT_NE(facts.find((*it)[1].str()), nullptr) << e.path() << ": " << (*it)[0];
    }
    EXPECT_GE(found, 2u);
}

}  // namespace
}  // namespace helder
