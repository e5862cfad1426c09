/* SPDX-License-Identifier: EUPL-1.2 */
/**
 * @file
 * helder — letters a family member can send: ready-made letters in plain Dutch (B1) with an English
 * reading aid, filled from what the person tells: asking to see the dossier and get a copy, asking
 * for a correction or adding one's own statement, a complaint, asking the court to declare a
 * written directive (schriftelijke aanwijzing) void, and the points of a statement of defence
 * (verweerschrift) before a hearing. Each letter is offered to exactly the parties that hold the
 * right it uses; each legal reference comes with its label. Not legal advice.
 * Requests and answers: lib/data/schemas/letter-request.schema.json and letter-answer.schema.json.
 */
#ifndef HELDER_LETTER_H
#define HELDER_LETTER_H

#include "helder/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The letters helder can draft. request_json (UTF-8 JSON, not NUL-terminated) may be NULL with
 * request_len 0 (every letter), or {"party": "parent_with_gezag" | "parent_without_gezag" |
 * "foster_parent" | "child_under_12" | "child_12_15" | "child_16_17" | "young_adult" |
 * "other_adult"}. *out (NUL-terminated JSON, free with helder_free()): {"format": 1, "party" (or
 * null), "letters": [{"id": "inzage" | "correctie" | "klacht" | "vervallenverklaring" |
 * "verweerschrift", "title" {"nl", "en"}, "purpose" {"nl", "en"}, "recipient": "organisation" |
 * "court", "right" (the right it uses, an id of lib/data/law/rights.tsv), "deadline" (the kind of
 * helder_procedure_deadline() the letter states, or null), "parties" (the parties that may send
 * it), "fields" [{"name" (a request field of helder_letter_draft(): "sender.name", "child.birth_date",
 * "directive_date", …), "type": "text" | "long_text" | "date", "label" {"nl", "en"}}], "law"
 * [{"fact", "article", "label"}] (the legal facts its texts name), and with a party: "offered"
 * (true when that party may send it) and "refusal" (null, or {"nl", "en"}: why not)}]}. Words
 * are those a child reads when the party is a child.
 * Returns HELDER_E_INVALID_ARGUMENT (ctx or out NULL, request_json NULL with a length),
 * HELDER_E_INVALID_UTF8, HELDER_E_INVALID_JSON (malformed JSON, an unknown field or party),
 * HELDER_E_NO_MEMORY. Thread-safe.
 * @param ctx a context from helder_ctx_create(); must not be NULL.
 * @param request_json UTF-8 JSON object (not NUL-terminated), or NULL for every letter.
 * @param request_len length of request_json in bytes; 0 when request_json is NULL.
 * @param[out] out must not be NULL. Receives the NUL-terminated JSON answer, which the caller
 *             frees with helder_free(); NULL when the call fails.
 * @param[out] out_len may be NULL. Receives the answer's length in bytes, without the NUL.
 * @return HELDER_OK, or one of the statuses above.
 * @since 1.3
 */
HELDER_API helder_status helder_letter_list(const helder_ctx *ctx, const char *request_json, size_t request_len,
                                            char **out, size_t *out_len);

/**
 * Drafts one letter for one party. request_json (UTF-8 JSON, not NUL-terminated):
 *   "letter" (required): an id of helder_letter_list();
 *   "party" (required): the one who sends it, as for helder_letter_list();
 *   "date", "directive_date" (the day the directive was sent or handed over), "hearing_date":
 *           "YYYY-MM-DD"; "sender", "organisation" (the one the letter is to, or about when it goes
 *           to the court), "court": {"name", "address"}; "child": {"name", "birth_date"};
 *   "reference", "directive_about", "details", "wish", "statement", "late_reason": text.
 * Every field but "letter" and "party" may be left out: the letter then holds a marked blank
 * ("[uw naam]" / "[your name]") and the answer names the field in "blanks". Fields a letter does
 * not use are ignored. A letter with a deadline ("vervallenverklaring") counts its last day from
 * "directive_date" as helder_procedure_deadline() does, with "date" (default: the system date, UTC)
 * as today; a late letter asks the court to accept it anyway and says why.
 * *out (NUL-terminated JSON, free with helder_free()): {"format": 1, "letter", "party",
 * "recipient", "title" {"nl", "en"}, "subject" {"nl", "en"}, "text" {"nl" (the letter), "en" (the
 * English reading aid)}, "blanks" (request fields left blank, in the order they appear), "law"
 * [{"fact", "article", "label", "value_label", "article_label", "note" (null when VERIFIED, else
 * {"nl", "en"})}], "deadline" (null, or the fields of helder_procedure_deadline()'s answer from
 * "kind" on), "notes" [{"id", "nl", "en"}] (for the sender, not part of the letter: how to send
 * it, the last day, and the note for every law, deadline and right that is not VERIFIED)}.
 * Returns HELDER_E_INVALID_ARGUMENT (ctx or out NULL, request_json NULL with a length),
 * HELDER_E_INVALID_UTF8 (offset in helder_last_error()), HELDER_E_INVALID_JSON (malformed JSON, an
 * unknown field, a missing or unknown letter or party, a date that does not exist, a
 * directive_date outside the years helder counts deadlines for), HELDER_E_DENIED (the party may
 * not send this letter, such as a parent without gezag asking the court to void a directive: the
 * message says why in English and, after " [nl] ", in Dutch), HELDER_E_NO_MEMORY. Thread-safe.
 * @param ctx a context from helder_ctx_create(); must not be NULL.
 * @param request_json UTF-8 JSON object (not NUL-terminated); must not be NULL.
 * @param request_len length of request_json in bytes.
 * @param[out] out must not be NULL. Receives the NUL-terminated JSON letter, which the caller
 *             frees with helder_free(); NULL when the call fails.
 * @param[out] out_len may be NULL. Receives the answer's length in bytes, without the NUL.
 * @return HELDER_OK, or one of the statuses above.
 * @since 1.3
 */
HELDER_API helder_status helder_letter_draft(const helder_ctx *ctx, const char *request_json, size_t request_len,
                                             char **out, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif /* HELDER_LETTER_H */
