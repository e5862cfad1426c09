// SPDX-License-Identifier: EUPL-1.2
// Two processes write the same dossier in the same store file at once, as two professionals
// would. First both read version 1 and both write: exactly one gets a conflict. Then each makes
// its changes in a loop of read, change, write (again on a conflict): none may be lost, versions
// have no gaps, the audit chain holds, and waits for the other's lock end in success.
// Usage: concurrent_writers_test [CHANGES_EACH]   (default 100)
#include <signal.h>

#include "support.hh"

using namespace reliability;

namespace {

// The dossier inside a read answer: {"dossier_id",…,"dossier":{…},"withheld":0}.
std::string dossier_of(const std::string &answer) {
    const size_t start = answer.find("\"dossier\":"), end = answer.rfind(",\"withheld\":");
    if (start == std::string::npos || end == std::string::npos) fail("no dossier in " + answer.substr(0, 200));
    return answer.substr(start + 10, end - start - 10);
}

// The dossier with one more statement by Sanne, with the given id.
std::string with_statement(std::string dossier, const std::string &id) {
    const std::string key = "\"statements\": [";
    const size_t at = dossier.find(key);
    if (at == std::string::npos) fail("no statements in the dossier");
    dossier.insert(at + key.size(), "{\"id\": \"" + id + "\", \"by\": \"sanne\", \"date\": \"2026-11-23\", \"kind\": \"own_statement\", "
                                    "\"text\": \"Dat klopt niet.\", \"concerns_item\": \"f-fridge\", \"about\": [\"sanne\"]}, ");
    return dossier;
}

void send(int fd, const std::string &line) {
    if (write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) _exit(9);
}

std::string receive_line(int fd) {
    std::string line;
    char c;
    while (read(fd, &c, 1) == 1 && c != '\n') line.push_back(c);
    return line;
}

// One writer process. Reports "first <status>" after the first write, then "done <conflicts>".
[[noreturn]] void writer(const std::string &path, int who, int changes, int report, int go) {
    helder_ctx *ctx = nullptr;
    helder_store *store = nullptr;
    if (helder_ctx_create(nullptr, 0, &ctx) != HELDER_OK) _exit(3);
    if (helder_store_open(ctx, path.c_str(), store_options(30000).c_str(), store_options(30000).size(), &store) != HELDER_OK) _exit(4);
    const std::string me = "w" + std::to_string(who);
    // Both read version 1, and write only when both have read it.
    const Answer first_read = read_latest(store);
    if (first_read.status != HELDER_OK) _exit(5);
    send(report, "read\n");
    receive_line(go);
    const Answer first = commit(store, with_statement(dossier_of(first_read.json), me + "-first"), 1, me + " first");
    send(report, "first " + std::to_string(first.status) + "\n");
    int conflicts = 0;
    for (int k = 0; k < changes; ++k) {
        for (;;) {
            const Answer latest = read_latest(store);
            if (latest.status != HELDER_OK) _exit(6);
            const long version = number_after(latest.json, "version");
            const Answer written = commit(store, with_statement(dossier_of(latest.json), me + "-" + std::to_string(k)), version,
                                          me + " change " + std::to_string(k));
            if (written.status == HELDER_OK) break;
            if (written.status != HELDER_E_CONFLICT) {
                std::fprintf(stderr, "%s: %s\n", me.c_str(), written.json.c_str());
                _exit(7);
            }
            ++conflicts;  // someone else wrote first: read again and apply the change to that
        }
    }
    send(report, "done " + std::to_string(conflicts) + "\n");
    helder_store_close(store);
    helder_ctx_destroy(ctx);
    _exit(0);
}

}  // namespace

int main(int argc, char **argv) {
    const int changes = argc > 1 ? std::atoi(argv[1]) : 100;
    TempDir dir;
    const std::string path = dir.file("store.db");
    helder_ctx *ctx = nullptr;
    helder_store *store = nullptr;
    if (helder_ctx_create(nullptr, 0, &ctx) != HELDER_OK) fail("ctx");
    if (helder_store_open(ctx, path.c_str(), store_options().c_str(), store_options().size(), &store) != HELDER_OK) fail("open");
    if (commit(store, example_dossier(), 0, "start").status != HELDER_OK) fail("first commit");
    helder_store_close(store);

    int report[2], go[2][2];
    pid_t pids[2];
    if (pipe(report) != 0) fail("pipe");
    std::fflush(nullptr);
    for (int who = 0; who < 2; ++who) {
        if (pipe(go[who]) != 0) fail("pipe");
        pids[who] = fork();
        if (pids[who] < 0) fail("fork");
        if (pids[who] == 0) {
            close(report[0]);
            close(go[who][1]);
            writer(path, who, changes, report[1], go[who][0]);
        }
        close(go[who][0]);
    }
    close(report[1]);
    for (int n = 0; n < 2; ++n)
        if (receive_line(report[0]) != "read") fail("a writer could not read");
    for (int who = 0; who < 2; ++who) send(go[who][1], "go\n");
    int ok = 0, conflicted = 0, conflicts = 0, done = 0;
    for (std::string line; !(line = receive_line(report[0])).empty();) {
        if (line.rfind("first ", 0) == 0) {
            const int status = std::atoi(line.c_str() + 6);
            ok += status == HELDER_OK;
            conflicted += status == HELDER_E_CONFLICT;
        } else if (line.rfind("done ", 0) == 0) {
            conflicts += std::atoi(line.c_str() + 5);
            ++done;
        }
    }
    for (pid_t pid : pids) {
        int wstatus = 0;
        waitpid(pid, &wstatus, 0);
        if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) fail("a writer failed (status " + std::to_string(wstatus) + ")");
    }
    if (ok != 1 || conflicted != 1) fail("the two first writes: " + std::to_string(ok) + " ok, " + std::to_string(conflicted) + " conflicts");
    if (done != 2) fail("not both writers finished");

    // Version 1, the first write that won, and every change of both writers: nothing lost.
    const long versions = check_store(ctx, path);
    if (versions != 2 + 2L * changes) fail("expected " + std::to_string(2 + 2 * changes) + " versions, found " + std::to_string(versions));
    if (helder_store_open(ctx, path.c_str(), store_options().c_str(), store_options().size(), &store) != HELDER_OK) fail("reopen");
    const std::string last = read_latest(store).json;
    helder_store_close(store);
    for (int who = 0; who < 2; ++who)
        for (int k = 0; k < changes; ++k) {
            const std::string id = "\"w" + std::to_string(who) + "-" + std::to_string(k) + "\"";
            if (count(last, id) != 1) fail("change " + id + " is missing from the last version");
        }
    if (count(last, "-first\"") != 1) fail("the winning first write is missing");
    helder_ctx_destroy(ctx);
    std::printf("concurrent_writers_test: %ld versions, %d conflicts reported and retried, no change lost\n", versions, conflicts);
    return 0;
}
