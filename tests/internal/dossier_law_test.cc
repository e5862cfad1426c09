// SPDX-License-Identifier: EUPL-1.2
// The law in the dossier checks, at its limits: every dossier of tests/data/dossiers/law/ (written
// by scripts/make-law-dossiers.py) gives, or does not give, the finding its row names, citing the
// fact and label the row names; and every legal fact the dossier checks use has a pair there.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "core/tsv.hh"
#include "dossier/report_json.hh"
#include "dossier/validator.hh"
#include "test_support.hh"

namespace helder::dossier {
namespace {

const DossierModel &model() {
    static const DossierModel m;
    return m;
}

std::string law_dir() { return std::string(HELDER_SOURCE_DIR) + "/tests/data/dossiers/law/"; }

json::Document validate_file(const std::string &path) {
    ValidateOptions options;
    options.today = *Date::parse("2026-11-23");
    auto doc = json::Document::parse(write_report(model(), validate(model(), helder::testing::model(), helder::testing::read_file(path), options)).view());
    EXPECT_TRUE(doc.ok());
    return std::move(doc.value());
}

TEST(DossierLaw, EveryDossierAtALimitGivesTheFindingsOfItsRow) {
    size_t rows = 0;
    std::set<std::string> notes_seen;
    const std::string table = helder::testing::read_file(law_dir() + "expected.tsv");
    for (const auto &row : tsv::parse(table)) {
        ASSERT_EQ(row.fields.size(), 6u) << row.line;
        const std::string file(row.fields[0]), rule(row.fields[2]), expect(row.fields[3]), cites(row.fields[4]), label(row.fields[5]);
        const json::Document r = validate_file(law_dir() + file);
        EXPECT_NE(r.root().find("status").as_string(), "not_json") << file;
        size_t found = 0;
        for (json::Value f = r.root().find("findings").first_child(); f.valid(); f = f.next_sibling()) {
            if (f.find("rule").as_string() != rule) continue;
            ++found;
            EXPECT_EQ(f.find("severity").as_string(), expect) << file;
            EXPECT_EQ(f.find("source").find("fact").as_string(), cites) << file;
            EXPECT_EQ(f.find("source").find("label").as_string(), label) << file;
            // The message names the article and, when the label is not VERIFIED, says so with the
            // note for that label (rights.tsv note_secondary, note_unverified).
            const std::string_view nl = f.find("message").find("nl").as_string(), en = f.find("message").find("en").as_string();
            if (label != "VERIFIED") { EXPECT_NE(nl.find("Juridisch Loket"), std::string_view::npos) << file << ": " << nl; }
            const bool secondary_note = nl.find("wij lazen het niet in de wet zelf") != std::string_view::npos &&
                                        en.find("we did not read it in the law itself") != std::string_view::npos;
            const bool unverified_note = nl.find("Dit is niet zeker.") != std::string_view::npos &&
                                         en.find("This is not confirmed") != std::string_view::npos;
            EXPECT_EQ(secondary_note, label == "SECONDARY") << file << ": " << nl;
            EXPECT_EQ(unverified_note, label == "UNVERIFIED") << file << ": " << nl;
            notes_seen.insert(label);
        }
        if (expect == "absent") EXPECT_EQ(found, 0u) << file << " has " << rule;
        else EXPECT_EQ(found, 1u) << file << " lacks " << rule;
        ++rows;
    }
    EXPECT_GE(rows, 30u);
    EXPECT_EQ(notes_seen, (std::set<std::string>{"VERIFIED", "SECONDARY", "UNVERIFIED"}));
}

// Each fact a dossier check reads (law.get("…") in lib/dossier/) has a dossier just inside its
// limit (no finding) and one just outside (a finding).
TEST(DossierLaw, EveryFactTheChecksUseHasAPairAtItsLimit) {
    std::map<std::string, std::set<std::string>> outcomes;
    const std::string table = helder::testing::read_file(law_dir() + "expected.tsv");
    for (const auto &row : tsv::parse(table))
        outcomes[std::string(row.fields[1])].insert(row.fields[3] == "absent" ? "inside" : "outside");
    const std::regex get(R"re(law\.get\("([a-z_]+)"\))re");
    size_t facts = 0;
    for (const char *file : {"check_time.cc", "check_law.cc"}) {
        const std::string code = helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/lib/dossier/" + file);
        for (auto it = std::sregex_iterator(code.begin(), code.end(), get); it != std::sregex_iterator(); ++it) {
            const std::string fact = (*it)[1];
            EXPECT_EQ(outcomes[fact].size(), 2u) << fact << " has no dossier just inside and just outside its limit";
            ++facts;
        }
    }
    EXPECT_GE(facts, 10u);
}

}  // namespace
}  // namespace helder::dossier
