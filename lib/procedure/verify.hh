// SPDX-License-Identifier: EUPL-1.2
// The verifier: explores every state a specification can reach — the stage of each region, the
// facts, the running timers — by breadth-first search, with the engine's own rule for an event
// (step.hh). Dates are abstracted away: a running timer may expire at any step, and a child's age
// facts may turn true between two events (never back). Then it proves the properties common to
// every specification and those the specification declares; a property that fails comes with the
// shortest path of events from the start that breaks it, in plain words.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/messages.hh"
#include "core/result.hh"
#include "law/rights.hh"
#include "procedure/parties.hh"
#include "procedure/spec.hh"

namespace helder::procedure {

// Beyond these the verifier stops with HELDER_E_TOO_LARGE, so that a specification that grows too
// large costs bounded time and memory.
inline constexpr size_t kMaxCarriedForVerify = 15;  // facts one event carries: 2^n combinations per state

struct VerifyOptions {
    size_t max_states = 10'000'000;
    size_t max_edges = 200'000'000;  // 12 bytes each
};

// One event on a path: which event, the facts it was taken on that the caller states (its
// "carries") and that follow from the child's age, and the words for it.
struct PathStep {
    int event = -1;
    std::vector<std::pair<int, bool>> facts;
    Message text;
};

// One way a property fails: what is wrong, and the shortest path to it when there is one.
struct Finding {
    std::string code;
    Message text;
    int stage = -1;     // the stage it concerns, when it concerns one
    std::string party;  // the party it concerns (rights_for_every_party)
    std::vector<PathStep> path;
    bool has_path = false;
};

struct PropertyResult {
    std::string id;    // a declared property's id, or one of the common properties
    std::string kind;  // entry_requires, emergency_then, never_event, or the common property's id
    bool declared = false;
    Message text;
    std::vector<Finding> findings;  // empty: the property holds
    bool ok() const { return findings.empty(); }
};

struct Verification {
    std::vector<PropertyResult> properties;
    size_t states = 0, edges = 0;
    double seconds = 0;
    bool ok() const {
        for (const PropertyResult &p : properties)
            if (!p.ok()) return false;
        return true;
    }
};

// HELDER_E_TOO_LARGE when the specification has more reachable states or edges than the options
// allow, or an event carries more than kMaxCarriedForVerify facts.
Result<Verification> verify(const Spec &spec, const Parties &parties, const law::Rights &rights, const VerifyOptions &options = {});

}  // namespace helder::procedure
