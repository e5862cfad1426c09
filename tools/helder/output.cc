// SPDX-License-Identifier: EUPL-1.2
// What the subcommands share: output options, errors, reading input and rendering results.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include <sys/stat.h>

#include "commands.hh"
#include "tool_text.hh"

namespace helder_tool {

bool read_input(const std::string &path, std::string &out, std::string &error, const std::string &lang) {
    std::ostringstream buffer;
    if (path == "-") {
        buffer << std::cin.rdbuf();
    } else {
        struct stat info {};
        if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
            error = tool_text(lang, Text::IsDirectory, path);
            return false;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            const std::string why = errno == ENOENT ? tool_text(lang, Text::NoSuchFile)
                                    : errno == EACCES ? tool_text(lang, Text::NoPermission) : std::strerror(errno);
            error = tool_text(lang, Text::CannotOpen, path, why);
            return false;
        }
        buffer << in.rdbuf();
        if (in.bad()) {
            error = tool_text(lang, Text::CannotRead, path);
            return false;
        }
    }
    out = buffer.str();
    return true;
}

bool is_date(const std::string &s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (s[i] < '0' || s[i] > '9') return false;
    }
    const int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

const std::vector<OptionSpec> kOutputOptions = {{"format", true}, {"lang", true}, {"fail-on", true}, {"color", true}};

bool one_of(const ParsedOptions &options, const char *name, const char *allowed, const std::string &lang, std::string &error) {
    if (!options.has(name)) return true;
    const std::string value = options.get(name, ""), list = std::string("|") + allowed + "|";
    if (!value.empty() && value.find('|') == std::string::npos && list.find("|" + value + "|") != std::string::npos) return true;
    error = tool_text(lang, Text::MustBe, std::string("--") + name, allowed);
    return false;
}

bool read_output_options(const ParsedOptions &options, OutputSettings &out, std::string &error) {
    out.lang = options.get("lang", out.lang);
    const std::string lang = out.lang == "en" ? "en" : "nl";
    if (!one_of(options, "lang", "nl|en", lang, error) || !one_of(options, "format", "text|json|sarif", lang, error) ||
        !one_of(options, "fail-on", "error|warning|info|never", lang, error) ||
        !one_of(options, "color", "auto|always|never", lang, error))
        return false;
    out.format = options.get("format", out.format);
    out.fail_on = options.get("fail-on", out.fail_on);
    out.color = options.get("color", out.color);
    return true;
}

int usage_error(const char *command, const std::string &message, const std::string &lang) {
    std::fprintf(stderr, "helder %s: %s\n%s\n", command, message.c_str(), tool_text(lang, Text::SeeHelp, command).c_str());
    return kExitUsage;
}

std::string library_message(const char *command, helder_status status, const std::string &lang, const std::string &detail) {
    const std::string said = status_text(lang, status), library = helder_last_error();
    if (!detail.empty()) return said + ": " + detail;
    if (library.empty()) return said;
    if (lang == "en") return said + ": " + library;
    return said + "\nhelder " + command + ": " + tool_text(lang, Text::LibraryDetail, library);
}

int library_error(const char *command, const std::string &what, helder_status status, const std::string &lang,
                  const std::string &detail) {
    std::fprintf(stderr, "helder %s: %s: %s\n", command, what.c_str(), library_message(command, status, lang, detail).c_str());
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
                                "\",\"color\":" + (color ? "true" : "false") + ",\"list\":true}";
    char *text = nullptr;
    size_t len = 0;
    helder_severity highest = HELDER_SEVERITY_NONE;
    const helder_status st =
        render(sources.data(), sources.size(), options.data(), options.size(), &text, &len, &highest);
    if (st != HELDER_OK) return library_error("render", tool_text(out.lang, Text::ShowResults), st, out.lang);
    std::fwrite(text, 1, len, stdout);
    helder_free(text);
    return static_cast<int>(highest) >= fail_threshold(out.fail_on) ? kExitFindings : kExitOk;
}

}  // namespace

int report_files(const char *command, helder_ctx *ctx, ReportFunction report, RenderFunction render, const std::string &options,
                 const std::vector<std::string> &files, const OutputSettings &out) {
    std::vector<std::string> read, texts, reports;
    size_t failed = 0;
    for (const std::string &file : files) {
        std::string text, error;
        if (!read_input(file, text, error, out.lang)) {
            std::fprintf(stderr, "helder %s: %s\n", command, error.c_str());
            ++failed;
            continue;
        }
        char *bytes = nullptr;
        size_t len = 0;
        const helder_status st = report(ctx, text.data(), text.size(), options.data(), options.size(), &bytes, &len);
        if (st != HELDER_OK) {
            // The offset of a bad byte is said in the tool's language; the library's message is English.
            size_t bad = 0;
            const bool offset = st == HELDER_E_INVALID_UTF8 && helder_utf8_validate(text.data(), text.size(), &bad) == HELDER_E_INVALID_UTF8;
            library_error(command, file == "-" ? "stdin" : file, st, out.lang,
                          offset ? tool_text(out.lang, Text::BadByte, std::to_string(bad)) : "");
            ++failed;
            continue;
        }
        read.push_back(file);
        texts.push_back(std::move(text));
        reports.emplace_back(bytes, len);
        helder_free(bytes);
    }
    helder_ctx_destroy(ctx);
    const int code = read.empty() ? kExitOk : render_and_exit(read, texts, reports, render, out);
    if (failed == 0) return code;
    std::fprintf(stderr, "helder %s: %s\n", command,
                 failed == 1 ? tool_text(out.lang, Text::FileFailed).c_str()
                             : tool_text(out.lang, Text::FilesFailed, std::to_string(failed)).c_str());
    return kExitUsage;
}

}  // namespace helder_tool
