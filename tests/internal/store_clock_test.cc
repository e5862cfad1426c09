// SPDX-License-Identifier: EUPL-1.2
// Who asks, and when (issue 11, point 2): the time of every store request is the store's clock,
// never the caller's, and an export names who asks. The first three tests reproduce what was
// found: each passed its "at" (or asked without naming themselves) and got what the law keeps
// from them in helder 1.2.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "store/store.hh"
#include "test_support.hh"
#include "store_test_support.hh"

namespace helder::store {
namespace {

using testing::answer;
using testing::dossiers;
using testing::status;
using testing::TempDir;

namespace fs = std::filesystem;

const char *const kToday = "2026-11-23T10:00:00Z";
const char *const kAtRefused = "\"at\" is not accepted: the store's clock decides the time of a request";

std::string example() {
    return helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/examples/dossiers/familie-de-boer.json");
}

template <class Answer>
std::string message(const Result<Answer> &r) { return r.ok() ? "" : r.error().message; }

std::string actor(const std::string &kind, const std::string &id) {
    return "\"actor\":{\"kind\":\"" + kind + "\",\"id\":\"" + id + "\"}";
}

std::string read_request(const std::string &kind, const std::string &id, const std::string &more = "") {
    return "{\"dossier_id\":\"dossier-2025-0042\"," + actor(kind, id) + more + "}";
}

// A store file in a folder of its own, with the example dossier as version 1, at the test clock.
class StoreClock : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "helder-clock-XXXXXX").string();
        dir_ = mkdtemp(pattern.data());
        auto options = parse_store_options(std::string("{\"test_clock\":\"") + kToday + "\"}");
        ASSERT_TRUE(options.ok()) << options.error().message;
        auto s = Store::open(dossiers(), helder::testing::model(), path(), options.value());
        ASSERT_TRUE(s.ok()) << s.error().message;
        store_ = std::move(s.value());
        ASSERT_TRUE(store_->commit(example(), "{\"expected_version\":0,\"author\":\"joris\",\"reason\":\"start\"}").ok());
    }
    void TearDown() override {
        store_.reset();
        fs::remove_all(dir_);
    }
    std::string path() const { return (fs::path(dir_) / "store.db").string(); }

    // The audit entries after `seq`, as "at|actor|action|detail".
    std::vector<std::string> entries_after(int64_t seq) const {
        std::vector<std::string> out;
        sqlite3 *db = nullptr;
        EXPECT_EQ(sqlite3_open(path().c_str(), &db), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(db, "SELECT at || '|' || actor || '|' || action || '|' || detail FROM audit WHERE seq > ? ORDER BY seq",
                                     -1, &st, nullptr),
                  SQLITE_OK);
        sqlite3_bind_int64(st, 1, seq);
        while (sqlite3_step(st) == SQLITE_ROW) out.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        sqlite3_close(db);
        return out;
    }
    int64_t last_seq() const { return static_cast<int64_t>(entries_after(0).size()); }

    std::string dir_;
    std::unique_ptr<Store> store_;
};

// Finding: Eva's involvement ended on 2026-05-19; with "at": "2026-03-01" she read the dossier.
TEST_F(StoreClock, AProfessionalWhoseInvolvementEndedCannotReadAsOfAnEarlierDate) {
    const int64_t before = last_seq();
    const auto asked = store_->read(read_request("professional", "eva", ",\"at\":\"2026-03-01\""));
    EXPECT_EQ(status(asked), HELDER_E_INVALID_JSON);
    EXPECT_NE(message(asked).find(kAtRefused), std::string::npos) << message(asked);
    EXPECT_EQ(status(store_->history(read_request("professional", "eva", ",\"at\":\"2026-03-01\""))), HELDER_E_INVALID_JSON);
    // Without "at" the store's clock decides: she is no longer involved, and the refusal is logged
    // at the clock's time.
    const auto today = store_->read(read_request("professional", "eva"));
    EXPECT_EQ(status(today), HELDER_E_DENIED);
    EXPECT_NE(message(today).find("on 2026-11-23"), std::string::npos) << message(today);
    // Both refusals of "at" and the refusal of today's read are logged at the clock's time.
    const std::vector<std::string> logged = entries_after(before);
    ASSERT_EQ(logged.size(), 3u);
    EXPECT_EQ(logged[0].rfind(std::string(kToday) + "|professional:eva|read_refused|error: request: \"at\"", 0), 0u) << logged[0];
    EXPECT_EQ(logged[1].rfind(std::string(kToday) + "|professional:eva|history_refused|error: request: \"at\"", 0), 0u) << logged[1];
    EXPECT_EQ(logged[2].rfind(std::string(kToday) + "|professional:eva|read_refused|denied:", 0), 0u) << logged[2];
}

// Finding: Noor is 9; with "at": "2030-06-01" she read as if she were 13.
TEST_F(StoreClock, AChildUnderTwelveCannotReadAsOfALaterDate) {
    const auto asked = store_->read(read_request("member", "noor", ",\"at\":\"2030-06-01\""));
    EXPECT_EQ(status(asked), HELDER_E_INVALID_JSON);
    EXPECT_NE(message(asked).find(kAtRefused), std::string::npos) << message(asked);
    EXPECT_EQ(status(store_->read(read_request("member", "noor"))), HELDER_E_DENIED);
    // Nor does a statement or an export let her choose the date.
    EXPECT_EQ(status(store_->add_statement("{\"dossier_id\":\"dossier-2025-0042\",\"by\":\"noor\",\"kind\":\"own_statement\","
                                           "\"text\":\"Ik wil naar oma.\",\"at\":\"2030-06-01\"}")),
              HELDER_E_INVALID_JSON);
    EXPECT_EQ(status(store_->export_person(read_request("member", "sanne", ",\"person\":\"noor\",\"at\":\"2030-06-01\""))),
              HELDER_E_INVALID_JSON);
}

// Finding: {"dossier_id", "person"} gave anyone anyone's export, logged as that person.
TEST_F(StoreClock, AStrangerGetsNoOnesExport) {
    const int64_t before = last_seq();
    // Without an actor the request is incomplete.
    const auto anonymous = store_->export_person("{\"dossier_id\":\"dossier-2025-0042\",\"person\":\"sanne\"}");
    EXPECT_EQ(status(anonymous), HELDER_E_INVALID_JSON);
    EXPECT_NE(message(anonymous).find("actor is missing"), std::string::npos) << message(anonymous);
    // Someone outside the household, a grandmother in the network, a 13-year-old about his
    // sister, a professional no longer involved, one never involved: refused.
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"member", "anna"}, {"member", "ria"}, {"member", "daan"}, {"professional", "eva"}, {"professional", "pieter"}};
    for (const auto &[kind, id] : refused) {
        const auto r = store_->export_person(read_request(kind, id, ",\"person\":\"noor\""));
        EXPECT_EQ(status(r), HELDER_E_DENIED) << kind << ":" << id << " " << message(r);
    }
    // Each refusal is logged under the name of who asked, never under Noor's; the anonymous one
    // as unknown.
    const std::vector<std::string> logged = entries_after(before);
    ASSERT_EQ(logged.size(), refused.size() + 1);
    EXPECT_EQ(logged[0].rfind(std::string(kToday) + "|unknown|export_refused|error: request: actor is missing", 0), 0u) << logged[0];
    for (size_t i = 0; i < refused.size(); ++i) {
        const std::string expected = std::string(kToday) + "|" + refused[i].first + ":" + refused[i].second + "|export_refused|denied:";
        EXPECT_EQ(logged[i + 1].rfind(expected, 0), 0u) << logged[i + 1];
    }
}

TEST_F(StoreClock, AnExportGoesToThePersonAndThoseWhoMayReadAboutThem) {
    const int64_t before = last_seq();
    // Daan himself (person defaults to who asks), his mother, the professional involved.
    const auto own = store_->export_person(read_request("member", "daan"));
    ASSERT_TRUE(own.ok()) << message(own);
    EXPECT_NE(own.value().document.str().find("Daan de Boer"), std::string::npos);
    ASSERT_TRUE(store_->export_person(read_request("member", "sanne", ",\"person\":\"daan\"")).ok());
    ASSERT_TRUE(store_->export_person(read_request("professional", "joris", ",\"person\":\"noor\",\"format\":\"text\"")).ok());
    // Logged under who asked; the person as a keyed hash (the chain holds no names), the same for
    // Daan's two exports and another for Noor's.
    const std::vector<std::string> logged = entries_after(before);
    const std::vector<std::string> who = {"member:daan", "member:sanne", "professional:joris"};
    ASSERT_EQ(logged.size(), who.size());
    std::vector<std::string> person;
    for (size_t i = 0; i < who.size(); ++i) {
        const std::string start = std::string(kToday) + "|" + who[i] + "|export|version=1 person=";
        ASSERT_EQ(logged[i].rfind(start, 0), 0u) << logged[i];
        person.push_back(logged[i].substr(start.size(), 16));
        EXPECT_EQ(logged[i].find("daan", start.size()), std::string::npos) << logged[i];
        EXPECT_EQ(logged[i].find("noor", start.size()), std::string::npos) << logged[i];
    }
    EXPECT_EQ(person[0], person[1]);
    EXPECT_NE(person[0], person[2]);
    // The export's own date is the clock's.
    EXPECT_NE(own.value().document.str().find("\"exported_at\":\"2026-11-23T10:00:00Z\""), std::string::npos) << own.value().document.str();
}

TEST_F(StoreClock, EveryOperationRefusesAnAtChangesNothingAndLogsTheRefusal) {
    const int64_t before = last_seq();
    const std::string at = ",\"at\":\"2026-11-23\"";
    const std::vector<helder_status> statuses = {
        status(store_->commit(example(), "{\"expected_version\":1,\"author\":\"joris\",\"reason\":\"x\"" + at + "}")),
        status(store_->read(read_request("professional", "joris", at))),
        status(store_->history(read_request("professional", "joris", at))),
        status(store_->add_statement("{\"dossier_id\":\"dossier-2025-0042\",\"by\":\"sanne\",\"kind\":\"own_statement\",\"text\":\"Klopt.\"" + at + "}")),
        status(store_->export_person(read_request("member", "sanne", at))),
        status(store_->destroy("{\"dossier_id\":\"dossier-2025-0042\",\"requested_by\":\"sanne\"" + at + "}")),
    };
    for (helder_status st : statuses) EXPECT_EQ(st, HELDER_E_INVALID_JSON);
    // Each refusal of a request that names a dossier is in the chain, at the clock's time, under
    // the name of who asked; the commit names no dossier in its request and is not.
    const std::vector<std::string> logged = entries_after(before);
    ASSERT_EQ(logged.size(), 5u);
    const std::vector<std::string> who = {"professional:joris|read_refused", "professional:joris|history_refused",
                                          "member:sanne|statement_refused", "member:sanne|export_refused", "member:sanne|destroy_refused"};
    for (size_t i = 0; i < who.size(); ++i) {
        EXPECT_EQ(logged[i].rfind(std::string(kToday) + "|" + who[i] + "|", 0), 0u) << logged[i];
        EXPECT_NE(logged[i].find("\"at\" is not accepted"), std::string::npos) << logged[i];
    }
    const auto read = store_->read(read_request("professional", "joris"));
    ASSERT_TRUE(read.ok()) << message(read);
    EXPECT_EQ(read.value().version, 1);  // neither a commit nor a statement nor a destruction went in
    EXPECT_EQ(read.value().at, kToday);  // the version's time is the clock's
}

TEST_F(StoreClock, TheTestClockIsADateTimeAndCanBeMoved) {
    EXPECT_TRUE(test_clock_compiled_in());
    for (const char *bad : {"2026-11-23", "gisteren", "2026-02-30T10:00:00Z", "2026-11-23T10:00:00"}) {
        const auto r = parse_store_options(std::string("{\"test_clock\":\"") + bad + "\"}");
        EXPECT_EQ(status(r), HELDER_E_INVALID_JSON) << bad;
    }
    // Eva read while she was involved; moved past her end, the clock refuses her.
    store_->set_test_clock("2026-05-19T23:59:59Z");
    EXPECT_TRUE(store_->read(read_request("professional", "eva")).ok());
    store_->set_test_clock("2026-05-20T00:00:00Z");
    EXPECT_EQ(status(store_->read(read_request("professional", "eva"))), HELDER_E_DENIED);
}

}  // namespace
}  // namespace helder::store
