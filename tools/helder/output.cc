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

bool read_input(const std::string &path, std::string &out, std::string &error, const std::string &lang, helder_status *status) {
    if (status) *status = HELDER_E_IO;
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
            if (status && errno == ENOENT) *status = HELDER_E_NOT_FOUND;
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

// One file named on the command line: checked (its text and report), or why not.
struct FileResult {
    std::string uri, text, report;
    bool checked = false;
    helder_status status = HELDER_OK;  // why it was not checked
    std::string message, detail;       // in the tool's language; the library's own (English) or ""
};

// The name of a status as helder_constants_json() gives it ("E_NOT_FOUND"); its number when
// this library does not name it.
std::string status_name(helder_status status) {
    char *constants = nullptr;
    size_t len = 0;
    std::string name = std::to_string(static_cast<int>(status));
    if (helder_constants_json(&constants, &len) != HELDER_OK) return name;
    // "status" is a flat object of "NAME":number pairs.
    const std::string json(constants, len), value = ":" + name;
    helder_free(constants);
    const size_t from = json.find("\"status\":{"), to = json.find('}', from);
    for (size_t at = json.find(value, from); from != std::string::npos && at < to; at = json.find(value, at + 1)) {
        const char after = json[at + value.size()];
        if (after != ',' && after != '}') continue;
        const size_t open = json.rfind('"', at - 2);
        return json.substr(open + 1, at - 1 - open - 1);
    }
    return name;
}

// A file that was not checked, as an entry of the JSON list: {"uri", "error": {"status",
// "message", "detail"}}.
std::string error_entry(const FileResult &r) {
    std::string entry = "{\"uri\":" + json_string(r.uri) + ",\"error\":{\"status\":" + json_string(status_name(r.status)) +
                        ",\"message\":" + json_string(r.message);
    if (!r.detail.empty()) entry += ",\"detail\":" + json_string(r.detail);
    return entry + "}}";
}

// Renders the checked files (the others too, in JSON: a script sees every file it named) and
// returns the exit code.
int render_and_exit(const std::vector<FileResult> &results, RenderFunction render, const OutputSettings &out) {
    const bool color = out.color == "always" || (out.color == "auto" && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
    const std::string options = "{\"format\":\"" + out.format + "\",\"language\":\"" + out.lang +
                                "\",\"color\":" + (color ? "true" : "false") + ",\"list\":true}";
    const auto source_of = [](const FileResult &r) {
        helder_text_source source{};
        source.struct_size = sizeof(helder_text_source);
        source.uri = r.uri.c_str();
        source.text = r.text.data();
        source.text_len = r.text.size();
        source.report_json = r.report.data();
        source.report_len = r.report.size();
        return source;
    };
    helder_severity highest = HELDER_SEVERITY_NONE;
    // Renders sources with the options; false (after saying why) when helder refuses.
    const auto render_into = [&](const std::vector<helder_text_source> &sources, std::string &shown) {
        char *text = nullptr;
        size_t len = 0;
        helder_severity most = HELDER_SEVERITY_NONE;
        const helder_status st = render(sources.data(), sources.size(), options.data(), options.size(), &text, &len, &most);
        if (st != HELDER_OK) {
            library_error("render", tool_text(out.lang, Text::ShowResults), st, out.lang);
            return false;
        }
        shown.assign(text, len);
        helder_free(text);
        if (static_cast<int>(most) > static_cast<int>(highest)) highest = most;
        return true;
    };
    std::string shown;
    if (out.format == "json") {
        // Each checked file is rendered alone, as a list of one ("[{…}]\n"), so that the files
        // that were not checked keep their place among them.
        shown = "[";
        for (const FileResult &r : results) {
            if (shown.size() > 1) shown += ',';
            std::string one;
            if (!r.checked) shown += error_entry(r);
            else if (!render_into({source_of(r)}, one)) return kExitUsage;
            else if (one.size() >= 3 && one.front() == '[') shown.append(one, 1, one.size() - 3);
        }
        shown += "]\n";
    } else {
        std::vector<helder_text_source> sources;
        for (const FileResult &r : results) {
            if (r.checked) sources.push_back(source_of(r));
        }
        if (!sources.empty() && !render_into(sources, shown)) return kExitUsage;
    }
    std::fwrite(shown.data(), 1, shown.size(), stdout);
    return static_cast<int>(highest) >= fail_threshold(out.fail_on) ? kExitFindings : kExitOk;
}

}  // namespace

int report_files(const char *command, helder_ctx *ctx, ReportFunction report, RenderFunction render, const std::string &options,
                 const std::vector<std::string> &files, const OutputSettings &out) {
    std::vector<FileResult> results(files.size());
    size_t failed = 0;
    for (size_t i = 0; i < files.size(); ++i) {
        FileResult &r = results[i];
        r.uri = files[i] == "-" ? "stdin" : files[i];
        if (!read_input(files[i], r.text, r.message, out.lang, &r.status)) {
            std::fprintf(stderr, "helder %s: %s\n", command, r.message.c_str());
            ++failed;
            continue;
        }
        char *bytes = nullptr;
        size_t len = 0;
        r.status = report(ctx, r.text.data(), r.text.size(), options.data(), options.size(), &bytes, &len);
        if (r.status != HELDER_OK) {
            r.detail = helder_last_error();
            // The offset of a bad byte is said in the tool's language; the library's message is English.
            size_t bad = 0;
            const bool offset = r.status == HELDER_E_INVALID_UTF8 &&
                                helder_utf8_validate(r.text.data(), r.text.size(), &bad) == HELDER_E_INVALID_UTF8;
            const std::string said = offset ? tool_text(out.lang, Text::BadByte, std::to_string(bad)) : "";
            r.message = status_text(out.lang, r.status) + (said.empty() ? "" : ": " + said);
            library_error(command, r.uri, r.status, out.lang, said);
            ++failed;
            continue;
        }
        r.checked = true;
        r.report.assign(bytes, len);
        helder_free(bytes);
    }
    helder_ctx_destroy(ctx);
    const int code = render_and_exit(results, render, out);
    if (failed == 0) return code;
    std::fprintf(stderr, "helder %s: %s\n", command,
                 failed == 1 ? tool_text(out.lang, Text::FileFailed).c_str()
                             : tool_text(out.lang, Text::FilesFailed, std::to_string(failed)).c_str());
    return kExitUsage;
}

}  // namespace helder_tool
