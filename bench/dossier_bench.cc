// SPDX-License-Identifier: EUPL-1.2
// The family dossier through the public C API: validations per second of a typical dossier of
// about 10 KB (examples/dossiers/familie-yilmaz.json), with ajv and python3-jsonschema on the
// same schema and document in the same run; durable commits per second to a store file (WAL,
// synchronous=FULL); and reading back a dossier with 1,000 versions.
// Environment: HELDER_BENCH_STORE_DIR: where store files go (default: the system's temp folder);
// HELDER_BENCH_PEER_SECONDS: how long each peer validates (default 3).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "helder/helder.h"
#include "support.hh"

namespace {

const std::string kSchema = HELDER_SOURCE_DIR "/lib/data/schemas/dossier.schema.json";
const std::string kDossierPath = HELDER_SOURCE_DIR "/examples/dossiers/familie-yilmaz.json";
const char kOptions[] = "{\"today\":\"2026-11-23\"}";

const std::string &dossier() {
    static const std::string text = [] {
        std::ifstream in(kDossierPath, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        if (ss.str().empty()) throw std::runtime_error("cannot read " + kDossierPath);
        return ss.str();
    }();
    return text;
}

helder_ctx *context() {
    static helder_ctx *ctx = [] {
        helder_ctx *c = nullptr;
        if (helder_ctx_create(nullptr, 0, &c) != HELDER_OK) throw std::runtime_error(helder_last_error());
        return c;
    }();
    return ctx;
}

void validate(benchmark::State &state, const std::vector<std::string> &documents, const std::string &options) {
    size_t i = 0;
    for (auto _ : state) {
        const std::string &d = documents[i++ % documents.size()];
        char *report = nullptr;
        if (helder_dossier_validate(context(), d.data(), d.size(), options.data(), options.size(), &report, nullptr) != HELDER_OK ||
            !std::strstr(report, "\"status\":\"valid\"")) {
            state.SkipWithError(report ? report : helder_last_error());
            helder_free(report);
            break;
        }
        helder_free(report);
    }
    state.counters["validations_per_second"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.SetBytesProcessed(static_cast<int64_t>(dossier().size()) * state.iterations());
}

// Every layer; the verdict on the family's letter is remembered from the first validation, as it
// is when the same dossier is validated again after a change elsewhere.
void BM_ValidateDossier(benchmark::State &state) { validate(state, {dossier()}, kOptions); }

// Every layer, with a letter never seen before each time: the text checker runs every time.
void BM_ValidateDossierNewLetterEachTime(benchmark::State &state) {
    std::vector<std::string> variants;
    const std::string anchor = "Groetjes,\\nLotte";
    const size_t at = dossier().find(anchor);
    if (at == std::string::npos) throw std::runtime_error("the letter changed");
    for (int n = 0; n < 8192; ++n) {  // more than the verdicts helder remembers
        std::string v = dossier();
        v.insert(at + anchor.size(), " " + std::to_string(n));
        variants.push_back(std::move(v));
    }
    validate(state, variants, kOptions);
}

// Schema, references, time, law and principles, without the letter: closest to a schema validator.
void BM_ValidateDossierWithoutLetters(benchmark::State &state) {
    validate(state, {dossier()}, "{\"today\":\"2026-11-23\",\"check_family_texts\":false}");
}

// A peer prints {"validations_per_second", "validations", "seconds"} for its own timed loop.
void peer(benchmark::State &state, const std::string &command) {
    double validations = 0;
    for (auto _ : state) {
        const std::string out = bench::run_output(command);
        const size_t v = out.find("\"validations\":"), s = out.find("\"seconds\":");
        if (v == std::string::npos || s == std::string::npos) throw std::runtime_error("unexpected output: " + out);
        validations += std::strtod(out.c_str() + v + 14, nullptr);
        state.SetIterationTime(std::strtod(out.c_str() + s + 10, nullptr));
    }
    state.counters["validations_per_second"] = benchmark::Counter(validations, benchmark::Counter::kIsRate);
}

std::string peer_arguments() {
    const char *seconds = std::getenv("HELDER_BENCH_PEER_SECONDS");
    return " '" + kSchema + "' " + std::to_string(seconds ? std::atof(seconds) : 3.0) + " '" + kDossierPath + "'";
}

void BM_PeerAjv(benchmark::State &state) { peer(state, "node " HELDER_SOURCE_DIR "/bench/peers/ajv_validate.mjs" + peer_arguments()); }

void BM_PeerPythonJsonschema(benchmark::State &state) {
    peer(state, "python3 " HELDER_SOURCE_DIR "/bench/peers/jsonschema_validate.py" + peer_arguments());
}

// A fresh store file in its own folder, removed with it.
class StoreFile {
public:
    StoreFile() {
        const char *base = std::getenv("HELDER_BENCH_STORE_DIR");
        std::string pattern = (std::filesystem::path(base ? base : std::filesystem::temp_directory_path().string()) /
                               "helder-bench-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp");
        dir_ = pattern;
        if (helder_store_open(context(), (dir_ + "/store.db").c_str(), nullptr, 0, &store_) != HELDER_OK)
            throw std::runtime_error(helder_last_error());
    }
    ~StoreFile() {
        helder_store_close(store_);
        std::filesystem::remove_all(dir_);
    }
    helder_store *store() { return store_; }

    // Commits the dossier as the next version.
    void commit() {
        const std::string request = "{\"expected_version\":" + std::to_string(version_) +
                                    ",\"author\":\"lotte\",\"reason\":\"benchmark\"}";
        char *out = nullptr;
        if (helder_store_commit(store_, dossier().data(), dossier().size(), request.data(), request.size(), &out, nullptr) != HELDER_OK)
            throw std::runtime_error(helder_last_error());
        helder_free(out);
        ++version_;
    }

private:
    std::string dir_;
    helder_store *store_ = nullptr;
    long version_ = 0;
};

// Each commit validates the dossier, writes the version and its audit entry, and waits until
// the disk has them (WAL, synchronous=FULL).
void BM_StoreDurableCommit(benchmark::State &state) {
    StoreFile file;
    for (auto _ : state) file.commit();
    state.counters["commits_per_second"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

StoreFile &thousand_versions() {
    static StoreFile *file = [] {
        auto *f = new StoreFile();
        for (int v = 0; v < 1000; ++v) f->commit();
        return f;
    }();
    return *file;
}

void read_back(benchmark::State &state, helder_status (*fn)(helder_store *, const char *, size_t, char **, size_t *),
               const std::string &request, size_t min_size) {
    StoreFile &file = thousand_versions();
    for (auto _ : state) {
        char *out = nullptr;
        size_t len = 0;
        if (fn(file.store(), request.data(), request.size(), &out, &len) != HELDER_OK || len < min_size) {
            state.SkipWithError(helder_last_error());
            break;
        }
        helder_free(out);
    }
}

const std::string kLotte = "\"dossier_id\":\"dossier-2026-0107\",\"actor\":{\"kind\":\"professional\",\"id\":\"lotte\"}";

// The whole history of 1,000 versions, every version's dossier included (about 11 MB).
void BM_StoreHistoryOf1000VersionsWithDossiers(benchmark::State &state) {
    read_back(state, helder_store_history, "{" + kLotte + ",\"with_dossiers\":true}", 1000 * dossier().size());
}

void BM_StoreHistoryOf1000Versions(benchmark::State &state) {
    read_back(state, helder_store_history, "{" + kLotte + "}", 1000 * 100);
}

void BM_StoreReadLatestOf1000Versions(benchmark::State &state) {
    read_back(state, helder_store_read, "{" + kLotte + "}", dossier().size());
}

void BM_StoreReadFirstOf1000Versions(benchmark::State &state) {
    read_back(state, helder_store_read, "{" + kLotte + ",\"version\":1}", dossier().size());
}

}  // namespace

BENCHMARK(BM_ValidateDossier)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_ValidateDossierNewLetterEachTime)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_ValidateDossierWithoutLetters)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_PeerAjv)->Unit(benchmark::kMicrosecond)->UseManualTime()->Iterations(1);
BENCHMARK(BM_PeerPythonJsonschema)->Unit(benchmark::kMicrosecond)->UseManualTime()->Iterations(1);
BENCHMARK(BM_StoreDurableCommit)->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(BM_StoreHistoryOf1000VersionsWithDossiers)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_StoreHistoryOf1000Versions)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_StoreReadLatestOf1000Versions)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_StoreReadFirstOf1000Versions)->Unit(benchmark::kMillisecond)->MinTime(1.0);

BENCHMARK_MAIN();
