// SPDX-License-Identifier: EUPL-1.2
// The store's audit chain against an intruder: each edit of issue 11 made with the sqlite3
// command-line tool on a store file, and what verify reports; a head kept outside the store;
// refusals in the chain; a chain of hashes that a destruction leaves whole; and a store written
// by helder 1.1 (tests/data/store-1.1) opened and migrated.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "capi/store_json.hh"
#include "store/store.hh"
#include "test_support.hh"
#include "store_test_support.hh"

namespace helder::store {
namespace {

using testing::answer;
using testing::rows;
using testing::dossiers;
using testing::status;
using testing::TempDir;

namespace fs = std::filesystem;

const char *const kBoer = "dossier-2025-0042";
const char *const kYilmaz = "dossier-2026-0107";

std::string source_file(const std::string &relative) {
    return helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/" + relative);
}

const std::string &boer() {
    static const std::string text = source_file("examples/dossiers/familie-de-boer.json");
    return text;
}

const std::string &yilmaz() {
    static const std::string text = source_file("examples/dossiers/familie-yilmaz.json");
    return text;
}

using helder::testing::replaced;

template <class Answer>
std::string message(const Result<Answer> &r) { return r.ok() ? "" : r.error().message; }

std::string commit_request(int64_t expected, const std::string &author, const std::string &reason) {
    return "{\"expected_version\":" + std::to_string(expected) + ",\"author\":\"" + author + "\",\"reason\":\"" + reason + "\"}";
}

// A commit at a time of the store's test clock (the clock stays there).
Result<CommitAnswer> commit_at(Store &s, const std::string &at, std::string_view dossier, const std::string &request) {
    s.set_test_clock(at);
    return s.commit(dossier, request);
}

std::string read_request(const std::string &kind, const std::string &id, const std::string &dossier = kBoer) {
    return "{\"dossier_id\":\"" + dossier + "\",\"actor\":{\"kind\":\"" + kind + "\",\"id\":\"" + id + "\"}}";
}

// {"expected_head": <an audit_head as an answer gave it>}
std::string head_request(const json::Value &audit_head) { return "{\"expected_head\":" + std::string(audit_head.raw()) + "}"; }

// The store's test clock stands on the day the reads of these tests happen, unless moved.
std::unique_ptr<Store> open_store(const std::string &path, const std::string &options = "{\"test_clock\":\"2026-11-25T10:00:00Z\"}") {
    auto options_parsed = parse_store_options(options);
    EXPECT_TRUE(options_parsed.ok());
    auto s = Store::open(dossiers(), helder::testing::model(), path, options_parsed.value());
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
    return s.ok() ? std::move(s.value()) : nullptr;
}

// The sqlite3 command-line tool on PATH, as an intruder would use it.
std::string sqlite3_cli() {
    const char *path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        const std::string candidate = (fs::path(dir.empty() ? "." : dir) / "sqlite3").string();
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
    return "";
}

// Runs SQL on a store file with the sqlite3 command-line tool.
void edit_with_cli(const TempDir &dir, const std::string &sql) {
    const std::string cli = sqlite3_cli();
    ASSERT_FALSE(cli.empty()) << "the sqlite3 command-line tool is not on PATH: this test edits a store with it. "
                                 "Install the Debian package sqlite3 (scripts/setup.sh does).";
    std::ofstream(dir.file("edit.sql")) << sql << "\n";
    const std::string command = "'" + cli + "' -bail '" + dir.file("store.db") + "' < '" + dir.file("edit.sql") + "'";
    const int rc = std::system(command.c_str());
    ASSERT_TRUE(rc != -1 && WIFEXITED(rc) && WEXITSTATUS(rc) == 0) << command << " failed";
}

// The store every tampering case starts from; the entries:
//   1 commit de Boer v1   2 commit de Boer v2   3 read (sanne)   4 commit Yilmaz v1
//   5 commit de Boer v3   6 read (daan)
// Returns the head the last answer gave, as the caller keeps it outside the store.
std::string make_store(const TempDir &dir) {
    auto s = open_store(dir.file("store.db"));
    answer(commit_at(*s, "2026-11-23T10:00:00Z", boer(), commit_request(0, "joris", "eerste versie")));
    answer(commit_at(*s, "2026-11-24T09:30:00Z", replaced(boer(), "was de koelkast leeg", "was de koelkast bijna leeg"),
                     commit_request(1, "fatima", "typefout")));
    answer(s->read(read_request("member", "sanne")));
    answer(commit_at(*s, "2026-11-24T12:00:00Z", yilmaz(), commit_request(0, "lotte", "start")));
    const json::Document third = answer(commit_at(*s, "2026-11-25T10:00:00Z",
                                                  replaced(boer(), "Noor komt vaak zonder ontbijt", "Noor komt soms zonder ontbijt"),
                                                  commit_request(2, "joris", "huisbezoek")));
    EXPECT_EQ(third.root().find("audit_head").find("seq").as_integer(), 5);
    EXPECT_EQ(third.root().find("audit_seq").as_integer(), 5);
    const json::Document read = answer(s->read(read_request("member", "daan")));
    const json::Value head = read.root().find("audit_head");
    EXPECT_EQ(head.find("seq").as_integer(), 6);
    const json::Document whole = answer(s->verify());
    EXPECT_TRUE(whole.root().find("ok").as_bool()) << whole.root().raw();
    EXPECT_EQ(whole.root().find("audit_head").raw(), head.raw());
    EXPECT_EQ(whole.root().find("head").as_string(), head.find("hash").as_string());
    return std::string(head.raw());
}

TEST(StoreAudit, VerifyNamesTheFirstBrokenEntryForEachEditBehindHeldersBack) {
    struct Case {
        const char *what, *sql;
        int64_t first_broken;  // without and with the head kept outside; 0: verify alone passes
        int64_t first_broken_with_head;
        const char *problem;
    };
    const Case cases[] = {
        {"author changed", "UPDATE versions SET author='eva' WHERE dossier_id='dossier-2025-0042' AND version=2;", 2, 2,
         "the author of version 2 of dossier-2025-0042 was changed"},
        {"time changed", "UPDATE versions SET at='2026-11-20T08:00:00Z' WHERE dossier_id='dossier-2025-0042' AND version=2;", 2, 2,
         "the time of version 2 of dossier-2025-0042 was changed"},
        {"reason changed", "UPDATE versions SET reason='geen reden' WHERE dossier_id='dossier-2025-0042' AND version=2;", 2, 2,
         "the reason of version 2 of dossier-2025-0042 was changed"},
        {"text changed", "UPDATE bodies SET body=replace(body, 'bijna leeg', 'vol') WHERE dossier_id='dossier-2025-0042' AND version=2;",
         2, 2, "the text of version 2 of dossier-2025-0042 was changed"},
        {"latest version deleted and the current version set back",
         "DELETE FROM bodies WHERE dossier_id='dossier-2025-0042' AND version=3;"
         "DELETE FROM versions WHERE dossier_id='dossier-2025-0042' AND version=3;"
         "UPDATE dossiers SET version=2 WHERE id='dossier-2025-0042';",
         5, 5, "version 3 of dossier-2025-0042 was deleted from the store after it was committed (entry 5)"},
        {"current version set back", "UPDATE dossiers SET version=2 WHERE id='dossier-2025-0042';", 5, 5,
         "dossier dossier-2025-0042 is at version 2 in the store, but entry 5 made version 3 its current version"},
        {"whole dossier deleted",
         "DELETE FROM bodies WHERE dossier_id='dossier-2026-0107'; DELETE FROM versions WHERE dossier_id='dossier-2026-0107';"
         "DELETE FROM dossiers WHERE id='dossier-2026-0107';",
         4, 4, "dossier dossier-2026-0107 was deleted from the store; the chain records it from entry 4"},
        {"dossier marked destroyed", "UPDATE dossiers SET destroyed_at='2026-11-25' WHERE id='dossier-2026-0107';", 4, 4,
         "dossier dossier-2026-0107 is marked destroyed, but the chain has no destruction of it"},
        {"last entry cut off", "DELETE FROM audit WHERE seq=6;", 0, 6,
         "the chain ends at entry 5, but the head kept outside the store is entry 6: the entries after 5 were cut off"},
        {"last commit cut off and its version rolled back",
         "DELETE FROM audit WHERE seq>=5;"
         "DELETE FROM bodies WHERE dossier_id='dossier-2025-0042' AND version=3;"
         "DELETE FROM versions WHERE dossier_id='dossier-2025-0042' AND version=3;"
         "UPDATE dossiers SET version=2 WHERE id='dossier-2025-0042';",
         0, 5, "the chain ends at entry 4, but the head kept outside the store is entry 6: the entries after 4 were cut off"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.what);
        TempDir dir;
        const std::string head = make_store(dir);
        edit_with_cli(dir, c.sql);
        if (::testing::Test::HasFatalFailure()) return;
        auto s = open_store(dir.file("store.db"));
        const json::Document alone = answer(s->verify());
        if (c.first_broken) {
            EXPECT_FALSE(alone.root().find("ok").as_bool()) << alone.root().raw();
            EXPECT_EQ(alone.root().find("first_broken").raw(), std::to_string(c.first_broken)) << alone.root().raw();
            EXPECT_NE(alone.root().find("problem").as_string().find(c.problem), std::string_view::npos) << alone.root().raw();
        } else {
            // Without a head kept elsewhere a chain cut at its end looks whole: that is what the head is for.
            EXPECT_TRUE(alone.root().find("ok").as_bool()) << alone.root().raw();
        }
        const json::Document kept = json::Document::parse(head).value();
        const json::Document with_head = answer(s->verify(head_request(kept.root())));
        EXPECT_FALSE(with_head.root().find("ok").as_bool()) << with_head.root().raw();
        EXPECT_EQ(with_head.root().find("first_broken").raw(), std::to_string(c.first_broken_with_head)) << with_head.root().raw();
        EXPECT_NE(with_head.root().find("problem").as_string().find(c.problem), std::string_view::npos) << with_head.root().raw();
    }
}

TEST(StoreAudit, ARolledBackDossierIsNeitherReadNorCommittedSilently) {
    const char *edits[] = {
        // the current version set back: every later commit used to fail with HELDER_E_IO
        "UPDATE dossiers SET version=2 WHERE id='dossier-2025-0042';",
        // the latest version deleted too: reads used to return version 2 silently
        "DELETE FROM bodies WHERE dossier_id='dossier-2025-0042' AND version=3;"
        "DELETE FROM versions WHERE dossier_id='dossier-2025-0042' AND version=3;"
        "UPDATE dossiers SET version=2 WHERE id='dossier-2025-0042';",
    };
    for (const char *sql : edits) {
        SCOPED_TRACE(sql);
        TempDir dir;
        make_store(dir);
        edit_with_cli(dir, sql);
        if (::testing::Test::HasFatalFailure()) return;
        auto s = open_store(dir.file("store.db"));
        const auto committed = commit_at(*s, "2026-11-26T10:00:00Z", boer(), commit_request(2, "joris", "nog een"));
        EXPECT_EQ(status(committed), HELDER_E_CORRUPT) << message(committed);
        EXPECT_NE(message(committed).find("helder_store_verify"), std::string::npos) << message(committed);
        EXPECT_NE(message(committed).find("entry 5"), std::string::npos) << message(committed);
        const auto read = s->read(read_request("professional", "joris"));
        EXPECT_EQ(status(read), HELDER_E_CORRUPT) << message(read);
        EXPECT_EQ(rows(dir.file("store.db"), "SELECT count(*) FROM versions WHERE dossier_id='dossier-2025-0042'").at(0),
                  std::string(sql).find("DELETE") == std::string::npos ? "3" : "2");  // nothing written
    }
    // A deleted dossier cannot be started again under its id.
    TempDir dir;
    make_store(dir);
    edit_with_cli(dir, "DELETE FROM bodies WHERE dossier_id='dossier-2026-0107'; DELETE FROM versions WHERE dossier_id='dossier-2026-0107';"
                       "DELETE FROM dossiers WHERE id='dossier-2026-0107';");
    if (::testing::Test::HasFatalFailure()) return;
    auto s = open_store(dir.file("store.db"));
    EXPECT_EQ(status(commit_at(*s, "2026-11-26T10:00:00Z", yilmaz(), commit_request(0, "lotte", "opnieuw"))), HELDER_E_CORRUPT);
    EXPECT_EQ(status(s->read(read_request("professional", "lotte", kYilmaz))), HELDER_E_CORRUPT);
}

TEST(StoreAudit, AChainCutAndWrittenOnIsCaughtAgainstTheKeptHead) {
    TempDir dir;
    const std::string head = make_store(dir);
    edit_with_cli(dir, "DELETE FROM audit WHERE seq=6;");
    if (::testing::Test::HasFatalFailure()) return;
    auto s = open_store(dir.file("store.db"));
    answer(s->read(read_request("member", "sanne")));  // a new entry 6, with another hash
    const json::Document kept = json::Document::parse(head).value();
    const json::Document v = answer(s->verify(head_request(kept.root())));
    EXPECT_FALSE(v.root().find("ok").as_bool());
    EXPECT_EQ(v.root().find("first_broken").as_integer(), 6);
    EXPECT_EQ(v.root().find("problem").as_string(), "entry 6 does not have the hash kept outside the store: the chain was rewritten");
    // A head from before is still held: entries after it are fine.
    TempDir whole;
    const std::string before = make_store(whole);
    auto t = open_store(whole.file("store.db"));
    answer(t->read(read_request("member", "daan")));
    const json::Document earlier = json::Document::parse(before).value();
    EXPECT_TRUE(answer(t->verify(head_request(earlier.root()))).root().find("ok").as_bool());
}

TEST(StoreAudit, TheExpectedHeadIsChecked) {
    auto s = open_store(":memory:");
    EXPECT_TRUE(answer(s->verify("")).root().find("ok").as_bool());
    const json::Document empty = answer(s->verify("{}"));
    EXPECT_EQ(empty.root().find("audit_head").find("seq").as_integer(), 0);
    const std::string hash(64, 'a');
    for (const std::string &request : std::vector<std::string>{"{\"expected_head\":{\"seq\":1}}", "{\"expected_head\":{\"seq\":0,\"hash\":\"" + hash + "\"}}",
                                      "{\"expected_head\":{\"seq\":1,\"hash\":\"ABC\"}}", "{\"expected_head\":1}", "{\"head\":{}}",
                                      "{\"expected_head\":{\"seq\":1,\"hash\":\"" + hash + "\",\"at\":\"x\"}}"}) {
        const auto r = s->verify(request);
        EXPECT_EQ(status(r), HELDER_E_INVALID_JSON) << request;
        EXPECT_NE(message(r).find("request"), std::string::npos) << message(r);
    }
    const json::Document beyond = answer(s->verify("{\"expected_head\":{\"seq\":3,\"hash\":\"" + hash + "\"}}"));
    EXPECT_FALSE(beyond.root().find("ok").as_bool());
    EXPECT_EQ(beyond.root().find("first_broken").as_integer(), 1);
}

TEST(StoreAudit, EveryRefusalIsAnEntryWithItsReasonAndNoContent) {
    TempDir dir;
    make_store(dir);
    auto s = open_store(dir.file("store.db"));
    const std::string noor_statement =
        "{\"dossier_id\":\"dossier-2025-0042\",\"by\":\"noor\",\"kind\":\"own_statement\",\"text\":\"Ik wil naar oma.\"}";
    EXPECT_EQ(status(s->read(read_request("member", "noor"))), HELDER_E_DENIED);
    EXPECT_EQ(status(s->read(read_request("professional", "joris", "onbekend"))), HELDER_E_NOT_FOUND);
    EXPECT_EQ(status(s->read(replaced(read_request("professional", "joris"), "\"actor\"", "\"version\":9,\"actor\""))), HELDER_E_NOT_FOUND);
    EXPECT_EQ(status(s->history(read_request("member", "sanne"))), HELDER_E_DENIED);
    EXPECT_EQ(status(s->export_person("{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"},"
                                      "\"person\":\"joris\"}")),
              HELDER_E_NOT_FOUND);
    EXPECT_EQ(status(s->export_person("{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"member\",\"id\":\"ria\"},"
                                      "\"person\":\"daan\"}")),
              HELDER_E_DENIED);
    EXPECT_EQ(status(s->add_statement(noor_statement)), HELDER_E_DENIED);
    EXPECT_EQ(status(s->destroy("{\"dossier_id\":\"dossier-2025-0042\",\"requested_by\":\"noor\"}")), HELDER_E_DENIED);
    EXPECT_TRUE(answer(s->verify()).root().find("ok").as_bool());
    const std::vector<std::string> refused =
        rows(dir.file("store.db"), "SELECT actor, action, dossier_id, substr(detail, 1, instr(detail, ':')) FROM audit WHERE seq > 6 ORDER BY seq");
    const std::vector<std::string> expected = {
        "member:noor|read_refused|dossier-2025-0042|denied:",
        "professional:joris|read_refused|onbekend|not_found:",
        "professional:joris|read_refused|dossier-2025-0042|not_found:",
        "member:sanne|history_refused|dossier-2025-0042|denied:",
        "professional:joris|export_refused|dossier-2025-0042|not_found:",
        "member:ria|export_refused|dossier-2025-0042|denied:",
        "member:noor|statement_refused|dossier-2025-0042|denied:",
        "member:noor|destroy_refused|dossier-2025-0042|denied:",
    };
    EXPECT_EQ(refused, expected);
    const std::string details = rows(dir.file("store.db"), "SELECT group_concat(detail, ' / ') FROM audit WHERE seq > 6").at(0);
    EXPECT_NE(details.find("art. 7.3.8"), std::string::npos) << details;  // the reason, with its article
    EXPECT_EQ(details.find("oma"), std::string::npos) << details;        // never what was asked to be written
}

TEST(StoreAudit, TheChainHoldsHashesSoADestructionLeavesItWhole) {
    TempDir dir;
    const std::string reason = "Melding-van-Kwikstaart-school";
    const std::string marker = "Kwikstaartjes-hebben-een-lange-staart";
    // Not an OTS dossier (that needs review): the same household under another measure.
    std::string household = boer();
    while (household.find("\"kind\": \"ots\"") != std::string::npos) household = replaced(household, "\"kind\": \"ots\"", "\"kind\": \"gezagsbeeindiging\"");
    auto s = open_store(dir.file("store.db"));
    answer(commit_at(*s, "2026-11-23T10:00:00Z", household, commit_request(0, "joris", reason)));
    const json::Document second = answer(commit_at(*s, "2026-11-24T10:00:00Z", replaced(household, "Die week was mijn loon te laat.", marker),
                                                   commit_request(1, "joris", reason)));
    answer(s->read(read_request("member", "sanne")));
    const std::string chain = rows(dir.file("store.db"), "SELECT group_concat(at || actor || action || dossier_id || detail, ' ') FROM audit").at(0);
    for (const std::string &content : {reason, marker, std::string("Sanne de Boer"), std::string("koelkast")})
        EXPECT_EQ(chain.find(content), std::string::npos) << content;  // no content, ever
    const json::Document erased = answer(s->destroy("{\"dossier_id\":\"dossier-2025-0042\",\"requested_by\":\"sanne\"}"));
    EXPECT_EQ(erased.root().find("outcome").as_string(), "erased") << erased.root().raw();
    // A redaction entry per rewritten version (its new record hash and the one it replaces), then the request.
    EXPECT_EQ(erased.root().find("audit_head").find("seq").as_integer(), 6);
    EXPECT_EQ(rows(dir.file("store.db"), "SELECT action || ' ' || substr(detail, 1, 17) FROM audit WHERE seq IN (4, 5) ORDER BY seq"),
              (std::vector<std::string>{"redact version=1 record=", "redact version=2 record="}));
    EXPECT_EQ(rows(dir.file("store.db"), "SELECT action, detail FROM audit WHERE seq=6").at(0), "erase|person=sanne versions_rewritten=2");
    EXPECT_EQ(rows(dir.file("store.db"), "SELECT action, detail FROM audit WHERE seq=7").at(0), "erase_done|person=sanne files=clean");
    // The versions stay, without her own data; the chain is whole, also against a head kept before.
    EXPECT_EQ(rows(dir.file("store.db"), "SELECT count(*) FROM versions").at(0), "2");
    EXPECT_EQ(rows(dir.file("store.db"), "SELECT count(*) FROM bodies WHERE instr(body, 'Kwikstaartjes') OR instr(body, 'Sanne de Boer')").at(0), "0");
    const json::Document v = answer(s->verify(head_request(second.root().find("audit_head"))));
    EXPECT_TRUE(v.root().find("ok").as_bool()) << v.root().raw();
    EXPECT_TRUE(answer(s->verify(head_request(erased.root().find("audit_head")))).root().find("ok").as_bool());
    EXPECT_EQ(v.root().find("entries").as_integer(), 7);
    // A whole dossier destroyed by helder 1.1 or 1.2 and brought back is an edit like any other.
    s.reset();
    TempDir again;
    fs::copy_file(std::string(HELDER_TEST_DATA_DIR) + "/store-1.1/store.db", again.file("store.db"));
    open_store(again.file("store.db")).reset();  // migrated
    const std::string destroy_seq = rows(again.file("store.db"), "SELECT seq FROM audit WHERE action='destroy' AND dossier_id='dossier-2026-0107'").at(0);
    edit_with_cli(again, "UPDATE dossiers SET destroyed_at=NULL WHERE id='dossier-2026-0107';");
    if (::testing::Test::HasFatalFailure()) return;
    const json::Document undone = answer(open_store(again.file("store.db"))->verify());
    EXPECT_EQ(undone.root().find("first_broken").as_integer(), std::stoll(destroy_seq));
    EXPECT_EQ(undone.root().find("problem").as_string(),
              "dossier dossier-2026-0107 was destroyed (entry " + destroy_seq + ") but is no longer marked destroyed");
}

// tests/data/store-1.1/store.db: written by helder 1.1 (make_store.c there says how).
class StoreWrittenBy11 : public ::testing::Test {
protected:
    void SetUp() override {
        fs::copy_file(std::string(HELDER_TEST_DATA_DIR) + "/store-1.1/store.db", dir.file("store.db"));
        ASSERT_EQ(rows(dir.file("store.db"), "SELECT value FROM meta WHERE key='format'").at(0), "1");
        old_entries = std::stoll(rows(dir.file("store.db"), "SELECT count(*) FROM audit").at(0));
    }
    TempDir dir;
    int64_t old_entries = 0;
};

TEST_F(StoreWrittenBy11, IsRefusedWithHowToMigrateWhenMigrationIsOff) {
    const std::string before = helder::testing::read_file(dir.file("store.db"));
    auto refused = Store::open(dossiers(), helder::testing::model(), dir.file("store.db"), parse_store_options("{\"migrate\":false}").value());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().status, HELDER_E_UNSUPPORTED);
    EXPECT_NE(refused.error().message.find("written by helder 1.1"), std::string::npos) << refused.error().message;
    EXPECT_NE(refused.error().message.find("to migrate it to format 2"), std::string::npos) << refused.error().message;
    EXPECT_EQ(helder::testing::read_file(dir.file("store.db")), before);  // untouched
}

TEST_F(StoreWrittenBy11, IsMigratedWithTheMigrationInItsChain) {
    {
        auto s = open_store(dir.file("store.db"));
        ASSERT_TRUE(s);
        const json::Document v = answer(s->verify());
        EXPECT_TRUE(v.root().find("ok").as_bool()) << v.root().raw();
        // One migration entry, and a seal for each of the three versions that are left.
        EXPECT_EQ(v.root().find("entries").as_integer(), old_entries + 4);
        const auto added = rows(dir.file("store.db"), "SELECT actor, action, dossier_id, detail FROM audit WHERE seq > " +
                                                          std::to_string(old_entries) + " ORDER BY seq");
        ASSERT_EQ(added.size(), 4u);
        EXPECT_EQ(added[0], "helder|migrate||from=1 to=2 versions=3");
        for (int i = 1; i <= 3; ++i) {
            const std::string seal = "helder|seal|dossier-2025-0042|version=" + std::to_string(i) + " record=";
            EXPECT_EQ(added[i].substr(0, seal.size()), seal) << added[i];
            EXPECT_EQ(added[i].size(), seal.size() + 64) << added[i];
        }
        EXPECT_EQ(rows(dir.file("store.db"), "SELECT value FROM meta WHERE key='format'").at(0), "2");

        // The dossier reads as it was: three versions, the correction in the latest.
        const json::Document read = answer(s->read(read_request("professional", "joris")));
        EXPECT_EQ(read.root().find("version").as_integer(), 3);
        EXPECT_EQ(read.root().find("reason").as_string(), "correction");
        EXPECT_NE(read.root().find("dossier").raw().find("Er stond melk in de koelkast."), std::string_view::npos);
        const json::Document history = answer(s->history(read_request("professional", "joris")));
        ASSERT_EQ(history.root().find("versions").size(), 3u);
        EXPECT_EQ(history.root().find("versions").element(1).find("author").as_string(), "fatima");
        EXPECT_EQ(history.root().find("versions").element(1).find("reason").as_string(), "typefout");
        EXPECT_EQ(status(s->read(read_request("professional", "lotte", kYilmaz))), HELDER_E_NOT_FOUND);  // destroyed in 1.1
        // It goes on as a store of this version.
        const json::Document fourth = answer(commit_at(*s, "2026-11-26T10:00:00Z", boer(), commit_request(3, "joris", "na de migratie")));
        EXPECT_EQ(fourth.root().find("version").as_integer(), 4);
        const json::Document after = answer(s->verify(head_request(fourth.root().find("audit_head"))));
        EXPECT_TRUE(after.root().find("ok").as_bool()) << after.root().raw();
    }
    // Opened again: nothing more to migrate.
    {
        auto s = open_store(dir.file("store.db"));
        EXPECT_TRUE(answer(s->verify()).root().find("ok").as_bool());
        EXPECT_EQ(rows(dir.file("store.db"), "SELECT count(*) FROM audit WHERE action='migrate'").at(0), "1");
    }
    // The seals cover what the chain of 1.1 did not: a version's reason.
    const int64_t seal = std::stoll(rows(dir.file("store.db"), "SELECT seq FROM audit WHERE action='seal' AND detail LIKE 'version=2 %'").at(0));
    edit_with_cli(dir, "UPDATE versions SET reason='geen reden' WHERE version=2;");
    if (::testing::Test::HasFatalFailure()) return;
    const json::Document v = answer(open_store(dir.file("store.db"))->verify());
    EXPECT_EQ(v.root().find("first_broken").as_integer(), seal);
    EXPECT_EQ(v.root().find("problem").as_string(), "the reason of version 2 of dossier-2025-0042 was changed after it was committed");
}

}  // namespace
}  // namespace helder::store
