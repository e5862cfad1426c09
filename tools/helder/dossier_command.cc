// helder dossier validate: check family dossiers against the schema, the law and the principles.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "commands.hh"
#include "helder/helder.h"

namespace helder_tool {
namespace {

const char kDossierUsage[] =
    "Usage: helder dossier validate [OPTIONS] [FILE...|-]\n"
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
    if (args[0] != "validate") return usage_error("dossier", "unknown subcommand '" + args[0] + "'");
    OutputSettings out;
    std::string today;
    std::vector<std::string> files;
    for (size_t i = 1; i < args.size(); ++i) {
        const std::string &a = args[i];
        std::string error;
        if (a == "--help" || a == "-h") {
            std::fputs(kDossierUsage, stdout);
            return kExitOk;
        }
        if (a == "--today") {
            if (i + 1 >= args.size()) return usage_error("dossier", "--today needs a value");
            today = args[++i];
            if (today.find_first_not_of("0123456789-") != std::string::npos) return usage_error("dossier", "--today must be YYYY-MM-DD");
        } else if (parse_output_option(args, i, out, error)) {
            if (!error.empty()) return usage_error("dossier", error);
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error("dossier", "unknown option " + a);
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) files.push_back("-");
    helder_ctx *ctx = nullptr;
    if (helder_status st = helder_ctx_create(nullptr, 0, &ctx); st != HELDER_OK)
        return library_error("dossier", "cannot load helder", st);
    const std::string options = today.empty() ? "{}" : "{\"today\":\"" + today + "\"}";
    return report_files("dossier", ctx, helder_dossier_validate, helder_dossier_render, options, files, out);
}

}  // namespace helder_tool
