// SPDX-License-Identifier: EUPL-1.2
// A procedure specification: the stages of a legal-protection procedure, the events that move it,
// the named guards (conditions on facts) that must hold, the timers that run, the rights each
// stage gives, and the properties the verifier proves. It is data (docs/procedure.md describes
// the format; lib/data/schemas/procedure-spec.schema.json is its schema); the shipped
// specifications are in lib/data/procedure/, and a vendor or region can load its own.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <map>
#include <vector>

#include "core/messages.hh"
#include "core/result.hh"
#include "law/legal_facts.hh"

namespace helder::procedure {

inline constexpr int kSpecFormat = 1;

struct DeadlineKind;  // procedure/deadline.hh

// Ids to indexes; looked up by string_view without a copy (the engine looks up every event).
using NameIndex = std::map<std::string, int, std::less<>>;
inline constexpr size_t kMaxSpecBytes = 1u << 20;
inline constexpr size_t kMaxFacts = 64;    // a state keeps its facts in one 64-bit word
inline constexpr size_t kMaxTimers = 32;
inline constexpr size_t kMaxStages = 512;
inline constexpr size_t kMaxTransitions = 4096;
inline constexpr size_t kMaxRegions = 8;
inline constexpr size_t kMaxDepth = 20;        // of the JSON
inline constexpr size_t kMaxPerTransition = 32;  // guards, facts an event carries

struct Fact {
    std::string id;
    Message text;
    // A fact about the child's age, derived from the birth date on the event's day: the child is at
    // least the age of this legal fact (e.g. child_view_age). Events do not set it.
    const law::LegalFact *age_at_least = nullptr;
};

struct Guard {
    enum class Op { Fact, All, Any, Not };
    std::string id;
    Op op = Op::Fact;
    int fact = -1;                  // Op::Fact
    std::vector<int> guards;        // All, Any: guards; Not: one guard
    Message missing;                // what is missing when it does not hold, in plain words
    Message remedy;                 // what would make it hold
};

struct Timer {
    std::string id;
    Message text;
    const law::LegalFact *fact = nullptr;  // its length, article and label
    std::string deadline;                  // the deadline kind that computes its due date
    const DeadlineKind *deadline_kind = nullptr;  // that kind, resolved when the spec is read
    int expiry_event = -1;                 // its own event, "expired:ID"
};

struct Stage {
    std::string id;
    int region = 0;
    Message title, decides, next;
    bool compulsory = false;  // a compulsory measure of child protection is in force or decided here
    bool emergency = false;   // reached by the marked emergency path (spoed)
    bool end = false;         // the procedure can end here
    std::vector<std::string> rights;  // ids of rows in lib/data/law/rights.tsv
};

struct Region {
    std::string id;
    int initial = 0;
};

struct Event {
    std::string id;
    Message text;
    std::vector<int> carries;  // facts the event may state (true or false) when applied
    int expires_timer = -1;    // "expired:TIMER": fired by the engine when the timer's due date passes
};

struct Transition {
    std::vector<int> from;
    int event = -1;
    int to = -1;  // -1: the stage stays
    std::vector<int> guards;
    bool decision = false;  // a decision of the court (a compulsory measure needs one)
    uint64_t sets_true = 0, sets_false = 0;
    uint32_t start = 0, stop = 0;  // timers, as bits
};

struct Property {
    enum class Kind { EntryRequires, EmergencyThen, NeverEvent };
    std::string id;
    Kind kind = Kind::EntryRequires;
    Message text;
    // EntryRequires: the guard holds for every decision into a compulsory stage, and a compulsory
    // stage is entered from one that is not only by such a decision.
    int guard = -1;
    bool except_emergency = false;  // EntryRequires: a decision into an emergency stage is exempt
    int timer = -1, stage = -1;     // EmergencyThen: from an emergency stage, `stage` while `timer` runs
    int event = -1;                 // NeverEvent: never possible
};

class Spec {
public:
    // Reads a specification (UTF-8 JSON); HELDER_E_INVALID_JSON with the JSON Pointer of the first
    // problem: a wrong field, an unknown reference, a guard that refers to itself through others,
    // a legal fact or rights row that does not exist, or a size beyond the limits above.
    static Result<Spec> load(std::string_view json, const law::LegalFacts &law, const std::vector<std::string> &rights_ids);
    // A specification shipped in lib/data/procedure/ ("law" or "toekomstscenario").
    static Result<Spec> shipped(std::string_view name, const law::LegalFacts &law, const std::vector<std::string> &rights_ids);
    static std::vector<std::string> shipped_names();

    std::string id, version, kind;  // kind: "law" or "policy"
    Message title, note;
    std::vector<Fact> facts;
    std::vector<Guard> guards;
    std::vector<Timer> timers;
    std::vector<Region> regions;
    std::vector<Stage> stages;
    std::vector<Event> events;
    std::vector<Transition> transitions;
    std::vector<Property> properties;
    std::vector<std::string> rights_always;

    int stage_index(std::string_view name) const { return find(stage_ids_, name); }
    int event_index(std::string_view name) const { return find(event_ids_, name); }
    int fact_index(std::string_view name) const { return find(fact_ids_, name); }
    int timer_index(std::string_view name) const { return find(timer_ids_, name); }
    int guard_index(std::string_view name) const { return find(guard_ids_, name); }
    // The transitions by event, in the file's order.
    const std::vector<int> &transitions_of(int event) const { return by_event_[static_cast<size_t>(event)]; }
    // Whether a guard holds for these facts.
    bool holds(int guard, uint64_t known) const;
    // The facts a guard reads, through the guards it names.
    uint64_t reads(int guard) const;
    uint64_t derived_facts() const { return derived_; }

private:
    static int find(const NameIndex &m, std::string_view id) {
        const auto it = m.find(id);
        return it == m.end() ? -1 : it->second;
    }
    NameIndex stage_ids_, event_ids_, fact_ids_, timer_ids_, guard_ids_;
    std::vector<std::vector<int>> by_event_;
    uint64_t derived_ = 0;
    friend class SpecReader;
};

}  // namespace helder::procedure
