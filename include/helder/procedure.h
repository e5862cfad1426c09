/* SPDX-License-Identifier: EUPL-1.2 */
/**
 * @file
 * helder — the legal-protection procedure: legal deadlines as dates (the Algemene termijnenwet,
 * months as the Hoge Raad counts them, working days), each with its basis and how sure helder is
 * of it; the verification of a procedure specification, and pictures of it. Not legal advice.
 */
#ifndef HELDER_PROCEDURE_H
#define HELDER_PROCEDURE_H

#include "helder/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The last day of a legal deadline. request_json (UTF-8 JSON, not NUL-terminated):
 *   "kind": "hoger-beroep" | "ots" | "ots-verlenging" | "voorlopige-ots" | "muhp" |
 *           "muhp-niet-gebruikt" | "spoed-zitting" | "schorsing-gezag" |
 *           "vervallenverklaring-aanwijzing" | "klacht-raad" | "vernietiging-dossier" | "vt-triage"
 *           (the kinds and their rules: lib/data/procedure/deadlines.tsv, docs/procedure.md);
 *   "from": "YYYY-MM-DD", the day the period is counted from (the decision, the sending of the
 *           aanwijzing, the request, …: each kind's first step says which);
 *   "party" (hoger-beroep only): "requester" | "copy" | "other" (art. 806 lid 1 Rv); without it
 *           the answer warns that the start depends on it;
 *   "today": "YYYY-MM-DD" (default: the system date, UTC), for "days_left";
 *   "format": "json" (default) | "text" (the same for people, in "language": "nl" (default) | "en").
 * *out (NUL-terminated, free with helder_free()), for "json": {"format": 1, "kind", "from",
 * "party" (or null), "today", "due" (the last day), "day_of" (whose day it is: "family", the
 * last day to act; "measure", the day a measure ends; "court"; "organisation"; since 1.3),
 * "due_text" {"nl", "en"} (the sentence that says so; since 1.3), "nominal_due" (before the Algemene
 * termijnenwet), "basis" (the article; "-" when the brief names none), "fact" (its id in
 * lib/data/law/legal_facts.tsv), "period" {"value", "unit", "nl", "en"}, "label" (the weaker of "value_label" and "article_label":
 * VERIFIED, SECONDARY or UNVERIFIED), "date_label" (also weakened by the Atw rules that decided
 * the date; UNVERIFIED when it is not known whether the Atw applies), "atw_applies" (true, false,
 * or null when not known), "atw_rules" [{"id", "article", "label", "value_label",
 * "article_label"}] (the label the weaker of the two), "working_days", "days_left" (negative
 * when past), "in_time" (days_left >= 0), "steps" [{"nl", "en"}] (each step of the computation),
 * "warnings" [{"id", "nl", "en"}]}. A "date_label" other than VERIFIED always comes with the
 * warning "check_with_lawyer".
 * Thread-safe.
 * @param request_json the request, UTF-8 JSON, not NUL-terminated; NULL only when request_len is
 *             0 (an empty request lacks "kind": HELDER_E_INVALID_JSON).
 * @param request_len its length in bytes.
 * @param[out] out must not be NULL. Receives the NUL-terminated answer (JSON, or text for "format": "text"), which the caller frees
 *             with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK; HELDER_E_INVALID_ARGUMENT (out NULL, or request_json NULL with len > 0),
 * HELDER_E_INVALID_UTF8 (offset in helder_last_error()), HELDER_E_INVALID_JSON (malformed JSON,
 * an unknown field, a missing "kind" or "from", an unknown kind, a date that does not exist such
 * as 2026-02-30, a party for a kind other than hoger-beroep), HELDER_E_NO_MEMORY.
 * @since 1.3
 */
HELDER_API helder_status helder_procedure_deadline(const char *request_json, size_t request_len,
                                                   char **out, size_t *out_len);

/** Format version of a procedure instance (helder_procedure_apply, helder_procedure_state). @since 1.3 */
#define HELDER_PROCEDURE_INSTANCE_FORMAT 1

/**
 * Apply one event to a child's procedure. The procedure is a specification (the shipped ones:
 * "law", today's procedure, and "toekomstscenario", the policy; docs/procedure.md describes the
 * format, lib/data/schemas/procedure-spec.schema.json is its schema) and an instance: the events
 * of one child's procedure so far, which the caller keeps (for example with the dossier) and
 * passes back. helder replays them, the same way every time, then applies the new event.
 * spec_json: NULL (len 0) for the shipped specification the instance names, or a specification.
 * instance_json: {"format": "helder-procedure-instance", "format_version": 1, "spec": {"id",
 * "version"}, "child": {"id", "birth_date"} (the birth date decides the child's age on each
 * event's day), "events": [{"event", "date": "YYYY-MM-DD", "actor", "facts": {"fact": true}}]};
 * a new instance has "events": []. event_json: one event as in "events".
 * *out (NUL-terminated JSON, free with helder_free()): {"format": 1, "applied", "refusal": null or
 * {"code": "guard_missing" | "not_possible_here" | "unknown_event" | "unknown_fact" |
 * "date_before_last", "reasons": [{"nl", "en"}] (each missing safeguard in plain words, with what
 * would make it possible)}, "spec" {"id", "version", "kind", "title", "note"}, "stages" (the
 * current stage of each region: {"region", "id", "title", "decides", "next", "compulsory",
 * "emergency", "end"}), "instance" (with the event added when it was applied)}. A refused event is
 * not an error: the answer says why. A timer whose last day passed before the event's date (a
 * voorlopige OTS of which no hearing followed) fires first.
 * An instance stored with another version of its specification replays on this one when every
 * event still applies ("replayed_from_version" names the old one); otherwise HELDER_E_UNSUPPORTED
 * names the event that does not. Thread-safe: contexts may be shared.
 * @param ctx the context (it holds the shipped specifications); must not be NULL.
 * @param spec_json a specification, UTF-8 JSON (schema procedure-spec.schema.json), not
 *             NUL-terminated; or NULL (spec_len 0) for the shipped one the instance names.
 * @param spec_len its length in bytes; must be 0 when spec_json is NULL.
 * @param instance_json the instance, UTF-8 JSON (schema procedure-instance.schema.json), not
 *             NUL-terminated; must not be NULL or empty.
 * @param instance_len its length in bytes.
 * @param event_json the event, UTF-8 JSON, not NUL-terminated; "event" and "date" (never before
 *             the last event's date) are required, "actor" and "facts" optional. NULL only when
 *             event_len is 0 (an empty event is refused: HELDER_E_INVALID_JSON).
 * @param event_len its length in bytes.
 * @param[out] out must not be NULL. Receives the NUL-terminated JSON answer, which the caller frees
 *             with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK, also when the event is refused ("applied": false); HELDER_E_INVALID_ARGUMENT
 * (NULL pointers, an empty instance), HELDER_E_INVALID_UTF8, HELDER_E_INVALID_JSON (malformed or
 * unknown fields, a date that does not exist, a stored event that does not replay, a
 * specification that does not load: its JSON Pointer), HELDER_E_UNSUPPORTED, HELDER_E_NO_MEMORY.
 * @since 1.3
 */
HELDER_API helder_status helder_procedure_apply(const helder_ctx *ctx, const char *spec_json, size_t spec_len,
                                               const char *instance_json, size_t instance_len,
                                               const char *event_json, size_t event_len,
                                               char **out, size_t *out_len);

/**
 * Where a child's procedure stands. spec_json and instance_json as for helder_procedure_apply();
 * query_json may be NULL, or {"today": "YYYY-MM-DD" (default: the system date, UTC), "party":
 * "parent_with_gezag" | "parent_without_gezag" | "foster_parent" | "child_under_12" |
 * "child_12_15" | "child_16_17" | "young_adult" | "other_adult" (default: every party)}.
 * *out: {"format": 1, "today", "spec", "stages", "facts" {"fact": true|false}, "next_steps":
 * [{"event", "text", "to" (a stage), "decision", "possible", "guards": [{"id", "holds",
 * "missing"}]}], "deadlines": [{"timer", "text", and the fields of helder_procedure_deadline():
 * "kind", "from", "due", "days_left", "basis", "label", "steps", "warnings", …}], "parties":
 * [{"party", "title", "rights": [{"id", "text"}] (at the current stages, with a note where the
 * law is not confirmed), "helpers": [{"id", "name", "text"}, and "contact", "source", "read_on"
 * only where a source gives them]}]}. Thread-safe.
 * @param ctx the context; must not be NULL.
 * @param spec_json a specification, or NULL (spec_len 0) for the shipped one the instance names.
 * @param spec_len its length in bytes; must be 0 when spec_json is NULL.
 * @param instance_json the instance, UTF-8 JSON, not NUL-terminated; must not be NULL or empty.
 * @param instance_len its length in bytes.
 * @param query_json the query above, UTF-8 JSON, not NUL-terminated; or NULL (query_len 0) for
 *             today and every party.
 * @param query_len its length in bytes; must be 0 when query_json is NULL.
 * @param[out] out must not be NULL. Receives the NUL-terminated JSON state, which the caller frees
 *             with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK; errors as for helder_procedure_apply(); an unknown party or date is
 * HELDER_E_INVALID_JSON.
 * @since 1.3
 */
HELDER_API helder_status helder_procedure_state(const helder_ctx *ctx, const char *spec_json, size_t spec_len,
                                               const char *instance_json, size_t instance_len,
                                               const char *query_json, size_t query_len,
                                               char **out, size_t *out_len);

/**
 * One child's procedure as a dossier (lib/data/schemas/dossier.schema.json) records it: its
 * decisions, court measures, hearings, written instructions and appeals become the events of an
 * instance of the "law" specification (the mapping: docs/procedure.md), up to "today"; and the
 * events the dossier recorded for the child (procedure_events, dossier format 2) are replayed on
 * the shipped specification they name. request_json: {"child": a member id,
 * "today": "YYYY-MM-DD" (default: the system date, UTC)}.
 * *out: {"format": 1, "child", "today", "instance" (pass it to helder_procedure_state()),
 * "sources" (the dossier item, as a JSON Pointer, of each event), "notes": [{"event", "date",
 * "pointer", "code", "reasons"}] (recorded steps the procedure does not allow at that point, such
 * as a decision without the hearing recorded: not applied), "deadlines": [{"measure",
 * "measure_kind", "pointer", "kind": "measure_end" (the end the court set, never moved),
 * "hoger-beroep" or "vervallenverklaring-aanwijzing" (with the fields of
 * helder_procedure_deadline()), "from", "due", "days_left", "basis", "label"}], "recorded": [{"spec"
 * {"id", "version"}, "recorded_versions", "replayed_from_versions" (when an event was recorded
 * with another version), "instance" (the events that replayed), "stages", "sources", "refused":
 * null or {"position" (1 for the first), "pointer", "event", "date", "recorded_version",
 * "loaded_version", "code", "reasons", "message"}}]}. helder_dossier_validate()
 * adds the procedure's findings (a court measure that ends soon with no extension decided, a
 * recorded event that does not replay) to its report. Thread-safe.
 * @param ctx the context; must not be NULL.
 * @param dossier_json the dossier, UTF-8 JSON, not NUL-terminated; NULL only when dossier_len is 0.
 *             It need not be valid.
 * @param dossier_len its length in bytes.
 * @param request_json the request above, UTF-8 JSON, not NUL-terminated; "child" is required.
 *             NULL only when request_len is 0 (then "child" is missing: HELDER_E_INVALID_JSON).
 * @param request_len its length in bytes.
 * @param[out] out must not be NULL. Receives the NUL-terminated JSON answer, which the caller frees
 *             with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK; HELDER_E_INVALID_JSON (a dossier that is not JSON, a member that is not a
 * child of the household, a bad request), HELDER_E_INVALID_UTF8, HELDER_E_INVALID_ARGUMENT (NULL
 * pointers), HELDER_E_NO_MEMORY.
 * @since 1.3
 */
HELDER_API helder_status helder_procedure_from_dossier(const helder_ctx *ctx, const char *dossier_json, size_t dossier_len,
                                                      const char *request_json, size_t request_len,
                                                      char **out, size_t *out_len);

/**
 * A shipped specification as JSON (name "law" or "toekomstscenario", or its id), or, with name
 * NULL, the list of them: {"format": 1, "specifications": [{"name", "id", "version", "kind",
 * "title"}]}. Free *out with helder_free(). Thread-safe.
 * @param ctx the context; must not be NULL.
 * @param name a NUL-terminated name ("law", "toekomstscenario", or a specification's id such as
 *             "nl-jeugdbescherming"), or NULL for the list.
 * @param[out] out must not be NULL. Receives the NUL-terminated JSON document (the specification, or the list), which the caller frees
 *             with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK; HELDER_E_INVALID_ARGUMENT for an unknown name or NULL pointers (ctx, out),
 * HELDER_E_NO_MEMORY.
 * @since 1.3
 */
HELDER_API helder_status helder_procedure_spec(const helder_ctx *ctx, const char *name, char **out, size_t *out_len);
/**
 * Verifies a procedure specification: explores every state it can reach (the stage of each
 * region, the facts, the running timers; dates abstracted away, so a running timer may expire at
 * any step) and proves the properties common to every specification and those it declares
 * (docs/procedure.md). spec (UTF-8, not NUL-terminated): the name of a shipped specification
 * ("law", "toekomstscenario") or a specification's JSON (it starts with "{"). options_json
 * (may be NULL with options_len 0): {"max_states": 1..100000000 (default 10000000), "format":
 * "json" (default) | "text" (the same for people, in "language": "nl" (default) | "en")}.
 * *out (NUL-terminated, free with helder_free()), for "json": {"format": 1, "spec" {"id", "version",
 * "kind"}, "ok" (every property holds), "states" (explored), "edges", "seconds", "properties"
 * [{"id", "kind", "declared", "ok", "text" {"nl", "en"}, "findings" [{"code", "nl", "en",
 * "stage" (or null), "party" (or null), "path" (null, or the shortest path of events from the
 * start that breaks the property: [{"event", "facts" {fact: true|false} (the facts the event
 * stated and the child's age facts that turned true), "nl", "en"}])}]}]}.
 * Thread-safe.
 * @param spec a shipped name or a specification's JSON, UTF-8, not NUL-terminated; NULL only when
 *             spec_len is 0 (which names no specification: HELDER_E_INVALID_ARGUMENT).
 * @param spec_len its length in bytes.
 * @param options_json the options above, UTF-8 JSON, not NUL-terminated; or NULL for the defaults.
 * @param options_len its length in bytes; must be 0 when options_json is NULL.
 * @param[out] out must not be NULL. Receives the NUL-terminated report (JSON, or text for "format": "text"), which the caller frees
 *             with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK, also when a property does not hold ("ok": false); HELDER_E_INVALID_ARGUMENT
 * (out NULL, spec or options_json NULL with a length, spec neither JSON nor a shipped name),
 * HELDER_E_INVALID_UTF8, HELDER_E_INVALID_JSON (bad options, or a specification that does not
 * load: the message names the JSON Pointer of the problem), HELDER_E_TOO_LARGE (more reachable
 * states than max_states), HELDER_E_NO_MEMORY.
 * @since 1.3
 */
HELDER_API helder_status helder_procedure_verify(const char *spec, size_t spec_len, const char *options_json,
                                                 size_t options_len, char **out, size_t *out_len);

/**
 * Draws a procedure specification: its stages grouped by region, its transitions with their
 * event, guards and court decisions; compulsory stages, the emergency path and end stages marked.
 * spec: as for helder_procedure_verify(). options_json: {"format": "dot" (Graphviz) | "mermaid"
 * (required), "language": "nl" (default) | "en", "highlight": [stage ids] (an instance's current
 * stages)}. *out (NUL-terminated text, free with helder_free()). Thread-safe.
 * @param spec a shipped name or a specification's JSON, as for helder_procedure_verify().
 * @param spec_len its length in bytes.
 * @param options_json the options above, UTF-8 JSON, not NUL-terminated; required, since
 *             "format" is (NULL with options_len 0 is refused: HELDER_E_INVALID_JSON).
 * @param options_len its length in bytes.
 * @param[out] out must not be NULL. Receives the NUL-terminated picture source (Graphviz dot or Mermaid text), which the caller frees
 *             with helder_free(); NULL when the call fails.
 * @param[out] out_len receives its length in bytes (without the NUL); 0 when the call fails. May
 *             be NULL.
 * @return HELDER_OK; HELDER_E_INVALID_ARGUMENT (out NULL, a NULL pointer with a length, spec
 * neither JSON nor a shipped name), HELDER_E_INVALID_UTF8, HELDER_E_INVALID_JSON (bad options,
 * an unknown stage to highlight, a specification that does not load), HELDER_E_NO_MEMORY.
 * @since 1.3
 */
HELDER_API helder_status helder_procedure_render(const char *spec, size_t spec_len, const char *options_json,
                                                 size_t options_len, char **out, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif /* HELDER_PROCEDURE_H */
