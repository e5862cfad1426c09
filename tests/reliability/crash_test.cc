// SPDX-License-Identifier: EUPL-1.2
// Kills a writing process (SIGKILL) at random moments during a burst of commits, many times, and
// after every kill checks PRAGMA integrity_check, the audit chain, gap-free versions, and that
// every commit the writer saw succeed is in the store with its reason.
// Usage: crash_test [ROUNDS] [SEED]   (defaults: 40 rounds, seed from the clock; printed)
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

#include "support.hh"

using namespace reliability;

namespace {

// The writer: commits version after version and reports each success on `ack` only after the
// call returned, so a reported version is one the store promised to keep.
[[noreturn]] void writer(const std::string &path, const std::string &dossier, int round, int ack) {
    helder_ctx *ctx = nullptr;
    helder_store *store = nullptr;
    if (helder_ctx_create(nullptr, 0, &ctx) != HELDER_OK) _exit(3);
    if (helder_store_open(ctx, path.c_str(), store_options(10000).c_str(), store_options(10000).size(), &store) != HELDER_OK) _exit(4);
    const Answer latest = read_latest(store);
    long version = latest.status == HELDER_OK ? number_after(latest.json, "version") : 0;
    for (int k = 0; k < 100000; ++k) {
        const std::string reason = "round " + std::to_string(round) + " commit " + std::to_string(k);
        const Answer a = commit(store, dossier, version, reason);
        if (a.status != HELDER_OK) {
            std::fprintf(stderr, "writer: %s\n", a.json.c_str());
            _exit(5);
        }
        ++version;
        const std::string line = std::to_string(version) + " " + reason + "\n";
        if (write(ack, line.data(), line.size()) != static_cast<ssize_t>(line.size())) _exit(6);
    }
    _exit(0);
}

}  // namespace

int main(int argc, char **argv) {
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 40;
    const unsigned seed = argc > 2 ? static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10))
                                   : static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count());
    std::printf("crash_test: %d rounds, seed %u\n", rounds, seed);
    std::mt19937 random(seed);
    const std::string dossier = example_dossier();
    TempDir dir;
    const std::string path = dir.file("store.db");
    helder_ctx *ctx = nullptr;
    const auto start = std::chrono::steady_clock::now();
    if (helder_ctx_create(nullptr, 0, &ctx) != HELDER_OK) fail("ctx");
    // A writer starts about as fast as this context was made and made its first commit (the
    // context builds its models on first use; slower under sanitizers); kills fall from before
    // its first commit to well into its burst.
    {
        helder_store *scratch = nullptr;
        const std::string scratch_path = dir.file("scratch.db");
        if (helder_store_open(ctx, scratch_path.c_str(), store_options().c_str(), store_options().size(), &scratch) != HELDER_OK)
            fail("scratch store");
        if (commit(scratch, dossier, 0, "the writer's start, timed").status != HELDER_OK) fail("scratch commit");
        helder_store_close(scratch);
    }
    const auto startup = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
    std::uniform_int_distribution<long> delay(0, 2 * startup + 60000);

    long acknowledged_total = 0, last_version = 0;
    int killed_while_writing = 0;
    for (int round = 0; round < rounds; ++round) {
        int pipe_fds[2];
        if (pipe(pipe_fds) != 0) fail("pipe");
        std::fflush(nullptr);
        const pid_t pid = fork();
        if (pid < 0) fail("fork");
        if (pid == 0) {
            close(pipe_fds[0]);
            writer(path, dossier, round, pipe_fds[1]);
        }
        close(pipe_fds[1]);
        std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
        kill(pid, SIGKILL);
        int wstatus = 0;
        waitpid(pid, &wstatus, 0);
        if (!WIFSIGNALED(wstatus)) fail("the writer ended by itself (status " + std::to_string(WEXITSTATUS(wstatus)) + ")");
        // Every acknowledged commit, in order.
        std::string acks;
        char buf[4096];
        for (ssize_t n; (n = read(pipe_fds[0], buf, sizeof buf)) > 0;) acks.append(buf, static_cast<size_t>(n));
        close(pipe_fds[0]);
        long max_acked = 0;
        std::string max_reason;
        std::istringstream lines(acks);
        for (std::string line; std::getline(lines, line);) {
            const size_t space = line.find(' ');
            max_acked = std::strtol(line.c_str(), nullptr, 10);
            max_reason = line.substr(space + 1);
            ++acknowledged_total;
        }
        const long versions = check_store(ctx, path);
        if (versions < max_acked) fail("version " + std::to_string(max_acked) + " was acknowledged but the store has " + std::to_string(versions));
        if (versions < last_version) fail("versions went back from " + std::to_string(last_version) + " to " + std::to_string(versions));
        if (versions > std::max(max_acked, last_version)) ++killed_while_writing;  // a commit finished but was not acknowledged yet
        if (max_acked > 0) {
            // The acknowledged version holds what that commit wrote.
            helder_store *store = nullptr;
            if (helder_store_open(ctx, path.c_str(), store_options().c_str(), store_options().size(), &store) != HELDER_OK) fail("reopen");
            const Answer h = history(store);
            helder_store_close(store);
            const size_t at = h.json.find("{\"version\":" + std::to_string(max_acked) + ",");
            if (at == std::string::npos || h.json.find("\"reason\":\"" + max_reason + "\"", at) == std::string::npos)
                fail("version " + std::to_string(max_acked) + " does not hold \"" + max_reason + "\"");
        }
        last_version = versions;
    }
    helder_ctx_destroy(ctx);
    std::printf("crash_test: %d kills, %ld acknowledged commits, %ld versions, %d kills after a commit but before its acknowledgement\n",
                rounds, acknowledged_total, last_version, killed_while_writing);
    if (acknowledged_total == 0) fail("no commit was acknowledged: the kills came too early to test anything");
    return 0;
}
