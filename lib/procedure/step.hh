// SPDX-License-Identifier: EUPL-1.2
// What one event does from a set of current stages, the one rule the engine (one instance, dated)
// and the verifier (every reachable state, undated) share: every region that has a transition on
// the event must take one from its current stage, the first in the file's order whose guards hold;
// a timer's expiry event moves the regions that can take it and is never refused.
#pragma once

#include <array>
#include <cstdint>

#include "procedure/spec.hh"

namespace helder::procedure {

struct EventOutcome {
    std::array<int, kMaxRegions> taken;  // per region: the transition it takes, or -1 (it stays)
    int refused_region = -1;             // the first region that knows the event but cannot take it
    int blocked = -1;  // in that region: the first transition from its stage whose guards fail, or -1 when none starts there
    bool refused() const { return refused_region >= 0; }
};

// `stages` holds the current stage of each of the spec's regions; `facts` are the facts the event
// is taken on (stated by the event, derived from the child's age, and those already known).
EventOutcome take_event(const Spec &spec, int event, const int *stages, uint64_t facts, bool expiry);

}  // namespace helder::procedure
