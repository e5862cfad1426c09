// SPDX-License-Identifier: EUPL-1.2
// The procedure engine: events applied per second on the fixed sequence of
// bench/procedure_sequence.json (goal: at least 1 million per core). Two figures: the typed
// engine (a fresh instance per sequence, every event applied in turn, timers' due dates computed),
// and the C ABI, where each call replays the instance's events from JSON, applies one more and
// writes the answer (events counted: the one applied per call).
// The WebAssembly and XState figures come from bench/peers/procedure_peers.mjs in the same run.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/dossier_model.hh"
#include "helder/helder.h"
#include "procedure/procedures.hh"
#include "procedure_sequence.hh"

namespace {

const bench::ProcedureSequence &sequence() {
    static const bench::ProcedureSequence s = bench::read_procedure_sequence(HELDER_SOURCE_DIR "/bench/procedure_sequence.json");
    return s;
}

const helder::procedure::Procedures &procedures() {
    static const helder::dossier::DossierModel model;
    static const helder::procedure::Procedures p(model.law());
    return p;
}

void BM_ProcedureEngineApply(benchmark::State &state) {
    const auto &spec = *procedures().shipped(sequence().spec);
    for (auto _ : state) bench::run_procedure_sequence(spec, sequence());
    state.counters["events_per_second"] =
        benchmark::Counter(static_cast<double>(state.iterations() * sequence().events.size()), benchmark::Counter::kIsRate);
}

// The instance JSON after the first k events of the sequence, as helder_procedure_apply hands it back.
std::vector<std::string> instances(helder_ctx *ctx) {
    const auto &spec = *procedures().shipped(sequence().spec);
    std::vector<std::string> out{"{\"format\":\"helder-procedure-instance\",\"format_version\":1,\"spec\":{\"id\":\"" + spec.id +
                                 "\",\"version\":\"" + spec.version + "\"},\"child\":{\"birth_date\":\"" + sequence().birth.str() +
                                 "\"},\"events\":[]}"};
    for (const std::string &e : sequence().event_json) {
        char *answer = nullptr;
        size_t len = 0;
        if (helder_procedure_apply(ctx, nullptr, 0, out.back().data(), out.back().size(), e.data(), e.size(), &answer, &len) != HELDER_OK)
            throw std::runtime_error(helder_last_error());
        const std::string text(answer, len);
        helder_free(answer);
        const size_t at = text.find("\"instance\":") + 11;
        out.push_back(text.substr(at, text.size() - 1 - at));
    }
    return out;
}

void BM_ProcedureThroughTheCApi(benchmark::State &state) {
    helder_ctx *ctx = nullptr;
    if (helder_ctx_create(nullptr, 0, &ctx) != HELDER_OK) {
        state.SkipWithError(helder_last_error());
        return;
    }
    const std::vector<std::string> before = instances(ctx);
    for (auto _ : state) {
        for (size_t k = 0; k < sequence().event_json.size(); ++k) {
            const std::string &e = sequence().event_json[k];
            char *answer = nullptr;
            if (helder_procedure_apply(ctx, nullptr, 0, before[k].data(), before[k].size(), e.data(), e.size(), &answer, nullptr) != HELDER_OK) {
                state.SkipWithError(helder_last_error());
                break;
            }
            helder_free(answer);
        }
    }
    helder_ctx_destroy(ctx);
    state.counters["events_per_second"] =
        benchmark::Counter(static_cast<double>(state.iterations() * sequence().events.size()), benchmark::Counter::kIsRate);
}

}  // namespace

// Wall-clock time, as the WebAssembly and XState figures of the same run are measured in Node;
// five repetitions: the median, and the best (the least disturbed on a shared machine).
BENCHMARK(BM_ProcedureEngineApply)->MinTime(0.5)->Repetitions(5)->UseRealTime()->ReportAggregatesOnly(true)
    ->ComputeStatistics("max", [](const std::vector<double> &v) { return *std::max_element(v.begin(), v.end()); });
BENCHMARK(BM_ProcedureThroughTheCApi)->MinTime(0.5)->Repetitions(5)->UseRealTime()->ReportAggregatesOnly(true)
    ->ComputeStatistics("max", [](const std::vector<double> &v) { return *std::max_element(v.begin(), v.end()); });

BENCHMARK_MAIN();
