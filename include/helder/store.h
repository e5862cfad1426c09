/* SPDX-License-Identifier: EUPL-1.2 */
/**
 * @file
 * helder — the dossier store: every version of a household's dossier with its author, time and
 * reason, on SQLite (a file, or in memory), with an audit chain, access rules by role and age,
 * an export for inspection, statements that never overwrite, destruction of a person's data on
 * request and anonymous indicators.
 *
 * Each operation takes a JSON request and returns a JSON answer (free it with helder_free());
 * an "actor" is {"kind": "professional"|"member", "id": an id in the dossier}. Every request
 * names who asks ("author", "actor", "by" or "requested_by").
 * The time of a request is the store's clock (the system clock, UTC): it decides access, ages,
 * the "today" of a commit's validation and the times in the audit chain. **Changed in 1.3:** a
 * request that carries "at" is refused with HELDER_E_INVALID_JSON ("at" is not accepted: the
 * store's clock decides the time of a request); helder 1.2 and earlier took the caller's "at",
 * so that a caller could read "as of" any date.
 * Every operation on a dossier — a commit, a read, a history, an export, a statement, a
 * destruction, and every refusal of one (with its reason) — is an entry in the store's audit
 * chain. Answers that are JSON objects carry "audit_head": {"seq", "hash"}, the chain's last
 * entry after the operation (@since 1.2): keep the latest outside the store and give it to
 * helder_store_verify_head() to catch a chain cut short or rewritten.
 * A store handle is used by one thread at a time; several processes may open the same file.
 * Any operation may also return HELDER_E_BUSY (another process held the store past the busy
 * timeout), HELDER_E_IO or HELDER_E_CORRUPT (the file), HELDER_E_NO_MEMORY.
 */
#ifndef HELDER_STORE_H
#define HELDER_STORE_H

#include "helder/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A store of dossiers. Not safe for concurrent use: one thread at a time. @since 1.1 */
typedef struct helder_store helder_store;

/**
 * Open or create a store: path is a file, or ":memory:". options_json may be NULL, or
 * {"busy_timeout_ms": 5000, "migrate": true}: how long a write waits for another process's
 * write, and whether a store written by helder 1.1 (store format 1) is migrated to format 2 when
 * it is opened (@since 1.2; the migration is an entry in the audit chain, and helder 1.1 cannot
 * open the file afterwards). A build configured with HELDER_TEST_CLOCK (for tests only, never a
 * release or the npm package) also takes "test_clock": "YYYY-MM-DDThh:mm:ssZ", a fixed time for
 * the store's clock; elsewhere that field is unknown and refused. The context must outlive the store.
 * @param ctx the context (it validates the dossiers the store keeps); must not be NULL, and must
 *             outlive the store.
 * @param path a NUL-terminated file path (UTF-8), or ":memory:" for a store that lives only as
 *             long as the handle; must not be NULL. A missing file is created.
 * @param options_json the options above, UTF-8 JSON, not NUL-terminated; or NULL for the defaults.
 * @param options_len its length in bytes; must be 0 when options_json is NULL.
 * @param[out] out_store must not be NULL. Receives the store, which the caller owns and closes
 *             with helder_store_close(); NULL when the call fails.
 * @return HELDER_OK; HELDER_E_INVALID_ARGUMENT (ctx, path or out_store NULL),
 * HELDER_E_INVALID_JSON, HELDER_E_IO (cannot open), HELDER_E_CORRUPT (not a store),
 * HELDER_E_UNSUPPORTED (a newer store format, or a format-1 store with "migrate": false; the
 * message says how to migrate it), HELDER_E_BUSY, HELDER_E_NO_MEMORY.
 * @since 1.1
 */
HELDER_API helder_status helder_store_open(const helder_ctx *ctx, const char *path, const char *options_json,
                                           size_t options_len, helder_store **out_store);

/**
 * Close a store. NULL does nothing.
 * @param store a store from helder_store_open(), or NULL; no call on it may be running.
 * @since 1.1
 */
HELDER_API void helder_store_close(helder_store *store);

/**
 * Store a new version of a dossier. request: {"expected_version": the version the writer read
 * (0 for a new dossier), "author", "reason", "dossier_id" (default: the dossier's id),
 * "allow_invalid" (false: a dossier with validation errors is refused)}. Answer: {"dossier_id",
 * "version", "audit_seq", "sha256", "validation": {"status", "errors", "warnings"},
 * "audit_head": {"seq", "hash"} (@since 1.2)}.
 * @param store the store; must not be NULL.
 * @param dossier_json the dossier, UTF-8 JSON, not NUL-terminated; NULL only when dossier_len is
 *             0 (an empty dossier is refused: HELDER_E_INVALID_JSON).
 * @param dossier_len its length in bytes.
 * @param request_json the request above, UTF-8 JSON, not NUL-terminated; must not be NULL or
 *             empty. "expected_version", "author" and "reason" are required.
 * @param request_len its length in bytes.
 * @param[out] out_json must not be NULL. Receives the NUL-terminated JSON answer, which the caller
 *             frees with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK; HELDER_E_CONFLICT when the dossier is no longer at expected_version
 * (nothing is written; read again and apply the change to the new version),
 * HELDER_E_INVALID_JSON (the dossier, a dossier with validation errors without "allow_invalid",
 * or the request), HELDER_E_DENIED (the dossier was destroyed), HELDER_E_BUSY (another process
 * held the store past the busy timeout; nothing is written), HELDER_E_CORRUPT (the dossier's
 * current version does not agree with its versions or its audit chain: the file was changed
 * outside helder; helder_store_verify() names the first broken entry), HELDER_E_IO,
 * HELDER_E_INVALID_ARGUMENT (a NULL pointer, an empty request), HELDER_E_NO_MEMORY.
 * @since 1.1
 */
HELDER_API helder_status helder_store_commit(helder_store *store, const char *dossier_json, size_t dossier_len,
                                             const char *request_json, size_t request_len, char **out_json,
                                             size_t *out_len);

/**
 * Read a dossier as an actor may see it. request: {"dossier_id", "version" (default: latest),
 * "actor"}. The rules are those of helder_dossier_view() (docs/store.md, "Who may see what"),
 * decided on the latest version and applied to the version read: a professional whose involvement
 * ended reads no version. Every read, by anyone, is logged in the audit chain with whose data it
 * showed (as keys only the store can compute: docs/store.md, "Members in the chain"), and so is every refused or not-found read, with its reason (@since 1.2).
 * Answer: {"dossier_id", "version", "author", "at", "reason" (only for a reader who sees the whole
 * dossier; otherwise "reason_withheld": true, @since 1.3), "dossier", "withheld": items and parts
 * left out, "withheld_detail": [{"pointer", "what", "count", "reason", "article", "label",
 * "message"}] (@since 1.3), "audit_head"}. **Changed in 1.3:** access per person, purpose and
 * field (CHANGELOG.md).
 * @param store the store; must not be NULL.
 * @param request_json the request above, UTF-8 JSON, not NUL-terminated; must not be NULL or
 *             empty. "dossier_id" and "actor" are required.
 * @param request_len its length in bytes.
 * @param[out] out_json must not be NULL. Receives the NUL-terminated JSON answer, which the caller
 *             frees with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK; HELDER_E_DENIED (with the reason and its article), HELDER_E_NOT_FOUND,
 * HELDER_E_CORRUPT (as helder_store_commit()), HELDER_E_INVALID_JSON (the request), HELDER_E_INVALID_ARGUMENT (a NULL pointer, an empty request), HELDER_E_BUSY,
 * HELDER_E_IO, HELDER_E_NO_MEMORY.
 * @since 1.1
 */
HELDER_API helder_status helder_store_read(helder_store *store, const char *request_json, size_t request_len,
                                           char **out_json, size_t *out_len);

/**
 * Every version of a dossier, for an involved professional. request: {"dossier_id", "actor",
 * "with_dossiers" (false)}. Logged in the audit chain, refused too. An added expert gets each version
 * as their view and no "reason" ("reason_withheld": true; @since 1.3). Answer: {"dossier_id",
 * "versions": [{"version", "author", "at", "reason", "sha256", "dossier"?}], "audit_head"}.
 * @param store the store; must not be NULL.
 * @param request_json the request above, UTF-8 JSON, not NUL-terminated; must not be NULL or
 *             empty. "dossier_id" and "actor" are required.
 * @param request_len its length in bytes.
 * @param[out] out_json must not be NULL. Receives the NUL-terminated JSON answer, which the caller
 *             frees with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK; HELDER_E_DENIED (a member, or a professional not involved),
 * HELDER_E_NOT_FOUND, HELDER_E_INVALID_JSON (the request), HELDER_E_CORRUPT, HELDER_E_INVALID_ARGUMENT (a NULL pointer, an empty request), HELDER_E_BUSY,
 * HELDER_E_IO, HELDER_E_NO_MEMORY.
 * @since 1.1
 */
HELDER_API helder_status helder_store_history(helder_store *store, const char *request_json, size_t request_len,
                                              char **out_json, size_t *out_len);

/**
 * Add a member's correction or own statement as a new version; the item it is about stays as it
 * was. request: {"dossier_id", "by", "kind": "correction"|"own_statement", "concerns_item",
 * "text"}. Answer: {"dossier_id", "version", "statement_id", "audit_seq", "audit_head"}.
 * @param store the store; must not be NULL.
 * @param request_json the request above, UTF-8 JSON, not NUL-terminated; must not be NULL or
 *             empty. "dossier_id", "by", "kind" and "text" are required.
 * @param request_len its length in bytes.
 * @param[out] out_json must not be NULL. Receives the NUL-terminated JSON answer, which the caller
 *             frees with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK; HELDER_E_DENIED (a member without access; logged), HELDER_E_NOT_FOUND,
 * HELDER_E_INVALID_JSON (the request), HELDER_E_CORRUPT, HELDER_E_INVALID_ARGUMENT (a NULL pointer, an empty request), HELDER_E_BUSY,
 * HELDER_E_IO, HELDER_E_NO_MEMORY.
 * @since 1.1
 */
HELDER_API helder_status helder_store_add_statement(helder_store *store, const char *request_json, size_t request_len,
                                                    char **out_json, size_t *out_len);

/**
 * What the dossier holds about one person (the right of access, AVG art. 15), as the one who asks
 * may see it: parts also about others are withheld and marked. request: {"dossier_id", "actor",
 * "person" (default: the actor's id), "format": "json"|"text", "language": "nl"|"en"}. "text" is a
 * plain-language document. Given to the person themselves (12 or older, able to judge), to a member
 * who may see their data (a parent with gezag for a young child) and to the fixed professional.
 * The export lists who read the person's data and when ("readers"; a professional by role and
 * organisation). The audit entry names who asked and, as a key only the store can compute, about
 * whom; a refusal who asked. **Changed in 1.3:** "actor" is required (helder 1.2
 * gave anyone the export of the "person" named, logged as that person).
 * @param store the store; must not be NULL.
 * @param request_json the request above, UTF-8 JSON, not NUL-terminated; must not be NULL or
 *             empty. "dossier_id" and "actor" are required.
 * @param request_len its length in bytes.
 * @param[out] out_json must not be NULL. Receives the NUL-terminated export (a JSON document, or plain text for "format": "text"), which the caller
 *             frees with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK; HELDER_E_DENIED, HELDER_E_NOT_FOUND (no such dossier or person),
 * HELDER_E_INVALID_JSON, HELDER_E_CORRUPT, HELDER_E_INVALID_ARGUMENT (a NULL pointer, an empty request), HELDER_E_BUSY,
 * HELDER_E_IO, HELDER_E_NO_MEMORY.
 * @since 1.1
 */
HELDER_API helder_status helder_store_export(helder_store *store, const char *request_json, size_t request_len,
                                             char **out_json, size_t *out_len);

/**
 * A person's request to destroy their data (art. 7.3.9 Jw). The person (a member of 12 or older
 * who can judge their own interests) asks to destroy what is about them; data about others stays:
 * every stored version is rewritten without the items about only them and without their own views,
 * their member record keeps only what others' items need (id, roles, parents, birth date; the name
 * becomes the id). What counts as "about only them": docs/store.md, "Destruction".
 * The exceptions come from the dossier, never from the request: a retention decision of a
 * professional of the dossier ("retention_decisions": a statutory duty, or substantial importance
 * to someone else) refuses; an OTS or voogdij measure makes the answer "needs_review" (other rules
 * apply; UNVERIFIED) and nothing is destroyed. request: {"dossier_id", "requested_by"}.
 * Answer: {"dossier_id", "person", "outcome": "erased"|"needs_review", "destroyed",
 * "versions_removed": 0, "versions_rewritten", "parts_removed", "due": {"date", "article", "label",
 * "what"} (the legal term from the request), "deadline" and "rule" (the same, as in 1.1),
 * "review": {"reason", "label"} (needs_review only), "message": {"nl", "en"} (for the person),
 * "audit_head"}. The audit chain gets a redaction entry per rewritten version (hashes only), so
 * helder_store_verify() still passes.
 * @param store the store; must not be NULL.
 * @param request_json the request above, UTF-8 JSON, not NUL-terminated; must not be NULL or
 *             empty. "dossier_id" and "requested_by" are required.
 * @param request_len its length in bytes.
 * @param[out] out_json must not be NULL. Receives the NUL-terminated JSON answer, which the caller
 *             frees with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK with "erased" only when no removed text is left in the database file, its WAL
 * or its journal. HELDER_E_BUSY when another connection's read kept the log from being emptied:
 * the destruction is kept pending and finished by the next call (the same request again) or
 * the next helder_store_open(), also after a crash. HELDER_E_DENIED (under 12, unable to
 * judge, not a member, or a retention decision: the message has the person's text in English and
 * Dutch; logged), HELDER_E_NOT_FOUND, HELDER_E_INVALID_JSON (also for the field "exception",
 * accepted before 1.3), HELDER_E_CORRUPT, HELDER_E_INVALID_ARGUMENT (a NULL pointer, an empty
 * request), HELDER_E_IO, HELDER_E_NO_MEMORY.
 * @since 1.3
 */
HELDER_API helder_status helder_store_request_destruction(helder_store *store, const char *request_json, size_t request_len,
                                                          char **out_json, size_t *out_len);

/**
 * Deprecated: the same as helder_store_request_destruction() (since 1.3 also in what it does: it
 * destroys one person's data, not the whole dossier). Its name suggested freeing the store, which
 * it never did; close a store with helder_store_close().
 * @param store as for helder_store_request_destruction().
 * @param request_json as for helder_store_request_destruction().
 * @param request_len as for helder_store_request_destruction().
 * @param[out] out_json as for helder_store_request_destruction().
 * @param[out] out_len as for helder_store_request_destruction().
 * @return as helder_store_request_destruction().
 * @deprecated Use helder_store_request_destruction().
 * @since 1.1, deprecated in 1.3
 */
HELDER_API HELDER_DEPRECATED("helder_store_request_destruction") helder_status helder_store_destroy(helder_store *store,
    const char *request_json, size_t request_len, char **out_json, size_t *out_len);

/**
 * Check the audit chain link by link; every stored version record (author, time, reason, text)
 * against the hash its commit recorded; every dossier's current version and destruction against
 * the chain (and the other way round: nothing stored without its entry, nothing the chain
 * recorded missing); and SQLite's integrity. Answer: {"ok", "entries", "first_broken": seq or
 * null, "problem", "integrity", "head": the last entry's hash, "audit_head": {"seq", "hash"}
 * (@since 1.2)}. "first_broken" is the lowest entry that does not hold (null for a row that no
 * entry recorded); "problem" says what is wrong there. A broken chain is an answer, not an error.
 * Entries cut off the end of the chain, or a chain rewritten as a whole, are caught only against
 * a head kept outside the store: see helder_store_verify_head().
 * @param store the store; must not be NULL.
 * @param[out] out_json must not be NULL. Receives the NUL-terminated JSON answer, which the caller
 *             frees with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK, also for a broken chain ("ok": false); HELDER_E_INVALID_ARGUMENT (store or
 * out_json NULL), HELDER_E_BUSY, HELDER_E_IO, HELDER_E_NO_MEMORY.
 * @since 1.1
 */
HELDER_API helder_status helder_store_verify(helder_store *store, char **out_json, size_t *out_len);

/**
 * helder_store_verify(), and also against a head kept outside the store. request (may be NULL):
 * {"expected_head": {"seq", "hash"}}, an "audit_head" as a commit or another operation answered
 * it. The chain must still hold that entry with that hash (entries after it are fine): a chain
 * that ends before it was cut short ("first_broken": the first entry missing), one that holds
 * another hash there was rewritten ("first_broken": that entry). Answer as helder_store_verify().
 * @param store the store; must not be NULL.
 * @param request_json the request above, UTF-8 JSON, not NUL-terminated; or NULL (request_len 0)
 *             for the defaults. Without "expected_head" it checks as helder_store_verify() does.
 * @param request_len its length in bytes; must be 0 when request_json is NULL.
 * @param[out] out_json must not be NULL. Receives the NUL-terminated JSON answer, which the caller
 *             frees with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK, also for a broken chain ("ok": false); HELDER_E_INVALID_JSON (the request,
 * a hash that is not 64 hexadecimal digits), HELDER_E_INVALID_ARGUMENT (store or out_json NULL,
 * request_json NULL with a length), HELDER_E_BUSY, HELDER_E_IO, HELDER_E_NO_MEMORY.
 * @since 1.2
 */
HELDER_API helder_status helder_store_verify_head(helder_store *store, const char *request_json, size_t request_len,
                                                  char **out_json, size_t *out_len);

/**
 * Anonymous indicators across the store: number of dossiers, measures, professionals per
 * family, handovers, share of decisions with the family's views. request (may be NULL):
 * {"min_group": 5}: with fewer dossiers nothing but their number is given.
 * Answer: {"dossiers", "min_group", "suppressed" (true: fewer dossiers than min_group, and nothing
 * more follows), "measures", "professionals_per_family" {"mean", "max"}, "handovers",
 * "decisions", "decisions_with_family_views_share" (0 to 1, or null without decisions)}.
 * @param store the store; must not be NULL.
 * @param request_json the request above, UTF-8 JSON, not NUL-terminated; or NULL (request_len 0)
 *             for the defaults. "min_group" is 2 to 1000000 (default 5).
 * @param request_len its length in bytes; must be 0 when request_json is NULL.
 * @param[out] out_json must not be NULL. Receives the NUL-terminated JSON answer, which the caller
 *             frees with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK; HELDER_E_INVALID_JSON (the request), HELDER_E_INVALID_ARGUMENT (store or
 * out_json NULL, request_json NULL with a length), HELDER_E_BUSY, HELDER_E_IO, HELDER_E_NO_MEMORY.
 * @since 1.1
 */
HELDER_API helder_status helder_store_indicators(helder_store *store, const char *request_json, size_t request_len,
                                                 char **out_json, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif /* HELDER_STORE_H */
