// SPDX-License-Identifier: EUPL-1.2
// How the audit chain names members (lib/store/member_keys.hh): keys that a guess of a member's id
// cannot confirm, that differ between dossiers and stores, that still find who read a member's
// data, whose secret never leaves the library; and a store written before the keys were keyed
// (tests/data/store-1.3-dev) that still answers who read whom. What a destruction does to the keys
// is in store_destruction_test.cc.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "capi/store_json.hh"
#include "core/sha256.hh"
#include "core/tsv.hh"
#include "store/store.hh"
#include "test_support.hh"
#include "store_test_support.hh"

namespace helder::store {
namespace {

using testing::answer;
using testing::dossiers;
using testing::rows;
using testing::TempDir;

namespace fs = std::filesystem;

const char *const kBoer = "dossier-2025-0042";
const std::vector<std::string> kBoerMembers = {"sanne", "mark", "daan", "noor", "ria"};

const std::string &boer() {
    static const std::string text = helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/examples/dossiers/familie-de-boer.json");
    return text;
}

std::unique_ptr<Store> open_store(const std::string &path, const std::string &at = "2026-11-25T10:00:00Z") {
    auto s = Store::open(dossiers(), helder::testing::model(), path, parse_store_options("{\"test_clock\":\"" + at + "\"}").value());
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
    return s.ok() ? std::move(s.value()) : nullptr;
}

std::string actor_request(const std::string &kind, const std::string &id, const std::string &dossier = kBoer) {
    return "{\"dossier_id\":\"" + dossier + "\",\"actor\":{\"kind\":\"" + kind + "\",\"id\":\"" + id + "\"}}";
}

const char *const kFirstCommit = "{\"expected_version\":0,\"author\":\"joris\",\"reason\":\"eerste versie\"}";

// The key an entry of a development build of 1.3 gave a member: anyone can compute it.
std::string unkeyed(const std::string &dossier, const std::string &member) {
    return to_hex(sha256(dossier + "\n" + member)).substr(0, 16);
}

// Every key the chain holds, from the "person=" and "shown=" fields of its entries.
std::vector<std::string> keys_in_chain(const std::string &path) {
    std::vector<std::string> keys;
    for (const std::string &detail : rows(path, "SELECT detail FROM audit")) {
        for (std::string_view field : tsv::split(detail, ' ')) {
            for (std::string_view name : {std::string_view("person="), std::string_view("shown=")})
                if (field.substr(0, name.size()) == name)
                    for (std::string_view key : tsv::split(field.substr(name.size()), ',')) keys.emplace_back(key);
        }
    }
    return keys;
}

// The key the export entry of `seq` gives the person exported.
std::string exported_person_key(const std::string &path, int64_t seq) {
    const std::string detail = rows(path, "SELECT detail FROM audit WHERE action='export' AND seq=" + std::to_string(seq)).at(0);
    const size_t at = detail.find("person=");
    return at == std::string::npos ? "" : detail.substr(at + 7, 16);
}

int64_t last_seq(const std::string &path) { return std::stoll(rows(path, "SELECT max(seq) FROM audit").at(0)); }

// The actors of an export's list of readers.
std::vector<std::string> readers(const json::Document &exported) {
    std::vector<std::string> out;
    const json::Value list = exported.root().find("readers");
    for (json::Value r = list.first_child(); r.valid(); r = r.next_sibling()) out.emplace_back(r.find("actor").as_string());
    return out;
}

json::Document export_of(Store &s, const std::string &kind, const std::string &actor, const std::string &person) {
    const auto e = s.export_person("{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"" + kind + "\",\"id\":\"" + actor +
                                   "\"},\"person\":\"" + person + "\"}");
    EXPECT_TRUE(e.ok()) << (e.ok() ? "" : e.error().message);
    return std::move(json::Document::parse(e.ok() ? e->document.view() : std::string_view("{}")).value());
}

TEST(StoreMemberKeys, AGuessedMemberIdConfirmsNothing) {
    TempDir dir;
    const std::string path = dir.file("store.db");
    auto s = open_store(path);
    answer(s->commit(boer(), kFirstCommit));
    answer(s->read(actor_request("professional", "joris")));  // the fixed professional: everyone shown
    answer(s->history("{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"},\"with_dossiers\":true}"));
    export_of(*s, "member", "sanne", "sanne");
    const std::vector<std::string> keys = keys_in_chain(path);
    ASSERT_EQ(keys.size(), 5u + 5u + 2u);  // read, history, export (person= and shown=)
    // What an intruder with the file would try: the unkeyed hash of each id the family may have.
    for (const std::string &member : kBoerMembers)
        for (const std::string &key : keys) EXPECT_NE(key, unkeyed(kBoer, member)) << member << " is confirmed by a guess";
    // Each key is the member's HMAC under their own secret, which only the store holds.
    const std::vector<std::string> secrets = rows(path, "SELECT member, secret FROM member_secrets WHERE dossier_id='dossier-2025-0042' ORDER BY member");
    ASSERT_EQ(secrets.size(), kBoerMembers.size());
    std::set<std::string> expected;
    for (const std::string &row : secrets) {
        const std::string member = row.substr(0, row.find('|')), secret_hex = row.substr(row.find('|') + 1);
        ASSERT_EQ(secret_hex.size(), 64u) << row;
        std::string secret;
        for (size_t i = 0; i < 64; i += 2) secret.push_back(static_cast<char>(std::stoi(secret_hex.substr(i, 2), nullptr, 16)));
        expected.insert(to_hex(hmac_sha256(secret, member)).substr(0, 16));
    }
    EXPECT_EQ(std::set<std::string>(keys.begin(), keys.end()), expected);
    // The keys still find who read Sanne's data: joris twice, and her own export.
    EXPECT_EQ(readers(export_of(*s, "member", "sanne", "sanne")),
              (std::vector<std::string>{"professional:joris", "professional:joris", "member:sanne"}));
}

TEST(StoreMemberKeys, TheSameMemberHasOtherKeysInAnotherDossierAndAnotherStore) {
    TempDir dir;
    std::vector<std::string> keys;
    for (const char *file : {"one.db", "two.db"}) {
        auto s = open_store(dir.file(file));
        answer(s->commit(boer(), kFirstCommit));
        export_of(*s, "member", "sanne", "sanne");
        keys.push_back(exported_person_key(dir.file(file), last_seq(dir.file(file))));
    }
    // The same family under another dossier id, in the first store.
    {
        auto s = open_store(dir.file("one.db"));
        const std::string other = helder::testing::replaced(boer(), kBoer, "dossier-2025-0043");
        answer(s->commit(other, kFirstCommit));
        answer(s->export_person("{\"dossier_id\":\"dossier-2025-0043\",\"actor\":{\"kind\":\"member\",\"id\":\"sanne\"}}"));
        keys.push_back(exported_person_key(dir.file("one.db"), last_seq(dir.file("one.db"))));
    }
    ASSERT_EQ(keys.size(), 3u);
    for (const std::string &k : keys) EXPECT_EQ(k.size(), 16u) << k;
    EXPECT_NE(keys[0], keys[1]) << "the same member in the same dossier in two stores";
    EXPECT_NE(keys[0], keys[2]) << "the same member in two dossiers of one store";
    EXPECT_NE(keys[1], keys[2]);
}

TEST(StoreMemberKeys, TheSecretNeverLeavesTheLibrary) {
    TempDir dir;
    const std::string path = dir.file("store.db");
    auto s = open_store(path);
    std::string answers;
    auto keep = [&](auto result) {
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
        if (result.ok()) answers += capi::to_json(std::move(result.value())).str();
    };
    keep(s->commit(boer(), kFirstCommit));
    keep(s->read(actor_request("professional", "joris")));
    keep(s->read(actor_request("member", "sanne")));
    keep(s->history("{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"},\"with_dossiers\":true}"));
    for (const char *format : {"json", "text"}) {
        auto e = s->export_person(std::string("{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"},"
                                              "\"person\":\"daan\",\"format\":\"") + format + "\"}");
        ASSERT_TRUE(e.ok()) << e.error().message;
        answers += e->document.str();
    }
    keep(s->verify());
    keep(s->indicators("{}"));
    const std::vector<std::string> secrets = rows(path, "SELECT secret FROM member_secrets");
    ASSERT_EQ(secrets.size(), kBoerMembers.size());
    const std::string chain = rows(path, "SELECT group_concat(at || actor || action || dossier_id || detail || prev || hash, ' ') FROM audit").at(0);
    const std::string stored = rows(path, "SELECT group_concat(body, ' ') FROM bodies").at(0) +
                               rows(path, "SELECT group_concat(value, ' ') FROM meta").at(0);
    for (const std::string &secret : secrets) {
        // Any 16 hexadecimal digits of it (a key is 16): none is in an answer, the chain or another table.
        for (size_t at = 0; at + 16 <= secret.size(); at += 8) {
            const std::string piece = secret.substr(at, 16);
            EXPECT_EQ(answers.find(piece), std::string::npos) << "a secret in an answer";
            EXPECT_EQ(chain.find(piece), std::string::npos) << "a secret in the audit chain";
            EXPECT_EQ(stored.find(piece), std::string::npos) << "a secret in a dossier or the meta table";
        }
    }
}

// tests/data/store-1.3-dev/store.db: written by a development build of 1.3 whose entries name
// members by the unkeyed key (make_store.c there says how).
TEST(StoreMemberKeys, AStoreWrittenWithUnkeyedKeysStillAnswersWhoReadWhom) {
    TempDir dir;
    const std::string path = dir.file("store.db");
    fs::copy_file(std::string(HELDER_TEST_DATA_DIR) + "/store-1.3-dev/store.db", path);
    const std::string sanne_before = unkeyed(kBoer, "sanne");
    ASSERT_EQ(rows(path, "SELECT count(*) FROM audit WHERE instr(detail, '" + sanne_before + "')").at(0), "4");  // the fixture is what it says
    auto s = open_store(path, "2026-11-26T10:00:00Z");
    ASSERT_TRUE(s);
    EXPECT_TRUE(answer(s->verify()).root().find("ok").as_bool());
    EXPECT_EQ(rows(path, "SELECT value FROM meta WHERE key='member_keys_keyed_from'").at(0), "6");
    // The reads of 1.3-dev still count: joris's read and history, her own read and export.
    const std::vector<std::string> old_readers = {"professional:joris", "member:sanne", "professional:joris", "member:sanne"};
    EXPECT_EQ(readers(export_of(*s, "member", "sanne", "sanne")), old_readers);
    // New entries name her by a keyed key, and are found too.
    answer(s->read(actor_request("professional", "joris")));
    EXPECT_EQ(rows(path, "SELECT count(*) FROM audit WHERE seq > 5 AND instr(detail, '" + sanne_before + "')").at(0), "0");
    std::vector<std::string> all = old_readers;
    all.insert(all.end(), {"member:sanne", "professional:joris"});
    EXPECT_EQ(readers(export_of(*s, "member", "sanne", "sanne")), all);
    // Another member's old reads are hers alone: Ria was shown only to joris.
    EXPECT_EQ(readers(export_of(*s, "professional", "joris", "ria")),
              (std::vector<std::string>{"professional:joris", "professional:joris", "professional:joris"}));
    EXPECT_TRUE(answer(s->verify()).root().find("ok").as_bool());
    // Opened again: the first keyed entry stays where it was.
    s = open_store(path, "2026-11-26T10:00:00Z");
    EXPECT_EQ(rows(path, "SELECT value FROM meta WHERE key='member_keys_keyed_from'").at(0), "6");
}

}  // namespace
}  // namespace helder::store
