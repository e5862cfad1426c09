/* SPDX-License-Identifier: EUPL-1.2 */
/**
 * @file
 * helder — plain-language checking of Dutch text.
 *
 * A check returns a JSON report (schema: lib/data/schemas/text-report.schema.json) with counts,
 * readability scores, a B1 verdict and findings whose start/end are UTF-8 byte offsets into the
 * text that was checked.
 */
#ifndef HELDER_TEXT_H
#define HELDER_TEXT_H

#include "helder/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Default size limit of a text check, in bytes (options "max_bytes" changes it). @since 1.0 */
#define HELDER_TEXT_DEFAULT_MAX_BYTES ((size_t)16 * 1024 * 1024)

/**
 * Check Dutch text. (utf8, len) is the text, not NUL-terminated; utf8 may be NULL when len is 0
 * (an empty text gives a valid report). options_json may be NULL for the defaults, or a JSON
 * object with any of:
 *   "max_bytes" (default HELDER_TEXT_DEFAULT_MAX_BYTES), "long_sentence_words" (20),
 *   "long_word_letters" (20), "spelling" (true: used when the context has a dictionary),
 *   "detail" (false: adds sentences[] and words[]), "rules" ({"passive": false, …} turns rules
 *   off), "accept_words" and "extra_terms" (as in helder_ctx_create, for this call only).
 * On success *out_report is a NUL-terminated JSON document of *out_len bytes (out_len may be
 * NULL); free it with helder_free(). A report stays within the output limit of
 * HELDER_REPORT_MAX_BYTES (common.h): a report that would be larger lists the findings that fit
 * and has "truncated": true. Time and memory grow linearly with the text, whatever its shape
 * (one long word, a line without spaces, …); a word of more than 160 bytes is not checked for
 * spelling (no Dutch word is that long; long_word reports it).
 * Thread-safe: any number of threads may check with the same context at once.
 * @param ctx the context (its lexicons and dictionary); must not be NULL.
 * @param utf8 the text, UTF-8, not NUL-terminated; NULL only when len is 0.
 * @param len its length in bytes.
 * @param options_json UTF-8 JSON object (not NUL-terminated) with the options above, or NULL for
 *             the defaults. Unknown keys are refused.
 * @param options_len length of options_json in bytes; must be 0 when options_json is NULL.
 * @param[out] out_report must not be NULL. Receives the NUL-terminated JSON report (schema
 *             text-report.schema.json), which the caller frees with helder_free(); NULL when
 *             the call fails.
 * @param[out] out_len receives the report's length in bytes (without the NUL); 0 when the call
 *             fails. May be NULL.
 * @return HELDER_OK; HELDER_E_INVALID_ARGUMENT (ctx or out_report NULL, a NULL pointer with a
 * length), HELDER_E_INVALID_UTF8 (helder_last_error() names the byte offset;
 * helder_utf8_validate() returns it as a number), HELDER_E_TOO_LARGE (longer than "max_bytes"),
 * HELDER_E_INVALID_JSON (options), HELDER_E_NO_MEMORY.
 * @since 1.0
 */
HELDER_API helder_status helder_text_check(const helder_ctx *ctx, const char *utf8, size_t len,
                                           const char *options_json, size_t options_len,
                                           char **out_report, size_t *out_len);

/**
 * One checked text for helder_text_render(). Set struct_size to sizeof(helder_text_source): later
 * versions may add fields at the end and read them only when struct_size covers them.
 * @since 1.0
 */
typedef struct helder_text_source {
    size_t struct_size;      /**< sizeof(helder_text_source) as the caller compiled it. */
    const char *uri;         /**< Name shown in the output (a file path); may be NULL. */
    const char *text;        /**< The text that was checked. */
    size_t text_len;         /**< Its length in bytes. */
    const char *report_json; /**< The report helder_text_check() returned for it. */
    size_t report_len;       /**< Its length in bytes. */
} helder_text_source;

/**
 * Render text-check reports as one document. A dossier-validation report is refused
 * (HELDER_E_INVALID_JSON) since 1.2: helder_dossier_render() renders those. options_json (may be NULL):
 *   "format": "text" (default; the sentence, the marked span and the advice per finding),
 *             "json" (one report, or with several sources [{"uri", "report"}…]; with
 *             "list": true always the list, since 1.3) or
 *             "sarif" (SARIF 2.1.0 log with one run);
 *   "language": "nl" (default) or "en" for the messages in "text";
 *   "color": true for ANSI colours in "text" (default false).
 * *out is NUL-terminated; free it with helder_free(). out_len may be NULL.
 * *out_highest (may be NULL) receives the most serious helder_severity among all findings.
 * Bytes of a text that are not UTF-8 are shown as '?'. Every report helder_text_check() returns
 * renders (it is within HELDER_REPORT_MAX_BYTES and HELDER_REPORT_MAX_VALUES); in "text", a
 * truncated one ends with a note saying so.
 * Thread-safe.
 * @param sources an array of count sources, each with the same struct_size (at least the size of
 *             the 1.0 struct); NULL only when count is 0. In each, uri may be NULL, and text and
 *             report_json may be NULL only with a length of 0. helder reads them during the call
 *             and keeps nothing.
 * @param count the number of sources.
 * @param options_json UTF-8 JSON object (not NUL-terminated) with the options above, or NULL for
 *             the defaults.
 * @param options_len length of options_json in bytes; must be 0 when options_json is NULL.
 * @param[out] out must not be NULL. Receives the NUL-terminated document (terminal text, JSON or
 *             SARIF), which the caller frees with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @param[out] out_highest receives the most serious helder_severity of all findings
 *             (HELDER_SEVERITY_NONE when there are none, or when the call fails). May be NULL.
 * @return HELDER_OK; HELDER_E_INVALID_ARGUMENT (out NULL, a NULL pointer with a length or count,
 * a wrong struct_size), HELDER_E_INVALID_JSON (a report or the options), HELDER_E_NO_MEMORY.
 * @since 1.0
 */
HELDER_API helder_status helder_text_render(const helder_text_source *sources, size_t count,
                                            const char *options_json, size_t options_len,
                                            char **out, size_t *out_len,
                                            helder_severity *out_highest);

#ifdef __cplusplus
}
#endif

#endif /* HELDER_TEXT_H */
