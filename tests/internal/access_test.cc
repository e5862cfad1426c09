// SPDX-License-Identifier: EUPL-1.2
// The access matrix (issue 11, points 1–3): for a household with every kind of reader, what each
// person sees, through the view function and through the store, and that every rule of
// lib/data/access/rules.tsv is needed for it.
#include <gtest/gtest.h>

#include <ctime>
#include <map>
#include <set>

#include "access/grants.hh"
#include "access/policy.hh"
#include "access/view.hh"
#include "access/view_document.hh"
#include "capi/store_json.hh"
#include "core/json.hh"
#include "core/resources.hh"
#include "core/tsv.hh"
#include "dossier/dossier_model.hh"
#include "dossier/validator.hh"
#include "store/store.hh"
#include "test_support.hh"

namespace helder {
namespace {

const dossier::DossierModel &dossiers() {
    static const dossier::DossierModel m;
    return m;
}

const access::Policy &policy() {
    static const access::Policy p(dossiers().law());
    return p;
}

// household.json with every "@-15y-40d" turned into a date relative to `base`.
std::string household(const Date &base) {
    std::string text = testing::read_file(testing::test_data("access/household.json"));
    std::string out;
    size_t at = 0;
    while (true) {
        const size_t mark = text.find("\"@", at);
        if (mark == std::string::npos) break;
        const size_t end = text.find('"', mark + 1);
        out.append(text, at, mark + 1 - at);
        Date d = base;
        const std::string spec = text.substr(mark + 2, end - mark - 2);
        size_t i = 0;
        while (i < spec.size()) {
            size_t used = 0;
            const int n = std::stoi(spec.substr(i), &used);
            const char unit = spec[i + used];
            if (unit == 'y') d = add_months(d, 12 * n);
            else if (unit == 'm') d = add_months(d, n);
            else d = add_days(d, n);
            i += used + 1;
        }
        out.append(d.str());
        at = end;
    }
    out.append(text, at, std::string::npos);
    return out;
}

struct Expected {
    std::string kind, id;
    bool denied = false;
    std::set<std::string> items, parts, members, professionals;
};

std::set<std::string> id_set(std::string_view list) {
    std::set<std::string> out;
    for (std::string_view s : tsv::split(list, ',')) out.emplace(s);
    return out;
}

std::vector<Expected> matrix() {
    std::vector<Expected> out;
    const std::string text = testing::read_file(testing::test_data("access/matrix.tsv"));
    for (const auto &row : tsv::parse(text)) {
        Expected e;
        e.kind = std::string(row.fields.at(0));
        e.id = std::string(row.fields.at(1));
        e.denied = row.fields.size() > 2 && row.fields[2] == "denied";
        if (!e.denied) {
            e.items = id_set(row.fields.size() > 2 ? row.fields[2] : "");
            e.parts = id_set(row.fields.size() > 3 ? row.fields[3] : "");
            e.members = id_set(row.fields.size() > 4 ? row.fields[4] : "");
            e.professionals = id_set(row.fields.size() > 5 ? row.fields[5] : "");
        }
        out.push_back(std::move(e));
    }
    return out;
}

struct Seen {
    std::set<std::string> items, parts, members, professionals;
};

// Every item in a view (nested ones too), and the ones marked as partly withheld.
void collect(const json::Value &v, Seen &seen) {
    if (v.is_object() && v.find("id").is_string()) {
        seen.items.emplace(v.find("id").as_string());
        if (v.find("withheld").is_bool()) seen.parts.emplace(v.find("id").as_string());
    }
    for (json::Value c = v.first_child(); c.valid(); c = c.next_sibling())
        if (c.is_object() || c.is_array()) collect(c, seen);
}

Seen seen_in(const json::Value &view) {
    Seen seen;
    for (json::Value m = view.first_child(); m.valid(); m = m.next_sibling())
        if (m.key() != "household" && m.key() != "professionals" && m.key() != "id") collect(m, seen);
    for (json::Value m = view.find("household").find("members").first_child(); m.valid(); m = m.next_sibling())
        seen.members.emplace(m.find("id").as_string());
    for (json::Value p = view.find("professionals").first_child(); p.valid(); p = p.next_sibling())
        seen.professionals.emplace(p.find("id").as_string());
    return seen;
}

std::string request(const Expected &e, const Date &on) {
    return "{\"reader\":{\"kind\":\"" + e.kind + "\",\"id\":\"" + e.id + "\"},\"date\":\"" + on.str() + "\"}";
}

// Checks one reader's view against the matrix; returns false (and says why) on a difference.
bool matches(const Expected &e, const Result<json::OwnedText> &r, std::string &why) {
    if (e.denied) {
        if (r.ok()) why = e.id + " was not refused";
        else if (r.error().status != HELDER_E_DENIED) why = e.id + ": " + r.error().message;
        return why.empty();
    }
    if (!r.ok()) {
        why = e.id + " was refused: " + r.error().message;
        return false;
    }
    auto doc = json::Document::parse(r.value().view());
    const Seen seen = seen_in(doc->root().find("dossier"));
    auto show = [](const std::set<std::string> &s) {
        std::string out;
        for (const auto &x : s) out += x + ",";
        return out;
    };
    if (seen.items != e.items) why += e.id + " items: got " + show(seen.items) + " want " + show(e.items) + "\n";
    if (seen.parts != e.parts) why += e.id + " parts: got " + show(seen.parts) + " want " + show(e.parts) + "\n";
    if (seen.members != e.members) why += e.id + " members: got " + show(seen.members) + " want " + show(e.members) + "\n";
    if (seen.professionals != e.professionals)
        why += e.id + " professionals: got " + show(seen.professionals) + " want " + show(e.professionals) + "\n";
    return why.empty();
}

const Date kOn = *Date::parse("2026-11-23");

TEST(AccessMatrix, EachPersonSeesExactlyWhatTheTableAllows) {
    const std::string dossier = household(kOn);
    for (const Expected &e : matrix()) {
        std::string why;
        EXPECT_TRUE(matches(e, access::view_document(policy(), dossier, request(e, kOn)), why)) << why;
    }
}

TEST(AccessMatrix, TheMatrixDossierIsValidFormat2) {
    dossier::ValidateOptions vo;
    vo.today = kOn;
    const dossier::Report report = dossier::validate(dossiers(), testing::model(), household(kOn), vo);
    EXPECT_EQ(report.errors, 0u) << (report.first_error() ? report.first_error()->code + " " + report.first_error()->pointer : "");
}

// Removing any one rule from the table changes what someone sees: no rule is dead, and the
// matrix would catch a rule lost in a change.
TEST(AccessMatrix, EveryRuleOfTheTableIsNeeded) {
    const std::string dossier = household(kOn);
    const std::string table(resources::get("access/rules.tsv"));
    size_t rules = 0;
    for (const auto &row : tsv::parse(table)) {
        ++rules;
        const std::string rule(row.fields[0]);
        std::string without;
        for (std::string_view line : tsv::split(table, '\n'))
            if (line.rfind(rule + "\t", 0) != 0) without.append(line).push_back('\n');
        const access::Policy lesser(dossiers().law(), without);
        ASSERT_EQ(lesser.rules().size() + 1, policy().rules().size()) << rule;
        bool differs = false;
        for (const Expected &e : matrix()) {
            std::string why;
            differs = differs || !matches(e, access::view_document(lesser, dossier, request(e, kOn)), why);
        }
        EXPECT_TRUE(differs) << "the matrix does not notice that rule " << rule << " is gone";
    }
    EXPECT_EQ(rules, policy().rules().size());
}

TEST(AccessMatrix, WhatWasWithheldIsSaidWithItsReasonNotItsContent) {
    const std::string dossier = household(kOn);
    auto r = access::view_document(policy(), dossier, "{\"reader\":{\"kind\":\"member\",\"id\":\"moeder\"},\"date\":\"2026-11-23\"}");
    ASSERT_TRUE(r.ok());
    const std::string text(r.value().view());
    // The 16-year-old's own view and the father's view are not in the mother's view of a decision
    // that is also about her 9-year-old; the 13-year-old's letter is withheld by the decision.
    EXPECT_EQ(text.find("Kind zestien wil hulp zonder moeder"), std::string::npos);
    EXPECT_EQ(text.find("Vader is het oneens"), std::string::npos);
    EXPECT_NE(text.find("Moeder vindt het goed"), std::string::npos);
    EXPECT_EQ(text.find("Beste kind dertien"), std::string::npos);
    auto doc = json::Document::parse(text);
    std::set<std::string> reasons;
    for (json::Value w = doc->root().find("withheld").first_child(); w.valid(); w = w.next_sibling()) {
        reasons.emplace(w.find("reason").as_string());
        EXPECT_FALSE(w.find("message").find("nl").as_string().empty());
        EXPECT_FALSE(w.find("article").as_string().empty());
    }
    EXPECT_TRUE(reasons.count("access_limited"));
    EXPECT_TRUE(reasons.count("other_person"));
    // A fact with no "about" in a concern about the 16-year-old is about her, not the household.
    EXPECT_EQ(text.find("GEHEIM"), std::string::npos);
    // The network member never reads the household-wide fact.
    auto oma = access::view_document(policy(), dossier, "{\"reader\":{\"kind\":\"member\",\"id\":\"oma\"},\"date\":\"2026-11-23\"}");
    ASSERT_TRUE(oma.ok());
    EXPECT_EQ(std::string(oma.value().view()).find("Vader sloeg moeder"), std::string::npos);
}

TEST(AccessMatrix, BadRequestsGetAClearStatus) {
    const std::string dossier = household(kOn);
    EXPECT_EQ(access::view_document(policy(), dossier, "{}").error().status, HELDER_E_INVALID_JSON);
    EXPECT_EQ(access::view_document(policy(), dossier, "{\"reader\":{\"kind\":\"x\",\"id\":\"a\"},\"date\":\"2026-11-23\"}").error().status,
              HELDER_E_INVALID_JSON);
    EXPECT_EQ(access::view_document(policy(), dossier, "{\"reader\":{\"kind\":\"member\",\"id\":\"moeder\"},\"date\":\"gisteren\"}").error().status,
              HELDER_E_INVALID_JSON);
    EXPECT_EQ(access::view_document(policy(), "{\"id\":", "{\"reader\":{\"kind\":\"member\",\"id\":\"moeder\"},\"date\":\"2026-11-23\"}").error().status,
              HELDER_E_INVALID_JSON);
    // A duplicate key could hide an "about": refused.
    EXPECT_EQ(access::view_document(policy(), "{\"id\":\"a\",\"id\":\"b\"}", "{\"reader\":{\"kind\":\"member\",\"id\":\"m\"},\"date\":\"2026-11-23\"}").error().status,
              HELDER_E_INVALID_JSON);
}

// Fields the table does not list are never shown in a partial view, so the table must list every
// field of the schema's items.
TEST(AccessPolicy, EveryFieldOfTheSchemaIsInTheTable) {
    auto schema = json::Document::parse(resources::get("schemas/dossier.schema.json"));
    ASSERT_TRUE(schema.ok());
    const std::map<std::string, std::string> lists = {
        {"problem_areas", "problem_area"},  {"concerns", "concern"},           {"concerns.facts", "fact"},
        {"concerns.judgements", "judgement"}, {"safety.assessments", "safety_assessment"}, {"safety.agreements", "safety_agreement"},
        {"plan.goals", "goal"},             {"plan.network_support", "network_support"}, {"decisions", "decision"},
        {"measures", "measure"},            {"consents", "consent"},           {"complaints", "complaint"},
        {"statements", "statement"},        {"family_texts", "family_text"},   {"access_limits", "access_limit"},
        {"access_objections", "access_objection"},
        {"retention_decisions", "retention_decision"}, {"procedure_events", "procedure_event"},
        {"written_instructions", "written_instruction"}, {"hearings", "hearing"}, {"appeals", "appeal"}};
    ASSERT_EQ(lists.size(), access::item_lists().size() + 2);  // item_lists() has the top lists only
    for (const auto &[list, def] : lists) {
        const json::Value props = schema->root().find("$defs").find(def).find("properties");
        ASSERT_TRUE(props.is_object()) << def;
        for (json::Value p = props.first_child(); p.valid(); p = p.next_sibling())
            EXPECT_NE(policy().field(list, p.key()), nullptr) << list << "." << p.key() << " is not in lib/data/access/fields.tsv";
    }
}

TEST(AccessPolicy, WithheldTextsArePlainDutch) {
    for (const auto &row : tsv::parse(resources::get("access/withheld.tsv")))
        testing::expect_plain_dutch(std::string(row.fields[0]), std::string(row.fields[3]));
}

TEST(AccessPolicy, DocsListEveryRule) {
    const std::string docs = testing::read_file(std::string(HELDER_SOURCE_DIR) + "/docs/store.md");
    for (const access::Rule &r : policy().rules()) EXPECT_NE(docs.find("`" + r.id + "`"), std::string::npos) << r.id;
}

}  // namespace
}  // namespace helder

namespace helder {
namespace {

Date today_utc() { return Date::from_days(static_cast<int64_t>(std::time(nullptr) / 86400)); }

std::string without(std::string text, const std::string &from) {
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.erase(at, from.size());
    return text;
}

std::string actor(const Expected &e) { return "{\"kind\":\"" + e.kind + "\",\"id\":\"" + e.id + "\"}"; }

// Through the store, at the store's clock: version 1 (before the 17-year-old's consent, while the
// previous professional was still involved) and version 2 (the matrix's household) are read as
// every person. The latest version decides: the previous professional reads no version, and the
// mother reads the 17-year-old's data in version 1 too.
TEST(AccessMatrix, TheStoreReadsEveryVersionByTheSameRules) {
    const Date today = today_utc();
    const std::string v2 = household(today);
    std::string v1 = without(v2, "    {\"id\": \"cs-k17\", \"by\": \"kind17\", \"purpose\": \"access_to_dossier\", \"recipient\": \"moeder\", \"start\": \"" +
                                     add_months(today, -1).str() + "\"},\n");
    v1 = without(v1, ", \"end\": \"" + add_days(add_months(today, -12), -1).str() + "\"");
    auto store = store::Store::open(dossiers(), testing::model(), ":memory:", store::StoreOptions());
    ASSERT_TRUE(store.ok());
    auto &s = *store.value();
    ASSERT_TRUE(s.commit(v1, "{\"expected_version\":0,\"author\":\"vast\",\"reason\":\"start\"}").ok());
    ASSERT_TRUE(s.commit(v2, "{\"expected_version\":1,\"author\":\"vast\",\"reason\":\"consent\"}").ok());
    // A refused commit (a stale version, an invalid dossier) is an entry in the audit chain too.
    const int64_t entries = s.verify().value().entries;
    EXPECT_EQ(s.commit(v2, "{\"expected_version\":1,\"author\":\"vast\",\"reason\":\"again\"}").error().status, HELDER_E_CONFLICT);
    EXPECT_EQ(s.commit(without(v2, "\"name\": \"Moeder Test\", "), "{\"expected_version\":2,\"author\":\"vast\",\"reason\":\"x\"}").error().status,
              HELDER_E_INVALID_JSON);
    EXPECT_EQ(s.verify().value().entries, entries + 2);
    // A version's reason (a professional's free text) goes only to who sees the whole dossier.
    const std::string as = "{\"dossier_id\":\"dossier-access-matrix\",\"actor\":";
    EXPECT_EQ(s.read(as + "{\"kind\":\"professional\",\"id\":\"vast\"}}").value().reason, "consent");
    const auto mother = s.read(as + "{\"kind\":\"member\",\"id\":\"moeder\"}}");
    ASSERT_TRUE(mother.ok());
    EXPECT_TRUE(mother.value().reason.empty());
    EXPECT_TRUE(mother.value().reason_withheld);
    const auto expert = s.history(as + "{\"kind\":\"professional\",\"id\":\"schuld\"},\"with_dossiers\":true}");
    ASSERT_TRUE(expert.ok());
    for (const auto &v : expert.value().versions) {
        EXPECT_TRUE(v.reason_withheld);
        EXPECT_EQ(v.dossier->find("Vader sloeg moeder"), std::string::npos);  // the expert's view only
    }
    for (const Expected &e : matrix()) {
        for (int version : {1, 2}) {
            Expected want = e;
            if (version == 1) {
                want.items.erase("cs-k17");
                want.parts.erase("cs-k17");
            }
            auto r = s.read("{\"dossier_id\":\"dossier-access-matrix\",\"version\":" + std::to_string(version) + ",\"actor\":" + actor(e) + "}");
            Result<json::OwnedText> view = make_error(HELDER_E_INTERNAL, "");
            if (r.ok()) {
                json::Writer w;
                w.begin_object().key("dossier").raw(r.value().dossier.view()).end_object();
                view = w.release();
            } else {
                view = r.error();
            }
            std::string why;
            EXPECT_TRUE(matches(want, view, why)) << "version " << version << ": " << why;
        }
    }
}

TEST(AccessMatrix, AnExportHoldsWhatTheOneWhoAsksMaySeeAndWhoReadIt) {
    const std::string dossier = household(today_utc());
    auto store = store::Store::open(dossiers(), testing::model(), ":memory:", store::StoreOptions());
    ASSERT_TRUE(store.ok());
    auto &s = *store.value();
    ASSERT_TRUE(s.commit(dossier, "{\"expected_version\":0,\"author\":\"vast\",\"reason\":\"start\"}").ok());
    auto exported = [&](const std::string &who, const std::string &person, const std::string &format = "json") {
        return s.export_person("{\"dossier_id\":\"dossier-access-matrix\",\"actor\":{\"kind\":\"member\",\"id\":\"" + who +
                               "\"},\"person\":\"" + person + "\",\"format\":\"" + format + "\"}");
    };
    // Nobody exports someone else's data without a right to see it; a child under 12 has no export.
    EXPECT_EQ(exported("buurman", "moeder").error().status, HELDER_E_DENIED);
    EXPECT_EQ(exported("oma", "moeder").error().status, HELDER_E_DENIED);
    EXPECT_EQ(exported("kind9", "kind9").error().status, HELDER_E_DENIED);
    EXPECT_EQ(exported("moeder", "kind13").error().status, HELDER_E_DENIED);  // limited by a decision
    ASSERT_TRUE(exported("moeder", "kind9").ok());                              // a parent for a young child
    // An expert with a consent to share may read about the stepfather, but exports are for the
    // person, a parent with gezag and the fixed professional only.
    EXPECT_EQ(s.export_person("{\"dossier_id\":\"dossier-access-matrix\",\"actor\":{\"kind\":\"professional\",\"id\":\"verslaving\"},"
                              "\"person\":\"stiefvader\"}").error().status, HELDER_E_DENIED);
    // A stranger learns nothing about which versions exist: refused alike for one that does not.
    EXPECT_EQ(s.read("{\"dossier_id\":\"dossier-access-matrix\",\"version\":9,\"actor\":{\"kind\":\"member\",\"id\":\"inbreker\"}}").error().status,
              HELDER_E_DENIED);
    // Read by the fixed professional and by the grandmother (who may see kind9): both are listed
    // in kind9's export, the grandmother not in the mother's.
    ASSERT_TRUE(s.read("{\"dossier_id\":\"dossier-access-matrix\",\"actor\":{\"kind\":\"professional\",\"id\":\"vast\"}}").ok());
    ASSERT_TRUE(s.read("{\"dossier_id\":\"dossier-access-matrix\",\"actor\":{\"kind\":\"member\",\"id\":\"oma\"}}").ok());
    auto own = exported("moeder", "moeder");
    ASSERT_TRUE(own.ok());
    auto doc = json::Document::parse(own.value().document.view());
    ASSERT_TRUE(doc.ok());
    std::set<std::string> items, readers;
    for (json::Value i = doc->root().find("items").first_child(); i.valid(); i = i.next_sibling()) items.emplace(i.find("item").find("id").as_string());
    for (json::Value r = doc->root().find("readers").first_child(); r.valid(); r = r.next_sibling()) readers.emplace(r.find("actor").as_string());
    EXPECT_EQ(items, (std::set<std::string>{"pa-debt", "c-home", "c-debt", "f-hit", "f-debt", "g-debt", "d-mix", "cs-oma"}));
    EXPECT_TRUE(readers.count("professional:vast"));
    EXPECT_FALSE(readers.count("member:oma"));
    EXPECT_EQ(doc->root().find("requested_by").as_string(), "member:moeder");
    EXPECT_EQ(std::string(own.value().document.view()).find("f-k9"), std::string::npos);  // not about her
    const std::string text(own.value().document.view());
    EXPECT_EQ(text.find("Kind zestien wil hulp zonder moeder"), std::string::npos);  // another person's view
    EXPECT_NE(text.find("Moeder vindt het goed"), std::string::npos);               // her own
    auto child = exported("moeder", "kind9");
    ASSERT_TRUE(child.ok());
    EXPECT_NE(std::string(child.value().document.view()).find("\"member:oma\""), std::string::npos);
    // The plain-language export names the reader by role and organisation.
    auto letter = exported("moeder", "moeder", "text");
    ASSERT_TRUE(letter.ok());
    EXPECT_NE(std::string(letter.value().document.view()).find("vaste professional van Jeugdbescherming Oost"), std::string::npos);
}

}  // namespace
}  // namespace helder
