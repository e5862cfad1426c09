// SPDX-License-Identifier: EUPL-1.2
// helder procedure deadline: the last day of a legal deadline, with how it was counted.
// helder procedure verify: the properties of a procedure specification, proved or broken.
// helder procedure dot|mermaid: a picture of a procedure specification.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "commands.hh"
#include "tool_text.hh"
#include "helder/helder.h"

namespace helder_tool {
namespace {

const char kProcedureUsage[] =
    "Usage: helder procedure deadline KIND --from YYYY-MM-DD [OPTIONS]\n"
    "       helder procedure verify [SPEC] [--format text|json] [--lang nl|en] [--max-states N]\n"
    "       helder procedure dot [SPEC] [--highlight STAGE,...] [--lang nl|en]\n"
    "       helder procedure mermaid [SPEC] [--highlight STAGE,...] [--lang nl|en]\n"
    "\n"
    "SPEC is a shipped specification (law, the default, or toekomstscenario) or a specification's\n"
    "JSON file (- for standard input); docs/procedure.md describes the format.\n"
    "\n"
    "verify explores every state the specification can reach and proves its properties: every\n"
    "stage is reachable and can reach an end, every stage has rights for every party, every timer\n"
    "has an article and a label, every guard reads a fact some event sets, every event is used,\n"
    "and the properties the specification declares. A property that fails is printed with the\n"
    "shortest path of events that breaks it. Exit status: 0 every property holds, 1 one fails,\n"
    "2 usage or input error.\n"
    "\n"
    "dot and mermaid print a picture (Graphviz: helder procedure dot | dot -Tsvg > p.svg): the\n"
    "stages by region, the transitions with their event and guards, compulsory stages filled,\n"
    "the emergency path in red, end stages framed twice, --highlight stages in yellow.\n"
    "\n"
    "deadline:\n"
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



// A specification as the C API takes it: a shipped one by name, or the text of a file.
bool spec_argument(const std::string &arg, std::string &spec, std::string &error, const std::string &lang) {
    if (arg.empty() || arg == "law" || arg == "toekomstscenario") {
        spec = arg.empty() ? "law" : arg;
        return true;
    }
    return read_input(arg, spec, error, lang);
}

using SpecFunction = helder_status (*)(const char *, size_t, const char *, size_t, char **, size_t *);

// Calls a specification function; prints what it says, or the error. The answer stays in `answer`.
int call_spec(SpecFunction fn, const char *what, const std::string &spec, const std::string &options, const std::string &lang,
              std::string &answer) {
    char *out = nullptr;
    size_t len = 0;
    const helder_status st = fn(spec.data(), spec.size(), options.data(), options.size(), &out, &len);
    if (st != HELDER_OK) return library_error("procedure", what, st, lang);
    answer.assign(out, len);
    helder_free(out);
    return kExitOk;
}

// helder procedure verify|dot|mermaid [SPEC] [OPTIONS]
int spec_command(const std::string &sub, const std::vector<std::string> &args) {
    ParsedOptions p;
    std::string error;
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    std::vector<OptionSpec> specs = {{"lang", true}};
    if (sub == "verify") specs.insert(specs.end(), {{"format", true}, {"max-states", true}});
    else specs.push_back({"highlight", true});
    if (!parse_options(rest, specs, p, error)) return usage_error("procedure", error, p.get("lang", "nl"));
    if (p.help) {
        std::fputs(kProcedureUsage, stdout);
        return kExitOk;
    }
    const std::string lang = p.get("lang", "nl"), format = p.get("format", sub == "verify" ? "text" : sub),
                      highlight = p.get("highlight", ""), max_states = p.get("max-states", "");
    const std::string shown = lang == "en" ? "en" : "nl";
    if (!one_of(p, "lang", "nl|en", shown, error) || !one_of(p, "format", "text|json", shown, error))
        return usage_error("procedure", error, shown);
    if (p.operands.size() > 1) return usage_error("procedure", tool_text(shown, Text::OneOnly, p.operands[1]), shown);
    const std::string spec_arg = p.operands.empty() ? "" : p.operands[0];
    if (!max_states.empty() && max_states.find_first_not_of("0123456789") != std::string::npos)
        return usage_error("procedure", tool_text(shown, Text::NotANumber, "--max-states"), shown);
    std::string spec;
    if (!spec_argument(spec_arg, spec, error, shown)) return usage_error("procedure", error, shown);
    std::string answer;
    if (sub != "verify") {
        std::string options = "{\"format\":\"" + sub + "\",\"language\":\"" + lang + "\",\"highlight\":[";
        for (size_t at = 0; !highlight.empty() && at <= highlight.size();) {
            const size_t comma = std::min(highlight.find(',', at), highlight.size());
            options += (at ? "," : "") + json_string(highlight.substr(at, comma - at));
            at = comma + 1;
        }
        options += "]}";
        if (const int code = call_spec(helder_procedure_render, sub.c_str(), spec, options, shown, answer)) return code;
        std::fwrite(answer.data(), 1, answer.size(), stdout);
        return kExitOk;
    }
    const std::string limit = max_states.empty() ? "" : ",\"max_states\":" + max_states;
    if (const int code = call_spec(helder_procedure_verify, "verify", spec, "{\"format\":\"json\"" + limit + "}", shown, answer)) return code;
    // The verdict is the document's first "ok": it comes before the properties, and no string in
    // the document can hold "ok": unescaped.
    const size_t verdict = answer.find("\"ok\":");
    const bool holds = verdict != std::string::npos && answer.compare(verdict + 5, 4, "true") == 0;
    if (format == "text") {
        const std::string options = "{\"format\":\"text\",\"language\":\"" + lang + "\"" + limit + "}";
        if (const int code = call_spec(helder_procedure_verify, "verify", spec, options, shown, answer)) return code;
    }
    std::fwrite(answer.data(), 1, answer.size(), stdout);
    if (format == "json") std::fputc('\n', stdout);
    return holds ? kExitOk : kExitFindings;
}

}  // namespace

int procedure_command(const std::vector<std::string> &args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::fputs(kProcedureUsage, args.empty() ? stderr : stdout);
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "verify" || args[0] == "dot" || args[0] == "mermaid") return spec_command(args[0], args);
    if (args[0] != "deadline") {
        const std::string lang = message_language(args);
        return usage_error("procedure", tool_text(lang, Text::UnknownCommand, args[0]), lang);
    }
    ParsedOptions p;
    std::string error;
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    const std::vector<OptionSpec> specs = {{"from", true}, {"today", true}, {"party", true}, {"format", true}, {"lang", true}};
    if (!parse_options(rest, specs, p, error)) return usage_error("procedure", error, p.get("lang", "nl"));
    if (p.help) {
        std::fputs(kProcedureUsage, stdout);
        return kExitOk;
    }
    const std::string lang = p.get("lang", "nl"), format = p.get("format", "text"), from = p.get("from", ""),
                      today = p.get("today", ""), party = p.get("party", "");
    const std::string shown = lang == "en" ? "en" : "nl";
    if (!one_of(p, "lang", "nl|en", shown, error) || !one_of(p, "format", "text|json", shown, error))
        return usage_error("procedure", error, shown);
    if (p.operands.empty()) return usage_error("procedure", tool_text(shown, Text::Required, "KIND"), shown);
    if (p.operands.size() > 1) return usage_error("procedure", tool_text(shown, Text::OneOnly, p.operands[1]), shown);
    const std::string kind = p.operands[0];
    if (from.empty()) return usage_error("procedure", tool_text(shown, Text::Required, "--from"), shown);
    for (const auto &[name, value] : {std::pair<const char *, std::string>{"--from", from}, {"--today", today}}) {
        if (!value.empty() && !is_date(value))
            return usage_error("procedure", tool_text(shown, Text::NotADate, name), shown);
    }
    std::string request = "{\"kind\":" + json_string(kind) + ",\"from\":" + json_string(from) + ",\"format\":\"" + format +
                          "\",\"language\":\"" + lang + "\"";
    if (!today.empty()) request += ",\"today\":" + json_string(today);
    if (!party.empty()) request += ",\"party\":" + json_string(party);
    request += "}";
    char *answer = nullptr;
    size_t len = 0;
    const helder_status st = helder_procedure_deadline(request.data(), request.size(), &answer, &len);
    if (st != HELDER_OK) return library_error("procedure", "deadline", st, shown);
    std::fwrite(answer, 1, len, stdout);
    if (format == "json") std::fputc('\n', stdout);
    helder_free(answer);
    return kExitOk;
}

}  // namespace helder_tool
