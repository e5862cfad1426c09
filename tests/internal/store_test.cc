// SPDX-License-Identifier: EUPL-1.2
// The dossier store: versions and conflicts, access by role and age, statements that never
// overwrite, the export for inspection, destruction that leaves nothing in the file, the audit
// chain that notices tampering, and indicators that expose no one.
#include "store/store.hh"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <set>

#include "capi/store_json.hh"
#include "dossier/report_json.hh"
#include "core/tsv.hh"
#include "dossier/validator.hh"
#include "law/rights.hh"
#include "procedure/procedure_document.hh"
#include "test_support.hh"
#include "store_test_support.hh"

namespace helder::store {
namespace {

using testing::answer;
using testing::dossiers;
using testing::status;
using testing::TempDir;

namespace fs = std::filesystem;

std::string example() {
    static const std::string text = helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/examples/dossiers/familie-de-boer.json");
    return text;
}

// Replaces the one occurrence of `from` in `text`.
// The JSON value of a text, without the whitespace around it.
std::string_view value_of(const std::string &text) {
    const size_t first = text.find_first_not_of(" \t\r\n"), last = text.find_last_not_of(" \t\r\n");
    return std::string_view(text).substr(first, last + 1 - first);
}

using helder::testing::replaced;

std::string commit_request(int64_t expected, const std::string &author = "joris") {
    return "{\"expected_version\":" + std::to_string(expected) + ",\"author\":\"" + author + "\",\"reason\":\"update\"}";
}

std::string read_request(const std::string &kind, const std::string &id) {
    return "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"" + kind + "\",\"id\":\"" + id + "\"}}";
}

// An export of the example dossier asked by an actor (member or professional) about a person.
std::string export_request(const std::string &kind, const std::string &id, const std::string &person, const std::string &more = "") {
    return "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"" + kind + "\",\"id\":\"" + id + "\"}" +
           (person.empty() ? "" : ",\"person\":\"" + person + "\"") + more + "}";
}

// The store's clock in these tests: the example dossier's dates are around it.
const char *kToday = "2026-11-23T10:00:00Z";

StoreOptions test_clock_at(const std::string &at) {
    StoreOptions o;
    o.test_clock = at;
    return o;
}

class StoreTest : public ::testing::Test {
protected:
    std::unique_ptr<Store> open(const std::string &path = ":memory:") {
        auto s = Store::open(dossiers(), helder::testing::model(), path, test_clock_at(kToday));
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
        return s.ok() ? std::move(s.value()) : nullptr;
    }
    // A store with the example dossier as version 1.
    std::unique_ptr<Store> with_example(const std::string &path = ":memory:") {
        auto s = open(path);
        answer(s->commit(example(), commit_request(0)));
        return s;
    }
};

TEST_F(StoreTest, EveryChangeIsAVersionWithAuthorTimeAndReason) {
    auto s = open();
    const json::Document first = answer(s->commit(example(), commit_request(0)));
    EXPECT_EQ(first.root().find("dossier_id").as_string(), "dossier-2025-0042");
    EXPECT_EQ(first.root().find("version").as_integer(), 1);
    EXPECT_EQ(first.root().find("validation").find("status").as_string(), "valid");
    const std::string second = replaced(example(), "geen geld had voor boodschappen", "geen geld had voor eten");
    s->set_test_clock("2026-11-24T09:30:00Z");  // the store's clock, not the request, gives the time
    answer(s->commit(second, "{\"expected_version\":1,\"author\":\"joris\",\"reason\":\"typo\"}"));

    const json::Document h = answer(s->history(
        "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"},\"with_dossiers\":true}"));
    const json::Value v1 = h.root().find("versions").element(0), v2 = h.root().find("versions").element(1);
    EXPECT_EQ(h.root().find("versions").size(), 2u);
    EXPECT_EQ(v1.find("reason").as_string(), "update");
    EXPECT_EQ(v2.find("reason").as_string(), "typo");
    EXPECT_EQ(v1.find("at").as_string(), kToday);
    EXPECT_EQ(v2.find("at").as_string(), "2026-11-24T09:30:00Z");
    EXPECT_EQ(v2.find("author").as_string(), "joris");
    EXPECT_EQ(v1.find("dossier").raw(), value_of(example()));  // the history gives back every version exactly
    EXPECT_EQ(v2.find("dossier").raw(), value_of(second));
    EXPECT_NE(v1.find("sha256").as_string(), v2.find("sha256").as_string());

    // An older version can be read on its own.
    const json::Document old = answer(s->read(replaced(read_request("professional", "joris"), "\"actor\"", "\"version\":1,\"actor\"")));
    EXPECT_EQ(old.root().find("version").as_integer(), 1);
    EXPECT_NE(old.root().find("dossier").raw().find("geen geld had voor boodschappen"), std::string_view::npos);
}

TEST_F(StoreTest, TheSecondWriterGetsAConflictNotALostUpdate) {
    auto s = with_example();
    // Both read version 1; the first to write wins, the second is told to read again.
    const std::string a = replaced(example(), "geen geld had voor boodschappen", "geen geld had voor eten");
    const std::string b = replaced(example(), "Noor komt vaak zonder ontbijt", "Noor komt soms zonder ontbijt");
    EXPECT_EQ(answer(s->commit(a, commit_request(1, "joris"))).root().find("version").as_integer(), 2);
    const auto late = s->commit(b, commit_request(1, "fatima"));
    EXPECT_EQ(status(late), HELDER_E_CONFLICT);
    EXPECT_NE(late.error().message.find("version 2"), std::string::npos);
    const json::Document now = answer(s->read(read_request("professional", "joris")));
    EXPECT_EQ(now.root().find("version").as_integer(), 2);
    EXPECT_EQ(now.root().find("dossier").raw(), value_of(a));
    // Applied to the new version, the second change goes in too.
    EXPECT_EQ(answer(s->commit(b, commit_request(2, "fatima"))).root().find("version").as_integer(), 3);
    EXPECT_EQ(status(s->commit(example(), commit_request(0))), HELDER_E_CONFLICT);  // "new" dossier that exists
}

TEST_F(StoreTest, ADossierWithErrorsIsRefusedUnlessAllowed) {
    auto s = open();
    const std::string invalid =
        helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/tests/data/dossiers/invalid/ots-too-long.json");
    const auto refused = s->commit(invalid, commit_request(0));
    EXPECT_EQ(status(refused), HELDER_E_INVALID_JSON);
    EXPECT_NE(refused.error().message.find("time.measure_too_long"), std::string::npos) << refused.error().message;
    const std::string allow = replaced(commit_request(0), "\"reason\"", "\"allow_invalid\":true,\"reason\"");
    EXPECT_EQ(answer(s->commit(invalid, allow)).root().find("validation").find("status").as_string(), "invalid");
    EXPECT_EQ(status(s->commit("{\"id\":", commit_request(0))), HELDER_E_INVALID_JSON);
}

TEST_F(StoreTest, AProfessionalReadsOnlyWhileInvolved) {
    auto s = with_example();
    const json::Document joris = answer(s->read(read_request("professional", "joris")));
    EXPECT_EQ(joris.root().find("withheld").as_integer(), 0);
    EXPECT_EQ(joris.root().find("dossier").raw(), value_of(example()));
    // Eva's involvement ended on 2026-05-19.
    s->set_test_clock("2026-03-01T10:00:00Z");
    EXPECT_EQ(answer(s->read(read_request("professional", "eva"))).root().find("version").as_integer(), 1);
    s->set_test_clock(kToday);
    EXPECT_EQ(status(s->read(read_request("professional", "eva"))), HELDER_E_DENIED);
    EXPECT_EQ(status(s->read(read_request("professional", "stranger"))), HELDER_E_DENIED);
    EXPECT_EQ(status(s->history(read_request("professional", "eva"))), HELDER_E_DENIED);
    EXPECT_EQ(status(s->history(read_request("member", "sanne"))), HELDER_E_DENIED);
}

TEST_F(StoreTest, AChildFromTwelveReadsWhatConcernsThem) {
    auto s = with_example();
    // Noor is 9: no own access, and the refusal names its article.
    const auto noor = s->read(read_request("member", "noor"));
    EXPECT_EQ(status(noor), HELDER_E_DENIED);
    EXPECT_NE(noor.error().message.find("art. 7.3.8"), std::string::npos) << noor.error().message;
    // Daan is 13: his own record and the items about him or the whole household, nothing else.
    const json::Document daan = answer(s->read(read_request("member", "daan")));
    const json::Value d = daan.root().find("dossier");
    EXPECT_GT(daan.root().find("withheld").as_integer(), 0);
    EXPECT_EQ(d.find("household").find("members").size(), 1u);
    EXPECT_EQ(d.find("household").find("members").element(0).find("id").as_string(), "daan");
    EXPECT_EQ(d.find("concerns").size(), 0u);  // the concern is about Noor
    EXPECT_EQ(d.find("measures").size(), 1u);
    EXPECT_EQ(d.find("measures").element(0).find("id").as_string(), "m-ots-daan");
    EXPECT_EQ(d.find("problem_areas").size(), 1u);  // the one about the children
    // On the day before his 12th birthday he could not read it yet.
    s->set_test_clock("2025-04-11T23:59:59Z");
    EXPECT_EQ(status(s->read(read_request("member", "daan"))), HELDER_E_DENIED);
    s->set_test_clock("2025-04-12T00:00:00Z");
    EXPECT_TRUE(s->read(read_request("member", "daan")).ok());
}

TEST_F(StoreTest, FromSixteenParentsNeedTheChildsConsent) {
    auto s = with_example();
    // Now Daan is 13: his mother reads what concerns him and Noor.
    const json::Document now = answer(s->read(read_request("member", "sanne")));
    EXPECT_EQ(now.root().find("dossier").find("measures").size(), 2u);
    EXPECT_EQ(now.root().find("dossier").find("concerns").size(), 1u);
    // In 2029 Daan is 16: without his consent his measure is withheld from her, Noor's is not.
    s->set_test_clock("2029-06-01T10:00:00Z");
    const json::Document later = answer(s->read(read_request("member", "sanne")));
    EXPECT_EQ(later.root().find("dossier").find("measures").size(), 1u);
    EXPECT_EQ(later.root().find("dossier").find("measures").element(0).find("id").as_string(), "m-ots-noor");
    // With his consent for her to read the dossier, she sees it again.
    const std::string consent =
        "{\"id\": \"cs-mother\", \"by\": \"daan\", \"purpose\": \"access_to_dossier\", \"recipient\": \"sanne\", "
        "\"start\": \"2026-11-01\", \"about\": [\"daan\"]}, ";
    s->set_test_clock(kToday);  // committed today, read in 2029
    answer(s->commit(replaced(example(), "{\"id\": \"cs-school\"", consent + "{\"id\": \"cs-school\""), commit_request(1)));
    s->set_test_clock("2029-06-01T10:00:00Z");
    const json::Document with = answer(s->read(read_request("member", "sanne")));
    EXPECT_EQ(with.root().find("dossier").find("measures").size(), 2u);
}

TEST_F(StoreTest, EveryReadIsLoggedInTheAuditChain) {
    auto s = with_example();
    const int64_t before = answer(s->verify()).root().find("entries").as_integer();
    answer(s->read(read_request("member", "daan")));
    answer(s->read(read_request("professional", "joris")));
    answer(s->history(read_request("professional", "joris")));
    answer(s->export_person(export_request("member", "mark", "")));
    const json::Document v = answer(s->verify());
    EXPECT_EQ(v.root().find("entries").as_integer(), before + 4);
    EXPECT_TRUE(v.root().find("ok").as_bool());
    // A refused read is logged too, with its reason.
    EXPECT_EQ(status(s->read(read_request("member", "noor"))), HELDER_E_DENIED);
    EXPECT_EQ(answer(s->verify()).root().find("entries").as_integer(), before + 5);
}

TEST_F(StoreTest, AStatementIsAddedAndTheOriginalStays) {
    auto s = with_example();
    const json::Document added = answer(s->add_statement(
        "{\"dossier_id\":\"dossier-2025-0042\",\"by\":\"sanne\",\"kind\":\"correction\",\"concerns_item\":\"f-fridge\","
        "\"text\":\"De koelkast was niet leeg. Er stond melk in.\"}"));
    EXPECT_EQ(added.root().find("version").as_integer(), 2);
    const json::Document now = answer(s->read(read_request("professional", "joris")));
    const json::Value d = now.root().find("dossier");
    // The observed fact is unchanged; the correction stands beside it.
    EXPECT_EQ(d.find("concerns").element(0).find("facts").element(1).find("text").as_string(),
              "Bij het huisbezoek was de koelkast leeg. Moeder zei dat zij die week geen geld had voor boodschappen.");
    const json::Value statements = d.find("statements");
    ASSERT_EQ(statements.size(), 2u);
    EXPECT_EQ(statements.element(1).find("kind").as_string(), "correction");
    EXPECT_EQ(statements.element(1).find("by").as_string(), "sanne");
    EXPECT_EQ(statements.element(1).find("concerns_item").as_string(), "f-fridge");
    EXPECT_EQ(statements.element(0).find("id").as_string(), "st-1");
    EXPECT_EQ(now.root().find("reason").as_string(), "correction");
    // The version with the statement is still a valid dossier.
    dossier::ValidateOptions vo;
    vo.today = *Date::parse("2026-11-23");
    auto report = json::Document::parse(dossier::write_report(dossiers(), dossier::validate(dossiers(), helder::testing::model(), d.raw(), vo)).view());
    EXPECT_EQ(report->root().find("counts").find("errors").as_integer(), 0) << d.raw();
    // A child under 12 cannot add one; nor can someone outside the household.
    EXPECT_EQ(status(s->add_statement("{\"dossier_id\":\"dossier-2025-0042\",\"by\":\"noor\",\"kind\":\"own_statement\",\"text\":\"x\"}")),
              HELDER_E_DENIED);
    EXPECT_EQ(status(s->add_statement("{\"dossier_id\":\"dossier-2025-0042\",\"by\":\"anna\",\"kind\":\"own_statement\",\"text\":\"x\"}")),
              HELDER_E_DENIED);
    EXPECT_EQ(status(s->add_statement("{\"dossier_id\":\"dossier-2025-0042\",\"by\":\"sanne\",\"kind\":\"rewrite\",\"text\":\"x\"}")),
              HELDER_E_INVALID_JSON);
}

// Found in review: a 5 MB statement was accepted, after which every ordinary commit was refused
// as too large; an unknown concerns_item was accepted. A statement is validated like a commit.
TEST_F(StoreTest, AStatementCannotMakeTheDossierUncommittable) {
    auto s = with_example();
    const std::string request = "{\"dossier_id\":\"dossier-2025-0042\",\"by\":\"sanne\",\"kind\":\"own_statement\",";
    const auto huge = s->add_statement(request + "\"concerns_item\":\"\",\"text\":\"" + std::string(5u << 20, 'a') + "\"}");
    EXPECT_EQ(status(huge), HELDER_E_INVALID_JSON);
    const auto unknown = s->add_statement(request + "\"concerns_item\":\"no-such-item\",\"text\":\"Dit klopt niet.\"}");
    EXPECT_EQ(status(unknown), HELDER_E_INVALID_JSON);
    if (!unknown.ok()) {
        EXPECT_NE(unknown.error().message.find("/statements/"), std::string::npos) << unknown.error().message;
    }
    // Nothing was added, and an ordinary commit still goes through.
    EXPECT_EQ(answer(s->read(read_request("professional", "joris"))).root().find("version").as_integer(), 1);
    EXPECT_EQ(answer(s->commit(example(), commit_request(1))).root().find("version").as_integer(), 2);
    // A statement that follows the rules is still added.
    EXPECT_EQ(answer(s->add_statement(request + "\"concerns_item\":\"f-fridge\",\"text\":\"Dit klopt niet.\"}")).root().find("version").as_integer(), 3);
}

TEST_F(StoreTest, TheExportHoldsEverythingAboutThePersonAndNothingAboutOthers) {
    auto s = with_example();
    const json::Document e = answer(s->export_person(export_request("member", "daan", "daan")));
    EXPECT_EQ(e.root().find("person").find("name").as_string(), "Daan de Boer");
    EXPECT_FALSE(e.root().find("person").find("parents").valid());
    std::set<std::string> types;
    for (json::Value i = e.root().find("items").first_child(); i.valid(); i = i.next_sibling()) {
        types.insert(std::string(i.find("type").as_string()));
        EXPECT_FALSE(i.find("about").valid());
        EXPECT_FALSE(i.find("child_views").valid());  // other people's views
        EXPECT_FALSE(i.find("parent_views").valid());
    }
    for (const char *k : {"problem_area", "decision", "measure", "consents"}) EXPECT_TRUE(types.count(k)) << k;
    const std::string raw(e.root().raw());
    for (const char *other : {"Noor wil dat oma vaker komt", "Moeder wil hulp", "1958-09-14", "2017-01-30", "m-ots-noor"})
        EXPECT_EQ(raw.find(other), std::string::npos) << other;
    EXPECT_NE(raw.find("Daan wil dat het thuis rustiger wordt"), std::string::npos);  // his own view
    EXPECT_EQ(status(s->export_person(export_request("professional", "joris", "joris"))), HELDER_E_NOT_FOUND);
}

TEST_F(StoreTest, TheExportIsAPlainDocumentInDutchAndEnglish) {
    auto s = with_example();
    const std::string nl =
        s->export_person(export_request("member", "sanne", "", ",\"format\":\"text\"")).value().document.str();
    const std::string en = s->export_person(export_request("member", "sanne", "sanne", ",\"format\":\"text\",\"language\":\"en\""))
                               .value()
                               .document.str();
    EXPECT_NE(nl.find("Uw gegevens in het dossier van uw gezin"), std::string::npos) << nl;
    EXPECT_NE(nl.find("Over u: Sanne de Boer, geboren op 3 juni 1987."), std::string::npos) << nl;
    EXPECT_NE(nl.find("Die week was mijn loon te laat."), std::string::npos);  // her statement
    EXPECT_NE(nl.find("Versie 1 op 23 november 2026"), std::string::npos);
    EXPECT_NE(nl.find("gezien of gehoord door Joris Visser, Jeugdbescherming Regio"), std::string::npos) << nl;
    EXPECT_NE(nl.find("- 1 juli 2026: over Jeugdbescherming Regio"), std::string::npos) << nl;  // her complaint
    EXPECT_NE(en.find("Your data in your family's dossier"), std::string::npos) << en;
    EXPECT_NE(en.find("born on 3 June 1987"), std::string::npos) << en;
    EXPECT_EQ(nl.find("Ria Visser"), std::string::npos);
    EXPECT_EQ(nl.find("{"), std::string::npos) << nl;  // every placeholder filled
    EXPECT_EQ(en.find("{"), std::string::npos) << en;
}

TEST_F(StoreTest, DutchExportTextsPassHeldersOwnCheck) {
    const Messages texts = Messages::load("store/export_texts.tsv");
    const MessageArgs args = {{"date", "1 mei"}, {"name", "Sanne"}, {"birth_date", "3 juni 1987"}, {"text", "Het gaat goed."},
                                    {"by", "Joris"}, {"title", "Hulp thuis"}, {"view", "Het gaat goed."}, {"kind", "Hulp"},
                                    {"start", "1 mei"}, {"end", "1 juni"}, {"recipient", "de school"}, {"organisation", "de gemeente"}, {"role", "vaste professional"},
                                    {"version", "2"}, {"last_day", "10 april 2026"}};
    size_t count = 0;
    const dossier::DossierModel model;
    for (const auto &[id, t] : texts.templates()) {
        const Message m = model.law().expand(texts.format(id, args));
        EXPECT_FALSE(m.en.empty()) << id;
        // The names of measures are the words on the court's papers; each comes with its meaning.
        if (id.rfind("kind_", 0) == 0) {
            EXPECT_NE(m.nl.find(": "), std::string::npos) << id;
        }
        helder::testing::expect_plain_dutch(id, m.nl, id.rfind("kind_", 0) == 0 ? std::vector<std::string>{"jargon"} : std::vector<std::string>{});
        ++count;
    }
    EXPECT_GE(count, 30u);
    // Every kind of measure the schema knows has its name for the family.
    auto schema = json::Document::parse(helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/lib/data/schemas/dossier.schema.json"));
    ASSERT_TRUE(schema.ok());
    const json::Value kinds = schema->at("/$defs/measure/properties/kind/enum");
    EXPECT_GE(kinds.size(), 8u);
    for (json::Value k = kinds.first_child(); k.valid(); k = k.next_sibling())
        EXPECT_TRUE(texts.templates().count("kind_" + std::string(k.as_string()))) << k.as_string();
}

// The scope of a destruction, its exceptions, the files' bytes, a reader and kill -9:
// tests/internal/store_destruction_test.cc. Here: the example household is an OTS dossier.
TEST_F(StoreTest, DestructionInTheExampleOtsDossierNeedsReview) {
    TempDir dir;
    auto s = with_example(dir.file("store.db"));
    const auto refused = s->destroy("{\"dossier_id\":\"dossier-2025-0042\",\"requested_by\":\"noor\"}");
    EXPECT_EQ(status(refused), HELDER_E_DENIED);  // born in 2017: under 12, no right to ask
    const json::Document d = answer(s->destroy("{\"dossier_id\":\"dossier-2025-0042\",\"requested_by\":\"sanne\"}"));
    EXPECT_EQ(d.root().find("outcome").as_string(), "needs_review") << d.root().raw();
    EXPECT_FALSE(d.root().find("destroyed").as_bool());
    EXPECT_EQ(d.root().find("deadline").as_string(), "2027-02-23");  // three months after the store's clock
    EXPECT_EQ(d.root().find("rule").find("article").as_string(), "art. 7.3.9 Jw");
    EXPECT_EQ(answer(s->read(read_request("professional", "joris"))).root().find("version").as_integer(), 1);
    EXPECT_NE(dir.all_bytes().find("Die week was mijn loon"), std::string::npos);  // nothing destroyed
    EXPECT_TRUE(answer(s->verify()).root().find("ok").as_bool());
}

TEST_F(StoreTest, TheCallersOwnExceptionIsRefusedAsUnknown) {
    auto s = with_example();
    const auto refused = s->destroy(
        "{\"dossier_id\":\"dossier-2025-0042\",\"requested_by\":\"mark\","
        "\"exception\":{\"kind\":\"important_to_other\",\"reason\":\"Noor heeft het dossier nodig.\"}}");
    EXPECT_EQ(status(refused), HELDER_E_INVALID_JSON);
    EXPECT_NE(refused.error().message.find("unknown field \"exception\""), std::string::npos) << refused.error().message;
    EXPECT_EQ(answer(s->read(read_request("professional", "joris"))).root().find("version").as_integer(), 1);
    EXPECT_TRUE(answer(s->verify()).root().find("ok").as_bool());
}

// Edits the file behind helder's back.
void tamper(const std::string &path, const char *sql) {
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

TEST_F(StoreTest, VerifyFindsTheFirstBrokenLink) {
    struct Case {
        const char *sql;
        int64_t first_broken;  // 0: a row that no entry recorded
        const char *problem;
    };
    const Case cases[] = {
        {"UPDATE audit SET actor='eva' WHERE seq=2", 2, "changed"},
        {"DELETE FROM audit WHERE seq=2", 3, "missing"},
        {"UPDATE audit SET prev=(SELECT hash FROM audit WHERE seq=1) WHERE seq=3", 3, "link"},
        {"UPDATE audit SET hash='00' WHERE seq=3", 3, "changed"},
        {"UPDATE bodies SET body=replace(body, 'leeg', 'vol') WHERE version=2", 2, "changed after it was committed"},
        {"DELETE FROM bodies WHERE version=2", 2, "lost its dossier"},
        {"UPDATE versions SET sha256=(SELECT sha256 FROM versions WHERE version=1) WHERE version=2", 2, "changed after"},
        {"INSERT INTO bodies SELECT dossier_id, 3, body FROM bodies WHERE version=2", 0, "has no commit entry"},
    };
    for (const Case &c : cases) {
        TempDir dir;
        std::string head;
        {
            auto s = with_example(dir.file("store.db"));
            answer(s->commit(replaced(example(), "was de koelkast leeg", "was de koelkast bijna leeg"), commit_request(1)));
            answer(s->read(read_request("member", "sanne")));
            answer(s->read(read_request("member", "daan")));
            const json::Document whole = answer(s->verify());
            EXPECT_TRUE(whole.root().find("ok").as_bool());
            head = std::string(whole.root().find("head").as_string());
            EXPECT_EQ(head.size(), 64u);
        }
        tamper(dir.file("store.db"), c.sql);
        auto s = open(dir.file("store.db"));
        const json::Document v = answer(s->verify());
        EXPECT_FALSE(v.root().find("ok").as_bool()) << c.sql;
        if (c.first_broken) {
            EXPECT_EQ(v.root().find("first_broken").as_integer(), c.first_broken) << c.sql;
        } else {
            EXPECT_TRUE(v.root().find("first_broken").is_null()) << c.sql;
        }
        EXPECT_NE(v.root().find("problem").as_string().find(c.problem), std::string_view::npos) << v.root().raw();
    }
    // Rewriting the whole chain consistently is only caught against a head kept elsewhere.
    TempDir dir;
    std::string head;
    {
        auto s = with_example(dir.file("store.db"));
        head = std::string(answer(s->verify()).root().find("head").as_string());
        answer(s->read(read_request("member", "daan")));
        EXPECT_NE(answer(s->verify()).root().find("head").as_string(), head);  // the head moves with every entry
    }
}

TEST_F(StoreTest, IndicatorsExposeNoOneAndNothingBelowTheMinimumGroup) {
    auto s = open();
    auto add = [&](int n) {
        const std::string id = "gezin-" + std::to_string(n);
        answer(s->commit(replaced(example(), "\"id\": \"dossier-2025-0042\"", "\"id\": \"" + id + "\""), commit_request(0)));
    };
    for (int n = 0; n < 4; ++n) add(n);
    const json::Document few = answer(s->indicators(""));
    EXPECT_EQ(few.root().find("dossiers").as_integer(), 4);
    EXPECT_TRUE(few.root().find("suppressed").as_bool());
    EXPECT_FALSE(few.root().find("measures").valid());
    add(4);
    const json::Document five = answer(s->indicators(""));
    EXPECT_FALSE(five.root().find("suppressed").as_bool());
    EXPECT_EQ(five.root().find("measures").as_integer(), 10);
    EXPECT_EQ(five.root().find("handovers").as_integer(), 5);
    EXPECT_EQ(five.root().find("decisions").as_integer(), 15);
    EXPECT_EQ(five.root().find("professionals_per_family").find("max").as_integer(), 3);
    EXPECT_DOUBLE_EQ(five.root().find("decisions_with_family_views_share").as_number(), 1.0);
    const std::string raw(five.root().raw());
    for (const char *personal : {"gezin-", "sanne", "Boer", "joris", "2013"}) EXPECT_EQ(raw.find(personal), std::string::npos) << personal;
    EXPECT_TRUE(answer(s->indicators("{\"min_group\":6}")).root().find("suppressed").as_bool());
    EXPECT_EQ(status(s->indicators("{\"min_group\":1}")), HELDER_E_INVALID_JSON);
}

TEST_F(StoreTest, ARequestWithAMistakeNamesIt) {
    auto s = with_example();
    struct Case {
        std::string request, says;
    };
    const Case cases[] = {
        {"{\"author\":\"joris\",\"reason\":\"x\"}", "expected_version"},
        {"{\"expected_version\":-1,\"author\":\"joris\",\"reason\":\"x\"}", "expected_version"},
        {"{\"expected_version\":1,\"reason\":\"x\"}", "author"},
        {"{\"expected_version\":1,\"author\":\"joris\",\"reason\":\"x\",\"at\":\"gisteren\"}", "at"},
        {"{\"expected_version\":1,\"author\":\"joris\",\"reason\":\"x\",\"colour\":1}", "colour"},
        {"{\"expected_version\":1,\"author\":\"joris\",\"reason\":\"x\",\"dossier_id\":\"ander\"}", "dossier_id"},
        {"[1,2]", ""},
        {"{\"expected_version\":1", ""},
    };
    for (const Case &c : cases) {
        const auto r = s->commit(example(), c.request);
        EXPECT_EQ(status(r), HELDER_E_INVALID_JSON) << c.request;
        if (!r.ok()) {
            EXPECT_NE(r.error().message.find(c.says), std::string::npos) << r.error().message;
        }
    }
    EXPECT_EQ(status(s->read("{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"judge\",\"id\":\"x\"}}")), HELDER_E_INVALID_JSON);
    EXPECT_EQ(status(s->read("{\"dossier_id\":\"dossier-2025-0042\"}")), HELDER_E_INVALID_JSON);
    EXPECT_EQ(status(s->read(replaced(read_request("professional", "joris"), "dossier-2025-0042", "onbekend"))), HELDER_E_NOT_FOUND);
    EXPECT_EQ(status(s->read(replaced(read_request("professional", "joris"), "\"actor\"", "\"version\":7,\"actor\""))), HELDER_E_NOT_FOUND);
    EXPECT_EQ(status(s->export_person(export_request("member", "daan", "daan", ",\"format\":\"pdf\""))), HELDER_E_INVALID_JSON);
    EXPECT_EQ(status(s->export_person("{\"dossier_id\":\"dossier-2025-0042\",\"person\":\"daan\"}")), HELDER_E_INVALID_JSON);  // who asks?
    EXPECT_EQ(status(s->destroy("{\"dossier_id\":\"dossier-2025-0042\",\"requested_by\":\"sanne\",\"exception\":{\"kind\":\"mood\"}}")),
              HELDER_E_INVALID_JSON);
    EXPECT_FALSE(parse_store_options("{\"busy_timeout_ms\":-1}").ok());
    EXPECT_EQ(parse_store_options("{\"busy_timeout_ms\":10}").value().busy_timeout_ms, 10);
}

TEST_F(StoreTest, AStoreFileKeepsItsHistoryAndRefusesWhatIsNotAStore) {
    TempDir dir;
    {
        auto s = with_example(dir.file("store.db"));
        answer(s->commit(example(), commit_request(1)));
    }
    auto s = open(dir.file("store.db"));
    EXPECT_EQ(answer(s->read(read_request("professional", "joris"))).root().find("version").as_integer(), 2);
    s.reset();

    {
        std::FILE *f = std::fopen(dir.file("not-a-store.db").c_str(), "wb");
        const std::string junk(4096, 'x');
        std::fwrite(junk.data(), 1, junk.size(), f);
        std::fclose(f);
    }
    auto junk = Store::open(dossiers(), helder::testing::model(), dir.file("not-a-store.db"), StoreOptions());
    ASSERT_FALSE(junk.ok());
    EXPECT_EQ(junk.error().status, HELDER_E_CORRUPT) << junk.error().message;

    tamper(dir.file("store.db"), "UPDATE meta SET value='3' WHERE key='format'");
    auto newer = Store::open(dossiers(), helder::testing::model(), dir.file("store.db"), StoreOptions());
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().status, HELDER_E_UNSUPPORTED);

    auto missing = Store::open(dossiers(), helder::testing::model(), dir.file("no/such/folder/store.db"), StoreOptions());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().status, HELDER_E_IO);
}

}  // namespace
}  // namespace helder::store

namespace helder::store {
namespace {

// The export's closing paragraph names the rights of its reader, at their age and in their
// situation (lib/data/law/rights.tsv), written to them, with a note where the law is not sure.
TEST_F(StoreTest, TheExportNamesTheRightsOfItsReader) {
    auto s = with_example();
    const auto text = [&](const std::string &person) {
        return s->export_person(export_request("member", person, person, ",\"format\":\"text\"")).value().document.str();
    };
    // Sanne: a parent with gezag whose children are under an OTS.
    const std::string sanne = text("sanne");
    const std::string rights = sanne.substr(sanne.find("Wat u kunt doen"));
    for (const char *right : {"een kopie", "verbeteren", "eigen verklaring", "binnen 3 maanden gebeuren", "voor het vernietigen misschien andere regels",
                              "minstens 20 jaar", "klacht", "Jeugdstem", "cliëntondersteuner", "hoger beroep", "binnen 3 maanden na de beslissing",
                              "advocaat nodig", "schriftelijke aanwijzing", "binnen 2 weken"})
        EXPECT_NE(rights.find(right), std::string::npos) << right << " in:\n" << rights;
    // Each right with the note for its label: none for VERIFIED, one for SECONDARY, one for UNVERIFIED.
    const auto line_with = [&](const std::string &all, const char *part) {
        const size_t at = all.find(part);
        return at == std::string::npos ? std::string() : all.substr(all.rfind('\n', at) + 1, all.find('\n', at) - all.rfind('\n', at) - 1);
    };
    EXPECT_EQ(line_with(rights, "Jeugdstem").find("Vraag het na"), std::string::npos) << rights;  // VERIFIED
    EXPECT_NE(line_with(rights, "minstens 20 jaar").find("niet in de wet zelf"), std::string::npos) << rights;  // SECONDARY
    EXPECT_NE(line_with(rights, "cliëntondersteuner").find("Dit is niet zeker."), std::string::npos) << rights;  // UNVERIFIED
    EXPECT_EQ(rights.find("Vanaf 12"), std::string::npos);
    EXPECT_EQ(rights.find("niet mogelijk"), std::string::npos);    // never that no appeal is possible
    // Daan: 13, under an OTS; texts for a child, his own rights, and what is not sure said so.
    const std::string daan = text("daan");
    ASSERT_NE(daan.find("Wat je kunt doen"), std::string::npos) << daan;
    const std::string his = daan.substr(daan.find("Wat je kunt doen"));
    for (const char *right : {"Je mag lezen", "vernietigen", "binnen 3 maanden", "Mag je zelf in hoger beroep gaan", "binnen 2 weken", "Jeugdstem"})
        EXPECT_NE(his.find(right), std::string::npos) << right << " in:\n" << his;
    for (const char *not_for_him : {"uw kind", "U mag", "Over u:", "cliëntondersteuner"})
        EXPECT_EQ(daan.find(not_for_him), std::string::npos) << not_for_him << " in:\n" << daan;
    EXPECT_NE(daan.find("Over jou: Daan de Boer"), std::string::npos) << daan;
    // Sanne asks for Noor's export (9, no export of her own): it is written to Sanne, who reads it.
    const std::string for_noor = s->export_person(export_request("member", "sanne", "noor", ",\"format\":\"text\"")).value().document.str();
    EXPECT_NE(for_noor.find("Wat u kunt doen"), std::string::npos) << for_noor;
    EXPECT_NE(for_noor.find("Hebt u gezag over een kind jonger dan 16 jaar?"), std::string::npos) << for_noor;  // why she may read it
    EXPECT_EQ(for_noor.find("Wat je kunt doen"), std::string::npos) << for_noor;
    // ... and it says whose data it is: Noor's, not Sanne's.
    for (const char *about_noor : {"Gegevens over Noor de Boer", "Over Noor de Boer, geboren op", "Wie de gegevens van Noor de Boer las"})
        EXPECT_NE(for_noor.find(about_noor), std::string::npos) << about_noor << " in:\n" << for_noor;
    for (const char *not_about_sanne : {"Uw gegevens", "Over u:", "Wie uw gegevens las", "Jouw", "Over jou"})
        EXPECT_EQ(for_noor.find(not_about_sanne), std::string::npos) << not_about_sanne << " in:\n" << for_noor;
    EXPECT_NE(sanne.find("Over u: Sanne"), std::string::npos) << sanne;
}

// A schorsing stored while in force is called lapsed in an export after its term when no
// gezagsbeëindiging was asked for by its last day; with a timely request it is not (art. 1:268
// lid 5 BW). Decided 1 September, its last day is 1 December; Daan's export is of 5 December.
TEST_F(StoreTest, TheExportCallsALapsedSchorsingLapsed) {
    const std::string schorsing =
        "\"measures\": [{\"id\": \"m-sch\", \"kind\": \"schorsing_gezag\", \"child\": \"daan\", \"court_decision_date\": \"2026-09-01\", "
        "\"start\": \"2026-09-01\", \"about\": [\"daan\"]},";
    const auto daan_later = [&](const std::string &dossier) {
        TempDir dir;
        answer(open(dir.file("store.db"))->commit(dossier, commit_request(0)));
        auto later = Store::open(dossiers(), helder::testing::model(), dir.file("store.db"), test_clock_at("2026-12-05T10:00:00Z"));
        return later.value()->export_person(export_request("member", "daan", "daan", ",\"format\":\"text\"")).value().document.str();
    };
    const std::string lapsed = daan_later(replaced(example(), "\"measures\": [", schorsing));
    EXPECT_NE(lapsed.find("het verviel na 1 december 2026"), std::string::npos) << lapsed;
    const std::string request = ",\n  \"decisions\": [{\"id\": \"d-gb\", \"date\": \"2026-11-20\", \"title\": \"Verzoek\", \"kind\": \"request_measure\", "
                                "\"requested_measure\": \"gezagsbeeindiging\", \"decided_by\": \"Raad\", \"about\": [\"daan\"], \"child_views\": [{\"member\": \"daan\", \"invited\": true, \"view\": \"Ik weet het niet.\"}], "
                                "\"parent_views\": [], \"child_interest\": \"Veilig opgroeien.\", \"counter_review\": {\"by\": \"Raad\", "
                                "\"date\": \"2026-11-19\", \"outcome\": \"agreed\"}, \"counsel_offered\": true, \"client_support_offered\": true},";
    std::string in_time = replaced(replaced(example(), "\"measures\": [", schorsing), "\"format_version\": 1", "\"format_version\": 2");
    in_time = replaced(in_time, ",\n  \"decisions\": [", request);
    const std::string kept = daan_later(in_time);
    EXPECT_NE(kept.find("Schorsing van het gezag"), std::string::npos) << kept;
    EXPECT_EQ(kept.find("verviel"), std::string::npos) << kept;
}

// Every right, for a child and for an adult, passes helder's own check and exists in English.
// A child's procedure is stored with the dossier (format 2: procedure_events, and the hearing,
// the appeal and the written instruction): read back, it replays to the state the same events
// give applied one by one; the access rules withhold it from who may not see the child; every
// read is in the audit chain.
TEST_F(StoreTest, AChildsProcedureIsStoredReadUnderTheAccessRulesAndReplays) {
    TempDir dir;
    auto s = open(dir.file("store.db"));
    std::string dossier = helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/examples/dossiers/familie-de-boer-procedure.json");
    // Noor has one recorded event of her own; a decision of the fixed professional keeps Mark
    // from Daan's data.
    dossier = replaced(dossier, "  \"procedure_events\": [\n",
                       "  \"access_limits\": [{\"id\": \"al-mark\", \"child\": \"daan\", \"parents\": [\"mark\"], \"reason\": \"harm_to_care\", "
                       "\"decided_by\": \"joris\", \"date\": \"2026-09-01\"}],\n  \"procedure_events\": [\n"
                       "    {\"id\": \"pe-noor\", \"child\": \"noor\", \"spec\": {\"id\": \"nl-jeugdbescherming\", \"version\": \"2026-12-1\"}, "
                       "\"event\": \"hulp_gevraagd\", \"date\": \"2025-10-01\", \"actor\": \"Noor-stap-wijkteam\"},\n");
    const json::Document c = answer(s->commit(dossier, commit_request(0)));
    EXPECT_EQ(c.root().find("validation").find("errors").as_integer(), 0) << c.root().raw();
    const auto read = [&](const std::string &kind, const std::string &id) {
        return answer(s->read(replaced(read_request(kind, id), "dossier-2025-0042", "dossier-2025-0042-procedure")));
    };
    // The fixed professional reads it as it was committed, and it replays.
    const json::Document joris = read("professional", "joris");
    const std::string stored(joris.root().find("dossier").raw());
    EXPECT_EQ(joris.root().find("dossier").find("procedure_events").size(), 9u);
    const procedure::Procedures procedures(dossiers().law());
    auto from = procedure::from_dossier_document(procedures, stored, "{\"child\":\"daan\",\"today\":\"2026-11-23\"}");
    ASSERT_TRUE(from.ok()) << from.error().message;
    auto built = json::Document::parse(from->view());
    const json::Value recorded = built->root().find("recorded").first_child();
    ASSERT_TRUE(recorded.find("refused").is_null()) << recorded.raw();
    EXPECT_EQ(recorded.find("instance").find("events").size(), 8u);
    std::string instance = "{\"format\":\"helder-procedure-instance\",\"format_version\":1,\"spec\":{\"id\":\"nl-jeugdbescherming\",\"version\":\"" +
                           procedures.shipped("law")->version + "\"},\"child\":{\"id\":\"daan\",\"birth_date\":\"2013-04-12\"},\"events\":[]}";
    for (const char *event : {"{\"event\":\"hulp_gevraagd\",\"date\":\"2025-10-01\"}", "{\"event\":\"raad_gevraagd\",\"date\":\"2026-04-02\"}",
                              "{\"event\":\"raadsonderzoek_start\",\"date\":\"2026-04-02\"}", "{\"event\":\"verzoek_ingediend\",\"date\":\"2026-04-02\"}",
                              "{\"event\":\"zitting_gehouden\",\"date\":\"2026-05-07\",\"facts\":{\"parents_heard\":true,\"child_invited\":true}}",
                              "{\"event\":\"beschikking_ots\",\"date\":\"2026-05-12\"}", "{\"event\":\"hoger_beroep_ingesteld\",\"date\":\"2026-07-20\"}",
                              "{\"event\":\"aanwijzing_gegeven\",\"date\":\"2026-10-02\"}"}) {
        auto applied = procedure::apply_document(procedures, "", instance, event);
        ASSERT_TRUE(applied.ok()) << applied.error().message;
        auto a = json::Document::parse(applied->view());
        ASSERT_TRUE(a->root().find("applied").as_bool()) << event;
        instance = std::string(a->root().find("instance").raw());
    }
    const auto state = [&](const std::string &inst) {
        auto st = procedure::state_document(procedures, "", inst, "{\"today\":\"2026-11-23\"}");
        EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message);
        auto doc = json::Document::parse(st.ok() ? st->view() : std::string_view("{}"));
        return std::string(doc->root().find("stages").raw()) + std::string(doc->root().find("deadlines").raw());
    };
    EXPECT_EQ(state(std::string(recorded.find("instance").raw())), state(instance));
    // Daan (13) reads his own procedure, not his sister's.
    const json::Document daan_read = read("member", "daan");  // the view's values live as long as it
    const json::Value daan = daan_read.root().find("dossier");
    EXPECT_EQ(daan.find("procedure_events").size(), 8u);
    EXPECT_EQ(std::string(daan.raw()).find("Noor-stap-wijkteam"), std::string::npos);
    // Sanne, a parent with gezag, reads both children's; Mark is kept from Daan's by the fixed
    // professional's decision; the expert reads only her purpose (debts); the network member none.
    EXPECT_EQ(read("member", "sanne").root().find("dossier").find("procedure_events").size(), 9u);
    const json::Document mark = read("member", "mark");
    EXPECT_EQ(mark.root().find("dossier").find("procedure_events").size(), 1u);  // Noor's
    EXPECT_EQ(mark.root().find("dossier").find("written_instructions").element(0).find("text").valid(), false);  // about Daan too: withheld
    for (const auto &[kind, id] : std::vector<std::pair<std::string, std::string>>{{"professional", "fatima"}, {"member", "ria"}}) {
        const json::Document r = read(kind, id);
        EXPECT_EQ(r.root().find("dossier").find("procedure_events").size(), 0u) << id;
        EXPECT_EQ(std::string(r.root().find("dossier").raw()).find("aanwijzing_gegeven"), std::string::npos) << id;
        EXPECT_EQ(std::string(r.root().find("dossier").raw()).find("elke schooldag"), std::string::npos) << id;
        EXPECT_NE(std::string(r.root().find("withheld_detail").raw()).find("\"pointer\":\"/procedure_events\""), std::string::npos) << id;
    }
    // Every read is in the audit chain, with who read; the chain holds.
    s.reset();
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(dir.file("store.db").c_str(), &db), SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT actor FROM audit WHERE dossier_id='dossier-2025-0042-procedure' AND action='read' ORDER BY seq", -1, &st, nullptr), SQLITE_OK);
    std::string readers;
    while (sqlite3_step(st) == SQLITE_ROW) readers += std::string(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))) + " ";
    sqlite3_finalize(st);
    sqlite3_close(db);
    for (const char *who : {"joris", "daan", "sanne", "mark", "fatima", "ria"}) EXPECT_NE(readers.find(who), std::string::npos) << who << " in " << readers;
    s = open(dir.file("store.db"));
    EXPECT_TRUE(answer(s->verify()).root().find("ok").as_bool());
}

TEST(Rights, EveryRightPassesHeldersOwnCheck) {
    const dossier::DossierModel model;
    const std::string table = helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/lib/data/law/rights.tsv");
    size_t rows = 0;
    for (const auto &row : tsv::parse(table)) {
        ASSERT_EQ(row.fields.size(), 6u);
        const Message m = model.law().expand(Message{std::string(row.fields[4]), std::string(row.fields[5])});
        EXPECT_FALSE(m.en.empty()) << row.fields[0];
        EXPECT_EQ(m.nl.find('{'), std::string::npos) << m.nl;
        // A right may name the legal term a family uses to ask for it (hoger beroep, vertrouwenspersoon).
        helder::testing::expect_plain_dutch(std::string(row.fields[0]) + "/" + std::string(row.fields[1]), m.nl, {"jargon"});
        ++rows;
    }
    EXPECT_GE(rows, 20u);
    EXPECT_NO_THROW(law::Rights::load(model.law()));
}

// A right says once how sure it is: its own words do not say "niet zeker" next to the note that
// does (the child's appeal once read "Dat is niet zeker. Dit is niet zeker.").
TEST(Rights, ARightSaysOnceThatItIsNotSure) {
    const dossier::DossierModel model;
    const law::Rights rights = law::Rights::load(model.law());
    const std::string table = helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/lib/data/law/rights.tsv");
    size_t checked = 0;
    for (const auto &row : tsv::parse(table)) {
        if (row.fields[3] == "-") continue;
        const Message m = rights.text(row.fields[0], row.fields[1] == "child");
        size_t unsure = 0;
        for (size_t at = m.nl.find("niet zeker"); at != std::string::npos; at = m.nl.find("niet zeker", at + 1)) ++unsure;
        EXPECT_LE(unsure, 1u) << row.fields[0] << ": " << m.nl;
        EXPECT_EQ(m.nl.find("Dat is niet zeker. Dit is niet zeker."), std::string::npos) << m.nl;
        ++checked;
    }
    EXPECT_GE(checked, 30u);
    const Message child_appeal = rights.text("appeal", true);
    EXPECT_NE(child_appeal.nl.find("Mag je zelf in hoger beroep gaan"), std::string::npos) << child_appeal.nl;
    EXPECT_NE(child_appeal.nl.find("Dit is niet zeker."), std::string::npos) << child_appeal.nl;
}

// A right whose value is surer than its article: the note says that the article is not sure, not
// the right. Correcting the dossier (value VERIFIED, article SECONDARY), the Raad's report (value
// VERIFIED, no article named), reading the dossier and complaining (value SECONDARY, article
// UNVERIFIED).
TEST(Rights, WhenOnlyTheArticleIsUnsureTheNoteSaysSo) {
    const dossier::DossierModel model;
    const law::Rights rights = law::Rights::load(model.law());
    const law::LegalFacts &law = model.law();
    ASSERT_EQ(law.get("correction_and_statement").value_label, "VERIFIED");
    ASSERT_EQ(law.get("correction_and_statement").article_label, "SECONDARY");
    const Message correct = rights.text("correct", false);
    EXPECT_NE(correct.nl.find("Alleen lazen wij niet zelf in welk artikel van de wet het staat."), std::string::npos) << correct.nl;
    EXPECT_EQ(correct.nl.find("niet in de wet zelf"), std::string::npos) << correct.nl;
    const Message raad = rights.text("raad_react", false);
    EXPECT_NE(raad.nl.find("Alleen is niet zeker in welk artikel van de wet het staat."), std::string::npos) << raad.nl;
    EXPECT_EQ(raad.nl.find("Dit is niet zeker."), std::string::npos) << raad.nl;
    for (const char *id : {"read_copy", "complain"}) {
        const Message m = rights.text(id, false);
        EXPECT_EQ(m.nl.find("Dit is niet zeker."), std::string::npos) << id << ": " << m.nl;
        EXPECT_NE(m.nl.find("Ook is niet zeker in welk artikel het staat."), std::string::npos) << id << ": " << m.nl;
        EXPECT_EQ(m.en.find("This is not confirmed"), std::string::npos) << id << ": " << m.en;
    }
    // Every fact a right rests on: the note speaks of the article exactly when the article is the
    // weaker part; a fact whose value is not sure keeps "Dit is niet zeker.".
    const std::string table = helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/lib/data/law/rights.tsv");
    for (const auto &row : tsv::parse(table)) {
        if (row.fields[3] == "-") continue;
        const law::LegalFact &f = law.get(row.fields[3]);
        const std::string nl = rights.text(row.fields[0], row.fields[1] == "child").nl;
        const bool article_note = nl.find("welk artikel") != std::string::npos;
        EXPECT_EQ(article_note, f.value_label != f.label) << row.fields[0] << ": " << nl;
        EXPECT_EQ(nl.find("Dit is niet zeker.") != std::string::npos, f.value_label == "UNVERIFIED") << row.fields[0] << ": " << nl;
    }
}

}  // namespace
}  // namespace helder::store
