// SPDX-License-Identifier: EUPL-1.2
// Command-line options as GNU tools read them (getopt_long): --name VALUE and --name=VALUE,
// -h for --help, options and operands in any order, and -- before operands that start with '-'.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace helder_tool {

struct OptionSpec {
    const char *name;  // without the leading "--"
    bool has_value;
};

struct ParsedOptions {
    std::map<std::string, std::string> values;  // the last value given for each option
    std::vector<std::string> operands;
    bool help = false;
    bool has(const std::string &name) const { return values.count(name) != 0; }
    std::string get(const std::string &name, const std::string &otherwise) const {
        const auto it = values.find(name);
        return it == values.end() ? otherwise : it->second;
    }
};

// False with a message (in the language of --lang, when it was given) for an unknown option or
// a missing value.
bool parse_options(const std::vector<std::string> &args, const std::vector<OptionSpec> &specs, ParsedOptions &out,
                   std::string &error);

}  // namespace helder_tool
