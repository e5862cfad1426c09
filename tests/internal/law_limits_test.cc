// SPDX-License-Identifier: EUPL-1.2
// The legal facts at their limits, outside the dossier checks: each case of tests/data/law/limits.tsv
// (a child on the day they turn an age and the day before, a destruction on its last day and the
// day after) gives what its row says; and every dated fact that code reads has a case just inside
// and one just outside its limit in one of the limit tables.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <regex>
#include <set>

#include "access/grants.hh"
#include "access/policy.hh"
#include "core/tsv.hh"
#include "dossier/dossier_model.hh"
#include "law/atw_calendar.hh"
#include "law/destruction.hh"
#include "law/rights.hh"
#include "procedure/deadline_document.hh"
#include "procedure/engine.hh"
#include "test_support.hh"

namespace helder::law {
namespace {

namespace fs = std::filesystem;

const dossier::DossierModel &model() {
    static const dossier::DossierModel m;
    return m;
}

std::string source(const std::string &path) { return std::string(HELDER_SOURCE_DIR) + "/" + path; }

// The rows of a table; the text is kept, as the rows point into it.
std::vector<tsv::Row> table(const std::string &path) {
    static std::vector<std::unique_ptr<std::string>> kept;
    kept.push_back(std::make_unique<std::string>(helder::testing::read_file(path)));
    return tsv::parse(*kept.back());
}

// A household of one parent with gezag and one child born on `birth`.
json::Document household(const std::string &birth, bool able_to_judge) {
    const std::string json = R"({"format_version": 2, "id": "gezin-limiet", "household": {"name": "Gezin Limiet", "members": [
        {"id": "ouder", "name": "Ouder Limiet", "birth_date": "1980-01-01", "roles": ["parent", "parent_with_authority"]},
        {"id": "kind", "name": "Kind Limiet", "birth_date": ")" + birth + R"(", "roles": ["child"], "parents": ["ouder"])" +
                             (able_to_judge ? "" : ", \"able_to_judge\": false") + R"(}]},
        "professionals": [{"id": "p", "name": "Pim", "organisation": "Wijkteam", "role": "fixed_professional", "start": "2000-01-01"}]})";
    auto doc = json::Document::parse(json);
    EXPECT_TRUE(doc.ok());
    return std::move(doc.value());
}

// Whether `reader` may see the child's data on `on`.
bool reads_child(const std::string &birth, const std::string &reader, const Date &on, bool able_to_judge = true) {
    const access::Policy policy(model().law());
    const json::Document doc = household(birth, able_to_judge);
    auto grants = access::Grants::decide(policy, doc, access::Reader{access::Reader::Kind::Member, reader}, on);
    return grants.ok() && grants->granted("kind");
}

// What a child born on `birth`, under an OTS, reads among its rights on `on`; with `listed`,
// where a procedure stage lists the right.
bool right_shown(const std::string &id, const Date &birth, const Date &on, bool listed = false) {
    RightsReader reader;
    reader.child = true;
    reader.age = age_on(birth, on);
    reader.measures = {"ots"};
    const std::set<std::string> stage = {id};
    for (const Right &r : Rights::load(model().law()).for_reader(reader, listed ? &stage : nullptr))
        if (r.id == id) return true;
    return false;
}

// The outcome of one case, in the table's words.
std::string outcome(const std::string &check, const Date &first, const Date &second) {
    const LegalFacts &law = model().law();
    if (check == "own_access") return reads_child(first.str(), "kind", second) ? "granted" : "refused";
    if (check == "parent_reads_child") return reads_child(first.str(), "ouder", second) ? "granted" : "refused";
    if (check == "parent_reads_unable_child") return reads_child(first.str(), "ouder", second, false) ? "granted" : "refused";
    if (check == "destruction_right") return DestructionRight(law).refusal(first, true, second) ? "may_not" : "may";
    if (check == "destruction_due") return second <= DestructionRight(law).deadline().after(first) ? "in_time" : "late";
    if (check.rfind("rights_shown:", 0) == 0) return right_shown(check.substr(13), first, second) ? "shown" : "absent";
    if (check.rfind("rights_listed:", 0) == 0) return right_shown(check.substr(14), first, second, true) ? "shown" : "absent";
    if (check.rfind("timer:", 0) == 0) {
        const size_t colon = check.find(':', 6);
        auto spec = procedure::Spec::shipped(check.substr(6, colon - 6), law, Rights::load(law).ids());
        EXPECT_TRUE(spec.ok());
        const int timer = spec->timer_index(check.substr(colon + 1));
        EXPECT_GE(timer, 0) << check;
        return second <= procedure::timer_due(*spec, timer, first) ? "running" : "expired";
    }
    if (check == "deadline_from")  // a statutory deadline from `first` is computed or refused
        return procedure::deadline_document("{\"kind\":\"hoger-beroep\",\"from\":\"" + first.str() + "\",\"party\":\"requester\"}").ok() ? "computed"
                                                                                                                                     : "refused";
    if (check == "atw_two_free_days") {
        const auto rules = atw_period_end(first, second).rules;
        return std::find(rules.begin(), rules.end(), "two_free_days") != rules.end() ? "applied" : "not_applied";
    }
    if (check.rfind("atw_excludes:", 0) == 0) {
        const std::string unit = check.substr(13);
        const int64_t days = second.days() - first.days();
        int count = -1;
        if (unit == "day") count = static_cast<int>(days);
        if (unit == "week" && days % kDaysPerWeek == 0) count = static_cast<int>(days / kDaysPerWeek);
        for (int months = 0; unit == "month" && months <= kMonthsPerYear; ++months)
            if (add_months(first, months) == second) count = months;
        EXPECT_GE(count, 0) << check << ": " << first.str() << " to " << second.str() << " is no whole number of " << unit << "s";
        return atw_excludes_long_period(count, unit) ? "excluded" : "applies";
    }
    ADD_FAILURE() << "unknown check " << check;
    return "";
}

TEST(LawLimits, EveryCaseGivesWhatItsRowSays) {
    size_t cases = 0;
    for (const auto &row : table(source("tests/data/law/limits.tsv"))) {
        ASSERT_EQ(row.fields.size(), 6u) << "line " << row.line;
        if (row.fields[1] == "text_only") continue;
        const auto first = Date::parse(row.fields[3]), second = Date::parse(row.fields[4]);
        ASSERT_TRUE(first && second) << "line " << row.line;
        EXPECT_EQ(outcome(std::string(row.fields[2]), *first, *second), row.fields[5])
            << row.fields[0] << " " << row.fields[1] << ": " << row.fields[2] << " " << row.fields[3] << " " << row.fields[4];
        ++cases;
    }
    EXPECT_GE(cases, 16u);
}

// The facts that code reads: law.get("…") anywhere in lib/, an age in a condition of rights.tsv,
// a fact a procedure table names, and the facts of a procedure specification's timers and ages.
std::set<std::string> facts_read_by_code() {
    std::set<std::string> read;
    const std::regex get(R"re(get\("([a-z_]+)"\))re");
    for (const auto &e : fs::recursive_directory_iterator(source("lib"))) {
        const std::string ext = e.path().extension().string();
        if (ext != ".cc" && ext != ".hh") continue;
        const std::string code = helder::testing::read_file(e.path().string());
        for (auto it = std::sregex_iterator(code.begin(), code.end(), get); it != std::sregex_iterator(); ++it) read.insert((*it)[1]);
    }
    const std::regex age(R"re((from|under):([a-z_]+))re");
    for (const auto &row : table(source("lib/data/law/rights.tsv"))) {
        const std::string when(row.fields[2]);
        for (auto it = std::sregex_iterator(when.begin(), when.end(), age); it != std::sregex_iterator(); ++it) read.insert((*it)[2]);
    }
    if (fs::exists(source("lib/data/procedure"))) {
        for (const auto &e : fs::directory_iterator(source("lib/data/procedure")))
            if (e.path().extension() == ".tsv") {
                for (const auto &row : table(e.path().string()))
                    for (std::string_view f : row.fields) read.insert(std::string(f));
            } else if (e.path().extension() == ".json") {
                const std::string spec = helder::testing::read_file(e.path().string());
                const std::regex named(R"re("(fact|age_at_least)": "([a-z_]+)")re");
                for (auto it = std::sregex_iterator(spec.begin(), spec.end(), named); it != std::sregex_iterator(); ++it) read.insert((*it)[2]);
            }
    }
    return read;
}

TEST(LawLimits, EveryDatedFactThatCodeReadsHasAPairAtItsLimit) {
    std::map<std::string, std::set<std::string>> sides;
    std::set<std::string> text_only;
    for (const auto &row : table(source("tests/data/dossiers/law/expected.tsv")))
        sides[std::string(row.fields[1])].insert(row.fields[3] == "absent" ? "inside" : "outside");
    for (const auto &row : table(source("tests/data/law/limits.tsv"))) {
        if (row.fields[1] == "text_only") text_only.insert(std::string(row.fields[0]));
        else sides[std::string(row.fields[0])].insert(std::string(row.fields[1]));
    }
    if (fs::exists(source("tests/data/procedure/deadline_limits.tsv")))
        for (const auto &row : table(source("tests/data/procedure/deadline_limits.tsv")))
            sides[std::string(row.fields[0])].insert(std::string(row.fields[1]));

    const std::set<std::string> read = facts_read_by_code();
    std::string texts;  // every data file but the facts themselves, for {fact:ID}
    for (const auto &e : fs::recursive_directory_iterator(source("lib/data")))
        if (e.is_regular_file() && e.path().filename() != "legal_facts.tsv") texts += helder::testing::read_file(e.path().string());
    size_t dated = 0;
    for (const auto &row : table(source("lib/data/law/legal_facts.tsv"))) {
        const std::string id(row.fields[0]), unit(row.fields[2]);
        if (unit == "rule") continue;
        ++dated;
        if (read.count(id)) {
            EXPECT_EQ(sides[id], (std::set<std::string>{"inside", "outside"})) << id << " is read by code but has no case just inside and just outside its limit";
            EXPECT_FALSE(text_only.count(id)) << id << " is read by code now: give it a pair instead of text_only";
        } else {
            EXPECT_TRUE(text_only.count(id)) << id << " is read by no code: use it, remove it, or list it as text_only";
            EXPECT_NE(texts.find("{fact:" + id), std::string::npos) << id << " is listed as text_only but no text names it";
        }
    }
    EXPECT_GE(dated, 20u);

    // The quantities of the Atw rules that code reads (all of them: the loader requires them).
    size_t quantities = 0;
    for (const AtwRule &rule : atw_rules())
        for (const AtwQuantity &q : rule.quantities) {
            const std::string id = "atw:" + rule.id + ":" + q.name;
            EXPECT_EQ(sides[id], (std::set<std::string>{"inside", "outside"})) << id << " has no case just inside and just outside its limit";
            ++quantities;
        }
    EXPECT_GE(quantities, 5u);
}

}  // namespace
}  // namespace helder::law
