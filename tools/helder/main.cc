// SPDX-License-Identifier: EUPL-1.2
// helder — command-line tool. See `helder --help`.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "commands.hh"
#include "tool_text.hh"
#include "helder/helder.h"

namespace {

const char kUsage[] =
    "Usage: helder COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "Commands:\n"
    "  check [FILE...|-]   check Dutch text for plain language (helder check --help)\n"
    "  dossier validate    check family dossiers (helder dossier --help)\n"
    "  procedure deadline  the last day of a legal deadline (helder procedure --help)\n"
    "  procedure verify    prove the properties of a procedure specification\n"
    "  procedure dot|mermaid  draw a procedure specification\n"
    "\n"
    "Options:\n"
    "  --version           print the version of the tool and of libhelder\n"
    "  --help              print this help\n";

int run(std::vector<std::string> args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::fputs(kUsage, args.empty() ? stderr : stdout);
        return args.empty() ? helder_tool::kExitUsage : helder_tool::kExitOk;
    }
    if (args[0] == "--version") {
        std::printf("helder %s (libhelder %s)\n", HELDER_VERSION_STRING, helder_version_string());
        return helder_tool::kExitOk;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    if (command == "check") return helder_tool::check_command(args);
    if (command == "dossier") return helder_tool::dossier_command(args);
    if (command == "procedure") return helder_tool::procedure_command(args);
    std::fprintf(stderr, "helder: %s\n\n%s", helder_tool::tool_text(helder_tool::message_language(args), helder_tool::Text::UnknownCommand, command).c_str(), kUsage);
    return helder_tool::kExitUsage;
}

}  // namespace

int main(int argc, char **argv) {
    const int status = run(std::vector<std::string>(argv + 1, argv + argc));
    // Output that could not be written (a full disk, a closed pipe) is a failure, not a success.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "helder: kan de uitvoer niet schrijven / cannot write the output: %s\n", std::strerror(errno));
        return helder_tool::kExitUsage;
    }
    return status;
}
