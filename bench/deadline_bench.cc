// SPDX-License-Identifier: EUPL-1.2
// Legal deadlines as dates: deadlines computed per second (goal: at least 1 million), over every
// kind and a start date on each day of 2016–2030, so that every holiday and month end is met.
// Three figures: the typed computation (date, steps and warnings as records, what the engine
// uses), the same with the Dutch and English words rendered, and the C ABI's JSON answer.
#include <benchmark/benchmark.h>

#include <cstring>
#include <string>
#include <vector>

#include "helder/helder.h"
#include "procedure/deadline.hh"

namespace {

using helder::Date;
using helder::procedure::DeadlineRules;
using helder::procedure::AppealParty;

struct Case {
    const helder::procedure::DeadlineKind *kind;
    Date from;
};

const std::vector<Case> &cases() {
    static const std::vector<Case> all = [] {
        std::vector<Case> out;
        const DeadlineRules &rules = DeadlineRules::shipped();
        for (Date d{2016, 1, 1}; d.year <= 2030; d = helder::add_days(d, 1))
            for (const auto &k : rules.kinds()) out.push_back({&k, d});
        return out;
    }();
    return all;
}

void BM_DeadlineCompute(benchmark::State &state) {
    const DeadlineRules &rules = DeadlineRules::shipped();
    const Date today{2026, 6, 1};
    size_t i = 0;
    for (auto _ : state) {
        const Case &c = cases()[i++ % cases().size()];
        benchmark::DoNotOptimize(rules.compute(*c.kind, c.from, AppealParty::requester, today));
    }
    state.counters["deadlines_per_second"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_DeadlineComputeWithWords(benchmark::State &state) {
    const DeadlineRules &rules = DeadlineRules::shipped();
    const Date today{2026, 6, 1};
    size_t i = 0;
    for (auto _ : state) {
        const Case &c = cases()[i++ % cases().size()];
        const auto d = rules.compute(*c.kind, c.from, AppealParty::requester, today);
        benchmark::DoNotOptimize(rules.render_steps(d));
        benchmark::DoNotOptimize(rules.render_warnings(d));
    }
    state.counters["deadlines_per_second"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_DeadlineThroughTheCApi(benchmark::State &state) {
    std::vector<std::string> requests;
    for (size_t i = 0; i < cases().size(); i += 97)
        requests.push_back("{\"kind\":\"" + cases()[i].kind->id + "\",\"from\":\"" + cases()[i].from.str() + "\",\"today\":\"2026-06-01\"}");
    size_t i = 0;
    for (auto _ : state) {
        const std::string &r = requests[i++ % requests.size()];
        char *out = nullptr;
        if (helder_procedure_deadline(r.data(), r.size(), &out, nullptr) != HELDER_OK) {
            state.SkipWithError(helder_last_error());
            break;
        }
        helder_free(out);
    }
    state.counters["deadlines_per_second"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

}  // namespace

BENCHMARK(BM_DeadlineCompute)->MinTime(2.0);
BENCHMARK(BM_DeadlineComputeWithWords)->MinTime(2.0);
BENCHMARK(BM_DeadlineThroughTheCApi)->MinTime(2.0);
BENCHMARK_MAIN();
