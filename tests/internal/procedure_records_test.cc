// SPDX-License-Identifier: EUPL-1.2
// A child's procedure as the dossier records it (dossier format 2): the recorded events
// (procedure_events) replay to the same state every time, on the version helder has or with a
// clear refusal; written instructions, hearings and appeals map to the law specification's events
// and deadlines (docs/procedure.md); a recorded event that does not replay is a finding.
#include <gtest/gtest.h>

#include <algorithm>

#include "dossier/dossier_model.hh"
#include "dossier/validator.hh"
#include "access/policy.hh"
#include "access/view_document.hh"
#include "procedure/from_dossier.hh"
#include "procedure/procedure_document.hh"
#include "procedure/recorded.hh"
#include "test_support.hh"

namespace helder::procedure {
namespace {

const dossier::DossierModel &model() {
    static const dossier::DossierModel m;
    return m;
}

const Procedures &procedures() {
    static const Procedures p(model().law());
    return p;
}

const Date kToday = *Date::parse("2026-11-23");

std::string example() {
    static const std::string text = helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/examples/dossiers/familie-de-boer-procedure.json");
    return text;
}

using helder::testing::replaced;

std::string replaced_all(std::string text, const std::string &from, const std::string &to) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
    return text;
}

DossierProcedure of_child(const std::string &dossier, const char *child) {
    auto doc = json::Document::parse(dossier);
    EXPECT_TRUE(doc.ok());
    auto proc = procedure_of_child(procedures(), doc->root(), child, kToday);
    EXPECT_TRUE(proc.ok()) << (proc.ok() ? "" : proc.error().message);
    return std::move(proc.value());
}

std::string events_of(const DossierProcedure &p) {
    std::string out;
    for (const MappedEvent &e : p.applied) out += e.input.event + "@" + e.input.date.str() + "<" + e.pointer + "> ";
    return out;
}

json::Document parsed(const Result<json::OwnedText> &r) {
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    auto doc = json::Document::parse(r.ok() ? r.value().view() : std::string_view("{}"));
    return std::move(doc.value());
}

std::string raw(const json::Value &v) { return std::string(v.raw()); }

TEST(ProcedureRecords, TheExampleValidatesWithoutErrors) {
    dossier::ValidateOptions o;
    o.today = kToday;
    const dossier::Report r = dossier::validate(model(), helder::testing::model(), example(), o);
    EXPECT_EQ(r.errors, 0u) << (r.first_error() ? r.first_error()->code + " at " + r.first_error()->pointer : r.status);
    // The new lists are format 2: a dossier of format 1 that uses one is told so.
    const dossier::Report one = dossier::validate(model(), helder::testing::model(), replaced(example(), "\"format_version\": 2", "\"format_version\": 1"), o);
    size_t needs = 0;
    for (const auto &f : one.findings) needs += f.code == "ref.needs_format_2";
    EXPECT_GE(needs, 5u);  // the four lists and the expert's problem_areas
}

// The hearing the dossier records gives its own day and who was heard; the appeal and the written
// instruction follow the OTS; the instruction's last day to ask the court to void it is two weeks
// from the day after it was sent (2 October 2026, a Friday: 16 October 2026).
TEST(ProcedureRecords, AHearingAnAppealAndAnAanwijzingMapToTheirEvents) {
    const DossierProcedure daan = of_child(example(), "daan");
    EXPECT_TRUE(daan.notes.empty()) << daan.notes[0].event.input.event << ": " << daan.notes[0].refusal.reasons[0].en;
    EXPECT_EQ(events_of(daan),
              "hulp_gevraagd@2025-10-01</decisions/0> raad_gevraagd@2026-04-02</decisions/1> raadsonderzoek_start@2026-04-02</decisions/1> "
              "verzoek_ingediend@2026-04-02</decisions/1> zitting_gehouden@2026-05-07</hearings/0> beschikking_ots@2026-05-12</measures/0> "
              "hoger_beroep_ingesteld@2026-07-20</appeals/0> aanwijzing_gegeven@2026-10-02</written_instructions/0> ");
    const MappedEvent &hearing = daan.applied[4];
    EXPECT_EQ(hearing.input.facts, (std::vector<std::pair<std::string, bool>>{{"parents_heard", true}, {"child_invited", true}}));
    bool found = false;
    for (const DossierDeadline &d : daan.deadlines)
        if (d.kind == "vervallenverklaring-aanwijzing") {
            found = true;
            EXPECT_EQ(d.from.str(), "2026-10-02");
            EXPECT_EQ(d.due.str(), "2026-10-16");
            EXPECT_EQ(d.pointer, "/written_instructions/0");
            EXPECT_EQ(d.measure, "m-ots-daan");
        }
    EXPECT_TRUE(found);
    // Noor's OTS had no recorded hearing, appeal or instruction of hers.
    const DossierProcedure noor = of_child(example(), "noor");
    EXPECT_EQ(events_of(noor).find("hoger_beroep"), std::string::npos) << events_of(noor);
    EXPECT_EQ(events_of(noor).find("aanwijzing"), std::string::npos) << events_of(noor);
    EXPECT_NE(events_of(noor).find("zitting_gehouden@2026-05-12</measures/1>"), std::string::npos) << events_of(noor);
}

// The recorded hearing decides, not the views of the decision: with Daan (13) not invited to the
// hearing, the OTS does not follow (a note), and so neither does the aanwijzing, which needs a
// measure in force.
TEST(ProcedureRecords, TheRecordedHearingDecidesWhetherTheChildWasInvited) {
    const std::string d = replaced(example(), "\"children_invited\": [\"daan\"]", "\"children_invited\": []");
    const DossierProcedure daan = of_child(d, "daan");
    ASSERT_EQ(daan.notes.size(), 3u) << events_of(daan);
    EXPECT_EQ(daan.notes[0].event.input.event, "beschikking_ots");
    EXPECT_NE(daan.notes[0].refusal.reasons[0].nl.find("Niemand heeft het kind uitgenodigd"), std::string::npos);
    EXPECT_EQ(daan.notes[1].event.input.event, "hoger_beroep_ingesteld");
    EXPECT_EQ(daan.notes[2].event.input.event, "aanwijzing_gegeven");
    EXPECT_EQ(daan.notes[2].event.pointer, "/written_instructions/0");
    EXPECT_NE(daan.notes[2].refusal.reasons[0].nl.find("Er geldt geen maatregel"), std::string::npos) << daan.notes[2].refusal.reasons[0].nl;
}

// An end_of_measure decision ends a measure (maatregel_beeindigd), never voluntary help: during
// voluntary help no measure is in force, so it changes nothing there; after Daan's OTS it ends it.
TEST(ProcedureRecords, TheEndOfAMeasureIsNotTheEndOfVoluntaryHelp) {
    const std::string end_help = R"("id": "d-end", "date": "2025-12-01", "title": "Einde", "kind": "end_of_measure", "decided_by": "eva", "about": ["daan"]}, {"id": "d-request",)";
    const std::string during_help = replaced(example(), "\"id\": \"d-request\",", end_help);
    const DossierProcedure help = of_child(during_help, "daan");
    EXPECT_TRUE(help.notes.empty()) << help.notes[0].event.input.event;
    EXPECT_EQ(help.applied.size(), of_child(example(), "daan").applied.size()) << events_of(help);
    EXPECT_EQ(events_of(help).find("beeindigd"), std::string::npos) << events_of(help);
    const std::string after_ots = replaced(end_help, "2025-12-01", "2026-11-01");
    const DossierProcedure ots = of_child(replaced(example(), "\"id\": \"d-request\",", after_ots), "daan");
    EXPECT_TRUE(ots.notes.empty()) << ots.notes[0].event.input.event;
    EXPECT_NE(events_of(ots).find("maatregel_beeindigd@2026-11-01</decisions/1>"), std::string::npos) << events_of(ots);
    EXPECT_EQ(events_of(ots).find("hulp_beeindigd"), std::string::npos) << events_of(ots);
}

// The court's answers: the request to void the aanwijzing and the appeal court's decision.
TEST(ProcedureRecords, TheCourtsAnswersCloseTheirRegions) {
    std::string d = replaced(example(), "\"sent_on\": \"2026-10-02\",", "\"sent_on\": \"2026-10-02\", \"voiding_requested_on\": \"2026-10-09\", \"voiding_decided_on\": \"2026-11-02\",");
    d = replaced(d, "\"filed_on\": \"2026-07-20\",", "\"filed_on\": \"2026-07-20\", \"court_decision_on\": \"2026-10-20\",");
    const DossierProcedure daan = of_child(d, "daan");
    EXPECT_TRUE(daan.notes.empty());
    EXPECT_NE(events_of(daan).find("vervallenverklaring_gevraagd@2026-10-09</written_instructions/0> uitspraak_hof@2026-10-20</appeals/0> "
                                   "uitspraak_aanwijzing@2026-11-02</written_instructions/0>"),
              std::string::npos)
        << events_of(daan);
    // What the court decided says whether the aanwijzing still applies.
    for (const auto &[outcome, voided] : std::vector<std::pair<std::string, bool>>{{"voided", true}, {"partly_voided", false}, {"upheld", false}, {"", false}}) {
        const std::string with = outcome.empty() ? d : replaced(d, "\"voiding_decided_on\": \"2026-11-02\",", "\"voiding_decided_on\": \"2026-11-02\", \"voiding_outcome\": \"" + outcome + "\",");
        const DossierProcedure p = of_child(with, "daan");
        const auto last = std::find_if(p.applied.rbegin(), p.applied.rend(), [](const MappedEvent &e) { return e.input.event == "uitspraak_aanwijzing"; });
        ASSERT_NE(last, p.applied.rend()) << outcome;
        ASSERT_EQ(last->input.facts.size(), 1u);
        EXPECT_EQ(last->input.facts[0], std::make_pair(std::string("aanwijzing_voided"), voided)) << outcome;
    }
}

// Replaying the recorded events gives the state that applying them one by one gives, and the
// same answer every time.
TEST(ProcedureRecords, RecordedEventsReplayToTheSameStateEveryTime) {
    const DossierProcedure daan = of_child(example(), "daan");
    ASSERT_EQ(daan.recorded.size(), 1u);
    const RecordedInstance &r = daan.recorded[0];
    ASSERT_NE(r.spec, nullptr);
    EXPECT_EQ(r.spec_id, "nl-jeugdbescherming");
    EXPECT_FALSE(r.refused);
    ASSERT_EQ(r.applied.size(), 8u);
    EXPECT_EQ(r.applied[4].pointer, "/procedure_events/4");
    Instance direct(*procedures().shipped("law"), daan.birth);
    for (const RecordedEvent &e : r.applied) ASSERT_FALSE(direct.apply(e.input)) << e.input.event;
    EXPECT_EQ(r.instance->stages(), direct.stages());
    EXPECT_EQ(r.instance->facts(), direct.facts());
    ASSERT_EQ(r.instance->timers().size(), direct.timers().size());
    for (size_t t = 0; t < direct.timers().size(); ++t) EXPECT_EQ(r.instance->timers()[t].due, direct.timers()[t].due);
    // Where the recorded events and the dossier's decisions agree, so do the two instances.
    Instance mapped(*procedures().shipped("law"), daan.birth);
    for (const MappedEvent &e : daan.applied) ASSERT_FALSE(mapped.apply(e.input));
    EXPECT_EQ(r.instance->stages(), mapped.stages());

    // Through the C API's documents: the recorded instance, asked where it stands today, answers
    // exactly what the same events applied one by one answer.
    const std::string request = "{\"child\":\"daan\",\"today\":\"2026-11-23\"}";
    const auto first = from_dossier_document(procedures(), example(), request), again = from_dossier_document(procedures(), example(), request);
    ASSERT_TRUE(first.ok() && again.ok());
    EXPECT_EQ(first->str(), again->str());  // deterministic, byte for byte
    const json::Document answer = parsed(first);
    const json::Value rec = answer.root().find("recorded").first_child();
    EXPECT_TRUE(rec.find("refused").is_null());
    EXPECT_FALSE(rec.find("replayed_from_versions").valid());
    std::string instance = "{\"format\":\"helder-procedure-instance\",\"format_version\":1,\"spec\":{\"id\":\"nl-jeugdbescherming\",\"version\":\"" +
                           procedures().shipped("law")->version + "\"},\"child\":{\"id\":\"daan\",\"birth_date\":\"2013-04-12\"},\"events\":[]}";
    for (const RecordedEvent &e : r.applied) {
        std::string event = "{\"event\":\"" + e.input.event + "\",\"date\":\"" + e.input.date.str() + "\",\"facts\":{";
        for (size_t f = 0; f < e.input.facts.size(); ++f)
            event += (f ? "," : "") + std::string("\"") + e.input.facts[f].first + "\":" + (e.input.facts[f].second ? "true" : "false");
        const json::Document applied = parsed(apply_document(procedures(), "", instance, event + "}}"));
        ASSERT_TRUE(applied.root().find("applied").as_bool()) << e.input.event;
        instance = raw(applied.root().find("instance"));
    }
    const std::string query = "{\"today\":\"2026-11-23\"}";
    const json::Document replayed = parsed(state_document(procedures(), "", raw(rec.find("instance")), query));
    const json::Document stepwise = parsed(state_document(procedures(), "", instance, query));
    EXPECT_EQ(raw(replayed.root().find("stages")), raw(stepwise.root().find("stages")));
    EXPECT_EQ(raw(replayed.root().find("deadlines")), raw(stepwise.root().find("deadlines")));
    EXPECT_EQ(raw(replayed.root().find("facts")), raw(stepwise.root().find("facts")));
    // Today the appeal runs at the court of appeal; the aanwijzing's two weeks to ask the court have
    // passed, and it still applies (the end of the period ends the right to ask, not the directive).
    EXPECT_NE(raw(replayed.root().find("stages")).find("\"id\":\"hoger_beroep\""), std::string::npos);
    EXPECT_NE(raw(replayed.root().find("stages")).find("\"id\":\"aanwijzing_geldt\""), std::string::npos);
}

// Events recorded with an older version of the specification replay when they still apply; the
// answer says which versions it replayed from.
TEST(ProcedureRecords, AnOlderVersionReplaysWhenEveryEventStillApplies) {
    const std::string d = replaced_all(example(), "\"version\": \"2026-12-1\"", "\"version\": \"2026-06-1\"");
    const DossierProcedure daan = of_child(d, "daan");
    ASSERT_EQ(daan.recorded.size(), 1u);
    EXPECT_FALSE(daan.recorded[0].refused);
    EXPECT_EQ(daan.recorded[0].applied.size(), 8u);
    EXPECT_EQ(daan.recorded[0].versions, std::vector<std::string>{"2026-06-1"});
    const json::Document answer = parsed(from_dossier_document(procedures(), d, "{\"child\":\"daan\",\"today\":\"2026-11-23\"}"));
    const json::Value rec = answer.root().find("recorded").first_child();
    EXPECT_EQ(raw(rec.find("replayed_from_versions")), "[\"2026-06-1\"]");
    EXPECT_EQ(rec.find("spec").find("version").as_string(), procedures().shipped("law")->version);
    EXPECT_EQ(rec.find("instance").find("events").size(), 8u);
}

// An event of an older version that no longer applies is refused, naming the recorded version,
// the version helder has, the event and its position; the events before it still replay, the
// ones after it are not guessed at.
TEST(ProcedureRecords, AnOlderVersionWhoseEventNoLongerAppliesIsRefusedWithTheReason) {
    std::string d = replaced_all(example(), "\"version\": \"2026-12-1\"", "\"version\": \"2026-06-1\"");
    d = replaced(d, "\"event\": \"raadsonderzoek_start\"", "\"event\": \"raadsonderzoek_gestart\"");  // an id the law specification does not have
    const DossierProcedure daan = of_child(d, "daan");
    ASSERT_EQ(daan.recorded.size(), 1u);
    const RecordedInstance &r = daan.recorded[0];
    ASSERT_TRUE(r.refused);
    EXPECT_EQ(r.applied.size(), 2u);
    EXPECT_EQ(r.refused->position, 3u);
    EXPECT_EQ(r.refused->pointer, "/procedure_events/2");
    EXPECT_EQ(r.refused->code, "unknown_event");
    EXPECT_EQ(r.refused->recorded_version, "2026-06-1");
    EXPECT_EQ(r.refused->loaded_version, procedures().shipped("law")->version);
    const std::string &en = r.refused->message.en;
    for (const std::string &part : {std::string("event 3"), std::string("raadsonderzoek_gestart"), std::string("2026-06-1"),
                                    procedures().shipped("law")->version, std::string("helder does not know this step")})
        EXPECT_NE(en.find(part), std::string::npos) << part << " not in: " << en;
    // The dossier report says so, at the event, in plain Dutch.
    const auto findings = procedure_findings(procedures(), d, kToday);
    const dossier::Finding *f = nullptr;
    for (const auto &x : findings)
        if (x.code == "procedure.event_refused") f = &x;
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->pointer, "/procedure_events/2");
    EXPECT_EQ(f->severity, HELDER_SEVERITY_WARNING);
    EXPECT_NE(f->text.nl.find("Daan de Boer"), std::string::npos) << f->text.nl;
    EXPECT_NE(f->text.nl.find("2026-06-1"), std::string::npos) << f->text.nl;
    // A step whose safeguard is missing, in words a family reads: the OTS without Daan invited.
    const std::string not_invited = replaced(example(), "\"parents_heard\": true, \"child_invited\": true}", "\"parents_heard\": true, \"child_invited\": false}");
    bool checked = false;
    for (const auto &x : procedure_findings(procedures(), not_invited, kToday)) {
        if (x.code != "procedure.event_refused") continue;
        checked = true;
        EXPECT_EQ(x.pointer, "/procedure_events/5");
        EXPECT_NE(x.text.nl.find("De rechter besluit tot een ondertoezichtstelling."), std::string::npos) << x.text.nl;
        EXPECT_NE(x.text.nl.find("Niemand heeft het kind uitgenodigd"), std::string::npos) << x.text.nl;
        helder::testing::expect_plain_dutch("procedure.event_refused", x.text.nl, {"jargon"});
    }
    EXPECT_TRUE(checked);
    // The example itself gives no such finding.
    for (const auto &x : procedure_findings(procedures(), example(), kToday)) EXPECT_NE(x.code, "procedure.event_refused");
}

// Recorded events that do not fit: a step whose safeguard is missing, a date before the one
// before, a fact the event does not carry, a specification helder does not ship, records a
// validator would refuse (a dossier given to from_dossier need not be validated).
TEST(ProcedureRecords, RecordsThatDoNotFitAreRefusedNeverGuessed) {
    struct Case {
        std::string from, to, code;
        size_t position;
    };
    const std::vector<Case> cases = {
        {"\"event\": \"zitting_gehouden\", \"date\": \"2026-05-07\", \"actor\": \"eva\", \"facts\": {\"parents_heard\": true, \"child_invited\": true}",
         "\"event\": \"zitting_gehouden\", \"date\": \"2026-05-07\", \"actor\": \"eva\", \"facts\": {\"parents_heard\": true, \"child_invited\": false}",
         "guard_missing", 6},
        {"\"event\": \"beschikking_ots\", \"date\": \"2026-05-12\"", "\"event\": \"beschikking_ots\", \"date\": \"2026-05-01\"", "date_before_last", 6},
        {"\"facts\": {\"parents_heard\": true, \"child_invited\": true}", "\"facts\": {\"parents_heard\": true, \"verzonnen\": true}", "unknown_fact", 5},
        {"\"facts\": {\"parents_heard\": true, \"child_invited\": true}", "\"facts\": {\"parents_heard\": \"ja\"}", "invalid_record", 5},
        {"\"event\": \"beschikking_ots\", \"date\": \"2026-05-12\"", "\"event\": \"beschikking_ots\", \"date\": \"2026-02-30\"", "invalid_record", 6},
        {"\"event\": \"hulp_gevraagd\"", "\"event\": 7", "invalid_record", 1},
    };
    for (const Case &c : cases) {
        const DossierProcedure daan = of_child(replaced(example(), c.from, c.to), "daan");
        ASSERT_EQ(daan.recorded.size(), 1u) << c.code;
        ASSERT_TRUE(daan.recorded[0].refused) << c.code;
        EXPECT_EQ(daan.recorded[0].refused->code, c.code);
        EXPECT_EQ(daan.recorded[0].refused->position, c.position) << c.code;
        EXPECT_FALSE(daan.recorded[0].refused->reasons.empty()) << c.code;
    }
    // A specification helder does not ship: refused, with no version to replay on.
    const std::string other = replaced_all(example(), "\"id\": \"nl-jeugdbescherming\"", "\"id\": \"regio-eigen\"");
    const DossierProcedure daan = of_child(other, "daan");
    ASSERT_EQ(daan.recorded.size(), 1u);
    EXPECT_EQ(daan.recorded[0].spec, nullptr);
    ASSERT_TRUE(daan.recorded[0].refused);
    EXPECT_EQ(daan.recorded[0].refused->code, "unknown_specification");
    EXPECT_EQ(daan.recorded[0].refused->position, 1u);
    const json::Document answer = parsed(from_dossier_document(procedures(), other, "{\"child\":\"daan\",\"today\":\"2026-11-23\"}"));
    const json::Value rec = answer.root().find("recorded").first_child();
    EXPECT_TRUE(rec.find("refused").find("loaded_version").is_null());
    EXPECT_FALSE(rec.find("instance").valid());
    // Another child's records are not this child's; a child with none has none.
    EXPECT_TRUE(of_child(example(), "noor").recorded.empty());
    const json::Document noor = parsed(from_dossier_document(procedures(), example(), "{\"child\":\"noor\",\"today\":\"2026-11-23\"}"));
    EXPECT_EQ(raw(noor.root().find("recorded")), "[]");
    // The validator refuses what the schema does not allow, and a record of someone who is not a
    // child of the household.
    dossier::ValidateOptions o;
    o.today = kToday;
    auto codes = [&](const std::string &dossier) {
        std::string out;
        for (const auto &f : dossier::validate(model(), helder::testing::model(), dossier, o).findings)
            if (f.severity == HELDER_SEVERITY_ERROR) out += f.code + " ";
        return out;
    };
    EXPECT_NE(codes(replaced(example(), "\"date\": \"2026-05-12\", \"actor\": \"eva\"", "\"date\": \"2026-02-30\", \"actor\": \"eva\"")).find("schema."),
              std::string::npos);
    EXPECT_NE(codes(replaced(example(), "{\"id\": \"pe-1\", \"child\": \"daan\"", "{\"id\": \"pe-1\", \"child\": \"niemand\"")).find("ref.unknown_member"),
              std::string::npos);
    EXPECT_NE(codes(replaced(example(), "{\"id\": \"pe-1\", \"child\": \"daan\"", "{\"id\": \"pe-1\", \"child\": \"sanne\"")).find("ref.not_a_child"),
              std::string::npos);
    EXPECT_NE(codes(replaced(example(), "\"measure\": \"m-ots-daan\", \"given_by\": \"joris\"", "\"measure\": \"m-ots-daan\", \"given_by\": \"sanne\"")).find("ref.unknown_professional"),
              std::string::npos);
    EXPECT_NE(codes(replaced(example(), "\"by\": \"sanne\", \"measure\": \"m-ots-daan\"", "\"by\": \"sanne\", \"measure\": \"m-ots-niemand\"")).find("ref.unknown_measure"),
              std::string::npos);
    EXPECT_NE(codes(replaced(example(), "\"measure\": \"m-ots-daan\", \"parents_heard\"", "\"decision\": \"d-niets\", \"parents_heard\"")).find("ref.unknown_decision"),
              std::string::npos);
}

// Found in review: an event of Noor's procedure whose "about" named Daan (alone or beside her)
// was valid, and Daan (13) read its event and date. A record of one child's is about that child
// (an error otherwise), and its event, date and facts go only to a reader granted all it names.
TEST(ProcedureRecords, AnotherChildsEventIsNeitherValidWithoutHerNorReadBySomeoneElse) {
    dossier::ValidateOptions o;
    o.today = kToday;
    const std::string noor_about_daan = "{\"id\": \"pe-x\", \"child\": \"noor\", \"spec\": {\"id\": \"nl-jeugdbescherming\", \"version\": \"2026-12-1\"}, "
                                        "\"event\": \"verzoek_ingediend\", \"date\": \"2026-04-03\", \"actor\": \"eva\", \"about\": [\"daan\"]},\n    ";
    const std::string mismatch = replaced(example(), "{\"id\": \"pe-1\"", noor_about_daan + "{\"id\": \"pe-1\"");
    size_t found = 0;
    for (const auto &f : dossier::validate(model(), helder::testing::model(), mismatch, o).findings)
        found += f.code == "ref.child_not_in_about" && f.severity == HELDER_SEVERITY_ERROR;
    EXPECT_EQ(found, 1u);

    // Valid, about both children: Daan sees that the item exists, not what happened or when.
    const std::string both = replaced(example(), "{\"id\": \"pe-1\"",
                                      replaced(noor_about_daan, "\"about\": [\"daan\"]", "\"about\": [\"noor\", \"daan\"]") + "{\"id\": \"pe-1\"");
    const access::Policy policy(model().law());
    const auto as = [&](const char *kind, const char *id) {
        auto r = access::view_document(policy, both, std::string("{\"reader\":{\"kind\":\"") + kind + "\",\"id\":\"" + id + "\"},\"date\":\"2026-11-23\"}");
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
        return r.ok() ? std::string(r.value().view()) : std::string();
    };
    const std::string daan = as("member", "daan");
    EXPECT_NE(daan.find("\"pe-x\""), std::string::npos);
    EXPECT_EQ(daan.find("2026-04-03"), std::string::npos) << daan;
    EXPECT_NE(daan.find("\"pe-1\""), std::string::npos);
    EXPECT_NE(daan.find("\"hulp_gevraagd\""), std::string::npos);  // his own events stay readable
    // The fixed professional reads it whole.
    EXPECT_NE(as("professional", "joris").find("2026-04-03"), std::string::npos);
}

TEST(ProcedureRecords, DutchTextsPassHeldersOwnCheck) {
    for (const char *id : {"refused", "refused_unknown_event", "unknown_specification", "record_no_event", "record_bad_date", "record_bad_facts"}) {
        const Message m = Messages::load("procedure/recorded_texts.tsv")
                              .format(id, {{"position", "3"}, {"event", "stap"}, {"date", "2026-05-12"}, {"what", "De rechter besluit."}, {"spec", "wet"},
                                           {"recorded", "1"}, {"loaded", "2"}});
        helder::testing::expect_plain_dutch(id, m.nl, {"jargon"});
    }
}

}  // namespace
}  // namespace helder::procedure
