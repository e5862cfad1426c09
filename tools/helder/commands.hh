// The subcommands of the helder tool. Exit codes: 0 nothing reached the failing severity,
// 1 something did, 2 a usage or input error.
#pragma once

#include <string>
#include <vector>

namespace helder_tool {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

int check_command(const std::vector<std::string> &args);

// Reads a whole file ("-" = standard input); false with a message on failure.
bool read_input(const std::string &path, std::string &out, std::string &error);

}  // namespace helder_tool
