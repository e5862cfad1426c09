// SPDX-License-Identifier: EUPL-1.2
// Versions, status strings, errors, memory, contexts and constants.
#include <string>

#include "capi/boundary.hh"
#include "capi/context.hh"
#include "core/json.hh"
#include "core/json_writer.hh"
#include "core/utf8.hh"
#include "helder/dossier.h"
#include "helder/procedure.h"
#include "helder/text.h"
#include <cstddef>
#include "text/options.hh"
#include "report/severity.hh"
#include "text/report.hh"

namespace helder::capi {
namespace {
thread_local std::string last_error;
}
void set_last_error(std::string message) { last_error = std::move(message); }
void clear_last_error() { last_error.clear(); }
const char *last_error_cstr() { return last_error.c_str(); }
}  // namespace helder::capi

using helder::capi::fail;
using helder::capi::guarded;

namespace {

struct StatusName {
    helder_status status;
    const char *name;         // for the constants
    const char *description;  // for helder_status_string
};

const StatusName kStatuses[] = {
    {HELDER_OK, "OK", "success"},
    {HELDER_E_INTERNAL, "E_INTERNAL", "internal error"},
    {HELDER_E_INVALID_ARGUMENT, "E_INVALID_ARGUMENT", "invalid argument"},
    {HELDER_E_INVALID_UTF8, "E_INVALID_UTF8", "invalid UTF-8"},
    {HELDER_E_TOO_LARGE, "E_TOO_LARGE", "input too large"},
    {HELDER_E_INVALID_JSON, "E_INVALID_JSON", "invalid JSON"},
    {HELDER_E_NO_MEMORY, "E_NO_MEMORY", "out of memory"},
    {HELDER_E_NOT_FOUND, "E_NOT_FOUND", "not found"},
    {HELDER_E_IO, "E_IO", "input/output error"},
    {HELDER_E_CONFLICT, "E_CONFLICT", "conflict: the data changed"},
    {HELDER_E_DENIED, "E_DENIED", "access denied"},
    {HELDER_E_CORRUPT, "E_CORRUPT", "data failed an integrity check"},
    {HELDER_E_UNSUPPORTED, "E_UNSUPPORTED", "not supported"},
    {HELDER_E_BUSY, "E_BUSY", "busy: another process holds the store"},
    {HELDER_E_MISUSE, "E_MISUSE", "called at the wrong time"},
};

// Checks a context's options; its models are built when first used (capi/context.hh).
helder_status create_context(std::string_view options_json, helder_ctx **out_ctx) {
    auto text_options = helder::text::TextModel::parse_options(options_json);
    if (!text_options) return fail(text_options.error());
    *out_ctx = new helder_ctx(std::move(text_options.value()));
    return HELDER_OK;
}

}  // namespace

extern "C" {

HELDER_API int helder_version_number(void) { return HELDER_VERSION_NUMBER; }

HELDER_API const char *helder_version_string(void) { return HELDER_VERSION_STRING; }

HELDER_API const char *helder_status_string(helder_status status) {
    for (const StatusName &s : kStatuses)
        if (s.status == status) return s.description;
    return "unknown status";
}

HELDER_API const char *helder_last_error(void) { return helder::capi::last_error_cstr(); }

HELDER_API void helder_free(void *ptr) { helder::memory::release(ptr); }

HELDER_API helder_status helder_ctx_create(const char *options_json, size_t options_len, helder_ctx **out_ctx) {
    return guarded([&]() -> helder_status {
        if (!out_ctx) return fail(HELDER_E_INVALID_ARGUMENT, "out_ctx is NULL");
        *out_ctx = nullptr;
        std::string_view options;
        if (!helder::capi::as_view(options_json, options_len, options))
            return fail(HELDER_E_INVALID_ARGUMENT, "options_json is NULL but options_len is not 0");
        return create_context(options, out_ctx);
    });
}

HELDER_API void helder_ctx_destroy(helder_ctx *ctx) { delete ctx; }

HELDER_API helder_status helder_constants_json(char **out_json, size_t *out_len) {
    return guarded([&]() -> helder_status {
        if (out_len) *out_len = 0;
        if (!out_json) return fail(HELDER_E_INVALID_ARGUMENT, "out_json is NULL");
        *out_json = nullptr;
        helder::json::Writer w;
        w.begin_object();
        w.key("version").begin_object()
            .key("major").integer(HELDER_VERSION_MAJOR)
            .key("minor").integer(HELDER_VERSION_MINOR)
            .key("patch").integer(HELDER_VERSION_PATCH)
            .key("string").string(HELDER_VERSION_STRING)
            .key("number").integer(HELDER_VERSION_NUMBER)
            .end_object();
        w.key("status").begin_object();
        for (const StatusName &s : kStatuses) w.key(s.name).integer(s.status);
        w.end_object();
        w.key("severity").begin_object()
            .key("NONE").integer(HELDER_SEVERITY_NONE)
            .key("INFO").integer(HELDER_SEVERITY_INFO)
            .key("WARNING").integer(HELDER_SEVERITY_WARNING)
            .key("ERROR").integer(HELDER_SEVERITY_ERROR)
            .end_object();
        w.key("text").begin_object();
        w.key("default_max_bytes").integer(static_cast<int64_t>(HELDER_TEXT_DEFAULT_MAX_BYTES));
        w.key("report_format").integer(helder::text::kReportFormat);
        w.key("rules").begin_array();
        for (size_t k = 0; k < helder::text::kRuleCount; ++k) {
            const auto rule = static_cast<helder::text::Rule>(k);
            w.begin_object().key("id").string(helder::text::rule_id(rule))
                .key("severity").string(helder::report::severity_name(helder::text::rule_severity(rule))).end_object();
        }
        w.end_array();
        // The layout of helder_text_source in this build (a JS or ctypes caller fills it by hand).
        w.key("source_struct").begin_object()
            .key("size").integer(sizeof(helder_text_source))
            .key("uri").integer(offsetof(helder_text_source, uri))
            .key("text").integer(offsetof(helder_text_source, text))
            .key("text_len").integer(offsetof(helder_text_source, text_len))
            .key("report_json").integer(offsetof(helder_text_source, report_json))
            .key("report_len").integer(offsetof(helder_text_source, report_len))
            .end_object();
        w.end_object();
        w.key("dossier").begin_object()
            .key("format").integer(HELDER_DOSSIER_FORMAT)
            .key("default_max_bytes").integer(static_cast<int64_t>(HELDER_DOSSIER_DEFAULT_MAX_BYTES))
            .key("max_bytes_limit").integer(static_cast<int64_t>(HELDER_DOSSIER_MAX_BYTES_LIMIT))
            .key("max_depth").integer(HELDER_DOSSIER_MAX_DEPTH)
            .end_object();
        w.key("procedure").begin_object()
            .key("instance_format").integer(HELDER_PROCEDURE_INSTANCE_FORMAT)
            .end_object();
        w.key("report").begin_object()
            .key("max_bytes").integer(static_cast<int64_t>(HELDER_REPORT_MAX_BYTES))
            .key("max_values").integer(static_cast<int64_t>(HELDER_REPORT_MAX_VALUES))
            .end_object();
        w.end_object();
        return helder::capi::hand_out(w.str(), out_json, out_len);
    });
}

HELDER_API helder_status helder_utf8_validate(const char *utf8, size_t len, size_t *out_bad_offset) {
    return guarded([&]() -> helder_status {
        std::string_view text;
        if (!helder::capi::as_view(utf8, len, text)) {
            // An error, so the offset is reset; on success it stays untouched (text_api_test).
            if (out_bad_offset) *out_bad_offset = 0;
            return fail(HELDER_E_INVALID_ARGUMENT, "utf8 is NULL but len is not 0");
        }
        if (auto bad = helder::utf8::first_invalid(text)) {
            if (out_bad_offset) *out_bad_offset = *bad;
            return fail(HELDER_E_INVALID_UTF8, "invalid UTF-8 at byte " + std::to_string(*bad));
        }
        return HELDER_OK;
    });
}

}  // extern "C"
