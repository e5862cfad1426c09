// The procedure: the shipped specifications load, the engine moves an instance on by dated events
// and refuses an event with the missing safeguard in plain words, and timers fire on their own.
#include <gtest/gtest.h>

#include "dossier/dossier_model.hh"
#include "procedure/engine.hh"
#include "procedure/parties.hh"
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
    ASSERT_EQ(i.timers().size(), 3u);  // voorlopige OTS, hearing, appeal
    ASSERT_FALSE(i.apply({"zitting_gehouden", day("2026-01-20"), "kinderrechter", {{"parents_heard", true}}}));
    EXPECT_EQ(stage_of(i), "zitting");
    // The child is 14 and was not invited: no OTS, and the refusal says why and what to do.
    const auto refused = i.apply({"beschikking_ots", day("2026-01-21"), "kinderrechter", {}});
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->code, "guard_missing");
    ASSERT_FALSE(refused->reasons.empty());
    EXPECT_NE(refused->reasons[0].nl.find("niet uitgenodigd"), std::string::npos) << refused->reasons[0].nl;
    EXPECT_NE(refused->reasons[0].nl.find("Nodig het kind uit"), std::string::npos) << refused->reasons[0].nl;
    EXPECT_EQ(stage_of(i), "zitting");  // a refusal changes nothing
    ASSERT_FALSE(i.apply({"zitting_gehouden", day("2026-01-22"), "kinderrechter", {{"parents_heard", true}, {"child_invited", true}}}));
    ASSERT_FALSE(i.apply({"beschikking_ots", day("2026-01-22"), "kinderrechter", {}}));
    EXPECT_EQ(stage_of(i), "ots");
    EXPECT_EQ(i.events_applied(), 5u);
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

TEST(ProcedureParties, EveryPartyHasATitleInBothLanguages) {
    const Parties parties = Parties::load(law());
    ASSERT_EQ(parties.all().size(), 8u);
    for (const Party &p : parties.all()) {
        EXPECT_FALSE(p.title.nl.empty() || p.title.en.empty()) << p.id;
        EXPECT_EQ(p.title.nl.find('{'), std::string::npos) << p.title.nl;
    }
    EXPECT_EQ(parties.find("child_12_15")->reader.age, law().get("own_access_age").value);
}

}  // namespace
}  // namespace helder::procedure
