// SPDX-License-Identifier: EUPL-1.2
// The verifier and the pictures: the shipped specifications hold their properties (with one
// finding, named below); each broken specification in tests/data/procedure/broken/ fails exactly
// the property it breaks, with the shortest path; dot and Mermaid draw every stage and transition
// and escape what they must.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "dossier/dossier_model.hh"
#include "procedure/engine.hh"
#include "procedure/render.hh"
#include "procedure/verify.hh"
#include "test_support.hh"

namespace helder::procedure {
namespace {

const law::LegalFacts &law() {
    static const dossier::DossierModel m;
    return m.law();
}
const law::Rights &rights() {
    static const law::Rights r = law::Rights::load(law());
    return r;
}
const Parties &parties() {
    static const Parties p = Parties::load(law());
    return p;
}

std::string broken_text(const std::string &name) {
    std::ifstream in(std::string(HELDER_TEST_DATA_DIR) + "/procedure/broken/" + name + ".json");
    EXPECT_TRUE(in) << name;
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Spec load(const std::string &text) {
    auto spec = Spec::load(text, law(), rights().ids());
    EXPECT_TRUE(spec.ok()) << (spec.ok() ? "" : spec.error().message);
    return spec.ok() ? std::move(spec.value()) : Spec();
}

Verification verified(const Spec &spec) {
    auto v = verify(spec, parties(), rights());
    EXPECT_TRUE(v.ok()) << (v.ok() ? "" : v.error().message);
    return v.ok() ? std::move(v.value()) : Verification();
}

std::vector<std::string> failed(const Verification &v) {
    std::vector<std::string> out;
    for (const PropertyResult &p : v.properties)
        if (!p.ok()) out.push_back(p.id);
    return out;
}

const PropertyResult &property(const Verification &v, const std::string &id) {
    for (const PropertyResult &p : v.properties)
        if (p.id == id) return p;
    throw std::runtime_error("no property " + id);
}

// A path as "event{fact=1,fact=0}" steps, to compare with what a reader of the spec expects.
std::vector<std::string> events_of(const Spec &spec, const Finding &f) {
    std::vector<std::string> out;
    for (const PathStep &s : f.path) {
        std::string step = spec.events[static_cast<size_t>(s.event)].id;
        if (!s.facts.empty()) {
            step += "{";
            for (size_t i = 0; i < s.facts.size(); ++i)
                step += (i ? "," : "") + spec.facts[static_cast<size_t>(s.facts[i].first)].id + "=" + (s.facts[i].second ? "1" : "0");
            step += "}";
        }
        out.push_back(step);
    }
    return out;
}

using Steps = std::vector<std::string>;

// Every property of the shipped specifications holds. (The hearing term after a spoed decision
// may pass in spoed: that is the timer showing a missed deadline, not a step the specification
// allows; the brief does not say what the law does then, 2.6.)
TEST(ProcedureVerify, TheShippedSpecificationsHoldEveryProperty) {
    for (const std::string &name : Spec::shipped_names()) {
        auto spec = Spec::shipped(name, law(), rights().ids());
        ASSERT_TRUE(spec.ok()) << spec.error().message;
        const Verification v = verified(*spec);
        EXPECT_GT(v.states, 1000u) << name;
        EXPECT_GT(v.edges, v.states) << name;
        EXPECT_EQ(v.properties.size(), 6 + spec->properties.size());
        EXPECT_TRUE(failed(v).empty()) << name << ": " << (failed(v).empty() ? "" : failed(v)[0]);
        EXPECT_TRUE(property(v, "spoed_then_hearing").findings.empty()) << name;
    }
}

TEST(ProcedureVerify, ASmallCorrectSpecificationVerifiesClean) {
    const Spec spec = load(broken_text("clean"));
    const Verification v = verified(spec);
    EXPECT_TRUE(v.ok()) << failed(v).size();
    // zorg; zitting with 4 fact combinations × 2 ages; spoed; ots; afgesloten (ages and facts carried along).
    EXPECT_GT(v.states, 10u);
}

struct Broken {
    const char *file, *property, *code;
    Steps path;  // empty: the finding has no path
};

class BrokenSpecification : public ::testing::TestWithParam<Broken> {};

TEST_P(BrokenSpecification, FailsExactlyItsPropertyWithTheShortestPath) {
    const Broken &b = GetParam();
    const Spec spec = load(broken_text(b.file));
    const Verification v = verified(spec);
    EXPECT_EQ(failed(v), std::vector<std::string>{b.property});
    const PropertyResult &p = property(v, b.property);
    ASSERT_FALSE(p.findings.empty());
    EXPECT_EQ(p.findings[0].code, b.code);
    EXPECT_EQ(p.findings[0].has_path, !b.path.empty());
    EXPECT_EQ(events_of(spec, p.findings[0]), b.path);
    // Every step is told in words, with the facts it was taken on.
    for (const PathStep &s : p.findings[0].path) {
        EXPECT_FALSE(s.text.nl.empty() || s.text.en.empty());
        for (const auto &[fact, value] : s.facts)
            EXPECT_NE(s.text.en.find(spec.facts[static_cast<size_t>(fact)].text.en), std::string::npos) << s.text.en;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Procedure, BrokenSpecification,
    ::testing::Values(
        Broken{"decision_without_hearing", "heard_before_compulsory", "entered_without_guard", {"melding", "beschikking_ots"}},
        // The decision asks only for the parents: it breaks the property once the child is 12.
        Broken{"decision_without_child_invited", "heard_before_compulsory", "entered_without_guard",
               {"melding", "zitting_gehouden{parents_heard=1,child_invited=0}", "beschikking_ots{child_12_or_older=1}"}},
        Broken{"emergency_skips_hearing", "spoed_then_hearing", "emergency_bypassed", {"melding", "spoedbeslissing", "omzetting"}},
        Broken{"emergency_without_timer", "spoed_then_hearing", "emergency_without_timer", {"melding", "spoedbeslissing"}},
        Broken{"handover_reachable", "no_handover", "event_possible", {"melding", "overdracht"}},
        Broken{"unreachable_stage", "stages_reachable", "stage_unreachable", {}},
        Broken{"no_way_to_end", "ends_reachable", "no_way_to_end", {"melding", "wachten_start"}},
        Broken{"guard_reads_unset_fact", "guards_read_set_facts", "guard_reads_unset_fact", {}},
        Broken{"stage_without_rights_for_children", "rights_for_every_party", "no_rights", {}},
        Broken{"unused_event", "events_used", "event_unused", {}}),
    [](const auto &param_info) { return std::string(param_info.param.file); });

// A path the verifier reports is one the engine takes: replayed day by day, with the facts each
// step states and a birth date that makes the child the age the path says, every event is
// accepted and the procedure ends where the finding says.
TEST(ProcedureVerify, TheEngineTakesTheShortestPathsTheVerifierReports) {
    for (const char *file : {"decision_without_hearing", "decision_without_child_invited", "handover_reachable", "no_way_to_end"}) {
        const Spec spec = load(broken_text(file));
        const Verification v = verified(spec);
        const Finding *found = nullptr;
        for (const PropertyResult &p : v.properties)
            if (!p.ok()) found = &p.findings[0];
        ASSERT_TRUE(found && found->has_path) << file;
        const Date first = *Date::parse("2026-03-01");
        // The child is just under the age until the step where its age fact turns true (never: a young child).
        std::optional<Date> birth = Date::parse("2024-01-01");
        for (size_t k = 0; k < found->path.size(); ++k)
            for (const auto &[fact, value] : found->path[k].facts)
                if (const law::LegalFact *age = spec.facts[static_cast<size_t>(fact)].age_at_least) {
                    const Date turns = Date::from_days(first.days() + static_cast<int64_t>(k));
                    birth = Date{turns.year - age->value, turns.month, turns.day};
                }
        Instance instance(spec, birth);
        for (size_t k = 0; k < found->path.size(); ++k) {
            const PathStep &step = found->path[k];
            EventInput in{spec.events[static_cast<size_t>(step.event)].id, Date::from_days(first.days() + static_cast<int64_t>(k)), "", {}};
            for (const auto &[fact, value] : step.facts)
                if (!spec.facts[static_cast<size_t>(fact)].age_at_least) in.facts.emplace_back(spec.facts[static_cast<size_t>(fact)].id, value);
            const auto refused = instance.apply(in);
            EXPECT_FALSE(refused) << file << ": step " << k + 1 << " " << in.event << " refused: " << (refused ? refused->code : "");
        }
        if (found->stage >= 0) { EXPECT_EQ(instance.stages()[0], found->stage) << file; }
    }
}

TEST(ProcedureVerify, NamesTheStageWhereTheProcedureIsStuck) {
    const Spec spec = load(broken_text("no_way_to_end"));
    const Verification v = verified(spec);
    const PropertyResult &p = property(v, "ends_reachable");
    ASSERT_EQ(p.findings.size(), 1u);
    EXPECT_EQ(spec.stages[static_cast<size_t>(p.findings[0].stage)].id, "wachten");
    EXPECT_NE(p.findings[0].text.nl.find("Wachten"), std::string::npos) << p.findings[0].text.nl;
}

TEST(ProcedureVerify, NamesEveryPartyWithoutRightsAtAStage) {
    const Spec spec = load(broken_text("stage_without_rights_for_children"));
    const Verification v = verified(spec);
    const PropertyResult &p = property(v, "rights_for_every_party");
    std::set<std::string> without;
    for (const Finding &f : p.findings) {
        EXPECT_EQ(spec.stages[static_cast<size_t>(f.stage)].id, "zitting");
        without.insert(f.party);
    }
    // The stage lists only a right of parents with gezag.
    EXPECT_EQ(without, (std::set<std::string>{"parent_without_gezag", "foster_parent", "child_under_12", "child_12_15", "child_16_17",
                                              "young_adult", "other_adult"}));
}

TEST(ProcedureVerify, TheUnreachableStageAndTheUnsetFactAreNamed) {
    const Spec unreachable = load(broken_text("unreachable_stage"));
    const Verification v = verified(unreachable);
    const PropertyResult &p = property(v, "stages_reachable");
    ASSERT_EQ(p.findings.size(), 1u);
    EXPECT_EQ(unreachable.stages[static_cast<size_t>(p.findings[0].stage)].id, "vergeten");
    const Spec unset = load(broken_text("guard_reads_unset_fact"));
    const Verification w = verified(unset);
    const PropertyResult &g = property(w, "guards_read_set_facts");
    ASSERT_EQ(g.findings.size(), 1u);
    EXPECT_NE(g.findings[0].text.en.find("counsel"), std::string::npos) << g.findings[0].text.en;
}

TEST(ProcedureVerify, ASpecificationWithACycleOfGuardsIsRefusedAtLoad) {
    auto spec = Spec::load(broken_text("guard_cycle"), law(), rights().ids());
    ASSERT_FALSE(spec.ok());
    EXPECT_EQ(spec.error().status, HELDER_E_INVALID_JSON);
    EXPECT_NE(spec.error().message.find("/guards/"), std::string::npos) << spec.error().message;
    EXPECT_NE(spec.error().message.find("depends on itself"), std::string::npos) << spec.error().message;
}

TEST(ProcedureVerify, StopsAtTheCapOnStates) {
    auto spec = Spec::shipped("law", law(), rights().ids());
    ASSERT_TRUE(spec.ok());
    VerifyOptions small;
    small.max_states = 100;
    auto v = verify(*spec, parties(), rights(), small);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().status, HELDER_E_TOO_LARGE);
    EXPECT_NE(v.error().message.find("more than 100 states"), std::string::npos) << v.error().message;
}

TEST(ProcedureVerify, RefusesAnEventWithTooManyCombinationsOfFacts) {
    // An event carrying 16 facts would be tried 65,536 ways from every state.
    std::string text = broken_text("clean");
    std::string facts, carries;
    for (int i = 0; i < 16; ++i) {
        facts += R"({"id": "f)" + std::to_string(i) + R"(", "text": {"nl": "Feit.", "en": "Fact."}},)";
        carries += std::string(i ? "," : "") + "\"f" + std::to_string(i) + "\"";
    }
    text.replace(text.find("\"facts\": ["), 10, "\"facts\": [" + facts);
    const std::string melding = R"("id": "melding",)";
    text.replace(text.find(melding), melding.size(), melding + R"( "carries": [)" + carries + "],");
    const Spec spec = load(text);
    auto v = verify(spec, parties(), rights());
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().status, HELDER_E_TOO_LARGE);
    EXPECT_NE(v.error().message.find("carries 16 facts"), std::string::npos) << v.error().message;
    VerifyOptions few_edges;
    few_edges.max_edges = 5;
    auto w = verify(load(broken_text("clean")), parties(), rights(), few_edges);
    ASSERT_FALSE(w.ok());
    EXPECT_EQ(w.error().status, HELDER_E_TOO_LARGE);
}

// Every Dutch text of the verifier and the pictures is B1 and draws no finding, with its
// placeholders filled as helder fills them.
TEST(ProcedureVerify, TheDutchTextsArePlain) {
    for (const char *file : {"procedure/verify_texts.tsv", "procedure/render_texts.tsv"}) {
        const Messages m = Messages::load(file);
        for (const auto &[id, text] : m.templates()) {
            const std::string filled = std::regex_replace(text.nl, std::regex(R"(\{[a-z]+\})"), "de stap");
            testing::expect_plain_dutch(std::string(file) + ":" + id, filled);
        }
    }
}

// --- Pictures ---

size_t count(const std::string &text, const std::string &what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

size_t transition_arrows(const Spec &spec) {
    size_t n = 0;
    for (const Transition &tr : spec.transitions) n += tr.from.size();
    return n;
}

TEST(ProcedureRender, DotDrawsEveryStageAndTransition) {
    for (const std::string &name : Spec::shipped_names()) {
        auto spec = Spec::shipped(name, law(), rights().ids());
        ASSERT_TRUE(spec.ok());
        const std::string dot = draw(*spec, {DrawingFormat::Dot, false, {spec->stage_index("spoed")}});
        const std::string unwrapped = std::regex_replace(dot, std::regex(R"(\\n)"), " ");  // long labels are broken into lines
        for (const Stage &s : spec->stages)
            EXPECT_NE(unwrapped.find("\"" + s.id + "\" [label=\"" + dot_label(s.title.nl) + "\""), std::string::npos) << s.id;
        for (const Region &r : spec->regions) EXPECT_NE(dot.find("subgraph \"cluster_" + r.id + "\""), std::string::npos) << r.id;
        EXPECT_EQ(count(dot, "\" -> \""), transition_arrows(*spec)) << name;
        EXPECT_NE(dot.find("\"zitting\" -> \"zitting\""), std::string::npos);  // a transition that stays draws a loop
        for (const Transition &tr : spec->transitions)
            for (int g : tr.guards) EXPECT_EQ(dot.find("voorwaarde: " + spec->guards[static_cast<size_t>(g)].id), std::string::npos);
        EXPECT_NE(unwrapped.find("De ouders met gezag mochten hun mening geven."), std::string::npos) << name;  // a guard's fact
        EXPECT_EQ(count(dot, "fillcolor=\"#fff59d\""), 1u);  // the one highlighted stage
        const std::string en = draw(*spec, {DrawingFormat::Dot, true, {}});
        EXPECT_NE(en.find("condition: "), std::string::npos);
        EXPECT_NE(en.find(spec->stages[0].title.en.substr(0, 10)), std::string::npos);
        EXPECT_EQ(count(en, "fillcolor=\"#fff59d\""), 0u);
    }
}

TEST(ProcedureRender, MermaidDrawsEveryStageAndTransition) {
    for (const std::string &name : Spec::shipped_names()) {
        auto spec = Spec::shipped(name, law(), rights().ids());
        ASSERT_TRUE(spec.ok());
        const int spoed = spec->stage_index("spoed");
        const std::string m = draw(*spec, {DrawingFormat::Mermaid, false, {spoed}});
        const std::string unwrapped = std::regex_replace(m, std::regex("<br/>"), " ");  // long labels are broken into lines
        EXPECT_EQ(m.find("---\ntitle: "), 0u);
        for (size_t s = 0; s < spec->stages.size(); ++s)
            EXPECT_NE(unwrapped.find("    s" + std::to_string(s) + (spec->stages[s].end ? "[[\"" : "[\"") + mermaid_label(spec->stages[s].title.nl)),
                      std::string::npos)
                << spec->stages[s].id;
        EXPECT_EQ(count(m, "-->|\"") + count(m, "==>|\""), transition_arrows(*spec)) << name;
        EXPECT_EQ(count(m, "\n  subgraph r"), spec->regions.size());
        EXPECT_NE(m.find("class s" + std::to_string(spoed) + " current"), std::string::npos);
        EXPECT_NE(m.find("linkStyle"), std::string::npos);  // the emergency path
    }
}

// The words on the arrows (dot's label="…", mermaid's |"…"|).
std::vector<std::string> arrow_labels(const std::string &picture, DrawingFormat f) {
    std::vector<std::string> out;
    const std::regex label = f == DrawingFormat::Dot ? std::regex(R"re(-> "[^"]*" \[label="((?:[^"\\]|\\.)*)")re") : std::regex(R"re(>\|"([^"]*)"\|)re");
    for (auto it = std::sregex_iterator(picture.begin(), picture.end(), label); it != std::sregex_iterator(); ++it) out.push_back((*it)[1].str());
    return out;
}

// A picture names a guard and a timer in words, never by its id (once "voorwaarde: family_heard",
// "tijd om: voorlopige_ots"): a guard by the facts it reads, a timer by its text.
TEST(ProcedureRender, PicturesSayGuardsAndTimersInWordsNotIds) {
    for (const std::string &name : Spec::shipped_names()) {
        auto spec = Spec::shipped(name, law(), rights().ids());
        ASSERT_TRUE(spec.ok());
        std::set<std::string> ids;
        for (const Guard &g : spec->guards) ids.insert(g.id);
        for (const Timer &t : spec->timers) ids.insert(t.id);
        for (const Fact &f : spec->facts) ids.insert(f.id);
        for (const DrawingFormat f : {DrawingFormat::Dot, DrawingFormat::Mermaid})
            for (const bool english : {false, true}) {
                const std::string picture = draw(*spec, {f, english, {}});
                const std::vector<std::string> labels = arrow_labels(picture, f);
                EXPECT_EQ(labels.size(), transition_arrows(*spec)) << name;
                size_t guards = 0, timers = 0;
                for (const std::string &l : labels) {
                    guards += l.find(english ? "condition: " : "voorwaarde: ") != std::string::npos;
                    timers += l.find(english ? "time limit passed: " : "tijd om: ") != std::string::npos;
                    // No id as a word of its own ("ots" is a word of a text too, in capitals).
                    std::string word;
                    for (size_t i = 0; i <= l.size(); ++i) {
                        const char c = i < l.size() ? l[i] : ' ';
                        if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
                            word += c;
                            continue;
                        }
                        if (word.find('_') != std::string::npos) { EXPECT_FALSE(ids.count(word)) << name << ": " << word << " in " << l; }
                        word.clear();
                    }
                    for (const std::string &id : ids) {
                        EXPECT_EQ(l.find("voorwaarde: " + id), std::string::npos) << l;
                        EXPECT_EQ(l.find("tijd om: " + id), std::string::npos) << l;
                        EXPECT_EQ(l.find("condition: " + id), std::string::npos) << l;
                        EXPECT_EQ(l.find("time limit passed: " + id), std::string::npos) << l;
                    }
                }
                EXPECT_GT(guards, 0u) << name;
                EXPECT_GT(timers, 0u) << name;
            }
        // A timer is named by its text, with its legal fact filled in.
        const std::string m = std::regex_replace(draw(*spec, {DrawingFormat::Mermaid, false, {}}), std::regex("<br/>"), " ");
        EXPECT_NE(m.find("tijd om: " + mermaid_label(spec->timers[0].text.nl)), std::string::npos) << m;
    }
}

// The end of voluntary help is not the end of a measure: only a stage with a measure in force
// (compulsory) ends by maatregel_beeindigd, and voluntary help ends by hulp_beeindigd.
TEST(ProcedureRender, OnlyAMeasureEndsWithTheEndOfAMeasure) {
    for (const std::string &name : Spec::shipped_names()) {
        auto spec = Spec::shipped(name, law(), rights().ids());
        ASSERT_TRUE(spec.ok());
        const int ended = spec->event_index("maatregel_beeindigd");
        ASSERT_GE(ended, 0);
        for (int t : spec->transitions_of(ended))
            for (int from : spec->transitions[static_cast<size_t>(t)].from)
                // On the route; in other regions the end of a measure ends what hangs on it (an aanwijzing).
                if (spec->regions[static_cast<size_t>(spec->stages[static_cast<size_t>(from)].region)].id == "route") {
                    EXPECT_TRUE(spec->stages[static_cast<size_t>(from)].compulsory) << name << ": " << spec->stages[static_cast<size_t>(from)].id;
                }
    }
    auto law_spec = Spec::shipped("law", law(), rights().ids());
    ASSERT_TRUE(law_spec.ok());
    const int help_ended = law_spec->event_index("hulp_beeindigd");
    ASSERT_GE(help_ended, 0);
    ASSERT_EQ(law_spec->transitions_of(help_ended).size(), 1u);
    const Transition &tr = law_spec->transitions[static_cast<size_t>(law_spec->transitions_of(help_ended)[0])];
    EXPECT_EQ(law_spec->stages[static_cast<size_t>(tr.from[0])].id, "vrijwillige_hulp");
    EXPECT_EQ(law_spec->stages[static_cast<size_t>(tr.to)].id, "afgesloten");
    const std::string m = std::regex_replace(draw(*law_spec, {DrawingFormat::Mermaid, false, {}}), std::regex("<br/>"), " ");
    const std::string from = "s" + std::to_string(tr.from[0]), to = "s" + std::to_string(tr.to);
    EXPECT_NE(m.find(from + " -->|\"De vrijwillige hulp stopt.\"| " + to), std::string::npos) << m;
    EXPECT_EQ(m.find(from + " -->|\"De maatregel stopt.\"| " + to), std::string::npos) << m;
}

TEST(ProcedureRender, EscapesWhatEachFormatNeeds) {
    EXPECT_EQ(dot_label("a \"b\" \\c\nd"), "a \\\"b\\\" \\\\c\\nd");
    EXPECT_EQ(mermaid_label("a \"b\" <c> & #d | `e`\nf"), "a #quot;b#quot; #lt;c#gt; #amp; #35;d #124; #96;e#96;<br/>f");
    // A title with every special character reaches both pictures escaped, never raw.
    std::string text = broken_text("clean");
    const std::string plain = "\"nl\": \"Zitting\"";
    ASSERT_NE(text.find(plain), std::string::npos);
    text.replace(text.find(plain), plain.size(), R"("nl": "Zitting \"A|B\" <b> #1 & \\x")");
    const Spec spec = load(text);
    const std::string dot = draw(spec, {DrawingFormat::Dot, false, {}});
    EXPECT_NE(dot.find(R"(label="Zitting \"A|B\" <b> #1 & \\x")"), std::string::npos) << dot;
    const std::string m = draw(spec, {DrawingFormat::Mermaid, false, {}});
    EXPECT_NE(m.find("[\"Zitting #quot;A#124;B#quot; #lt;b#gt; #35;1 #amp; \\x\"]"), std::string::npos) << m;
}

}  // namespace
}  // namespace helder::procedure
