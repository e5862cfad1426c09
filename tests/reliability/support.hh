// SPDX-License-Identifier: EUPL-1.2
// Shared by the reliability programs: they use only the public C API, as a vendor's process
// would, and report failures on stderr with a non-zero exit.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "helder/helder.h"

namespace reliability {

[[noreturn]] inline void fail(const std::string &what) {
    std::fprintf(stderr, "FAIL: %s\n", what.c_str());
    std::exit(1);
}

inline std::string example_dossier() {
    std::ifstream in(HELDER_SOURCE_DIR "/examples/dossiers/familie-de-boer.json", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    if (ss.str().empty()) fail("cannot read the example dossier");
    return ss.str();
}

// A temporary folder for a store, removed at the end.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "helder-reliability-XXXXXX").string();
        if (!mkdtemp(pattern.data())) fail("mkdtemp");
        path_ = pattern;
    }
    ~TempDir() { std::filesystem::remove_all(path_); }
    std::string file(const std::string &name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

// A store's options: the busy timeout, and the test clock in a build that has one (the example's
// dates are around it; a release takes the real time).
inline std::string store_options(int busy_timeout_ms = 5000) {
#ifdef HELDER_TEST_CLOCK
    return "{\"busy_timeout_ms\":" + std::to_string(busy_timeout_ms) + ",\"test_clock\":\"2026-11-23T10:00:00Z\"}";
#else
    return "{\"busy_timeout_ms\":" + std::to_string(busy_timeout_ms) + "}";
#endif
}

// A helder answer (or the status and message of a failed call).
struct Answer {
    helder_status status = HELDER_OK;
    std::string json;  // the answer, or helder_last_error()
};

inline Answer take(helder_status status, char *out) {
    Answer a{status, status == HELDER_OK ? std::string(out) : std::string(helder_last_error())};
    helder_free(out);
    return a;
}

inline Answer commit(helder_store *store, const std::string &dossier, long expected, const std::string &reason) {
    const std::string request = "{\"expected_version\":" + std::to_string(expected) + ",\"author\":\"joris\",\"reason\":\"" + reason +
                                "\"}";
    char *out = nullptr;
    const helder_status status = helder_store_commit(store, dossier.data(), dossier.size(), request.data(), request.size(), &out, nullptr);
    return take(status, out);
}

inline Answer call(helder_status (*fn)(helder_store *, const char *, size_t, char **, size_t *), helder_store *store,
                   const std::string &request) {
    char *out = nullptr;
    const helder_status status = fn(store, request.data(), request.size(), &out, nullptr);
    return take(status, out);
}

inline Answer read_latest(helder_store *store) {
    return call(helder_store_read, store,
                "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"}}");
}

inline Answer history(helder_store *store) {
    return call(helder_store_history, store,
                "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"}}");
}

// The integer after "key": in an answer (the first occurrence), or -1.
inline long number_after(const std::string &json, const std::string &key, size_t from = 0) {
    const size_t at = json.find("\"" + key + "\":", from);
    return at == std::string::npos ? -1 : std::strtol(json.c_str() + at + key.size() + 3, nullptr, 10);
}

inline size_t count(const std::string &text, const std::string &what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// Checks a store as a whole: the audit chain and SQLite's integrity, and versions 1..N without
// gaps in the history. Returns N.
inline long check_store(helder_ctx *ctx, const std::string &path) {
    helder_store *store = nullptr;
    const std::string options = store_options();
    if (helder_store_open(ctx, path.c_str(), options.data(), options.size(), &store) != HELDER_OK) fail(std::string("reopen: ") + helder_last_error());
    char *out = nullptr;
    const helder_status status = helder_store_verify(store, &out, nullptr);
    const Answer verified = take(status, out);
    if (verified.status != HELDER_OK || verified.json.find("\"ok\":true") == std::string::npos ||
        verified.json.find("\"integrity\":\"ok\"") == std::string::npos)
        fail("verify: " + verified.json);
    long last = 0;
    const Answer h = history(store);
    if (h.status == HELDER_OK) {
        for (size_t at = h.json.find("{\"version\":"); at != std::string::npos; at = h.json.find("{\"version\":", at + 1)) {
            const long v = number_after(h.json, "version", at);
            if (v != last + 1) fail("history has version " + std::to_string(v) + " after " + std::to_string(last));
            last = v;
        }
    } else if (h.status != HELDER_E_NOT_FOUND) {
        fail("history: " + h.json);
    }
    helder_store_close(store);
    return last;
}

}  // namespace reliability
