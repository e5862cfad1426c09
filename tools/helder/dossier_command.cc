// SPDX-License-Identifier: EUPL-1.2
// helder dossier validate: check family dossiers against the schema, the law and the principles.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "commands.hh"
#include "tool_text.hh"
#include "helder/helder.h"

namespace helder_tool {
namespace {

const char kDossierUsage[] =
    "Usage: helder dossier validate [OPTIONS] [--] [FILE...|-]\n"
    "\n"
    "Checks family dossiers (JSON, lib/data/schemas/dossier.schema.json): the structure, references,\n"
    "dates and legal periods, the law and the principles of the Toekomstscenario.\n"
    "\n"
    "Options:\n"
    "  --format text|json|sarif   output format (default: text)\n"
    "  --lang nl|en               language of the messages in text output (default: nl)\n"
    "  --today YYYY-MM-DD         the date to judge by (default: today)\n"
    "  --fail-on error|warning|info|never\n"
    "                             exit 1 when a finding is at least this serious (default: error)\n"
    "  --color auto|always|never  colours in text output (default: auto)\n"
    "\n"
    "Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or input error.\n";

}  // namespace

int dossier_command(const std::vector<std::string> &args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::fputs(kDossierUsage, args.empty() ? stderr : stdout);
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] != "validate") {
        const std::string lang = message_language(args);
        return usage_error("dossier", tool_text(lang, Text::UnknownCommand, args[0]), lang);
    }
    std::vector<OptionSpec> specs = kOutputOptions;
    specs.push_back({"today", true});
    ParsedOptions p;
    OutputSettings out;
    std::string error;
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (!parse_options(rest, specs, p, error) || !read_output_options(p, out, error)) return usage_error("dossier", error, out.lang);
    if (p.help) {
        std::fputs(kDossierUsage, stdout);
        return kExitOk;
    }
    const std::string today = p.get("today", "");
    if (p.has("today") && !is_date(today))
        return usage_error("dossier", tool_text(out.lang, Text::NotADate, "--today"), out.lang);
    std::vector<std::string> files = p.operands;
    if (files.empty()) files.push_back("-");
    helder_ctx *ctx = nullptr;
    if (helder_status st = helder_ctx_create(nullptr, 0, &ctx); st != HELDER_OK)
        return library_error("dossier", tool_text(out.lang, Text::LoadHelder), st, out.lang);
    const std::string options = today.empty() ? "{}" : "{\"today\":\"" + today + "\"}";
    return report_files("dossier", ctx, helder_dossier_validate, helder_dossier_render, options, files, out);
}

}  // namespace helder_tool
