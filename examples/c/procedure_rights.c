/* SPDX-License-Identifier: EUPL-1.2 */
/* Apply a court decision to a child's procedure, then print where it stands for a parent with
 * gezag (parental authority): the stages, the legal deadlines as dates with their article, and
 * the parent's rights in Dutch and English. The caller keeps the instance (the events so far)
 * and passes it back with every call; helder replays it. The answers are JSON
 * (docs/vendor-guide.md lists their fields); this program reads them with Jansson
 * (Debian: libjansson-dev), but any JSON library does.
 * Build: cc procedure_rights.c $(pkg-config --cflags --libs helder jansson) -o procedure_rights
 * Run:   ./procedure_rights examples/procedure/sara-before-decision.json */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <helder/helder.h>
#include <jansson.h>

/* The new event: on 2 March 2026 the court orders an OTS (ondertoezichtstelling). */
static const char *decision = "{\"event\":\"beschikking_ots\",\"date\":\"2026-03-02\"}";
/* Where it stands on 10 March 2026, for a parent with gezag. */
static const char *query = "{\"today\":\"2026-03-10\",\"party\":\"parent_with_gezag\"}";

/* A string member of a JSON object, or "" when it is missing. */
static const char *text(const json_t *object, const char *key) {
    const char *value = json_string_value(json_object_get(object, key));
    return value ? value : "";
}

/* The Dutch and the English of a {"nl", "en"} member. */
static const char *nl(const json_t *object, const char *key) { return text(json_object_get(object, key), "nl"); }
static const char *en(const json_t *object, const char *key) { return text(json_object_get(object, key), "en"); }

/* Reads the JSON document a call handed out and frees it; stops the program when the call failed. */
static json_t *answer_of(const char *what, helder_status status, char *answer, size_t len) {
    json_t *doc;
    if (status != HELDER_OK) {
        fprintf(stderr, "%s: %s: %s\n", what, helder_status_string(status), helder_last_error());
        exit(1);
    }
    doc = json_loadb(answer, len, 0, NULL);
    helder_free(answer); /* not free(): the library owns its heap */
    return doc;
}

int main(int argc, char **argv) {
    helder_ctx *ctx = NULL;
    char *answer = NULL, *instance, *stored;
    size_t len = 0, i;
    helder_status status;
    json_t *kept, *applied, *state, *item, *party, *warning;
    json_error_t error;

    if (argc != 2) {
        fprintf(stderr, "usage: procedure_rights INSTANCE.json\n");
        return 2;
    }
    /* The instance: the events of the child's procedure so far, as the vendor's system kept them
     * (examples/procedure/sara-before-decision.json: Sara, 9, up to the hearing). */
    if (!(kept = json_load_file(argv[1], 0, &error))) {
        fprintf(stderr, "%s: %s\n", argv[1], error.text);
        return 1;
    }
    instance = json_dumps(kept, JSON_COMPACT);
    answer_of("helder_ctx_create", helder_ctx_create(NULL, 0, &ctx), NULL, 0); /* its status only */
    /* spec_json NULL: the shipped specification the instance names. */
    status = helder_procedure_apply(ctx, NULL, 0, instance, strlen(instance), decision, strlen(decision), &answer, &len);
    applied = answer_of("helder_procedure_apply", status, answer, len);
    if (!json_is_true(json_object_get(applied, "applied"))) { /* a refusal is an answer, with its reasons */
        json_array_foreach(json_object_get(json_object_get(applied, "refusal"), "reasons"), i, item)
            printf("refused: %s\n", text(item, "nl"));
        return 1;
    }
    /* The answer holds the instance with the decision added: store it, and pass it on. */
    stored = json_dumps(json_object_get(applied, "instance"), JSON_COMPACT);
    status = helder_procedure_state(ctx, NULL, 0, stored, strlen(stored), query, strlen(query), &answer, &len);
    state = answer_of("helder_procedure_state", status, answer, len);

    json_array_foreach(json_object_get(state, "stages"), i, item)
        printf("stage %s: %s / %s\n", text(item, "region"), nl(item, "title"), en(item, "title"));
    json_array_foreach(json_object_get(state, "deadlines"), i, item) {
        size_t w;
        printf("deadline %s (%d days left), %s, %s: %s\n", text(item, "due"),
               (int)json_integer_value(json_object_get(item, "days_left")), text(item, "basis"), text(item, "label"),
               nl(item, "text"));
        json_array_foreach(json_object_get(item, "warnings"), w, warning) /* show them: they can change the date */
            printf("  warning: %s\n", text(warning, "nl"));
    }
    party = json_array_get(json_object_get(state, "parties"), 0);
    printf("rights of %s / %s:\n", nl(party, "title"), en(party, "title"));
    json_array_foreach(json_object_get(party, "rights"), i, item)
        printf("- %s\n  %s\n", nl(item, "text"), en(item, "text"));

    json_decref(state);
    free(stored); /* json_dumps() allocates with Jansson's allocator: free(), not helder_free() */
    free(instance);
    json_decref(applied);
    json_decref(kept);
    helder_ctx_destroy(ctx);
    return 0;
}
