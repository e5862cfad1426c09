// SPDX-License-Identifier: EUPL-1.2
// The verifier of procedure specifications: one whole verification of each shipped specification
// (every reachable state explored, every property proved), with the states explored; goal: under
// 1 second each. Also the same through the C ABI, with the JSON answer written.
#include <benchmark/benchmark.h>

#include <string>

#include "helder/helder.h"
#include "law/legal_facts.hh"
#include "procedure/verify.hh"

namespace {

using namespace helder;

struct Fixture {
    law::LegalFacts law = law::LegalFacts::load();
    law::Rights rights = law::Rights::load(law);
    procedure::Parties parties = procedure::Parties::load(law);
};

const Fixture &fixture() {
    static const Fixture f;
    return f;
}

void BM_Verify(benchmark::State &state, const std::string &name) {
    const Fixture &f = fixture();
    auto spec = procedure::Spec::shipped(name, f.law, f.rights.ids());
    if (!spec) {
        state.SkipWithError(spec.error().message.c_str());
        return;
    }
    size_t states = 0, edges = 0;
    for (auto _ : state) {
        auto v = procedure::verify(*spec, f.parties, f.rights);
        if (!v) {
            state.SkipWithError(v.error().message.c_str());
            return;
        }
        states = v->states;
        edges = v->edges;
        benchmark::DoNotOptimize(v->properties.data());
    }
    state.counters["states"] = static_cast<double>(states);
    state.counters["edges"] = static_cast<double>(edges);
    state.counters["verifications_per_second"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_VerifyThroughTheCApi(benchmark::State &state, const std::string &name) {
    for (auto _ : state) {
        char *out = nullptr;
        if (helder_procedure_verify(name.data(), name.size(), nullptr, 0, &out, nullptr) != HELDER_OK) {
            state.SkipWithError(helder_last_error());
            return;
        }
        helder_free(out);
    }
    state.counters["verifications_per_second"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

}  // namespace

BENCHMARK_CAPTURE(BM_Verify, law, std::string("law"))->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(BM_Verify, toekomstscenario, std::string("toekomstscenario"))->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(BM_VerifyThroughTheCApi, law, std::string("law"))->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(BM_VerifyThroughTheCApi, toekomstscenario, std::string("toekomstscenario"))->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_MAIN();
