// SPDX-License-Identifier: EUPL-1.2
// Fuzzes the engine with event sequences on the shipped specifications. The first byte picks the
// specification and the child's birth date; then every 3 bytes are one event: which event (of all
// the specification's, the timers' own "expired:" events included, which a caller may not send),
// how many days after the previous one, and which of the facts it may carry it states (two bits
// per fact: stated or not, true or false). After every step: each region's stage belongs to that
// region; the running timers are unique and none is due before it started; a refused event left
// the instance exactly as it was; and replaying the applied events on a fresh instance gives the
// same state (the same events, the same state, on any day).
#include <algorithm>
#include <cstdint>
#include <vector>

#include "procedure/engine.hh"
#include "procedure_fuzz_support.hh"

using helder::Date;
using helder::procedure::EventInput;
using helder::procedure::Instance;
using helder::procedure::RunningTimer;
using helder::procedure::Spec;

namespace {

constexpr size_t kMaxEvents = 48;  // replay after every step is quadratic: keep a unit fast

// Everything a caller can observe of an instance.
struct Snapshot {
    std::vector<int> stages;
    uint64_t facts;
    std::vector<std::pair<int, std::pair<int64_t, int64_t>>> timers;
    int64_t last;
    size_t applied;
    bool operator==(const Snapshot &o) const {
        return stages == o.stages && facts == o.facts && timers == o.timers && last == o.last && applied == o.applied;
    }
};

Snapshot snapshot(const Instance &i) {
    Snapshot s{i.stages(), i.facts(), {}, i.last_date() ? i.last_date()->days() : INT64_MIN, i.events_applied()};
    for (const RunningTimer &t : i.timers()) s.timers.push_back({t.timer, {t.from.days(), t.due.days()}});
    return s;
}

void check_instance(const Spec &spec, const Instance &i) {
    PROCEDURE_FUZZ_ASSERT(i.stages().size() == spec.regions.size());
    for (size_t r = 0; r < i.stages().size(); ++r)
        PROCEDURE_FUZZ_ASSERT(spec.stages[static_cast<size_t>(i.stages()[r])].region == static_cast<int>(r));
    std::vector<int> seen;
    for (const RunningTimer &t : i.timers()) {
        PROCEDURE_FUZZ_ASSERT(t.timer >= 0 && static_cast<size_t>(t.timer) < spec.timers.size());
        PROCEDURE_FUZZ_ASSERT(std::find(seen.begin(), seen.end(), t.timer) == seen.end());
        seen.push_back(t.timer);
        PROCEDURE_FUZZ_ASSERT(t.from <= t.due);
    }
    PROCEDURE_FUZZ_ASSERT((i.facts() & spec.derived_facts()) == 0);  // the child's age is never stored
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    const auto &p = procedure_fuzz::procedures();
    const Spec &spec = *p.shipped(data[0] & 1 ? "toekomstscenario" : "law");
    // Born between 2008 and 2023, or unknown: the child turns 12 or 16 during some sequences.
    const std::optional<Date> birth = (data[0] >> 1) == 127 ? std::nullopt : std::optional<Date>(Date{2008 + (data[0] >> 1) % 16, 1 + data[0] % 12, 1 + data[0] % 28});
    Instance instance(spec, birth);
    std::vector<EventInput> applied;
    Date day{2026, 1, 5};
    for (size_t at = 1; at + 3 <= size && applied.size() < kMaxEvents; at += 3) {
        const auto &event = spec.events[data[at] % spec.events.size()];
        day = helder::add_days(day, data[at + 1]);
        EventInput in{event.id, day, "fuzz", {}};
        for (size_t f = 0; f < event.carries.size() && f < 4; ++f)
            if (data[at + 2] >> (2 * f) & 1) in.facts.emplace_back(spec.facts[static_cast<size_t>(event.carries[f])].id, data[at + 2] >> (2 * f + 1) & 1);
        // Now and then a date before the last one, which must be refused.
        if (data[at + 1] == 255) in.date = helder::add_days(day, -1000);
        const Snapshot before = snapshot(instance);
        const auto refused = instance.apply(in);
        check_instance(spec, instance);
        if (refused) {
            PROCEDURE_FUZZ_ASSERT(snapshot(instance) == before);
            PROCEDURE_FUZZ_ASSERT(!refused->reasons.empty());
            // An event a caller may not send is refused as unknown before its date is looked at.
            if (event.expires_timer >= 0) PROCEDURE_FUZZ_ASSERT(refused->code == "unknown_event");
            else if (before.last != INT64_MIN && in.date.days() < before.last) PROCEDURE_FUZZ_ASSERT(refused->code == "date_before_last");
            continue;
        }
        PROCEDURE_FUZZ_ASSERT(event.expires_timer < 0);
        PROCEDURE_FUZZ_ASSERT(before.last == INT64_MIN || in.date.days() >= before.last);
        applied.push_back(in);
        Instance replayed(spec, birth);
        for (const EventInput &e : applied) PROCEDURE_FUZZ_ASSERT(!replayed.apply(e));
        PROCEDURE_FUZZ_ASSERT(snapshot(replayed) == snapshot(instance));
    }
    return 0;
}
