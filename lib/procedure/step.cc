// SPDX-License-Identifier: EUPL-1.2
#include "procedure/step.hh"

#include <algorithm>

namespace helder::procedure {

EventOutcome take_event(const Spec &spec, int event, const int *stages, uint64_t facts, bool expiry) {
    EventOutcome out;
    out.taken.fill(-1);
    const std::vector<int> &candidates = spec.transitions_of(event);
    for (size_t region = 0; region < spec.regions.size(); ++region) {
        bool knows = false;
        int blocked = -1;
        for (int t : candidates) {
            const Transition &tr = spec.transitions[static_cast<size_t>(t)];
            if (spec.stages[static_cast<size_t>(tr.from[0])].region != static_cast<int>(region)) continue;
            knows = true;
            if (std::find(tr.from.begin(), tr.from.end(), stages[region]) == tr.from.end()) continue;
            bool ok = true;
            for (int g : tr.guards) ok = ok && spec.holds(g, facts);
            if (ok) {
                out.taken[region] = t;
                break;
            }
            if (blocked < 0) blocked = t;
        }
        if (expiry || !knows || out.taken[region] >= 0) continue;
        out.refused_region = static_cast<int>(region);
        out.blocked = blocked;
        return out;
    }
    return out;
}

}  // namespace helder::procedure
