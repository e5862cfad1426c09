// SPDX-License-Identifier: EUPL-1.2
// helder check: run the text checker on files and print what it finds.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "commands.hh"
#include "tool_text.hh"
#include "helder/helder.h"

namespace helder_tool {
namespace {

const char kCheckUsage[] =
    "Usage: helder check [OPTIONS] [--] [FILE...|-]\n"
    "\n"
    "Checks Dutch text for plain language: jargon, officialese, other difficult words, long\n"
    "sentences and words, passive voice, opinion written as fact, and spelling. Reads standard\n"
    "input when no FILE is given.\n"
    "\n"
    "Options:\n"
    "  --format text|json|sarif   output format (default: text)\n"
    "  --detail                   add sentences and words with offsets and syllables (json)\n"
    "  --lang nl|en               language of the messages in text output (default: nl)\n"
    "  --fail-on error|warning|info|never\n"
    "                             exit 1 when a finding is at least this serious (default: error)\n"
    "  --no-spelling              do not check spelling\n"
    "  --dictionary PREFIX        Hunspell dictionary PREFIX.aff/PREFIX.dic (default: Debian's nl)\n"
    "  --options JSON             more check options as a JSON object (see include/helder/text.h)\n"
    "  --color auto|always|never  colours in text output (default: auto, only on a terminal)\n"
    "\n"
    "An option's value may also follow '=' (--format=json); -- ends the options. JSON output is\n"
    "always a list with an entry for each FILE: {\"uri\", \"report\"}, or {\"uri\", \"error\"} with\n"
    "\"status\", \"message\" and \"detail\" for a FILE that was not checked. A FILE that cannot be\n"
    "read is reported and the others are still checked; the exit status is then 2.\n"
    "\n"
    "Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or input error.\n";

// Adds "name":value as the first member of a JSON object written by the user.
bool add_member(std::string &object, const std::string &member) {
    const size_t brace = object.find('{');
    if (brace == std::string::npos) return false;
    size_t next = brace + 1;
    while (next < object.size() && std::isspace(static_cast<unsigned char>(object[next]))) ++next;
    const bool empty = next < object.size() && object[next] == '}';
    object.insert(brace + 1, member + (empty ? "" : ","));
    return true;
}

struct Settings {
    OutputSettings out;
    std::string dictionary = "system";  // or a path prefix
    std::string options = "{}";
    bool detail = false, spelling = true;
    std::vector<std::string> files;
};

bool parse(const std::vector<std::string> &args, Settings &s, std::string &error, bool &help) {
    std::vector<OptionSpec> specs = kOutputOptions;
    specs.insert(specs.end(), {{"detail", false}, {"no-spelling", false}, {"dictionary", true}, {"options", true}});
    ParsedOptions p;
    if (!parse_options(args, specs, p, error) || !read_output_options(p, s.out, error)) return false;
    help = p.help;
    s.detail = p.has("detail");
    s.spelling = !p.has("no-spelling");
    s.dictionary = p.get("dictionary", s.dictionary);
    s.options = p.get("options", s.options);
    s.files = p.operands;
    if (s.files.empty()) s.files.push_back("-");
    return true;
}

// A context with the dictionary the settings ask for; without spelling when Debian's is absent.
helder_ctx *open_context(const Settings &s, int &exit_code) {
    std::string options = "{}";
    if (s.spelling && s.dictionary == "system") {
        options = "{\"dictionary\":\"system\"}";
    } else if (s.spelling) {
        const std::string aff = s.dictionary + ".aff", dic = s.dictionary + ".dic";
        if (aff.find_first_of("\"\\") != std::string::npos) {
            exit_code = usage_error("check", tool_text(s.out.lang, Text::NoQuotes, "--dictionary"), s.out.lang);
            return nullptr;
        }
        options = "{\"dictionary\":{\"aff\":\"" + aff + "\",\"dic\":\"" + dic + "\"}}";
    }
    helder_ctx *ctx = nullptr;
    helder_status st = helder_ctx_create(options.data(), options.size(), &ctx);
    if (st == HELDER_E_NOT_FOUND && s.dictionary == "system") {
        std::fprintf(stderr, "helder check: %s\n", tool_text(s.out.lang, Text::NoDictionary).c_str());
        st = helder_ctx_create(nullptr, 0, &ctx);
    }
    if (st != HELDER_OK) {
        exit_code = library_error("check", tool_text(s.out.lang, Text::LoadChecker), st, s.out.lang);
        return nullptr;
    }
    return ctx;
}

}  // namespace

int check_command(const std::vector<std::string> &args) {
    Settings s;
    std::string error;
    bool help = false;
    if (!parse(args, s, error, help)) return usage_error("check", error, s.out.lang);
    if (help) {
        std::fputs(kCheckUsage, stdout);
        return kExitOk;
    }
    std::string check_options = s.options;
    if (s.detail && !add_member(check_options, "\"detail\":true")) return usage_error("check", tool_text(s.out.lang, Text::NotAnObject, "--options"), s.out.lang);
    if (!s.spelling && !add_member(check_options, "\"spelling\":false")) return usage_error("check", tool_text(s.out.lang, Text::NotAnObject, "--options"), s.out.lang);

    int exit_code = kExitOk;
    helder_ctx *ctx = open_context(s, exit_code);
    if (!ctx) return exit_code;
    // Options helder refuses are the caller's mistake: said once, not once for every file.
    char *probe = nullptr;
    const helder_status probed = helder_text_check(ctx, "", 0, check_options.data(), check_options.size(), &probe, nullptr);
    helder_free(probe);
    if (probed == HELDER_E_INVALID_JSON || probed == HELDER_E_INVALID_ARGUMENT) {
        const std::string why = "--options: " + library_message("check", probed, s.out.lang);
        helder_ctx_destroy(ctx);
        return usage_error("check", why, s.out.lang);
    }

    return report_files("check", ctx, helder_text_check, helder_text_render, check_options, s.files, s.out);
}

}  // namespace helder_tool
