// SPDX-License-Identifier: EUPL-1.2
// Fuzzes Spec::load (a procedure specification from any bytes; the corpus holds the shipped
// specifications and mutations of them). Invariants: a refused specification is
// HELDER_E_INVALID_JSON with a message; a loaded one has every reference in range (each stage in a
// region that exists, each region's initial stage its own, every transition's stages in one region,
// its event, guards and timers known, every guard's parts known), and an instance of it takes each
// of its events on one day without breaking those references.
#include <cstdint>
#include <string_view>

#include "procedure/engine.hh"
#include "procedure_fuzz_support.hh"

using helder::procedure::Guard;
using helder::procedure::Spec;

namespace {

bool in_range(int i, size_t size) { return i >= 0 && static_cast<size_t>(i) < size; }

void check_references(const Spec &s) {
    PROCEDURE_FUZZ_ASSERT(!s.regions.empty() && s.regions.size() <= helder::procedure::kMaxRegions);
    PROCEDURE_FUZZ_ASSERT(s.facts.size() <= helder::procedure::kMaxFacts && s.timers.size() <= helder::procedure::kMaxTimers);
    for (const auto &st : s.stages) PROCEDURE_FUZZ_ASSERT(in_range(st.region, s.regions.size()));
    for (size_t r = 0; r < s.regions.size(); ++r) {
        PROCEDURE_FUZZ_ASSERT(in_range(s.regions[r].initial, s.stages.size()));
        PROCEDURE_FUZZ_ASSERT(s.stages[static_cast<size_t>(s.regions[r].initial)].region == static_cast<int>(r));
    }
    for (const auto &t : s.transitions) {
        PROCEDURE_FUZZ_ASSERT(!t.from.empty() && in_range(t.event, s.events.size()));
        for (int f : t.from) {
            PROCEDURE_FUZZ_ASSERT(in_range(f, s.stages.size()));
            PROCEDURE_FUZZ_ASSERT(s.stages[static_cast<size_t>(f)].region == s.stages[static_cast<size_t>(t.from[0])].region);
        }
        if (t.to >= 0) {
            PROCEDURE_FUZZ_ASSERT(in_range(t.to, s.stages.size()));
            PROCEDURE_FUZZ_ASSERT(s.stages[static_cast<size_t>(t.to)].region == s.stages[static_cast<size_t>(t.from[0])].region);
        }
        for (int g : t.guards) PROCEDURE_FUZZ_ASSERT(in_range(g, s.guards.size()));
        // Timers as bits: none beyond the specification's timers.
        PROCEDURE_FUZZ_ASSERT(s.timers.size() >= 32 || ((t.start | t.stop) >> s.timers.size()) == 0);
    }
    for (const auto &g : s.guards) {
        if (g.op == Guard::Op::Fact) PROCEDURE_FUZZ_ASSERT(in_range(g.fact, s.facts.size()));
        else
            for (int c : g.guards) PROCEDURE_FUZZ_ASSERT(in_range(c, s.guards.size()));
        if (g.op == Guard::Op::Not) PROCEDURE_FUZZ_ASSERT(g.guards.size() == 1);
    }
    for (const auto &t : s.timers) PROCEDURE_FUZZ_ASSERT(t.fact != nullptr);
    for (const auto &e : s.events) {
        PROCEDURE_FUZZ_ASSERT(e.expires_timer < 0 || in_range(e.expires_timer, s.timers.size()));
        for (int f : e.carries) PROCEDURE_FUZZ_ASSERT(in_range(f, s.facts.size()));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto &p = procedure_fuzz::procedures();
    auto loaded = Spec::load(std::string_view(reinterpret_cast<const char *>(data), size), p.law(), p.rights_ids());
    if (!loaded) {
        PROCEDURE_FUZZ_ASSERT(loaded.error().status == HELDER_E_INVALID_JSON);
        PROCEDURE_FUZZ_ASSERT(!loaded.error().message.empty());
        return 0;
    }
    const Spec &spec = loaded.value();
    check_references(spec);
    // Each event once, a day apart, on an instance of a child who turns 12 on the way.
    helder::procedure::Instance instance(spec, helder::Date{2014, 1, 10});
    helder::Date day{2026, 1, 5};
    for (const auto &e : spec.events) {
        (void)instance.apply({e.id, day, "", {}});
        for (size_t r = 0; r < instance.stages().size(); ++r)
            PROCEDURE_FUZZ_ASSERT(spec.stages[static_cast<size_t>(instance.stages()[r])].region == static_cast<int>(r));
        (void)instance.next_steps();
        day = helder::add_days(day, 1);
    }
    return 0;
}
