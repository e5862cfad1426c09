/*
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
 * "party" (or null), "today", "due" (the last day), "nominal_due" (before the Algemene
 * termijnenwet), "basis" (the article), "fact" (its id in lib/data/law/legal_facts.tsv), "period"
 * {"value", "unit", "nl", "en"}, "label" (the weaker of "value_label" and "article_label":
 * VERIFIED, SECONDARY or UNVERIFIED), "date_label" (also weakened by the Atw rules that decided
 * the date; UNVERIFIED when it is not known whether the Atw applies), "atw_applies" (true, false,
 * or null when not known), "atw_rules" [{"id", "article", "label"}], "working_days",
 * "days_left" (negative when past), "in_time" (days_left >= 0), "steps" [{"nl", "en"}] (each
 * step of the computation), "warnings" [{"id", "nl", "en"}]}. A "date_label" other than
 * VERIFIED always comes with the warning "check_with_lawyer".
 * Returns HELDER_E_INVALID_ARGUMENT (out NULL, or request_json NULL with len > 0),
 * HELDER_E_INVALID_UTF8 (offset in helder_last_error()), HELDER_E_INVALID_JSON (malformed JSON,
 * an unknown field, a missing "kind" or "from", an unknown kind, a date that does not exist such
 * as 2026-02-30, a party for a kind other than hoger-beroep), HELDER_E_NO_MEMORY. Thread-safe.
 * @since 1.3
 */
HELDER_API helder_status helder_procedure_deadline(const char *request_json, size_t request_len,
                                                   char **out, size_t *out_len);

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
 * Returns HELDER_E_INVALID_ARGUMENT (out NULL, spec or options_json NULL with a length, spec
 * neither JSON nor a shipped name), HELDER_E_INVALID_UTF8, HELDER_E_INVALID_JSON (bad options,
 * or a specification that does not load: the message names the JSON Pointer of the problem),
 * HELDER_E_TOO_LARGE (more reachable states than max_states), HELDER_E_NO_MEMORY. Thread-safe.
 * @since 1.4
 */
HELDER_API helder_status helder_procedure_verify(const char *spec, size_t spec_len, const char *options_json,
                                                 size_t options_len, char **out, size_t *out_len);

/**
 * Draws a procedure specification: its stages grouped by region, its transitions with their
 * event, guards and court decisions; compulsory stages, the emergency path and end stages marked.
 * spec: as for helder_procedure_verify(). options_json: {"format": "dot" (Graphviz) | "mermaid"
 * (required), "language": "nl" (default) | "en", "highlight": [stage ids] (an instance's current
 * stages)}. *out (NUL-terminated text, free with helder_free()).
 * Returns HELDER_E_INVALID_ARGUMENT, HELDER_E_INVALID_UTF8, HELDER_E_INVALID_JSON (bad options,
 * an unknown stage to highlight, a specification that does not load), HELDER_E_NO_MEMORY.
 * Thread-safe.
 * @since 1.4
 */
HELDER_API helder_status helder_procedure_render(const char *spec, size_t spec_len, const char *options_json,
                                                 size_t options_len, char **out, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif /* HELDER_PROCEDURE_H */
