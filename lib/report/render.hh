// SPDX-License-Identifier: EUPL-1.2
// Presenting findings of any capability (text checks, dossier validation, the procedure):
// readable terminal text, JSON, and SARIF 2.1.0 for editors and CI systems. The input is the
// reports a caller got from helder and hands back with the texts they are about; each kind's
// reader (text/report_reader.hh, dossier/report_reader.hh) turns one into a Document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/json.hh"
#include "core/result.hh"
#include "helder/common.h"

namespace helder::report {

struct Item {
    std::string rule;
    helder_severity severity = HELDER_SEVERITY_NONE;
    size_t start = 0, end = 0;  // UTF-8 byte offsets into the document's text
    std::string message_nl, message_en;
    std::vector<std::string> suggestions;
};

// One report with its text, as a renderer reads it.
struct Document {
    std::string uri;
    std::string_view text;
    std::string_view report_json;  // as the caller gave it (the JSON format passes it through)
    std::vector<Item> items;
    std::string summary_nl, summary_en;  // the closing line of the terminal format
    std::vector<std::pair<std::string, std::string>> notes;  // lines under it (nl, en)
};

// A report as the caller hands it back.
struct Input {
    std::string uri;
    std::string_view text;
    std::string_view report_json;
};

enum class Format { Text, Json, Sarif };

struct Options {
    Format format = Format::Text;
    bool english = false;
    bool color = false;
    bool list = false;  // "json": the list of {uri, report} even for one source
};

Result<Options> parse_options(std::string_view json);

struct Rendered {
    std::string output;
    helder_severity highest = HELDER_SEVERITY_NONE;
};

// Reads one kind of report: HELDER_E_INVALID_JSON for a report that is not of that kind.
using Reader = Result<Document> (*)(const Input &input);

// Reads every input with the reader and renders them; a text that is not UTF-8 is shown with
// '?' for each bad byte, so that offsets still hold.
Result<Rendered> render(const std::vector<Input> &inputs, Reader reader, const Options &options);

// The limits a reader parses a report with: those of every report helder returns
// (HELDER_REPORT_MAX_BYTES and HELDER_REPORT_MAX_VALUES in helder/common.h).
json::Limits report_limits();

// What every kind's reader shares: the report parsed, its "findings" array read into items
// (offsets checked against the text), and a note when the report was cut at the output limit.
// `kind` names the report in messages.
Result<Document> read_findings(const Input &input, const json::Document &report, std::string_view kind);
Error not_a_report(const Input &input, std::string_view kind, const std::string &why);

}  // namespace helder::report
