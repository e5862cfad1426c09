// SPDX-License-Identifier: EUPL-1.2
// Destruction on request (art. 7.3.9 Jw): scoped to what is about only the person who asks,
// exceptions read from the dossier, a due date, nothing left in the files (BUSY while a reader
// holds the log), finished after a kill -9 at any step, and an audit chain that stays whole.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <ctime>
#include <filesystem>

#include "capi/store_json.hh"
#include "dossier/validator.hh"
#include "law/destruction.hh"
#include "store/store.hh"
#include "test_support.hh"
#include "store_test_support.hh"

namespace helder::store {
namespace {

using testing::answer;
using testing::dossiers;
using testing::rows;
using testing::status;
using testing::TempDir;

namespace fs = std::filesystem;

Date today() { return Date::from_days(static_cast<int64_t>(std::time(nullptr) / 86400)); }

// Born `years` years and a month before today: ages stay right whatever day the test runs.
std::string born(int years) {
    const Date t = today();
    const Date shifted = *Date::parse(std::to_string(t.year - years) + (t.month < 10 ? "-0" : "-") + std::to_string(t.month) + "-" +
                                      (std::min(t.day, 28) < 10 ? "0" : "") + std::to_string(std::min(t.day, 28)));
    return Date::from_days(shifted.days() - 31).str();
}

// Strings planted in the test household: what a destruction asked by Daan (13) must take out of
// every version and every file, and what must stay because it is about someone else too.
const std::vector<std::string> kDaansOwn = {
    "Daan Kwikstaartje",           "Daan-alleen-schoolzorg",   "Daan-zorg-samenvatting", "Daan-feit-alleen-spijbelt",
    "Daan-oordeel-alleen-verveelt", "Daan-feit-in-gedeelde-zorg", "Daan-mening-eigen-school", "Daan-klacht-uitkomst-wijk",
    "Daan-verklaring-Kwikstaartje", "Daan-reden-niet-gehoord-rechter", "Daan-tweede-verklaring-Zwaluw"};
const std::vector<std::string> kOthers = {"Sanne Wilgenroosje", "Ouders-schuldenlast-Wilgenroosje", "Gedeelde-zorg-ruzie-thuis",
                                          "Gedeeld-feit-Daan-en-moeder", "Noor-mening-broer-blijft", "Moeder-mening-goed-plan",
                                          "Moeder-verklaring-blijft", "Huishouden-brief-blijft", "Ria Boomklever"};

std::string household(const std::string &measures = "", const std::string &retention = "") {
    return R"({"format_version": 1, "id": "gezin-test", "household": {"name": "Gezin Test", "members": [
 {"id": "sanne", "name": "Sanne Wilgenroosje", "birth_date": "1987-06-03", "roles": ["parent", "parent_with_authority"]},
 {"id": "mark", "name": "Mark Wilgenroosje", "birth_date": "1984-11-21", "roles": ["parent", "parent_with_authority"]},
 {"id": "daan", "name": "Daan Kwikstaartje", "birth_date": ")" + born(13) + R"(", "roles": ["child"], "parents": ["sanne", "mark"]},
 {"id": "noor", "name": "Noor Wilgenroosje", "birth_date": ")" + born(9) + R"(", "roles": ["child"], "parents": ["sanne", "mark"]},
 {"id": "ria", "name": "Ria Boomklever", "birth_date": "1958-09-14", "roles": ["network_member"]}]},
 "professionals": [{"id": "joris", "name": "Joris Visser", "organisation": "Wijkteam Noord", "role": "fixed_professional", "start": "2025-01-01"}],
 "problem_areas": [{"id": "pa-school", "area": "education", "description": "Daan-alleen-schoolzorg.", "about": ["daan"]},
   {"id": "pa-debts", "area": "debts", "description": "Ouders-schuldenlast-Wilgenroosje.", "about": ["sanne", "mark"]}],
 "concerns": [
   {"id": "c-1", "summary": "Daan-zorg-samenvatting.", "problem_areas": ["pa-school"], "about": ["daan"],
    "facts": [{"id": "f-1", "observed_by": "joris", "observed_on": "2025-03-01", "source": "school", "text": "Daan-feit-alleen-spijbelt.", "about": ["daan"]}],
    "judgements": [{"id": "j-1", "by": "joris", "on": "2025-03-02", "text": "Daan-oordeel-alleen-verveelt.", "based_on": ["f-1"], "about": ["daan"]}]},
   {"id": "c-2", "summary": "Gedeelde-zorg-ruzie-thuis.", "problem_areas": ["pa-school", "pa-debts"], "about": ["daan", "sanne"],
    "facts": [{"id": "f-2", "observed_by": "joris", "observed_on": "2025-03-03", "source": "conversation", "text": "Gedeeld-feit-Daan-en-moeder.", "about": ["daan", "sanne"]},
              {"id": "f-3", "observed_by": "joris", "observed_on": "2025-03-04", "source": "conversation", "text": "Daan-feit-in-gedeelde-zorg.", "about": ["daan"]}],
    "judgements": [{"id": "j-2", "by": "joris", "on": "2025-03-05", "text": "Het gezin heeft rust nodig.", "based_on": ["f-2", "f-3"], "about": ["daan", "sanne"]}]}],
 "decisions": [
   {"id": "d-1", "date": "2025-04-01", "title": "Hulp bij school", "kind": "voluntary_help", "decided_by": "joris", "about": ["daan", "noor"],
    "child_views": [{"member": "daan", "invited": true, "view": "Daan-mening-eigen-school."}, {"member": "noor", "view": "Noor-mening-broer-blijft."}],
    "parent_views": [{"member": "sanne", "view": "Moeder-mening-goed-plan."}],
    "child_interest": "Rust voor de kinderen.", "consent_by": ["sanne", "mark", "daan"]},
   {"id": "d-2", "date": "2025-04-02", "title": "Gesprek over school", "kind": "other", "decided_by": "joris", "about": ["daan"],
    "child_views": [{"member": "daan", "invited": true, "not_heard_reason": "Daan-reden-niet-gehoord-rechter."}], "parent_views": [],
    "child_interest": "Daan gaat weer naar school."}],
 "consents": [{"id": "cs-1", "by": "daan", "purpose": "share_data", "recipient": "mentor", "start": "2025-04-01", "about": ["daan"]}],
 "complaints": [{"id": "k-1", "by": "daan", "about_organisation": "Wijkteam Noord", "filed_on": "2025-05-01", "status": "decided",
                 "outcome": "Daan-klacht-uitkomst-wijk.", "about": ["daan"]}],
 "statements": [{"id": "st-1", "by": "daan", "date": "2025-05-02", "kind": "own_statement", "text": "Daan-verklaring-Kwikstaartje.", "concerns_item": "f-2", "about": ["daan"]},
   {"id": "st-2", "by": "sanne", "date": "2025-05-03", "kind": "own_statement", "text": "Moeder-verklaring-blijft.", "concerns_item": "f-1", "about": ["sanne"]}],
 "family_texts": [{"id": "ft-1", "date": "2025-05-04", "title": "Brief aan het gezin", "text": "Huishouden-brief-blijft.", "about": []}])" +
           measures + retention + "}";
}

std::string commit_request(int64_t expected) {
    return "{\"expected_version\":" + std::to_string(expected) + ",\"author\":\"joris\",\"reason\":\"update\"}";
}

std::string destroy_request(const std::string &who) { return "{\"dossier_id\":\"gezin-test\",\"requested_by\":\"" + who + "\"}"; }

std::unique_ptr<Store> open_store(const std::string &path, int busy_timeout_ms = 5000) {
    StoreOptions o;
    o.busy_timeout_ms = busy_timeout_ms;
    auto s = Store::open(dossiers(), helder::testing::model(), path, o);
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
    return s.ok() ? std::move(s.value()) : nullptr;
}

// Two versions of the household: the second adds a statement of Daan's.
// The household, with Daan recorded as not able to judge his own interests.
std::string household_with_daan_unable() {
    std::string d = household();
    const std::string daan = "\"roles\": [\"child\"], \"parents\": [\"sanne\", \"mark\"]}";
    d.replace(d.find(daan), daan.size(), "\"roles\": [\"child\"], \"parents\": [\"sanne\", \"mark\"], \"able_to_judge\": false}");
    return d;
}

void fill(Store &s, const std::string &dossier = household()) {
    const json::Document c = answer(s.commit(dossier, commit_request(0)));
    EXPECT_EQ(c.root().find("validation").find("errors").as_integer(), 0) << c.root().raw();
    answer(s.add_statement("{\"dossier_id\":\"gezin-test\",\"by\":\"daan\",\"kind\":\"own_statement\",\"concerns_item\":\"\","
                           "\"text\":\"Daan-tweede-verklaring-Zwaluw.\"}"));
}

// Every stored version, as the history gives it to the fixed professional.
std::vector<std::string> versions(Store &s) {
    auto h = s.history("{\"dossier_id\":\"gezin-test\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"},\"with_dossiers\":true}");
    EXPECT_TRUE(h.ok()) << (h.ok() ? "" : h.error().message);
    std::vector<std::string> out;
    if (h.ok())
        for (const VersionRecord &v : h->versions) out.push_back(v.dossier.value_or(""));
    if (out.empty()) out.emplace_back();
    return out;
}

void expect_gone(const std::string &bytes, const std::vector<std::string> &markers, const std::string &where) {
    for (const std::string &m : markers) EXPECT_EQ(bytes.find(m), std::string::npos) << m << " is still in " << where;
}
void expect_kept(const std::string &bytes, const std::vector<std::string> &markers, const std::string &where) {
    for (const std::string &m : markers) EXPECT_NE(bytes.find(m), std::string::npos) << m << " is no longer in " << where;
}

// The fixed professional reads the dossier: the chain names every member by their key, so each
// gets a secret (lib/store/member_keys.hh). Returns Daan's, as the table holds it.
std::string read_by_joris(Store &s, const TempDir &dir) {
    answer(s.read("{\"dossier_id\":\"gezin-test\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"}}"));
    const auto secret = rows(dir.file("store.db"), "SELECT secret FROM member_secrets WHERE dossier_id='gezin-test' AND member='daan'");
    EXPECT_EQ(secret.size(), 1u);
    return secret.empty() ? "no secret" : secret[0];
}

// Each rewritten version still parses and validates without errors.
void expect_valid(const std::string &version) {
    dossier::ValidateOptions vo;
    vo.today = today();
    vo.check_family_texts = false;
    const dossier::Report r = dossier::validate(dossiers(), helder::testing::model(), version, vo);
    EXPECT_EQ(r.errors, 0u) << (r.first_error() ? r.first_error()->code + " at " + r.first_error()->pointer : r.status) << "\n" << version;
}

TEST(StoreDestruction, AThirteenYearOldErasesOnlyWhatIsAboutThem) {
    TempDir dir;
    auto s = open_store(dir.file("store.db"));
    fill(*s);
    const std::string secret = read_by_joris(*s, dir);
    expect_kept(dir.all_bytes(), kDaansOwn, "the files before");  // the checks below can fail
    expect_kept(dir.all_bytes(), {secret}, "the files before");
    const json::Document d = answer(s->destroy(destroy_request("daan")));
    EXPECT_EQ(d.root().find("outcome").as_string(), "erased") << d.root().raw();
    EXPECT_TRUE(d.root().find("destroyed").as_bool());
    expect_gone(dir.all_bytes(), {secret}, "the files (Daan's secret)");
    // He is 13: the answer is written to a child.
    EXPECT_NE(d.root().find("message").find("nl").as_string().find("alleen over jou gaan"), std::string_view::npos) << d.root().raw();
    EXPECT_EQ(d.root().find("versions_rewritten").as_integer(), 2);
    const std::vector<std::string> all = versions(*s);
    ASSERT_EQ(all.size(), 2u);  // no version removed: each rewritten
    for (const std::string &v : all) {
        expect_gone(v, kDaansOwn, "a version");
        expect_kept(v, {"Sanne Wilgenroosje", "Ouders-schuldenlast-Wilgenroosje", "Gedeelde-zorg-ruzie-thuis", "Gedeeld-feit-Daan-en-moeder",
                        "Noor-mening-broer-blijft", "Moeder-mening-goed-plan", "Moeder-verklaring-blijft", "Huishouden-brief-blijft"},
                    "a version");
        expect_valid(v);
        // His member record stays, reduced: the shared items still name him.
        EXPECT_NE(v.find("{\"id\":\"daan\",\"name\":\"daan\""), std::string::npos) << v;
        EXPECT_EQ(v.find("\"f-3\""), std::string::npos) << v;  // dropped from j-2's based_on too
    }
    expect_gone(dir.all_bytes(), kDaansOwn, "the files");
    expect_kept(dir.all_bytes(), kOthers, "the files");
    EXPECT_TRUE(answer(s->verify()).root().find("ok").as_bool());
    // The dossier goes on: a professional commits the next version.
    EXPECT_EQ(status(s->commit(all.back(), commit_request(2))), HELDER_OK);
    s.reset();
    expect_gone(dir.all_bytes(), kDaansOwn, "the files after closing");
    expect_gone(dir.all_bytes(), {secret}, "the files after closing (Daan's secret)");
}

// Daan's procedure as the dossier records it (format 2): his recorded events, a written
// instruction, a hearing and an appeal about him alone go with everything else of his, from every
// version and every file; a hearing where his mother was heard too stays.
TEST(StoreDestruction, AChildsProcedureRecordsLeaveNothingBehind) {
    const std::vector<std::string> daans = {"pe-daan-melding-Kwikstaart", "Daan-stap-vastgelegd-door-Merel", "pe-daan-hulp-Kwikstaart",
                                            "Daan-aanwijzing-alleen-school", "Daan-zitting-alleen-rechter", "Daan-hoger-beroep-uitkomst"};
    const std::vector<std::string> shared = {"Gedeelde-zitting-moeder-blijft", "pe-noor-hulp-Wilg"};
    const std::string spec = R"("spec": {"id": "nl-jeugdbescherming", "version": "2026-12-1"})";
    const std::string records = R"(,
 "procedure_events": [
   {"id": "pe-daan-melding-Kwikstaart", "child": "daan", )" + spec + R"(, "event": "melding", "date": "2025-03-01", "actor": "Daan-stap-vastgelegd-door-Merel", "about": ["daan"]},
   {"id": "pe-daan-hulp-Kwikstaart", "child": "daan", )" + spec + R"(, "event": "vt_naar_hulp", "date": "2025-03-06"},
   {"id": "pe-noor-hulp-Wilg", "child": "noor", )" + spec + R"(, "event": "hulp_gevraagd", "date": "2025-04-01"}],
 "written_instructions": [{"id": "wi-daan", "child": "daan", "given_by": "joris", "sent_on": "2025-06-02", "text": "Daan-aanwijzing-alleen-school.", "about": ["daan"]}],
 "hearings": [{"id": "h-daan", "date": "2025-05-10", "children_invited": ["daan"], "text": "Daan-zitting-alleen-rechter.", "about": ["daan"]},
   {"id": "h-gedeeld", "date": "2025-05-11", "parents_heard": ["sanne"], "children_invited": ["daan"], "text": "Gedeelde-zitting-moeder-blijft.", "about": ["daan", "sanne"]}],
 "appeals": [{"id": "hb-daan", "filed_on": "2025-07-01", "outcome": "Daan-hoger-beroep-uitkomst.", "about": ["daan"]}])";
    std::string dossier = household(records);
    dossier.replace(dossier.find("\"format_version\": 1"), 19, "\"format_version\": 2");
    TempDir dir;
    auto s = open_store(dir.file("store.db"));
    fill(*s, dossier);
    expect_kept(dir.all_bytes(), daans, "the files before");
    const json::Document d = answer(s->destroy(destroy_request("daan")));
    EXPECT_EQ(d.root().find("outcome").as_string(), "erased") << d.root().raw();
    for (const std::string &v : versions(*s)) {
        expect_gone(v, daans, "a version");
        expect_gone(v, kDaansOwn, "a version");
        expect_kept(v, shared, "a version");
        expect_valid(v);
    }
    expect_gone(dir.all_bytes(), daans, "the files");
    expect_kept(dir.all_bytes(), shared, "the files");
    EXPECT_TRUE(answer(s->verify()).root().find("ok").as_bool());
    s.reset();
    expect_gone(dir.all_bytes(), daans, "the files after closing");
}

TEST(StoreDestruction, ANetworkMemberErasesOnlyHerOwnRecord) {
    TempDir dir;
    auto s = open_store(dir.file("store.db"));
    fill(*s);
    const json::Document d = answer(s->destroy(destroy_request("ria")));
    EXPECT_EQ(d.root().find("outcome").as_string(), "erased");
    for (const std::string &v : versions(*s)) {
        expect_gone(v, {"Ria Boomklever"}, "a version");
        expect_kept(v, {"Sanne Wilgenroosje", "Moeder-verklaring-blijft", "Daan-verklaring-Kwikstaartje", "Huishouden-brief-blijft"}, "a version");
    }
    expect_gone(dir.all_bytes(), {"Ria Boomklever"}, "the files");
}

TEST(StoreDestruction, UnderTwelveOrNotAMemberIsRefused) {
    auto s = open_store(":memory:");
    fill(*s);
    const auto noor = s->destroy(destroy_request("noor"));
    ASSERT_EQ(status(noor), HELDER_E_DENIED);
    EXPECT_NE(noor.error().message.find("art. 7.3.9 Jw"), std::string::npos) << noor.error().message;
    // Written to her, a child, with the note for destruction_min_age: its value from explanations of
    // the law (SECONDARY), its article not confirmed (UNVERIFIED).
    EXPECT_NE(noor.error().message.find("[nl] Je mag nog niet vragen om je gegevens te vernietigen. Dat mag vanaf 12 jaar."), std::string::npos)
        << noor.error().message;
    EXPECT_NE(noor.error().message.find("wij lazen het niet in de wet zelf. Ook is niet zeker in welk artikel het staat. Vraag het na bij een advocaat of het Juridisch Loket."), std::string::npos)
        << noor.error().message;
    EXPECT_EQ(status(s->destroy(destroy_request("joris"))), HELDER_E_DENIED);
    EXPECT_NE(versions(*s).back().find("Daan Kwikstaartje"), std::string::npos);
}

// A person who cannot judge their own interests is told that, not that they are too young.
TEST(StoreDestruction, UnableToJudgeIsToldWhy) {
    auto s = open_store(":memory:");
    answer(s->commit(household_with_daan_unable(), commit_request(0)));
    const auto r = s->destroy(destroy_request("daan"));
    ASSERT_EQ(status(r), HELDER_E_DENIED);
    EXPECT_NE(r.error().message.find("[nl] Je mag niet zelf vragen om je gegevens te vernietigen."), std::string::npos) << r.error().message;
    EXPECT_EQ(r.error().message.find("nog niet"), std::string::npos) << r.error().message;
}

TEST(StoreDestruction, TheCallerCannotPassAnException) {
    auto s = open_store(":memory:");
    fill(*s);
    const auto r = s->destroy("{\"dossier_id\":\"gezin-test\",\"requested_by\":\"daan\",\"exception\":{\"kind\":\"statutory_rule\",\"reason\":\"x\"}}");
    ASSERT_EQ(status(r), HELDER_E_INVALID_JSON);
    EXPECT_NE(r.error().message.find("\"exception\""), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("retention_decisions"), std::string::npos) << r.error().message;
    EXPECT_NE(versions(*s).back().find("Daan Kwikstaartje"), std::string::npos);
}

TEST(StoreDestruction, AKeepDecisionOfAProfessionalInTheDossierRefuses) {
    TempDir dir;
    auto s = open_store(dir.file("store.db"));
    const std::string keep = R"(, "retention_decisions": [{"id": "rd-1", "kind": "statutory_duty", "by": "joris", "date": "2025-06-01",
        "reason": "Bewaarplicht-Strandloper: de rechter vroeg om dit dossier.", "about": ["daan"]}])";
    fill(*s, household("", keep));
    const auto r = s->destroy(destroy_request("daan"));
    ASSERT_EQ(status(r), HELDER_E_DENIED);
    EXPECT_NE(r.error().message.find("We vernietigen je gegevens niet."), std::string::npos) << r.error().message;  // to Daan, 13
    EXPECT_NE(r.error().message.find("A law says that the dossier has to be kept."), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("Bewaarplicht-Strandloper"), std::string::npos);
    EXPECT_NE(versions(*s).back().find("Daan Kwikstaartje"), std::string::npos);
    // The chain names the decision, not the professional's words.
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(dir.file("store.db").c_str(), &db), SQLITE_OK);
    sqlite3_stmt *q = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT detail FROM audit WHERE action='destroy_refused'", -1, &q, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
    const std::string detail = reinterpret_cast<const char *>(sqlite3_column_text(q, 0));
    EXPECT_NE(detail.find("rd-1"), std::string::npos) << detail;
    EXPECT_EQ(detail.find("Strandloper"), std::string::npos) << detail;
    sqlite3_finalize(q);
    sqlite3_close(db);
    // A decision about someone else, or not by a professional of the dossier, does not apply.
    for (const std::string &other : std::vector<std::string>{R"("by": "joris", "date": "2025-06-01", "about": ["noor"])", R"("by": "joris", "date": "2020-01-01", "until": "2021-01-01", "about": [])"}) {
        auto t = open_store(":memory:");
        fill(*t, household("", R"(, "retention_decisions": [{"id": "rd-1", "kind": "important_to_other", "reason": "Voor Noor.", )" + other + "}]"));
        EXPECT_EQ(answer(t->destroy(destroy_request("daan"))).root().find("outcome").as_string(), "erased") << other;
    }
}

TEST(StoreDestruction, AnOtsDossierNeedsReviewAndKeepsItsData) {
    auto s = open_store(":memory:");
    fill(*s, household(R"(, "measures": [{"id": "m-1", "kind": "ots", "child": "noor", "court_decision_date": "2025-05-12",
                              "start": "2025-05-12", "end": "2026-05-11", "about": ["noor"]}])"));
    const json::Document d = answer(s->destroy(destroy_request("daan")));
    EXPECT_EQ(d.root().find("outcome").as_string(), "needs_review") << d.root().raw();
    EXPECT_FALSE(d.root().find("destroyed").as_bool());
    EXPECT_EQ(d.root().find("review").find("label").as_string(), "UNVERIFIED");
    EXPECT_NE(d.root().find("review").find("reason").as_string().find("ots"), std::string_view::npos);
    const std::string_view nl = d.root().find("message").find("nl").as_string();
    EXPECT_NE(nl.find("maatregel van de rechter"), std::string_view::npos);
    // Daan is 13: written to him; other rules only "misschien", and said to be unconfirmed.
    EXPECT_NE(nl.find("Iemand bekijkt je vraag"), std::string_view::npos) << nl;
    EXPECT_NE(nl.find("gelden misschien andere regels"), std::string_view::npos) << nl;
    EXPECT_NE(nl.find("Dit is niet zeker."), std::string_view::npos) << nl;
    EXPECT_NE(nl.find("je gezin moet hulp krijgen"), std::string_view::npos) << nl;  // the measure, for a child
    EXPECT_NE(versions(*s).back().find("Daan Kwikstaartje"), std::string::npos);
}

TEST(StoreDestruction, TheDueDateIsTheLegalTermWithItsArticle) {
    auto s = open_store(":memory:");
    fill(*s);
    const json::Document d = answer(s->destroy(destroy_request("daan")));
    const law::DestructionRight right(dossiers().law());
    const json::Value due = d.root().find("due");
    EXPECT_EQ(due.find("date").as_string(), right.deadline().after(today()).str());
    EXPECT_EQ(due.find("article").as_string(), "art. 7.3.9 Jw");
    EXPECT_EQ(due.find("label").as_string(), right.deadline().label);
    EXPECT_EQ(Date::parse(due.find("date").as_string())->days() - today().days() >= 89, true);
}

TEST(StoreDestruction, AReaderHoldingTheLogGetsBusyAndARetryFinishes) {
    TempDir dir;
    auto s = open_store(dir.file("store.db"), 100);
    fill(*s);
    const std::string secret = read_by_joris(*s, dir);
    sqlite3 *reader = nullptr;
    ASSERT_EQ(sqlite3_open(dir.file("store.db").c_str(), &reader), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM bodies;", nullptr, nullptr, nullptr), SQLITE_OK);
    const auto busy = s->destroy(destroy_request("daan"));
    ASSERT_EQ(status(busy), HELDER_E_BUSY);
    EXPECT_NE(busy.error().message.find("pending"), std::string::npos) << busy.error().message;
    // Why it may not say "destroyed": the old versions are still in the files.
    EXPECT_NE(dir.all_bytes().find("Daan-verklaring-Kwikstaartje"), std::string::npos);
    EXPECT_EQ(status(s->destroy(destroy_request("daan"))), HELDER_E_BUSY);  // still reading
    ASSERT_EQ(sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(reader);
    const json::Document d = answer(s->destroy(destroy_request("daan")));
    EXPECT_EQ(d.root().find("outcome").as_string(), "erased");
    expect_gone(dir.all_bytes(), kDaansOwn, "the files after the retry");
    expect_gone(dir.all_bytes(), {secret}, "the files after the retry (Daan's secret)");
    EXPECT_TRUE(answer(s->verify()).root().find("ok").as_bool());
}

TEST(StoreDestruction, AReaderInAnotherProcessGetsBusyToo) {
    TempDir dir;
    auto s = open_store(dir.file("store.db"), 100);
    fill(*s);
    int ready[2], done[2];
    ASSERT_EQ(pipe(ready), 0);
    ASSERT_EQ(pipe(done), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {  // holds a read transaction until the parent says so
        sqlite3 *reader = nullptr;
        char c = 'r';
        const bool reading = sqlite3_open(dir.file("store.db").c_str(), &reader) == SQLITE_OK &&
                             sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM bodies;", nullptr, nullptr, nullptr) == SQLITE_OK;
        if (!reading) c = 'x';
        if (write(ready[1], &c, 1) != 1 || read(done[0], &c, 1) != 1) _exit(2);
        sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(reader);
        _exit(reading ? 0 : 1);
    }
    char c = 0;
    ASSERT_EQ(read(ready[0], &c, 1), 1);
    ASSERT_EQ(c, 'r');
    const auto busy = s->destroy(destroy_request("daan"));
    EXPECT_EQ(status(busy), HELDER_E_BUSY);
    EXPECT_NE(dir.all_bytes().find("Daan-verklaring-Kwikstaartje"), std::string::npos);
    ASSERT_EQ(write(done[1], "g", 1), 1);
    int wstatus = 0;
    ASSERT_EQ(waitpid(child, &wstatus, 0), child);
    EXPECT_TRUE(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0);
    for (int fd : {ready[0], ready[1], done[0], done[1]}) close(fd);
    EXPECT_EQ(answer(s->destroy(destroy_request("daan"))).root().find("outcome").as_string(), "erased");
    expect_gone(dir.all_bytes(), kDaansOwn, "the files after the other process's read");
    s.reset();
    expect_gone(dir.all_bytes(), kDaansOwn, "the closed files");
}

int g_kill_at = -1;
void kill_here(int step) {
    if (step == g_kill_at) kill(getpid(), SIGKILL);
}

TEST(StoreDestruction, KilledAtEachStepARetryFinishes) {
    for (int step = 0; step <= 5; ++step) {
        TempDir dir;
        std::string secret;
        {
            auto s = open_store(dir.file("store.db"));
            fill(*s);
            secret = read_by_joris(*s, dir);
        }
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            g_kill_at = step;
            erasure_step_hook = kill_here;
            auto s = Store::open(dossiers(), helder::testing::model(), dir.file("store.db"), StoreOptions());
            if (s.ok()) (void)s.value()->destroy(destroy_request("daan"));
            _exit(3);  // not killed: the step was never reached
        }
        int wstatus = 0;
        ASSERT_EQ(waitpid(child, &wstatus, 0), child);
        ASSERT_TRUE(WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGKILL) << "step " << step << ": " << wstatus;
        auto s = open_store(dir.file("store.db"));
        const json::Document d = answer(s->destroy(destroy_request("daan")));
        EXPECT_EQ(d.root().find("outcome").as_string(), "erased") << "step " << step;
        for (const std::string &v : versions(*s)) {
            expect_gone(v, kDaansOwn, "a version after a kill at step " + std::to_string(step));
            expect_valid(v);
        }
        const json::Document v = answer(s->verify());
        EXPECT_TRUE(v.root().find("ok").as_bool()) << "step " << step << ": " << v.root().raw();
        expect_gone(dir.all_bytes(), kDaansOwn, "the files after a kill at step " + std::to_string(step));
        s.reset();
        expect_gone(dir.all_bytes(), kDaansOwn, "the closed files after a kill at step " + std::to_string(step));
        expect_gone(dir.all_bytes(), {secret}, "the closed files after a kill at step " + std::to_string(step) + " (Daan's secret)");
        expect_kept(dir.all_bytes(), {"Moeder-verklaring-blijft", "Sanne Wilgenroosje"}, "the files");
    }
}

// Crypto-shredding: the chain keeps the keys that named Daan in the reads before his destruction
// (it cannot be rewritten), but with his secret gone they link to no one, not even for helder.
TEST(StoreDestruction, AfterwardsTheChainsKeysLinkToNoOne) {
    TempDir dir;
    const std::string path = dir.file("store.db");
    auto s = open_store(path);
    fill(*s);
    read_by_joris(*s, dir);
    auto exported = [&](const std::string &person) {
        const auto e = s->export_person("{\"dossier_id\":\"gezin-test\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"},"
                                        "\"person\":\"" + person + "\"}");
        EXPECT_TRUE(e.ok()) << (e.ok() ? "" : e.error().message);
        auto doc = json::Document::parse(e.ok() ? e->document.view() : std::string_view("{}"));
        // The key the export entry (the last) gives the person, and how many reads it lists.
        const std::string detail = rows(path, "SELECT detail FROM audit ORDER BY seq DESC LIMIT 1").at(0);
        const size_t key_at = detail.find("person=");
        return std::make_pair(key_at == std::string::npos ? "" : detail.substr(key_at + 7, 16), doc->root().find("readers").size());
    };
    const auto [daans_key, daans_readers] = exported("daan");
    EXPECT_EQ(daans_readers, 1u);  // joris's read
    const size_t sannes_readers = exported("sanne").second;
    EXPECT_EQ(sannes_readers, 1u);
    const std::string erase_from = rows(path, "SELECT max(seq) + 1 FROM audit").at(0);
    EXPECT_EQ(answer(s->destroy(destroy_request("daan"))).root().find("outcome").as_string(), "erased");
    EXPECT_EQ(rows(path, "SELECT count(*) FROM member_secrets WHERE member='daan'").at(0), "0");
    // His keys are still in the chain; the reads they record are no longer his for anyone.
    EXPECT_NE(rows(path, "SELECT count(*) FROM audit WHERE instr(detail, '" + daans_key + "')").at(0), "0");
    const auto [new_key, readers_after] = exported("daan");
    EXPECT_EQ(readers_after, 0u) << "the reads before the destruction still name Daan";
    EXPECT_NE(new_key, daans_key);
    EXPECT_EQ(new_key.size(), 16u);
    // No key he is named by from here on is one from before.
    for (const std::string &detail : rows(path, "SELECT detail FROM audit WHERE seq >= " + erase_from))
        EXPECT_EQ(detail.find(daans_key), std::string::npos) << detail;
    // The others' keys are theirs as before: Sanne's export still lists joris's read, and her own.
    EXPECT_EQ(exported("sanne").second, sannes_readers + 1);
    EXPECT_TRUE(answer(s->verify()).root().find("ok").as_bool());
}

TEST(StoreDestruction, TheChainStaysWholeAndStillCatchesTampering) {
    TempDir dir;
    {
        auto s = open_store(dir.file("store.db"));
        fill(*s);
        answer(s->destroy(destroy_request("daan")));
        const json::Document v = answer(s->verify());
        EXPECT_TRUE(v.root().find("ok").as_bool()) << v.root().raw();
    }
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(dir.file("store.db").c_str(), &db), SQLITE_OK);
    // One redaction entry per rewritten version; none holds content.
    sqlite3_stmt *q = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT group_concat(detail, '|'), count(*), min(seq) FROM audit WHERE action='redact'", -1, &q, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
    const std::string details = reinterpret_cast<const char *>(sqlite3_column_text(q, 0));
    EXPECT_EQ(sqlite3_column_int(q, 1), 2);
    const int first_redact = sqlite3_column_int(q, 2);
    sqlite3_finalize(q);
    expect_gone(details, kDaansOwn, "the chain");
    // A rewritten version changed afterwards is caught at its redaction entry.
    ASSERT_EQ(sqlite3_exec(db, "UPDATE bodies SET body=replace(body, 'Moeder-verklaring-blijft', 'Moeder-verklaring-anders') WHERE version=1",
                           nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto s = open_store(dir.file("store.db"));
    const json::Document v = answer(s->verify());
    EXPECT_FALSE(v.root().find("ok").as_bool());
    EXPECT_EQ(v.root().find("first_broken").as_integer(), first_redact) << v.root().raw();
}

TEST(StoreDestruction, DutchDestructionTextsPassHeldersOwnCheck) {
    const Messages texts = Messages::load("store/destruction_texts.tsv");
    const MessageArgs args = {{"due", "6 maart 2027"}, {"kind", "Ondertoezichtstelling: verplichte hulp met toezicht"}, {"by", "Joris Visser"}, {"date", "1 mei 2026"},
                              {"reason", "Het dossier is nodig voor de zaak bij de rechter."}};
    EXPECT_EQ(texts.templates().size(), 12u);
    for (const auto &[key, unused] : texts.templates()) {
        (void)unused;
        const std::string id = key.substr(0, key.size() - (key.size() > 6 && key.compare(key.size() - 6, 6, "_child") == 0 ? 6 : 0));
        if (id != key) EXPECT_TRUE(texts.templates().count(id)) << key << " has no text for an adult";
        else EXPECT_TRUE(texts.templates().count(key + "_child")) << key << " has no text for a child";
        const Message m = dossiers().law().expand(texts.format(key, args));
        EXPECT_FALSE(m.en.empty()) << id;
        EXPECT_EQ(m.nl.find('{'), std::string::npos) << id;
        // The name of a measure is the word on the court's papers, with its meaning (export_texts.tsv).
        helder::testing::expect_plain_dutch(id, m.nl, std::string(id) == "needs_review" ? std::vector<std::string>{"jargon"} : std::vector<std::string>{});
    }
}

}  // namespace
}  // namespace helder::store
