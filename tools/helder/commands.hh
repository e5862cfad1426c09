// The subcommands of the helder tool and what they share. Exit codes: 0 nothing reached the
// failing severity, 1 something did, 2 a usage or input error.
#pragma once

#include <string>
#include <vector>

#include "helder/helder.h"

namespace helder_tool {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

int check_command(const std::vector<std::string> &args);
int dossier_command(const std::vector<std::string> &args);
int procedure_command(const std::vector<std::string> &args);

// Reads a whole file ("-" = standard input); false with a message on failure.
bool read_input(const std::string &path, std::string &out, std::string &error);

// How results are shown: --format, --lang, --fail-on, --color.
struct OutputSettings {
    std::string format = "text", lang = "nl", fail_on = "error", color = "auto";
};

// Consumes args[i] (and its value) when it is an output option: true if it was one; error is
// set when its value is wrong.
bool parse_output_option(const std::vector<std::string> &args, size_t &i, OutputSettings &out, std::string &error);

int usage_error(const char *command, const std::string &message);
int library_error(const char *command, const char *what, helder_status status);

// The shape shared by helder_text_check and helder_dossier_validate.
using ReportFunction = helder_status (*)(const helder_ctx *, const char *, size_t, const char *, size_t, char **,
                                         size_t *);

// The shape shared by helder_text_render and helder_dossier_render.
using RenderFunction = helder_status (*)(const helder_text_source *, size_t, const char *, size_t, char **, size_t *,
                                         helder_severity *);

// Reads every file, runs report on it with the options, renders the reports with render and
// returns the exit code. Destroys ctx.
int report_files(const char *command, helder_ctx *ctx, ReportFunction report, RenderFunction render, const std::string &options,
                 const std::vector<std::string> &files, const OutputSettings &out);

}  // namespace helder_tool
