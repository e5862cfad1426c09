// helder procedure deadline: the last day of a legal deadline, with how it was counted.
#include <cstdio>
#include <string>
#include <vector>

#include "commands.hh"
#include "helder/helder.h"

namespace helder_tool {
namespace {

const char kProcedureUsage[] =
    "Usage: helder procedure deadline KIND --from YYYY-MM-DD [OPTIONS]\n"
    "\n"
    "Prints the last day of a legal deadline: each step of the count (months as the Hoge Raad\n"
    "counts them, the Algemene termijnenwet where it applies, working days where the limit is in\n"
    "working days), the article, how sure helder is of it (VERIFIED, SECONDARY, UNVERIFIED) and\n"
    "warnings. Not legal advice: have a date that is not VERIFIED checked by a lawyer or the\n"
    "Juridisch Loket.\n"
    "\n"
    "Kinds: hoger-beroep, ots, ots-verlenging, voorlopige-ots, muhp, muhp-niet-gebruikt,\n"
    "       spoed-zitting, schorsing-gezag, vervallenverklaring-aanwijzing, klacht-raad,\n"
    "       vernietiging-dossier, vt-triage (docs/procedure.md says what --from means for each)\n"
    "\n"
    "Options:\n"
    "  --from YYYY-MM-DD                the day the period is counted from (required)\n"
    "  --today YYYY-MM-DD               the date the days left are counted from (default: today)\n"
    "  --party requester|copy|other     hoger-beroep only: you asked for the decision, were sent a\n"
    "                                   copy, or neither (art. 806 Rv)\n"
    "  --format text|json               output format (default: text)\n"
    "  --lang nl|en                     language of the text output (default: nl)\n"
    "\n"
    "Exit status: 0 the deadline was computed, 2 usage or input error.\n";

// A value for a JSON string: the values reach here checked for their shape, but a kind may be
// anything a user typed, so quotes, backslashes and control characters are escaped.
std::string json_string(const std::string &s) {
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
            continue;
        }
        out += c;
    }
    return out + "\"";
}

}  // namespace

int procedure_command(const std::vector<std::string> &args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::fputs(kProcedureUsage, args.empty() ? stderr : stdout);
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] != "deadline") return usage_error("procedure", "unknown subcommand '" + args[0] + "'");
    std::string kind, from, today, party, format = "text", lang = "nl";
    for (size_t i = 1; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help" || a == "-h") {
            std::fputs(kProcedureUsage, stdout);
            return kExitOk;
        }
        std::string *slot = a == "--from" ? &from : a == "--today" ? &today : a == "--party" ? &party
                            : a == "--format" ? &format : a == "--lang" ? &lang : nullptr;
        if (slot) {
            if (i + 1 >= args.size()) return usage_error("procedure", a + " needs a value");
            *slot = args[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error("procedure", "unknown option " + a);
        } else if (kind.empty()) {
            kind = a;
        } else {
            return usage_error("procedure", "one KIND only, not also '" + a + "'");
        }
    }
    if (kind.empty()) return usage_error("procedure", "deadline needs a KIND");
    if (from.empty()) return usage_error("procedure", "--from is required");
    if (format != "text" && format != "json") return usage_error("procedure", "--format must be text or json");
    if (lang != "nl" && lang != "en") return usage_error("procedure", "--lang must be nl or en");
    std::string request = "{\"kind\":" + json_string(kind) + ",\"from\":" + json_string(from) + ",\"format\":\"" + format +
                          "\",\"language\":\"" + lang + "\"";
    if (!today.empty()) request += ",\"today\":" + json_string(today);
    if (!party.empty()) request += ",\"party\":" + json_string(party);
    request += "}";
    char *answer = nullptr;
    size_t len = 0;
    const helder_status st = helder_procedure_deadline(request.data(), request.size(), &answer, &len);
    if (st != HELDER_OK) return library_error("procedure", "deadline", st);
    std::fwrite(answer, 1, len, stdout);
    if (format == "json") std::fputc('\n', stdout);
    helder_free(answer);
    return kExitOk;
}

}  // namespace helder_tool
