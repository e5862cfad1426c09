// SPDX-License-Identifier: EUPL-1.2
// The procedure: the shipped specifications load, the engine moves an instance on by dated events
// and refuses an event with the missing safeguard in plain words, and timers fire on their own.
#include <gtest/gtest.h>

#include "core/json_schema.hh"
#include "core/resources.hh"
#include "dossier/dossier_model.hh"
#include "procedure/from_dossier.hh"
#include "procedure/procedure_document.hh"
#include "procedure/engine.hh"
#include "procedure/parties.hh"
#include "law/rights.hh"
#include "test_support.hh"

namespace helder::procedure {
namespace {

const law::LegalFacts &law() {
    static const dossier::DossierModel m;
    return m.law();
}

const std::vector<std::string> &rights_ids() {
    static const std::vector<std::string> ids = law::Rights::load(law()).ids();
    return ids;
}

const Spec &shipped(const char *name) {
    static std::map<std::string, Spec> specs;
    auto it = specs.find(name);
    if (it == specs.end()) {
        auto s = Spec::shipped(name, law(), rights_ids());
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
        it = specs.emplace(name, std::move(s.value())).first;
    }
    return it->second;
}

Date day(const char *s) { return *Date::parse(s); }

std::string stage_of(const Instance &i, size_t region = 0) { return i.spec().stages[static_cast<size_t>(i.stages()[region])].id; }

TEST(ProcedureSpec, TheShippedSpecificationsLoad) {
    for (const std::string &name : Spec::shipped_names()) {
        auto s = Spec::shipped(name, law(), rights_ids());
        ASSERT_TRUE(s.ok()) << name << ": " << s.error().message;
        EXPECT_FALSE(s->stages.empty());
        EXPECT_EQ(s->kind, name == "law" ? "law" : "policy");
        // Texts have their legal facts filled in.
        for (const Stage &st : s->stages) EXPECT_EQ(st.next.nl.find("{fact:"), std::string::npos) << st.id;
    }
}

// A spoed decision, the hearing within two weeks, and a supervision order after the family was
// heard: the route a family most often asks about.
TEST(ProcedureEngine, SpoedThenHearingThenOts) {
    Instance i(shipped("law"), day("2012-03-01"));  // 14 on every date below
    ASSERT_FALSE(i.apply({"melding", day("2026-01-05"), "vt", {}}));
    EXPECT_EQ(stage_of(i), "vt_triage");
    ASSERT_FALSE(i.apply({"spoedbeslissing", day("2026-01-10"), "kinderrechter", {}}));
    EXPECT_EQ(stage_of(i), "spoed");
    // The voorlopige OTS and the hearing. No appeal period: whether a spoed decision can be
    // appealed is UNVERIFIED (2.13b), so no date is shown as if it were certain (found in review);
    // the spoed stage's rights say it may be possible.
    ASSERT_EQ(i.timers().size(), 2u);
    for (const RunningTimer &t : i.timers()) EXPECT_NE(i.spec().timers[static_cast<size_t>(t.timer)].id, "hoger_beroep");
    ASSERT_FALSE(i.apply({"zitting_gehouden", day("2026-01-20"), "kinderrechter", {{"parents_heard", true}}}));
    EXPECT_EQ(stage_of(i), "zitting");
    // The child is 14 and was not invited: no OTS, and the refusal says why and what to do.
    const auto refused = i.apply({"beschikking_ots", day("2026-01-21"), "kinderrechter", {}});
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->code, "guard_missing");
    ASSERT_FALSE(refused->reasons.empty());
    EXPECT_NE(refused->reasons[0].nl.find("Niemand heeft het kind uitgenodigd"), std::string::npos) << refused->reasons[0].nl;
    EXPECT_NE(refused->reasons[0].nl.find("Nodig het kind uit"), std::string::npos) << refused->reasons[0].nl;
    EXPECT_EQ(stage_of(i), "zitting");  // a refusal changes nothing
    ASSERT_FALSE(i.apply({"zitting_gehouden", day("2026-01-22"), "kinderrechter", {{"parents_heard", true}, {"child_invited", true}}}));
    ASSERT_FALSE(i.apply({"beschikking_ots", day("2026-01-22"), "kinderrechter", {}}));
    EXPECT_EQ(stage_of(i), "ots");
    EXPECT_EQ(i.events_applied(), 5u);
}

// The rights a parent with gezag reads where the instance stands: the rights every stage has and
// those of each region's current stage, as the procedure document lists them.
std::vector<law::Right> parent_rights(const Instance &i) {
    const Spec &s = i.spec();
    std::set<std::string> listed(s.rights_always.begin(), s.rights_always.end());
    for (int st : i.stages())
        for (const std::string &r : s.stages[static_cast<size_t>(st)].rights) listed.insert(r);
    law::RightsReader parent;
    parent.age = 40;
    parent.gezag = true;
    return law::Rights::load(law()).for_reader(parent, &listed);
}

std::string rights_text(const std::vector<law::Right> &rights) {
    std::string out;
    for (const law::Right &r : rights) out += r.id + ": " + r.text.nl + "\n";
    return out;
}

// At the spoed stage an appeal against the voorlopige OTS is not sure (domain brief 2.6, 2.13b):
// the appeal right says so, never that it is not possible, and no right there promises an appeal
// within the usual time without that note. The brief's matrix (2.14) gives the parents a copy of
// the request and a second opinion there. Once an OTS is decided, the usual appeal is back.
TEST(ProcedureRights, AtTheSpoedStageAnAppealIsNotSureAndSaysSo) {
    for (const char *name : {"law", "toekomstscenario"}) {
        Instance i(shipped(name), day("2012-03-01"));
        const auto first = i.apply({std::string(name) == "law" ? "melding" : "hulp_start", day("2026-01-05"), "vt", {}});
        ASSERT_FALSE(first) << name << ": " << first->code;
        const auto spoed = i.apply({"spoedbeslissing", day("2026-01-10"), "kinderrechter", {}});
        ASSERT_FALSE(spoed) << name << ": " << spoed->code;
        ASSERT_EQ(stage_of(i), "spoed");
        const std::vector<law::Right> rights = parent_rights(i);
        const std::string all = rights_text(rights);
        std::set<std::string> ids;
        for (const law::Right &r : rights) ids.insert(r.id);
        EXPECT_EQ(ids.count("appeal"), 0u) << name << ":\n" << all;
        EXPECT_EQ(ids.count("appeal_interim"), 0u) << name << ":\n" << all;
        ASSERT_EQ(ids.count("appeal_spoed"), 1u) << name << ":\n" << all;
        for (const char *id : {"request_copy", "second_opinion"}) EXPECT_EQ(ids.count(id), 1u) << id << " at " << name << ":\n" << all;
        for (const law::Right &r : rights) {
            if (r.id == "appeal_spoed") {
                EXPECT_NE(r.text.nl.find("hoger beroep"), std::string::npos) << r.text.nl;
                EXPECT_NE(r.text.nl.find("Dit is niet zeker."), std::string::npos) << r.text.nl;
                EXPECT_NE(r.text.en.find("not confirmed"), std::string::npos) << r.text.en;
            }
            if (r.text.nl.find("hoger beroep") != std::string::npos && r.id != "appeal_lawyer") {
                EXPECT_NE(r.text.nl.find("niet zeker"), std::string::npos) << r.id << ": " << r.text.nl;
            }
            for (const char *never : {"niet mogelijk", "geen hoger beroep", "kunt u niet in hoger beroep"})
                EXPECT_EQ(r.text.nl.find(never), std::string::npos) << r.id << ": " << r.text.nl;
        }
    }
    Instance i(shipped("law"), day("2012-03-01"));
    for (const EventInput &e : std::vector<EventInput>{{"melding", day("2026-01-05"), "vt", {}},
                                                       {"spoedbeslissing", day("2026-01-10"), "kinderrechter", {}},
                                                       {"zitting_gehouden", day("2026-01-20"), "kinderrechter", {{"parents_heard", true}, {"child_invited", true}}},
                                                       {"beschikking_ots", day("2026-01-21"), "kinderrechter", {}}})
        ASSERT_FALSE(i.apply(e)) << e.event;
    ASSERT_EQ(stage_of(i), "ots");
    const std::string at_ots = rights_text(parent_rights(i));
    EXPECT_NE(at_ots.find("appeal: Bent u het niet eens met een beslissing van de rechter? Dan kunt u in hoger beroep gaan."), std::string::npos) << at_ots;
}

TEST(ProcedureEngine, AChildUnderTwelveNeedsNoInvitation) {
    Instance i(shipped("law"), day("2018-03-01"));
    for (const EventInput &e : std::vector<EventInput>{{"raad_gevraagd", day("2026-02-01"), "", {}},
                                                       {"raadsonderzoek_start", day("2026-02-02"), "", {}},
                                                       {"verzoek_ingediend", day("2026-03-01"), "", {}},
                                                       {"zitting_gehouden", day("2026-03-20"), "", {{"parents_heard", true}}},
                                                       {"beschikking_ots", day("2026-03-21"), "", {}}})
        ASSERT_FALSE(i.apply(e)) << e.event;
    EXPECT_EQ(stage_of(i), "ots");
}

TEST(ProcedureEngine, RefusesWhatDoesNotBelongHere) {
    Instance i(shipped("law"), day("2015-01-01"));
    auto r = i.apply({"beschikking_ots", day("2026-01-01"), "", {}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->code, "not_possible_here");
    EXPECT_NE(r->reasons[0].nl.find("Zorg om een kind"), std::string::npos) << r->reasons[0].nl;
    EXPECT_EQ(r->reasons[0].nl.find(".."), std::string::npos) << r->reasons[0].nl;  // the event's own full stop, once
    EXPECT_EQ(r->reasons[0].en.find(".."), std::string::npos) << r->reasons[0].en;
    EXPECT_EQ(i.apply({"no_such_event", day("2026-01-01"), "", {}})->code, "unknown_event");
    EXPECT_EQ(i.apply({"expired:ots", day("2026-01-01"), "", {}})->code, "unknown_event");  // only the engine fires those
    EXPECT_EQ(i.apply({"melding", day("2026-01-01"), "", {{"parents_heard", true}}})->code, "unknown_fact");
    ASSERT_FALSE(i.apply({"melding", day("2026-01-02"), "", {}}));
    EXPECT_EQ(i.apply({"vt_advies", day("2026-01-01"), "", {}})->code, "date_before_last");
}

// A timer whose last day has passed fires before the next event: a voorlopige OTS of 3 months
// that no hearing followed ends on its own, and replaying gives the same state.
TEST(ProcedureEngine, ATimerFiresBeforeALaterEvent) {
    Instance i(shipped("law"), day("2015-01-01"));
    ASSERT_FALSE(i.apply({"melding", day("2026-01-05"), "", {}}));
    ASSERT_FALSE(i.apply({"spoedbeslissing", day("2026-01-10"), "", {}}));
    ASSERT_FALSE(i.apply({"klacht_ingediend", day("2026-04-10"), "", {}}));  // the last day: still running
    EXPECT_EQ(stage_of(i), "spoed");
    ASSERT_FALSE(i.apply({"klacht_beslist", day("2026-04-11"), "", {}}));  // the day after
    EXPECT_EQ(stage_of(i), "vrijwillige_hulp");
    EXPECT_FALSE(i.facts() >> i.spec().fact_index("measure_in_force") & 1);
}

// Found in review: the engine settled what the brief leaves open, and refused steps that may be
// in time. Each case below was refused before.
size_t region_of(const Instance &i, const char *id) {
    for (size_t r = 0; r < i.spec().regions.size(); ++r)
        if (i.spec().regions[r].id == id) return r;
    ADD_FAILURE() << "no region " << id;
    return 0;
}

// The route to a court decision on `day` for a child under 12 (no invitation needed).
Instance decided(const char *decision, const char *on) {
    Instance i(shipped("law"), day("2018-03-01"));
    for (const EventInput &e : std::vector<EventInput>{{"raad_gevraagd", day("2025-11-01"), "", {}},
                                                       {"raadsonderzoek_start", day("2025-11-02"), "", {}},
                                                       {"verzoek_ingediend", day("2026-01-05"), "", {}},
                                                       {"zitting_gehouden", day(on), "", {{"parents_heard", true}}},
                                                       {decision, day(on), "", {}}})
        EXPECT_FALSE(i.apply(e)) << e.event;
    return i;
}

// Whether the Atw moves a schorsing's lapse or an unused placement's is UNVERIFIED (2.13a): 3
// months from 14 February 2026 is Thursday 14 May (Hemelvaartsdag); if the Atw applies the last
// day is Monday 18 May. The engine does not refuse a step on the later day.
TEST(ProcedureEngine, WhereTheAtwIsUnsureTheLaterDayIsStillInTime) {
    Instance schorsing = decided("beschikking_schorsing", "2026-02-14");
    EXPECT_FALSE(schorsing.apply({"verzoek_gezagsbeeindiging", day("2026-05-18"), "", {}}));
    EXPECT_EQ(stage_of(schorsing), "verzoek_gezagsbeeindiging");
    Instance late = decided("beschikking_schorsing", "2026-02-14");
    const auto refused = late.apply({"verzoek_gezagsbeeindiging", day("2026-05-19"), "", {}});
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->code, "not_possible_here");

    Instance placed = decided("beschikking_ots_uhp", "2026-02-14");
    EXPECT_FALSE(placed.apply({"uithuisplaatsing_uitgevoerd", day("2026-05-18"), "", {}}));
    Instance unused = decided("beschikking_ots_uhp", "2026-02-14");
    EXPECT_TRUE(unused.apply({"uithuisplaatsing_uitgevoerd", day("2026-05-19"), "", {}}));
}

// The end of the two weeks ends the right to ask the court in time, not the aanwijzing: it still
// applies, a late request can still be made (the court decides whether it excuses the delay), and
// only a decision that voids it ends it.
TEST(ProcedureEngine, AnAanwijzingAppliesUntilTheCourtVoidsIt) {
    Instance i = decided("beschikking_ots", "2026-02-14");
    const size_t region = region_of(i, "aanwijzing");
    ASSERT_FALSE(i.apply({"aanwijzing_gegeven", day("2026-04-03"), "", {}}));
    ASSERT_FALSE(i.apply({"klacht_ingediend", day("2026-04-20"), "", {}}));  // the two weeks have passed
    EXPECT_EQ(stage_of(i, region), "aanwijzing_geldt");
    Instance upheld = i, voided = i;
    ASSERT_FALSE(upheld.apply({"vervallenverklaring_gevraagd", day("2026-04-20"), "", {}}));  // late
    EXPECT_EQ(stage_of(upheld, region), "aanwijzing_bij_rechter");
    ASSERT_FALSE(upheld.apply({"uitspraak_aanwijzing", day("2026-05-10"), "", {{"aanwijzing_voided", false}}}));
    EXPECT_EQ(stage_of(upheld, region), "aanwijzing_geldt");
    ASSERT_FALSE(voided.apply({"vervallenverklaring_gevraagd", day("2026-04-20"), "", {}}));
    ASSERT_FALSE(voided.apply({"uitspraak_aanwijzing", day("2026-05-10"), "", {{"aanwijzing_voided", true}}}));
    EXPECT_EQ(stage_of(voided, region), "geen_aanwijzing");
    // A new aanwijzing after a voided one is not taken as voided already.
    ASSERT_FALSE(voided.apply({"aanwijzing_gegeven", day("2026-06-01"), "", {}}));
    ASSERT_FALSE(voided.apply({"vervallenverklaring_gevraagd", day("2026-06-05"), "", {}}));
    ASSERT_FALSE(voided.apply({"uitspraak_aanwijzing", day("2026-06-20"), "", {}}));
    EXPECT_EQ(stage_of(voided, region), "aanwijzing_geldt");
    // An aanwijzing belongs to the OTS (2.10): when the measure ends, so does the aanwijzing.
    ASSERT_FALSE(upheld.apply({"maatregel_beeindigd", day("2026-06-01"), "", {}}));
    EXPECT_EQ(stage_of(upheld, region), "geen_aanwijzing");
    Instance expires = decided("beschikking_ots", "2026-02-14");
    ASSERT_FALSE(expires.apply({"aanwijzing_gegeven", day("2026-04-03"), "", {}}));
    ASSERT_FALSE(expires.apply({"klacht_ingediend", day("2027-03-01"), "", {}}));  // the OTS's year has passed
    EXPECT_EQ(stage_of(expires, region), "geen_aanwijzing");
    // Ending a measure when no aanwijzing was given is not refused by the aanwijzing's part.
    Instance plain = decided("beschikking_ots", "2026-02-14");
    EXPECT_FALSE(plain.apply({"maatregel_beeindigd", day("2026-06-01"), "", {}}));
}

// The appeal period runs from the decision only for the requester and those sent a copy; for
// others from service or knowledge (art. 806 lid 1 Rv). After 3 months an appeal is not refused:
// the stage says for whom the time has passed.
TEST(ProcedureEngine, AnAppealAfterTheRequestersPeriodIsNotRefused) {
    Instance i = decided("beschikking_ots", "2026-02-05");
    const size_t region = region_of(i, "beroep");
    ASSERT_FALSE(i.apply({"klacht_ingediend", day("2026-05-07"), "", {}}));
    EXPECT_EQ(stage_of(i, region), "beroepstermijn_voorbij");
    ASSERT_FALSE(i.apply({"hoger_beroep_ingesteld", day("2026-05-07"), "", {}}));
    EXPECT_EQ(stage_of(i, region), "hoger_beroep");
}

TEST(ProcedureParties, EveryPartyHasATitleInBothLanguages) {
    const Parties parties = Parties::load(law());
    ASSERT_EQ(parties.all().size(), 8u);
    for (const Party &p : parties.all()) {
        EXPECT_FALSE(p.title.nl.empty() || p.title.en.empty()) << p.id;
        EXPECT_EQ(p.title.nl.find('{'), std::string::npos) << p.title.nl;
    }
    EXPECT_EQ(parties.find("child_12_15")->reader.age, law().get("own_access_age").value);
}

// The shipped specifications follow their published schema.
TEST(ProcedureSpec, TheShippedSpecificationsFollowTheSchema) {
    auto schema = json::Schema::compile(resources::get("schemas/procedure-spec.schema.json"));
    ASSERT_TRUE(schema.ok()) << schema.error().message;
    for (const std::string &name : Spec::shipped_names()) {
        auto doc = json::Document::parse(resources::get("procedure/" + name + ".json"));
        ASSERT_TRUE(doc.ok());
        std::vector<json::SchemaViolation> v;
        schema->validate(doc->root(), v);
        EXPECT_TRUE(v.empty()) << name << ": " << (v.empty() ? "" : v[0].pointer + " " + v[0].keyword + " " + v[0].detail);
    }
}

// The vertrouwenspersoon and the cliëntondersteuner are rights too: their helper texts are the
// rights' texts (rights.tsv), with the note for their legal basis: cliëntondersteuning's is
// UNVERIFIED (brief 1a), the vertrouwenspersoon's VERIFIED.
TEST(ProcedureSpec, HelpersThatAreRightsTakeTheRightsTextAndLabel) {
    const Procedures p(law());
    size_t checked = 0;
    for (const Helper &h : p.helpers()) {
        if (h.id == "clientondersteuner") {
            EXPECT_NE(h.text.nl.find("cliëntondersteuner"), std::string::npos) << h.text.nl;
            EXPECT_NE(h.text.nl.find("Dit is niet zeker."), std::string::npos) << h.text.nl;
            EXPECT_NE(h.text.en.find("This is not confirmed"), std::string::npos) << h.text.en;
            EXPECT_EQ(h.text.nl, p.rights().text("support", false).nl);
            ++checked;
        }
        if (h.id == "vertrouwenspersoon") {
            const bool child = h.audience == "child";
            EXPECT_EQ(h.text.nl, p.rights().text("helper", child).nl);
            EXPECT_EQ(h.text.en, p.rights().text("helper", child).en);
            EXPECT_NE(h.text.nl.find(child ? "zonder dat iemand anders" : "niemand om toestemming"), std::string::npos) << h.text.nl;
            EXPECT_EQ(h.text.nl.find("niet zeker"), std::string::npos) << h.text.nl;
            ++checked;
        }
    }
    EXPECT_EQ(checked, 3u);
}

// Every text a family reads in a shipped specification passes helder's own check, and the
// engine's, the helpers' and the parties' texts too.
TEST(ProcedureSpec, EveryDutchTextPassesHeldersOwnCheck) {
    // A procedure names its stages and courts by their legal names (kinderrechter, jeugdbeschermer).
    const std::vector<std::string> allowed = {"jargon"};
    for (const std::string &name : Spec::shipped_names()) {
        const Spec &s = shipped(name.c_str());
        helder::testing::expect_plain_dutch(name + "/title", s.title.nl, allowed);
        for (const Stage &st : s.stages)
            for (const Message *m : {&st.title, &st.decides, &st.next}) helder::testing::expect_plain_dutch(name + "/" + st.id, m->nl, allowed);
        for (const Event &e : s.events)
            if (e.expires_timer < 0) helder::testing::expect_plain_dutch(name + "/" + e.id, e.text.nl, allowed);
        for (const Guard &g : s.guards) helder::testing::expect_plain_dutch(name + "/" + g.id, g.missing.nl + " " + g.remedy.nl, allowed);
        for (const Timer &t : s.timers) helder::testing::expect_plain_dutch(name + "/" + t.id, t.text.nl, allowed);
        for (const Fact &f : s.facts) helder::testing::expect_plain_dutch(name + "/" + f.id, f.text.nl, allowed);
    }
    const Procedures p(law());
    for (const Helper &h : p.helpers()) helder::testing::expect_plain_dutch("helper/" + h.id, h.text.nl, allowed);
    const Messages engine_texts = Messages::load("procedure/engine_texts.tsv");  // kept: the loop reads its table
    for (const auto &[id, m] : engine_texts.templates()) {
        const Message filled = engine_texts.format(id, {{"event", "Er was een zitting."}, {"stage", "Zitting bij de rechter"},
                                                        {"date", "2026-03-02"}, {"last", "2026-03-05"}, {"fact", "de ouders zijn gehoord"}});
        helder::testing::expect_plain_dutch("engine/" + id, filled.nl, allowed);
        EXPECT_FALSE(m.en.empty());
    }
}

std::string instance_with(const std::string &events, const std::string &version = "2026-12-1") {
    return R"({"format": "helder-procedure-instance", "format_version": 1, "spec": {"id": "nl-jeugdbescherming", "version": ")" + version +
           R"("}, "child": {"id": "daan", "birth_date": "2012-03-01"}, "events": [)" + events + "]}";
}

json::Document answer(Result<json::OwnedText> r) {
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    auto doc = json::Document::parse(r.ok() ? std::string_view(r->data.get(), r->size) : std::string_view("{}"));
    return std::move(doc.value());
}

// The instance an answer gives back replays to the same state: apply, then ask where it stands.
TEST(ProcedureDocument, AnInstanceReplaysToTheSameState) {
    const Procedures p(law());
    std::string instance = instance_with("");
    for (const char *event : {R"({"event": "melding", "date": "2026-01-05", "actor": "vt"})", R"({"event": "spoedbeslissing", "date": "2026-01-09"})",
                              R"({"event": "zitting_gehouden", "date": "2026-01-20", "facts": {"parents_heard": true, "child_invited": true}})",
                              R"({"event": "beschikking_ots", "date": "2026-01-21"})"}) {
        const json::Document a = answer(apply_document(p, "", instance, event));
        ASSERT_TRUE(a.root().find("applied").as_bool()) << a.root().raw();
        instance = std::string(a.root().find("instance").raw());
    }
    const json::Document st = answer(state_document(p, "", instance, R"({"today": "2026-02-01", "party": "parent_with_gezag"})"));
    EXPECT_EQ(st.root().find("stages").element(0).find("id").as_string(), "ots");
    EXPECT_EQ(st.root().find("stages").element(1).find("id").as_string(), "beroepstermijn");
    EXPECT_TRUE(st.root().find("facts").find("measure_in_force").as_bool());
    // The OTS runs a year from the decision; the appeal three months; both with basis and label.
    std::map<std::string, std::string> due;
    for (json::Value d = st.root().find("deadlines").first_child(); d.valid(); d = d.next_sibling()) {
        due[std::string(d.find("timer").as_string())] = std::string(d.find("due").as_string());
        EXPECT_FALSE(d.find("basis").as_string().empty());
        EXPECT_FALSE(d.find("label").as_string().empty());
    }
    EXPECT_EQ(due["ots"], "2027-01-21");
    EXPECT_EQ(due["hoger_beroep"], "2026-04-21");
    EXPECT_EQ(due.count("voorlopige_ots"), 0u);  // stopped by the decision
    // A parent with gezag reads the appeal and the written directive among the rights now.
    const std::string rights(st.root().find("parties").element(0).find("rights").raw());
    EXPECT_NE(rights.find("\"id\":\"appeal\""), std::string::npos) << rights;
    EXPECT_NE(rights.find("\"id\":\"void_directive\""), std::string::npos) << rights;
    EXPECT_EQ(st.root().find("parties").size(), 1u);
    // A year later, with no extension asked for, the OTS has ended by itself: the stored events
    // are the same, the day decides.
    const json::Document later = answer(state_document(p, "", instance, R"({"today": "2027-01-23", "party": "parent_with_gezag"})"));
    EXPECT_EQ(later.root().find("stages").element(0).find("id").as_string(), "afgesloten") << later.root().raw();
    EXPECT_FALSE(later.root().find("facts").find("measure_in_force").as_bool());
    const json::Document on_last_day = answer(state_document(p, "", instance, R"({"today": "2027-01-21"})"));
    EXPECT_EQ(on_last_day.root().find("stages").element(0).find("id").as_string(), "ots");
    // The same events give the same answer, byte for byte.
    EXPECT_EQ(std::string(st.root().raw()),
              std::string(answer(state_document(p, "", instance, R"({"today": "2026-02-01", "party": "parent_with_gezag"})")).root().raw()));
}

// An instance stored with an older version of the specification replays when its events still
// apply, and says so; one that does not is refused with the event that breaks.
TEST(ProcedureDocument, AnOlderVersionReplaysOrIsRefusedClearly) {
    const Procedures p(law());
    const json::Document ok = answer(state_document(p, "", instance_with(R"({"event": "melding", "date": "2026-01-05"})", "2025-01-1"), "{}"));
    EXPECT_EQ(ok.root().find("replayed_from_version").as_string(), "2025-01-1");
    const auto refused = state_document(p, "", instance_with(R"({"event": "verwijderde_stap", "date": "2026-01-05"})", "2025-01-1"), "{}");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().status, HELDER_E_UNSUPPORTED);
    EXPECT_NE(refused.error().message.find("verwijderde_stap"), std::string::npos) << refused.error().message;
    EXPECT_NE(refused.error().message.find("2025-01-1"), std::string::npos);
    // The same stored event in the current version: the instance itself is wrong.
    EXPECT_EQ(state_document(p, "", instance_with(R"({"event": "verwijderde_stap", "date": "2026-01-05"})"), "{}").error().status, HELDER_E_INVALID_JSON);
}

TEST(ProcedureDocument, BadInputHasAClearStatus) {
    const Procedures p(law());
    const std::string empty = instance_with("");
    EXPECT_EQ(apply_document(p, "", empty, R"({"event": "melding", "date": "2026-02-30"})").error().status, HELDER_E_INVALID_JSON);
    EXPECT_EQ(apply_document(p, "", empty, R"({"event": "melding"})").error().status, HELDER_E_INVALID_JSON);
    EXPECT_EQ(apply_document(p, "", empty, R"({"event": "melding", "date": "2026-02-03", "facts": {"x": 1}})").error().status, HELDER_E_INVALID_JSON);
    EXPECT_EQ(apply_document(p, "", "{\"format\": \"helder-procedure-instance\"", R"({})").error().status, HELDER_E_INVALID_JSON);
    EXPECT_EQ(apply_document(p, "{\"format\": 1}", empty, R"({"event": "melding", "date": "2026-02-03"})").error().status, HELDER_E_INVALID_JSON);
    EXPECT_EQ(state_document(p, "", empty, "{\"party\": \"judge\"}").error().status, HELDER_E_INVALID_JSON);
    EXPECT_EQ(state_document(p, "", std::string(empty).replace(empty.find("2012-03-01"), 10, "2012-02-30"), "{}").error().status, HELDER_E_INVALID_JSON);
    // An unknown event is refused in the answer, not an error.
    const json::Document a = answer(apply_document(p, "", empty, R"({"event": "judge_decides", "date": "2026-02-03"})"));
    EXPECT_FALSE(a.root().find("applied").as_bool());
    EXPECT_EQ(a.root().find("refusal").find("code").as_string(), "unknown_event");
}

}  // namespace
}  // namespace helder::procedure

namespace helder::procedure {
namespace {

std::string example_dossier(const char *name) {
    return helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/examples/dossiers/" + name);
}

// The example family: help from the local team, the Raad's request, and an OTS decided after the
// parents and Daan (13) were heard. Built from the dossier, Daan's procedure stands at the OTS,
// with the end the judge set and the last day to appeal.
TEST(ProcedureFromDossier, TheExampleFamilysOtsIsWhereTheProcedureStands) {
    const Procedures p(law());
    auto doc = json::Document::parse(example_dossier("familie-de-boer.json"));
    ASSERT_TRUE(doc.ok());
    for (const char *child : {"daan", "noor"}) {
        auto proc = procedure_of_child(p, doc->root(), child, *Date::parse("2026-11-23"));
        ASSERT_TRUE(proc.ok()) << proc.error().message;
        EXPECT_TRUE(proc->notes.empty()) << child << ": " << (proc->notes.empty() ? "" : proc->notes[0].event.input.event + " " + proc->notes[0].refusal.reasons[0].en);
        std::vector<std::string> events;
        for (const MappedEvent &e : proc->applied) events.push_back(e.input.event);
        EXPECT_EQ(events, (std::vector<std::string>{"hulp_gevraagd", "raad_gevraagd", "raadsonderzoek_start", "verzoek_ingediend", "zitting_gehouden", "beschikking_ots"}))
            << child;
        Instance i(p.shipped("law") ? *p.shipped("law") : shipped("law"), proc->birth);
        for (const MappedEvent &e : proc->applied) ASSERT_FALSE(i.apply(e.input)) << e.input.event;
        EXPECT_EQ(stage_of(i), "ots");
        ASSERT_EQ(proc->deadlines.size(), 2u);
        EXPECT_EQ(proc->deadlines[0].kind, "measure_end");
        EXPECT_EQ(proc->deadlines[0].due.str(), "2027-05-11");  // as the judge set it
        EXPECT_EQ(proc->deadlines[1].kind, "hoger-beroep");
        EXPECT_EQ(proc->deadlines[1].due.str(), "2026-08-12");
    }
}

// A measure the dossier records without the hearing the law asks for is not applied: it is a note
// that says which safeguard is missing. Here Daan (13) was not invited.
TEST(ProcedureFromDossier, AMeasureWithoutTheHearingIsANoteNotAStep) {
    const Procedures p(law());
    std::string d = example_dossier("familie-de-boer.json");
    const std::string invited = "{\"member\": \"daan\", \"invited\": true, \"view\": \"Daan vertelde de rechter";
    ASSERT_NE(d.find(invited), std::string::npos);
    d.replace(d.find(invited), invited.size(), "{\"member\": \"daan\", \"invited\": false, \"view\": \"Daan vertelde de rechter");
    auto doc = json::Document::parse(d);
    auto proc = procedure_of_child(p, doc->root(), "daan", *Date::parse("2026-11-23"));
    ASSERT_TRUE(proc.ok());
    ASSERT_EQ(proc->notes.size(), 1u);
    EXPECT_EQ(proc->notes[0].event.input.event, "beschikking_ots");
    EXPECT_EQ(proc->notes[0].event.pointer, "/measures/0");
    EXPECT_NE(proc->notes[0].refusal.reasons[0].nl.find("Niemand heeft het kind uitgenodigd"), std::string::npos);
}

// Eight weeks before the OTS ends, with no extension decided, the dossier report says so; the
// day before that window, it does not.
TEST(ProcedureFromDossier, AMeasureEndingSoonIsAFindingOfTheDossierReport) {
    const Procedures p(law());
    const std::string d = example_dossier("familie-de-boer.json");
    const auto findings = procedure_findings(p, d, *Date::parse("2027-03-16"));  // 56 days before 11 May 2027
    ASSERT_EQ(findings.size(), 2u);  // Daan and Noor
    EXPECT_EQ(findings[0].code, "procedure.measure_ends_soon");
    EXPECT_EQ(findings[0].severity, HELDER_SEVERITY_WARNING);
    EXPECT_NE(findings[0].text.nl.find("11 mei 2027"), std::string::npos) << findings[0].text.nl;
    EXPECT_EQ(findings[0].source.law->id, "ots_extension_max");
    EXPECT_TRUE(procedure_findings(p, d, *Date::parse("2027-03-15")).empty());
    helder::testing::expect_plain_dutch("measure_ends_soon", findings[0].text.nl, {"jargon"});
}

}  // namespace
}  // namespace helder::procedure
