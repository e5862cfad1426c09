// SPDX-License-Identifier: EUPL-1.2
// Thread safety as docs/threading.md promises it: 8 threads share one context and at the same time
// check texts (with spelling, so Hunspell's lock is crossed), validate dossiers and apply procedure
// events to instances of their own; every answer equals the answer of a single thread. Built in
// every preset; under ThreadSanitizer (the tsan preset, where CI builds and runs only this test)
// a data race fails it.
#include <helder/helder.hpp>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr int kThreads = 8;
constexpr int kRounds = 3;

std::string read_file(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    if (!in && !in.eof()) throw std::runtime_error("cannot read " + path);
    return s.str();
}

const std::string kTexts[] = {
    read_file(HELDER_SOURCE_DIR "/examples/texts/brief-aan-ouders.txt"),
    read_file(HELDER_SOURCE_DIR "/examples/texts/rapport-gezinsvoogd.txt"),
    "Middels deze brief informeren wij u dat de ondertoezichtstelling wordt verlengd door de kinderrechter.",
    "Een zin met een fout: de moeder is zeer onbetrouwbaarr en de vader is bang.",
};
const std::string kDossiers[] = {
    read_file(HELDER_SOURCE_DIR "/examples/dossiers/familie-de-boer.json"),
    read_file(HELDER_SOURCE_DIR "/examples/dossiers/familie-yilmaz.json"),
    read_file(HELDER_SOURCE_DIR "/examples/dossiers/familie-de-boer-procedure.json"),
};
const char *const kEvents[] = {
    R"({"event":"melding","date":"2026-01-05"})",
    R"({"event":"raad_gevraagd","date":"2026-01-12"})",
    R"({"event":"raadsonderzoek_start","date":"2026-01-13"})",
    R"({"event":"verzoek_ingediend","date":"2026-03-02"})",
    R"({"event":"zitting_gehouden","date":"2026-03-20","facts":{"parents_heard":true,"child_invited":true}})",
    R"({"event":"beschikking_ots","date":"2026-03-23"})",
    R"({"event":"aanwijzing_gegeven","date":"2026-05-04"})",
};
const std::string kInstance = R"({"format":"helder-procedure-instance","format_version":1,)"
                              R"("spec":{"id":"nl-jeugdbescherming","version":"2026-12-1"},)"
                              R"("child":{"id":"daan","birth_date":"2012-03-01"},"events":[]})";

/** The instance inside an answer of helder_procedure_apply (its last member). */
std::string instance_of(const std::string &answer) {
    const std::string key = "\"instance\":";
    const size_t at = answer.rfind(key);
    if (at == std::string::npos) throw std::runtime_error("no instance in " + answer);
    return answer.substr(at + key.size(), answer.size() - at - key.size() - 1);
}

/** Everything one thread does, in order, as one list of answers. */
std::vector<std::string> work(const helder::Context &ctx) {
    std::vector<std::string> answers;
    for (const std::string &text : kTexts) answers.push_back(ctx.check_text(text).value());
    for (const std::string &dossier : kDossiers) {
        answers.push_back(ctx.validate_dossier(dossier, R"({"today":"2026-11-23"})").value());
    }
    std::string instance = kInstance;
    for (const char *event : kEvents) {
        answers.push_back(ctx.procedure_apply({}, instance, event).value());
        instance = instance_of(answers.back());
    }
    answers.push_back(ctx.procedure_state({}, instance, R"({"today":"2026-06-01","party":"parent_with_gezag"})").value());
    answers.push_back(helder::procedure_deadline(R"({"kind":"hoger-beroep","from":"2026-03-23","today":"2026-06-01"})").value());
    return answers;
}

}  // namespace

int main() {
    helder::Result<helder::Context> created = helder::Context::create(R"({"dictionary":"system"})");
    if (created.status() == HELDER_E_NOT_FOUND) {
        std::fprintf(stderr, "FAIL: Debian's Dutch dictionary (hunspell-nl) is needed: scripts/setup.sh installs it\n");
        return 1;
    }
    const helder::Context ctx = std::move(created).value();
    const std::vector<std::string> single = work(ctx);

    std::atomic<int> differences{0}, failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            try {
                for (int round = 0; round < kRounds; ++round) {
                    if (work(ctx) != single) ++differences;
                }
            } catch (const std::exception &e) {
                std::fprintf(stderr, "a thread failed: %s\n", e.what());
                ++failures;
            }
        });
    }
    for (std::thread &thread : threads) thread.join();
    if (failures || differences) {
        std::fprintf(stderr, "FAIL: %d failed calls, %d rounds with other answers than a single thread's\n",
                     failures.load(), differences.load());
        return 1;
    }
    std::printf("%d threads x %d rounds on one context: %zu answers each, all equal to a single thread's\n", kThreads,
                kRounds, single.size());
    return 0;
}
