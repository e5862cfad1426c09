// SPDX-License-Identifier: EUPL-1.2
// The procedure engine's benchmark in WebAssembly: the same fixed sequence and the same loop as
// BM_ProcedureEngineApply (bench/procedure_sequence.hh), built by wasm/CMakeLists.txt and run by
// bench/peers/procedure_peers.mjs in Node. Prints {"events_per_second": median, "best": …} of five
// rounds of SECONDS / 5 each (wall-clock, like the native benchmark and the XState peer).
// Usage: node procedure-engine-bench.js SEQUENCE.json [SECONDS]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <vector>

#include "dossier/dossier_model.hh"
#include "procedure/procedures.hh"
#include "procedure_sequence.hh"

int main(int argc, char **argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: procedure-engine-bench SEQUENCE.json [SECONDS]\n");
        return 2;
    }
    try {
        const bench::ProcedureSequence sequence = bench::read_procedure_sequence(argv[1]);
        const helder::dossier::DossierModel model;
        const helder::procedure::Procedures procedures(model.law());
        const helder::procedure::Spec &spec = *procedures.shipped(sequence.spec);
        bench::procedure_events_per_second(spec, sequence, 0.2);  // warm up
        const double seconds = argc > 2 ? std::atof(argv[2]) : 2.0;
        std::vector<double> rates;
        for (int round = 0; round < 5; ++round) rates.push_back(bench::procedure_events_per_second(spec, sequence, seconds / 5));
        std::sort(rates.begin(), rates.end());
        std::printf("{\"events_per_second\": %.0f, \"best\": %.0f, \"events_per_sequence\": %zu}\n", rates[2], rates[4], sequence.events.size());
        return 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "procedure-engine-bench: %s\n", e.what());
        return 1;
    }
}
