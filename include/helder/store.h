/*
 * helder — the dossier store: every version of a household's dossier with its author, time and
 * reason, on SQLite (a file, or in memory), with an audit chain, access rules by role and age,
 * an export for inspection, statements that never overwrite, destruction on request and
 * anonymous indicators.
 *
 * Each operation takes a JSON request and returns a JSON answer (free it with helder_free());
 * "at" in a request is the moment it happens (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ; default: now),
 * an "actor" is {"kind": "professional"|"member", "id": an id in the dossier}.
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
 * {"busy_timeout_ms": 5000}: how long a write waits for another process's write. The context
 * must outlive the store. Returns HELDER_E_INVALID_ARGUMENT, HELDER_E_INVALID_JSON, HELDER_E_IO
 * (cannot open), HELDER_E_CORRUPT (not a store), HELDER_E_UNSUPPORTED (a newer store format).
 * @since 1.1
 */
HELDER_API helder_status helder_store_open(const helder_ctx *ctx, const char *path, const char *options_json,
                                           size_t options_len, helder_store **out_store);

/** Close a store. NULL does nothing. @since 1.1 */
HELDER_API void helder_store_close(helder_store *store);

/**
 * Store a new version of a dossier. request: {"expected_version": the version the writer read
 * (0 for a new dossier), "author", "reason", "at", "dossier_id" (default: the dossier's id),
 * "allow_invalid" (false: a dossier with validation errors is refused)}. Answer: {"dossier_id",
 * "version", "audit_seq", "sha256", "validation": {"status", "errors", "warnings"}}.
 * Returns HELDER_E_CONFLICT when the dossier is no longer at expected_version (nothing is
 * written; read again and apply the change to the new version), HELDER_E_INVALID_JSON (the
 * dossier or the request), HELDER_E_DENIED (the dossier was destroyed), HELDER_E_BUSY (another
 * process held the store past the busy timeout; nothing is written), HELDER_E_IO.
 * @since 1.1
 */
HELDER_API helder_status helder_store_commit(helder_store *store, const char *dossier_json, size_t dossier_len,
                                             const char *request_json, size_t request_len, char **out_json,
                                             size_t *out_len);

/**
 * Read a dossier as an actor may see it. request: {"dossier_id", "version" (default: latest),
 * "actor", "at"}. A professional reads only while involved; a member of 12 or older (and every
 * adult) reads what concerns them; a parent with authority also what concerns a child under 16
 * (from 16 with the child's consent). Every read, by anyone, is logged in the audit chain. Answer:
 * {"dossier_id", "version", "author", "at", "reason", "dossier", "withheld": items left out}.
 * Returns HELDER_E_DENIED (with the reason and its article), HELDER_E_NOT_FOUND.
 * @since 1.1
 */
HELDER_API helder_status helder_store_read(helder_store *store, const char *request_json, size_t request_len,
                                           char **out_json, size_t *out_len);

/**
 * Every version of a dossier, for an involved professional. request: {"dossier_id", "actor",
 * "at", "with_dossiers" (false)}. Logged in the audit chain. Answer: {"dossier_id", "versions": [{"version", "author", "at",
 * "reason", "sha256", "dossier"?}]}. Returns HELDER_E_DENIED, HELDER_E_NOT_FOUND.
 * @since 1.1
 */
HELDER_API helder_status helder_store_history(helder_store *store, const char *request_json, size_t request_len,
                                              char **out_json, size_t *out_len);

/**
 * Add a member's correction or own statement as a new version; the item it is about stays as it
 * was. request: {"dossier_id", "by", "kind": "correction"|"own_statement", "concerns_item",
 * "text", "at"}. Answer: {"dossier_id", "version", "statement_id", "audit_seq"}.
 * Returns HELDER_E_DENIED (a member without access), HELDER_E_NOT_FOUND.
 * @since 1.1
 */
HELDER_API helder_status helder_store_add_statement(helder_store *store, const char *request_json, size_t request_len,
                                                    char **out_json, size_t *out_len);

/**
 * Everything the dossier holds about one person (the right of access, AVG art. 15), without
 * information about others. request: {"dossier_id", "person", "format": "json"|"text",
 * "language": "nl"|"en", "at"}. "text" is a plain-language document. Logged in the audit chain.
 * Returns HELDER_E_NOT_FOUND.
 * @since 1.1
 */
HELDER_API helder_status helder_store_export(helder_store *store, const char *request_json, size_t request_len,
                                             char **out_json, size_t *out_len);

/**
 * Destroy a dossier on a member's request (art. 7.3.9 Jw): every version is deleted so that its
 * content cannot be recovered from the file; the audit chain keeps that it happened. request:
 * {"dossier_id", "requested_by", "at", "exception": {"kind": "important_to_other"|
 * "statutory_rule", "reason"} (the request is then refused and the reason recorded)}. Answer:
 * {"dossier_id", "destroyed", "versions_removed", "deadline", "rule"}. Returns HELDER_E_DENIED
 * (an exception, or a requester under 12), HELDER_E_NOT_FOUND.
 * @since 1.1
 */
HELDER_API helder_status helder_store_destroy(helder_store *store, const char *request_json, size_t request_len,
                                              char **out_json, size_t *out_len);

/**
 * Check the audit chain link by link, every stored version against the hash its commit
 * recorded, and SQLite's integrity. Answer: {"ok", "entries", "first_broken": seq or null,
 * "problem", "integrity", "head"}. A broken chain is an answer, not an error. The chain shows
 * an entry changed, removed or inserted; someone who rewrites the whole chain is caught only by
 * comparing "head" (the last entry's hash) with a copy kept outside the store.
 * @since 1.1
 */
HELDER_API helder_status helder_store_verify(helder_store *store, char **out_json, size_t *out_len);

/**
 * Anonymous indicators across the store: number of dossiers, measures, professionals per
 * family, handovers, share of decisions with the family's views. request (may be NULL):
 * {"min_group": 5}: with fewer dossiers nothing but their number is given.
 * @since 1.1
 */
HELDER_API helder_status helder_store_indicators(helder_store *store, const char *request_json, size_t request_len,
                                                 char **out_json, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif /* HELDER_STORE_H */
