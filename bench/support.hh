// SPDX-License-Identifier: EUPL-1.2
// Shared by the benchmarks: running a peer tool as a separate process.
#pragma once

#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

namespace bench {

// Runs a shell command; returns its wall time in seconds. Throws when it fails.
inline double run_timed(const std::string &command) {
    const auto start = std::chrono::steady_clock::now();
    const int rc = std::system(command.c_str());
    const auto end = std::chrono::steady_clock::now();
    if (rc == -1 || !WIFEXITED(rc) || WEXITSTATUS(rc) != 0) throw std::runtime_error("failed: " + command);
    return std::chrono::duration<double>(end - start).count();
}

// Runs a shell command; returns what it printed. Throws when it fails.
inline std::string run_output(const std::string &command) {
    std::FILE *pipe = popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run: " + command);
    std::string out;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
    const int rc = pclose(pipe);
    if (rc == -1 || !WIFEXITED(rc) || WEXITSTATUS(rc) != 0) throw std::runtime_error("failed: " + command);
    return out;
}

}  // namespace bench
