/* SPDX-License-Identifier: EUPL-1.2 */
/**
 * @file
 * helder — the shared family dossier: validation against the published schema
 * (lib/data/schemas/dossier.schema.json), the law and the principles of the Toekomstscenario.
 */
#ifndef HELDER_DOSSIER_H
#define HELDER_DOSSIER_H

#include "helder/common.h"
#include "helder/text.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Format version of the dossiers this library writes; it reads format 1 and 2 (format 2 adds
 * fields for access: an expert's purpose, a child's objection, a decision limiting parents'
 * access). 1 in helder 1.1 and 1.2. @since 1.1 */
#define HELDER_DOSSIER_FORMAT 2
/** Default size limit of a dossier, in bytes (options "max_bytes" changes it, up to 64 MiB). @since 1.1 */
#define HELDER_DOSSIER_DEFAULT_MAX_BYTES ((size_t)4 * 1024 * 1024)
/** The largest "max_bytes" a caller may set. @since 1.2 */
#define HELDER_DOSSIER_MAX_BYTES_LIMIT ((size_t)64 * 1024 * 1024)
/** Nesting deeper than this is refused. @since 1.1 */
#define HELDER_DOSSIER_MAX_DEPTH 32

/**
 * Validate a dossier (UTF-8 JSON, not NUL-terminated) in layers: the input (JSON syntax, size,
 * depth, duplicate keys), the schema, references between ids, dates and legal periods, the law
 * (with article and verification label) and the principles of the Toekomstscenario (warnings).
 * options_json may be NULL, or {"today": "YYYY-MM-DD" (default: the system date, UTC),
 * "max_bytes", "max_professionals" (3), "check_family_texts" (true)}.
 * Bad input is not an error of this call: the report says what is wrong ("status": "not_json",
 * "too_large", "too_deep", "invalid_utf8", "invalid" or "valid", plus findings with a rule id,
 * severity, JSON Pointer, byte span, message in Dutch and English, and the source of the rule).
 * Schema of the report: lib/data/schemas/dossier-report.schema.json. A report stays within the
 * output limit of HELDER_REPORT_MAX_BYTES (common.h): one that would be larger (a dossier of
 * thousands of repeated keys) lists the findings that fit and has "truncated": true, while its
 * counts count every finding. Free *out_report with helder_free(); out_len may be NULL.
 * Thread-safe: contexts may be shared.
 * @param ctx the context; must not be NULL.
 * @param json the dossier, UTF-8 JSON (schema dossier.schema.json), not NUL-terminated; NULL
 *             only when len is 0 (an empty input gives a report with "status": "not_json").
 * @param len its length in bytes.
 * @param options_json UTF-8 JSON object (not NUL-terminated) with the options above, or NULL for
 *             the defaults. Unknown keys are refused.
 * @param options_len length of options_json in bytes; must be 0 when options_json is NULL.
 * @param[out] out_report must not be NULL. Receives the NUL-terminated JSON report (schema
 *             dossier-report.schema.json), which the caller frees with helder_free(); NULL when
 *             the call fails.
 * @param[out] out_len receives the report's length in bytes (without the NUL); 0 when the call
 *             fails. May be NULL.
 * @return HELDER_OK, also for a dossier that is not valid (the report says so);
 * HELDER_E_INVALID_ARGUMENT (NULL pointers), HELDER_E_INVALID_JSON (options), HELDER_E_NO_MEMORY.
 * @since 1.1
 */
HELDER_API helder_status helder_dossier_validate(const helder_ctx *ctx, const char *json, size_t len,
                                                 const char *options_json, size_t options_len,
                                                 char **out_report, size_t *out_len);

/**
 * Render dossier-validation reports as one document, each with the dossier's JSON as its text
 * (in a helder_text_source). Options, output and errors as for helder_text_render(): "format"
 * ("text", "json" or "sarif"), "language" ("nl" or "en"), "color", "list" (since 1.3). The terminal format closes
 * each dossier with its status and its numbers of errors, warnings and handovers. A text-check
 * report is refused (HELDER_E_INVALID_JSON). Every report helder_dossier_validate() returns
 * renders; in "text", a truncated one ends with a note saying so. *out is NUL-terminated; free
 * it with helder_free(). out_len and out_highest may be NULL. Thread-safe.
 * @param sources an array of count sources, each with the same struct_size: text is the
 *             dossier's JSON as it was validated, report_json its report; NULL only when count
 *             is 0. uri may be NULL; text and report_json may be NULL only with a length of 0.
 * @param count the number of sources.
 * @param options_json UTF-8 JSON object (not NUL-terminated), or NULL for the defaults.
 * @param options_len length of options_json in bytes; must be 0 when options_json is NULL.
 * @param[out] out must not be NULL. Receives the NUL-terminated document, which the caller frees
 *             with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @param[out] out_highest receives the most serious helder_severity of all findings
 *             (HELDER_SEVERITY_NONE when there are none, or when the call fails). May be NULL.
 * @return HELDER_OK; HELDER_E_INVALID_ARGUMENT (out NULL, a NULL pointer with a length or count,
 * a wrong struct_size), HELDER_E_INVALID_JSON (a report that is not a dossier report, the
 * options), HELDER_E_NO_MEMORY.
 * @since 1.2
 */
HELDER_API helder_status helder_dossier_render(const helder_text_source *sources, size_t count,
                                               const char *options_json, size_t options_len,
                                               char **out, size_t *out_len,
                                               helder_severity *out_highest);

/**
 * The part of a dossier one person may see, decided by the same rules the store applies
 * (docs/store.md, "Who may see what"; the rules are data: lib/data/access/rules.tsv), so that a
 * vendor who keeps dossiers in their own database shows each person exactly what the law allows.
 * request_json: {"reader": {"kind": "member" | "professional", "id"}, "date": "YYYY-MM-DD"}: who
 * asks and the date the decision is made for (a vendor passes today's date).
 * *out (NUL-terminated JSON, free with helder_free()): {"format": 1, "dossier_id", "date",
 * "reader", "rules" (the ids of the rules that granted something), "dossier" (the view: items and
 * fields about people the reader may not see are left out; an item that lost a field says
 * "withheld": true), "items_withheld", "parts_withheld", "withheld": [{"pointer" (in the view),
 * "what" ("items" or "part"), "count", "reason", "article", "label", "message": {"nl", "en"}}]}.
 * The dossier need not be valid; fields the rules do not know are never shown in a partial view.
 * Thread-safe: contexts may be shared.
 * @param ctx the context; must not be NULL.
 * @param dossier_json the dossier, UTF-8 JSON (at most HELDER_DOSSIER_MAX_BYTES_LIMIT bytes,
 *             HELDER_DOSSIER_MAX_DEPTH levels), not NUL-terminated; NULL only when dossier_len is 0.
 * @param dossier_len its length in bytes.
 * @param request_json the request above, UTF-8 JSON, not NUL-terminated; "reader" and "date" are
 *             required. NULL only when request_len is 0 (then the request is refused as incomplete).
 * @param request_len its length in bytes.
 * @param[out] out must not be NULL. Receives the NUL-terminated JSON view, which the caller frees
 *             with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK; HELDER_E_DENIED (with the reason and its article in helder_last_error()) when
 * the reader may see nothing: not in the dossier, a professional not involved on that date, a
 * child under 12 or one who cannot judge their own interests; HELDER_E_INVALID_JSON (the dossier
 * or the request), HELDER_E_INVALID_ARGUMENT (NULL pointers), HELDER_E_NO_MEMORY.
 * @since 1.3
 */
HELDER_API helder_status helder_dossier_view(const helder_ctx *ctx, const char *dossier_json, size_t dossier_len,
                                             const char *request_json, size_t request_len,
                                             char **out, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif /* HELDER_DOSSIER_H */
