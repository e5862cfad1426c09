// helder check: run the text checker on files and print what it finds.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hh"
#include "helder/helder.h"

namespace helder_tool {
namespace {

const char kCheckUsage[] =
    "Usage: helder check [OPTIONS] [FILE...|-]\n"
    "\n"
    "Checks Dutch text for plain language: jargon, officialese, long sentences and words, passive\n"
    "voice, opinion written as fact, and spelling. Reads standard input when no FILE is given.\n"
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
    "Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or input error.\n";

int usage_error(const std::string &message) {
    std::fprintf(stderr, "helder check: %s\n(see helder check --help)\n", message.c_str());
    return kExitUsage;
}

int library_error(const char *what, helder_status status) {
    std::fprintf(stderr, "helder check: %s: %s: %s\n", what, helder_status_string(status), helder_last_error());
    return kExitUsage;
}

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
    std::string format = "text", lang = "nl", fail_on = "error", color = "auto";
    std::string dictionary = "system";  // or a path prefix
    std::string options = "{}";
    bool detail = false, spelling = true;
    std::vector<std::string> files;
};

bool parse(const std::vector<std::string> &args, Settings &s, std::string &error, bool &help) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&](std::string &out) {
            if (i + 1 >= args.size()) {
                error = a + " needs a value";
                return false;
            }
            out = args[++i];
            return true;
        };
        if (a == "--help" || a == "-h") help = true;
        else if (a == "--detail") s.detail = true;
        else if (a == "--no-spelling") s.spelling = false;
        else if (a == "--format") { if (!value(s.format)) return false; }
        else if (a == "--lang") { if (!value(s.lang)) return false; }
        else if (a == "--fail-on") { if (!value(s.fail_on)) return false; }
        else if (a == "--color") { if (!value(s.color)) return false; }
        else if (a == "--dictionary") { if (!value(s.dictionary)) return false; }
        else if (a == "--options") { if (!value(s.options)) return false; }
        else if (a == "--") { s.files.insert(s.files.end(), args.begin() + static_cast<long>(i) + 1, args.end()); break; }
        else if (a.size() > 1 && a[0] == '-') { error = "unknown option " + a; return false; }
        else s.files.push_back(a);
    }
    if (s.format != "text" && s.format != "json" && s.format != "sarif") error = "--format must be text, json or sarif";
    else if (s.lang != "nl" && s.lang != "en") error = "--lang must be nl or en";
    else if (s.fail_on != "error" && s.fail_on != "warning" && s.fail_on != "info" && s.fail_on != "never")
        error = "--fail-on must be error, warning, info or never";
    else if (s.color != "auto" && s.color != "always" && s.color != "never") error = "--color must be auto, always or never";
    if (s.files.empty()) s.files.push_back("-");
    return error.empty();
}

// The least serious severity that fails the run; "never" is above every severity.
int fail_threshold(const std::string &name) {
    if (name == "info") return HELDER_SEVERITY_INFO;
    if (name == "warning") return HELDER_SEVERITY_WARNING;
    if (name == "error") return HELDER_SEVERITY_ERROR;
    return HELDER_SEVERITY_ERROR + 1;
}

// A context with the dictionary the settings ask for; without spelling when Debian's is absent.
helder_ctx *open_context(const Settings &s, int &exit_code) {
    std::string options = "{}";
    if (s.spelling && s.dictionary == "system") {
        options = "{\"dictionary\":\"system\"}";
    } else if (s.spelling) {
        const std::string aff = s.dictionary + ".aff", dic = s.dictionary + ".dic";
        if (aff.find_first_of("\"\\") != std::string::npos) {
            exit_code = usage_error("--dictionary path may not contain quotes or backslashes");
            return nullptr;
        }
        options = "{\"dictionary\":{\"aff\":\"" + aff + "\",\"dic\":\"" + dic + "\"}}";
    }
    helder_ctx *ctx = nullptr;
    helder_status st = helder_ctx_create(options.data(), options.size(), &ctx);
    if (st == HELDER_E_NOT_FOUND && s.dictionary == "system") {
        std::fprintf(stderr, "helder check: no Dutch dictionary found (apt-get install hunspell-nl); spelling is not checked\n");
        st = helder_ctx_create(nullptr, 0, &ctx);
    }
    if (st != HELDER_OK) {
        exit_code = library_error("cannot load the checker", st);
        return nullptr;
    }
    return ctx;
}

}  // namespace

bool read_input(const std::string &path, std::string &out, std::string &error) {
    std::ostringstream buffer;
    if (path == "-") {
        buffer << std::cin.rdbuf();
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            error = "cannot open " + path + ": " + std::strerror(errno);
            return false;
        }
        buffer << in.rdbuf();
        if (in.bad()) {
            error = "cannot read " + path;
            return false;
        }
    }
    out = buffer.str();
    return true;
}

int check_command(const std::vector<std::string> &args) {
    Settings s;
    std::string error;
    bool help = false;
    if (!parse(args, s, error, help)) return usage_error(error);
    if (help) {
        std::fputs(kCheckUsage, stdout);
        return kExitOk;
    }
    std::string check_options = s.options;
    if (s.detail && !add_member(check_options, "\"detail\":true")) return usage_error("--options must be a JSON object");
    if (!s.spelling && !add_member(check_options, "\"spelling\":false")) return usage_error("--options must be a JSON object");

    int exit_code = kExitOk;
    helder_ctx *ctx = open_context(s, exit_code);
    if (!ctx) return exit_code;

    std::vector<std::string> texts(s.files.size()), reports(s.files.size());
    for (size_t i = 0; i < s.files.size(); ++i) {
        if (!read_input(s.files[i], texts[i], error)) {
            helder_ctx_destroy(ctx);
            return usage_error(error);
        }
        char *report = nullptr;
        size_t report_len = 0;
        const helder_status st = helder_text_check(ctx, texts[i].data(), texts[i].size(), check_options.data(),
                                                   check_options.size(), &report, &report_len);
        if (st != HELDER_OK) {
            std::fprintf(stderr, "helder check: %s: %s: %s\n", s.files[i] == "-" ? "stdin" : s.files[i].c_str(),
                         helder_status_string(st), helder_last_error());
            helder_ctx_destroy(ctx);
            return kExitUsage;
        }
        reports[i].assign(report, report_len);
        helder_free(report);
    }
    helder_ctx_destroy(ctx);

    std::vector<helder_text_source> sources(s.files.size());
    for (size_t i = 0; i < s.files.size(); ++i) {
        sources[i].struct_size = sizeof(helder_text_source);
        sources[i].uri = s.files[i] == "-" ? "stdin" : s.files[i].c_str();
        sources[i].text = texts[i].data();
        sources[i].text_len = texts[i].size();
        sources[i].report_json = reports[i].data();
        sources[i].report_len = reports[i].size();
    }
    const bool color = s.color == "always" || (s.color == "auto" && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
    const std::string render_options = "{\"format\":\"" + s.format + "\",\"language\":\"" + s.lang +
                                       "\",\"color\":" + (color ? "true" : "false") + "}";
    char *out = nullptr;
    size_t out_len = 0;
    helder_severity highest = HELDER_SEVERITY_NONE;
    const helder_status st = helder_text_render(sources.data(), sources.size(), render_options.data(),
                                                render_options.size(), &out, &out_len, &highest);
    if (st != HELDER_OK) return library_error("cannot show the results", st);
    std::fwrite(out, 1, out_len, stdout);
    helder_free(out);
    return static_cast<int>(highest) >= fail_threshold(s.fail_on) ? kExitFindings : kExitOk;
}

}  // namespace helder_tool
