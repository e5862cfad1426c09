// SPDX-License-Identifier: EUPL-1.2
// The subcommands of the helder tool and what they share. Exit codes: 0 nothing reached the
// failing severity, 1 something did, 2 a usage or input error.
#pragma once

#include <string>
#include <vector>

#include "helder/helder.h"
#include "options.hh"

namespace helder_tool {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

int check_command(const std::vector<std::string> &args);
int dossier_command(const std::vector<std::string> &args);
int procedure_command(const std::vector<std::string> &args);

// Reads a whole file ("-" = standard input); false with a message in `lang` on failure (a
// directory is not a file) and, in `status`, HELDER_E_NOT_FOUND for a file that does not exist
// or HELDER_E_IO for any other failure, as helder_ctx_create() says them of a dictionary.
bool read_input(const std::string &path, std::string &out, std::string &error, const std::string &lang = "nl",
                helder_status *status = nullptr);

// A JSON string with s as its value: quotes, backslashes and control characters escaped.
std::string json_string(const std::string &s);

// Whether s is a date that exists, written YYYY-MM-DD.
bool is_date(const std::string &s);

// How results are shown: --format, --lang, --fail-on, --color.
struct OutputSettings {
    std::string format = "text", lang = "nl", fail_on = "error", color = "auto";
};

// The output options every reporting command takes, for parse_options().
extern const std::vector<OptionSpec> kOutputOptions;

// Reads the output options from parsed options; false with a message when a value is wrong.
bool read_output_options(const ParsedOptions &options, OutputSettings &out, std::string &error);

// Checks that an option's value is one of `allowed` ("text|json"); false with a message in `lang`.
bool one_of(const ParsedOptions &options, const char *name, const char *allowed, const std::string &lang, std::string &error);

int usage_error(const char *command, const std::string &message, const std::string &lang = "nl");
// A failure of the library in the tool's language: what the status means, then `detail` (already
// in `lang`) or else the library's own message, which is English and names the details (a JSON
// pointer, a path, a limit): in Dutch output on a line of its own, marked as English.
std::string library_message(const char *command, helder_status status, const std::string &lang,
                            const std::string &detail = "");
int library_error(const char *command, const std::string &what, helder_status status, const std::string &lang,
                  const std::string &detail = "");

// The shape shared by helder_text_check and helder_dossier_validate.
using ReportFunction = helder_status (*)(const helder_ctx *, const char *, size_t, const char *, size_t, char **,
                                         size_t *);

// The shape shared by helder_text_render and helder_dossier_render.
using RenderFunction = helder_status (*)(const helder_text_source *, size_t, const char *, size_t, char **, size_t *,
                                         helder_severity *);

// Reads every file, runs report on it with the options, renders the reports with render and
// returns the exit code: a file that cannot be read is reported and the others are still
// checked, and then the exit code is 2. JSON is always a list with an entry for each file, in
// their order: {uri, report}, or {uri, error} for a file that was not checked. Destroys ctx.
int report_files(const char *command, helder_ctx *ctx, ReportFunction report, RenderFunction render, const std::string &options,
                 const std::vector<std::string> &files, const OutputSettings &out);

}  // namespace helder_tool
