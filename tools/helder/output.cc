// What the subcommands share: output options, errors, reading input and rendering results.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hh"

namespace helder_tool {

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

bool parse_output_option(const std::vector<std::string> &args, size_t &i, OutputSettings &out, std::string &error) {
    const std::string &a = args[i];
    std::string *slot = a == "--format" ? &out.format : a == "--lang" ? &out.lang : a == "--fail-on" ? &out.fail_on
                        : a == "--color" ? &out.color : nullptr;
    if (!slot) return false;
    if (i + 1 >= args.size()) {
        error = a + " needs a value";
        return true;
    }
    *slot = args[++i];
    if (out.format != "text" && out.format != "json" && out.format != "sarif") error = "--format must be text, json or sarif";
    else if (out.lang != "nl" && out.lang != "en") error = "--lang must be nl or en";
    else if (out.fail_on != "error" && out.fail_on != "warning" && out.fail_on != "info" && out.fail_on != "never")
        error = "--fail-on must be error, warning, info or never";
    else if (out.color != "auto" && out.color != "always" && out.color != "never") error = "--color must be auto, always or never";
    return true;
}

int usage_error(const char *command, const std::string &message) {
    std::fprintf(stderr, "helder %s: %s\n(see helder %s --help)\n", command, message.c_str(), command);
    return kExitUsage;
}

int library_error(const char *command, const char *what, helder_status status) {
    std::fprintf(stderr, "helder %s: %s: %s: %s\n", command, what, helder_status_string(status), helder_last_error());
    return kExitUsage;
}

namespace {

// The least serious severity that fails the run; "never" is above every severity.
int fail_threshold(const std::string &name) {
    if (name == "info") return HELDER_SEVERITY_INFO;
    if (name == "warning") return HELDER_SEVERITY_WARNING;
    if (name == "error") return HELDER_SEVERITY_ERROR;
    return HELDER_SEVERITY_ERROR + 1;
}

// Renders the reports of the files (their texts alongside) and returns the exit code.
int render_and_exit(const std::vector<std::string> &files, const std::vector<std::string> &texts,
                    const std::vector<std::string> &reports, RenderFunction render, const OutputSettings &out) {
    std::vector<helder_text_source> sources(files.size());
    for (size_t i = 0; i < files.size(); ++i) {
        sources[i].struct_size = sizeof(helder_text_source);
        sources[i].uri = files[i] == "-" ? "stdin" : files[i].c_str();
        sources[i].text = texts[i].data();
        sources[i].text_len = texts[i].size();
        sources[i].report_json = reports[i].data();
        sources[i].report_len = reports[i].size();
    }
    const bool color = out.color == "always" || (out.color == "auto" && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
    const std::string options = "{\"format\":\"" + out.format + "\",\"language\":\"" + out.lang +
                                "\",\"color\":" + (color ? "true" : "false") + "}";
    char *text = nullptr;
    size_t len = 0;
    helder_severity highest = HELDER_SEVERITY_NONE;
    const helder_status st =
        render(sources.data(), sources.size(), options.data(), options.size(), &text, &len, &highest);
    if (st != HELDER_OK) return library_error("render", "cannot show the results", st);
    std::fwrite(text, 1, len, stdout);
    helder_free(text);
    return static_cast<int>(highest) >= fail_threshold(out.fail_on) ? kExitFindings : kExitOk;
}

}  // namespace

int report_files(const char *command, helder_ctx *ctx, ReportFunction report, RenderFunction render, const std::string &options,
                 const std::vector<std::string> &files, const OutputSettings &out) {
    std::vector<std::string> texts(files.size()), reports(files.size());
    for (size_t i = 0; i < files.size(); ++i) {
        std::string error;
        if (!read_input(files[i], texts[i], error)) {
            helder_ctx_destroy(ctx);
            return usage_error(command, error);
        }
        char *bytes = nullptr;
        size_t len = 0;
        const helder_status st = report(ctx, texts[i].data(), texts[i].size(), options.data(), options.size(), &bytes, &len);
        if (st != HELDER_OK) {
            helder_ctx_destroy(ctx);
            return library_error(command, files[i] == "-" ? "stdin" : files[i].c_str(), st);
        }
        reports[i].assign(bytes, len);
        helder_free(bytes);
    }
    helder_ctx_destroy(ctx);
    return render_and_exit(files, texts, reports, render, out);
}

}  // namespace helder_tool
