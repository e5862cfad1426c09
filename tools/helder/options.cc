// SPDX-License-Identifier: EUPL-1.2
#include "options.hh"

#include <getopt.h>

#include <cstring>

#include "tool_text.hh"

namespace helder_tool {

bool parse_options(const std::vector<std::string> &args, const std::vector<OptionSpec> &specs, ParsedOptions &out,
                   std::string &error) {
    const std::string lang = message_language(args);
    std::vector<option> table;
    for (size_t i = 0; i < specs.size(); ++i) {
        table.push_back({specs[i].name, specs[i].has_value ? required_argument : no_argument, nullptr, static_cast<int>(1000 + i)});
    }
    table.push_back({"help", no_argument, nullptr, 'h'});
    table.push_back({nullptr, 0, nullptr, 0});

    std::vector<std::string> storage = args;
    storage.insert(storage.begin(), "helder");
    std::vector<char *> argv;
    for (std::string &s : storage) argv.push_back(s.data());
    argv.push_back(nullptr);
    const int argc = static_cast<int>(storage.size());

    opterr = 0;
    optind = 0;  // GNU: start again, as a new scan
    for (;;) {
        int index = -1;
        const int c = getopt_long(argc, argv.data(), ":h", table.data(), &index);
        if (c == -1) break;
        if (c == 'h') {
            out.help = true;
        } else if (c >= 1000) {
            const OptionSpec &spec = specs[static_cast<size_t>(c - 1000)];
            out.values[spec.name] = spec.has_value ? optarg : "";
        } else if (c == ':') {
            error = tool_text(lang, Text::NeedsValue, argv[optind - 1]);
            return false;
        } else {
            error = tool_text(lang, Text::UnknownOption, optopt ? std::string("-") + static_cast<char>(optopt) : argv[optind - 1]);
            return false;
        }
    }
    for (int i = optind; i < argc; ++i) out.operands.emplace_back(argv[static_cast<size_t>(i)]);
    return true;
}

}  // namespace helder_tool
