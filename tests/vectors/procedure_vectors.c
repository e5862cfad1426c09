/* SPDX-License-Identifier: EUPL-1.2 */
/* Prints helder's answers for the procedure vectors: deadlines of every kind from many start
 * dates (every month end and leap day, weekends and holidays among them), event sequences on both
 * shipped specifications (refusals and timers that fire included), the state with the rights of
 * every party along the way, the shipped specifications, and bad input. One line per call:
 *   deadline <TAB> request <TAB> status <TAB> answer
 *   apply    <TAB> instance <TAB> event <TAB> status <TAB> answer
 *   state    <TAB> instance <TAB> query <TAB> status <TAB> answer
 *   spec     <TAB> name or - <TAB> status <TAB> answer
 *   verify   <TAB> spec name <TAB> options <TAB> status <TAB> answer
 *   render   <TAB> spec name <TAB> options <TAB> status <TAB> answer
 *   letters  <TAB> request <TAB> status <TAB> answer          (helder_letter_list)
 *   letter   <TAB> request <TAB> status <TAB> answer          (helder_letter_draft)
 * where answer is the JSON (or text) answer, or helder_last_error() when status is not 0, with
 * each newline printed as the two characters \n, and the time a verification took ("seconds") as
 * <time>. The WebAssembly side (wasm/test/agreement.test.mjs)
 * makes every call of these lines again and must print byte-for-byte the same lines.
 * Usage: procedure_vectors */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helder/helder.h"

static const char *const kKinds[] = {"hoger-beroep", "ots", "ots-verlenging", "voorlopige-ots", "muhp", "muhp-niet-gebruikt",
                                     "spoed-zitting", "schorsing-gezag", "vervallenverklaring-aanwijzing", "klacht-raad",
                                     "vernietiging-dossier", "vt-triage"};
#define KINDS (sizeof kKinds / sizeof kKinds[0])

static const char *const kParties[] = {"parent_with_gezag", "parent_without_gezag", "foster_parent", "child_under_12",
                                       "child_12_15", "child_16_17", "young_adult", "other_adult"};
#define PARTIES (sizeof kParties / sizeof kParties[0])

static void print_answer(helder_status st, const char *answer, size_t len) {
    const char *text = st == HELDER_OK ? answer : helder_last_error();
    size_t i, n = st == HELDER_OK ? len : strlen(text);
    printf("%d\t", (int)st);
    for (i = 0; i < n; ++i)
        if (text[i] == '\n') fputs("\\n", stdout);
        else putchar(text[i]);
    putchar('\n');
}

/* The time a verification took ("seconds": a number) as <time>: the only field that differs run to run. */
static void print_timeless_answer(helder_status st, const char *answer, size_t len) {
    static const char key[] = "\"seconds\":";
    const char *at = st == HELDER_OK ? strstr(answer, key) : NULL;
    if (!at) {
        print_answer(st, answer, len);
        return;
    }
    {
        const size_t head = (size_t)(at - answer) + sizeof key - 1;
        size_t tail = head;
        char *copy = (char *)malloc(len + 8);
        while (tail < len && strchr("0123456789.eE+-", answer[tail])) ++tail;
        memcpy(copy, answer, head);
        memcpy(copy + head, "<time>", 6);
        memcpy(copy + head + 6, answer + tail, len - tail);
        print_answer(st, copy, head + 6 + len - tail);
        free(copy);
    }
}

/* A shipped specification verified and drawn (helder_procedure_verify, helder_procedure_render). */
static void spec_call(const char *what, const char *name, const char *options) {
    char *out = NULL;
    size_t len = 0;
    const int verify = strcmp(what, "verify") == 0;
    const helder_status st = verify ? helder_procedure_verify(name, strlen(name), options, strlen(options), &out, &len)
                                    : helder_procedure_render(name, strlen(name), options, strlen(options), &out, &len);
    printf("%s\t%s\t%s\t", what, name, options);
    print_timeless_answer(st, out, len);
    helder_free(out);
}

static void deadline(const char *request) {
    char *out = NULL;
    size_t len = 0;
    const helder_status st = helder_procedure_deadline(request, strlen(request), &out, &len);
    printf("deadline\t%s\t", request);
    print_answer(st, out, len);
    helder_free(out);
}

static int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

/* Every kind from every 13th day of 2016-2030 (so every weekday and day of the month comes by), from
 * every month's last day, and the hoger-beroep for each party. */
static void deadlines(void) {
    char request[256];
    int y, m, d, step = 0;
    size_t k, p;
    static const char *const appeal_parties[] = {"requester", "copy", "other"};
    for (y = 2016; y <= 2030; ++y)
        for (m = 1; m <= 12; ++m)
            for (d = 1; d <= days_in_month(y, m); ++d) {
                const int month_end = d == days_in_month(y, m);
                if (step++ % 13 != 0 && !month_end) continue;
                for (k = 0; k < KINDS; ++k) {
                    snprintf(request, sizeof request, "{\"kind\":\"%s\",\"from\":\"%04d-%02d-%02d\",\"today\":\"2026-06-01\"}", kKinds[k], y, m, d);
                    deadline(request);
                }
                if (!month_end) continue;
                for (p = 0; p < 3; ++p) {
                    snprintf(request, sizeof request, "{\"kind\":\"hoger-beroep\",\"from\":\"%04d-%02d-%02d\",\"party\":\"%s\",\"today\":\"2016-05-30\"}",
                             y, m, d, appeal_parties[p]);
                    deadline(request);
                }
            }
    /* The words for people, in both languages, and requests that are refused. */
    deadline("{\"kind\":\"hoger-beroep\",\"from\":\"2016-02-29\",\"party\":\"requester\",\"today\":\"2016-05-30\",\"format\":\"text\"}");
    deadline("{\"kind\":\"vervallenverklaring-aanwijzing\",\"from\":\"2026-12-18\",\"today\":\"2026-12-20\",\"format\":\"text\",\"language\":\"en\"}");
    deadline("{\"kind\":\"ots\",\"from\":\"2026-02-30\"}");
    deadline("{\"kind\":\"eeuwig\",\"from\":\"2026-02-03\"}");
    deadline("{\"kind\":\"ots\",\"from\":\"2026-02-03\",\"party\":\"requester\"}");
    deadline("{\"kind\":\"ots\",\"from\":\"2026-02");
}

/* "YYYY-MM-DD" of a count of days since 1970-01-01 (Howard Hinnant's civil_from_days). */
static void civil_date(int64_t days, char out[16]) {
    const int64_t z = days + 719468, era = z / 146097, doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    snprintf(out, 16, "%04d-%02d-%02d", (int)(yoe + era * 400 + (m <= 2)), (int)m, (int)d);
}

static void letter_call(helder_ctx *ctx, const char *what, const char *request) {
    char *out = NULL;
    size_t len = 0;
    const int list = strcmp(what, "letters") == 0;
    const helder_status st = list ? helder_letter_list(ctx, request, strlen(request), &out, &len)
                                   : helder_letter_draft(ctx, request, strlen(request), &out, &len);
    printf("%s\t%s\t", what, request);
    print_answer(st, out, len);
    helder_free(out);
}

/* The letters: the list for every party; every letter for every party (refusals included), with
 * everything given and with nothing; the aanwijzing letter from every fifth day of 2026 and 2027
 * (weekends and holidays at its last day, late and in time); bad requests. */
static void letters(helder_ctx *ctx) {
    static const char *const ids[] = {"inzage", "correctie", "klacht", "vervallenverklaring", "verweerschrift"};
    static const char full[] =
        "\"date\":\"2026-03-10\",\"sender\":{\"name\":\"Anna de Boer\",\"address\":\"Dorpsstraat 1\\n1234 AB Ergens\"},"
        "\"organisation\":{\"name\":\"Jeugdbescherming Noord\"},\"court\":{\"name\":\"Rechtbank Noord-Nederland\"},"
        "\"child\":{\"name\":\"Sara\",\"birth_date\":\"2013-05-04\"},\"reference\":\"C/18/1\",\"directive_date\":\"2026-03-02\","
        "\"directive_about\":\"school\",\"hearing_date\":\"2026-04-07\",\"details\":\"Dit klopt niet.\",\"wish\":\"Een gesprek.\","
        "\"statement\":\"Ik was er.\",\"late_reason\":\"Ziek.\"";
    char request[1024];
    size_t p, l;
    int day;
    letter_call(ctx, "letters", "");
    for (p = 0; p < PARTIES; ++p) {
        snprintf(request, sizeof request, "{\"party\":\"%s\"}", kParties[p]);
        letter_call(ctx, "letters", request);
    }
    for (l = 0; l < sizeof ids / sizeof *ids; ++l)
        for (p = 0; p < PARTIES; ++p) {
            snprintf(request, sizeof request, "{\"letter\":\"%s\",\"party\":\"%s\",%s}", ids[l], kParties[p], full);
            letter_call(ctx, "letter", request);
            snprintf(request, sizeof request, "{\"letter\":\"%s\",\"party\":\"%s\",\"date\":\"2026-06-01\"}", ids[l], kParties[p]);
            letter_call(ctx, "letter", request);
        }
    for (day = 0; day < 730; day += 5) {
        char sent[16], written[16];
        civil_date(20454 + day, sent); /* from 2026-01-01 */
        civil_date(20454 + day + (day % 3 ? 0 : 20), written); /* every third letter written too late */
        snprintf(request, sizeof request, "{\"letter\":\"vervallenverklaring\",\"party\":\"%s\",\"directive_date\":\"%s\",\"date\":\"%s\"}",
                 day % 2 ? "child_12_15" : "parent_with_gezag", sent, written);
        letter_call(ctx, "letter", request);
    }
    letter_call(ctx, "letter", "{\"letter\":\"brief\",\"party\":\"other_adult\"}");
    letter_call(ctx, "letter", "{\"letter\":\"klacht\",\"party\":\"buurman\"}");
    letter_call(ctx, "letter", "{\"letter\":\"klacht\",\"party\":\"other_adult\",\"date\":\"2026-02-30\"}");
    letter_call(ctx, "letter", "{\"letter\":\"vervallenverklaring\",\"party\":\"parent_with_gezag\",\"directive_date\":\"2013-04-30\"}");
    letter_call(ctx, "letter", "{\"letter\":\"klacht\",\"party\":\"other_adult\",\"sender\":\"Anna\"}");
    letter_call(ctx, "letter", "{\"letter\":\"klacht\"");
    letter_call(ctx, "letters", "{\"party\":\"buurman\"}");
}

/* The instance an apply answer carries: its last member, up to the answer's closing brace. */
static char *instance_of(const char *answer, size_t len) {
    const char *start = strstr(answer, "\"instance\":");
    char *out;
    size_t n;
    if (!start) return NULL;
    start += strlen("\"instance\":");
    n = (size_t)(answer + len - 1 - start);
    out = (char *)malloc(n + 1);
    if (!out) return NULL;
    memcpy(out, start, n);
    out[n] = '\0';
    return out;
}

static void state(helder_ctx *ctx, const char *instance, const char *query) {
    char *out = NULL;
    size_t len = 0;
    const helder_status st = helder_procedure_state(ctx, NULL, 0, instance, strlen(instance), query, strlen(query), &out, &len);
    printf("state\t%s\t%s\t", instance, query);
    print_answer(st, out, len);
    helder_free(out);
}

/* The state on a day for every party, and for all at once. */
static void states(helder_ctx *ctx, const char *instance, const char *today) {
    char query[128];
    size_t p;
    snprintf(query, sizeof query, "{\"today\":\"%s\"}", today);
    state(ctx, instance, query);
    for (p = 0; p < PARTIES; ++p) {
        snprintf(query, sizeof query, "{\"today\":\"%s\",\"party\":\"%s\"}", today, kParties[p]);
        state(ctx, instance, query);
    }
}

/* A sequence of events on a new instance. Each event is applied to the instance as it stands (a
 * refused event leaves it as it was); after each event marked by a state day, the state for every
 * party on that day. */
struct step {
    const char *event;
    const char *state_on; /* NULL: no state after this event */
};

static int sequence(helder_ctx *ctx, const char *instance_json, const struct step *steps) {
    char *instance = strdup(instance_json);
    for (; instance && steps->event; ++steps) {
        char *out = NULL;
        size_t len = 0;
        const helder_status st =
            helder_procedure_apply(ctx, NULL, 0, instance, strlen(instance), steps->event, strlen(steps->event), &out, &len);
        printf("apply\t%s\t%s\t", instance, steps->event);
        print_answer(st, out, len);
        if (st == HELDER_OK) {
            char *next = instance_of(out, len);
            if (!next) {
                helder_free(out);
                free(instance);
                return 1;
            }
            free(instance);
            instance = next;
        }
        helder_free(out);
        if (steps->state_on) states(ctx, instance, steps->state_on);
    }
    free(instance);
    return instance == NULL;
}

#define LAW "\"spec\":{\"id\":\"nl-jeugdbescherming\",\"version\":\"2026-12-1\"}"
#define POLICY "\"spec\":{\"id\":\"nl-toekomstscenario\",\"version\":\"2026-12-1\"}"
#define INSTANCE(spec, child) "{\"format\":\"helder-procedure-instance\",\"format_version\":1," spec ",\"child\":" child ",\"events\":[]}"

/* Spoed, a hearing where the child of 13 was not invited (refused OTS), then invited: OTS with
 * placement, the placement authorisation lapsing unused, an appeal, an aanwijzing, a complaint. */
static const struct step kLawSpoedToOts[] = {
    {"{\"event\":\"melding\",\"date\":\"2026-01-05\",\"actor\":\"veilig_thuis\"}", NULL},
    {"{\"event\":\"spoedbeslissing\",\"date\":\"2026-01-09\"}", "2026-01-10"},
    {"{\"event\":\"zitting_gehouden\",\"date\":\"2026-01-20\",\"facts\":{\"parents_heard\":true}}", NULL},
    {"{\"event\":\"beschikking_ots\",\"date\":\"2026-01-21\"}", NULL},
    {"{\"event\":\"zitting_gehouden\",\"date\":\"2026-01-21\",\"facts\":{\"child_invited\":true}}", NULL},
    {"{\"event\":\"beschikking_ots_uhp\",\"date\":\"2026-01-22\"}", "2026-02-01"},
    {"{\"event\":\"hoger_beroep_ingesteld\",\"date\":\"2026-02-20\"}", NULL},
    {"{\"event\":\"aanwijzing_gegeven\",\"date\":\"2026-03-02\"}", "2026-03-03"},
    {"{\"event\":\"klacht_ingediend\",\"date\":\"2026-07-01\"}", "2026-07-01"},
    {"{\"event\":\"uitspraak_hof\",\"date\":\"2026-08-03\"}", NULL},
    {"{\"event\":\"verzoek_verlenging\",\"date\":\"2026-12-01\"}", "2026-12-01"},
    {"{\"event\":\"zitting_gehouden\",\"date\":\"2026-12-15\",\"facts\":{\"parents_heard\":true,\"child_invited\":true}}", NULL},
    {"{\"event\":\"beschikking_verlenging\",\"date\":\"2026-12-16\"}", "2027-01-04"},
    {"{\"event\":\"maatregel_beeindigd\",\"date\":\"2027-06-01\"}", "2027-06-01"},
    {NULL, NULL}};

/* A spoed decision before any report (refused), then a voorlopige OTS with no hearing: it lapses
 * before the next event; an OTS that runs out while a request to extend it waits; bad events on
 * the way. */
static const struct step kLawTimers[] = {
    {"{\"event\":\"spoedbeslissing\",\"date\":\"2026-03-30\"}", NULL},
    {"{\"event\":\"melding\",\"date\":\"2026-03-30\"}", NULL},
    {"{\"event\":\"spoedbeslissing\",\"date\":\"2026-03-31\"}", "2026-04-01"},
    {"{\"event\":\"klacht_ingediend\",\"date\":\"2026-08-03\"}", "2026-08-03"},
    {"{\"event\":\"heksenjacht\",\"date\":\"2026-08-04\"}", NULL},
    {"{\"event\":\"raad_gevraagd\",\"date\":\"2026-08-01\"}", NULL},
    {"{\"event\":\"zitting_gehouden\",\"date\":\"2026-08-05\",\"facts\":{\"gezin_blij\":true}}", NULL},
    {"{\"event\":\"beschikking_ots\",\"date\":\"2026-08-05\"}", NULL},
    {"{\"event\":\"raad_gevraagd\",\"date\":\"2026-08-05\"}", NULL},
    {"{\"event\":\"raadsonderzoek_start\",\"date\":\"2026-08-10\"}", NULL},
    {"{\"event\":\"verzoek_ingediend\",\"date\":\"2026-10-01\"}", NULL},
    {"{\"event\":\"zitting_gehouden\",\"date\":\"2026-10-20\",\"facts\":{\"parents_heard\":true}}", NULL},
    {"{\"event\":\"beschikking_ots\",\"date\":\"2026-10-21\"}", "2026-10-22"},
    {"{\"event\":\"verzoek_verlenging\",\"date\":\"2027-10-01\"}", NULL},
    {"{\"event\":\"klacht_beslist\",\"date\":\"2027-12-01\"}", "2027-12-01"},
    {"{\"event\":\"melding\",\"date\":\"2028-02-29\"}", "2028-02-29"},
    {"{\"event\":\"melding\",\"date\":\"2026-02-30\"}", NULL},
    {"{\"event\":\"melding\",\"date\":\"2028-03-0", NULL},
    {NULL, NULL}};

/* Schorsing of gezag, its request to end gezag and voogdij; then a child of 16 on the way out. */
static const struct step kLawGezag[] = {
    {"{\"event\":\"raad_gevraagd\",\"date\":\"2027-01-04\"}", NULL},
    {"{\"event\":\"raadsonderzoek_start\",\"date\":\"2027-01-11\"}", NULL},
    {"{\"event\":\"verzoek_ingediend\",\"date\":\"2027-03-01\"}", NULL},
    {"{\"event\":\"zitting_gehouden\",\"date\":\"2027-03-15\",\"facts\":{\"parents_heard\":true,\"child_invited\":true}}", NULL},
    {"{\"event\":\"beschikking_schorsing\",\"date\":\"2027-03-16\"}", "2027-03-16"},
    {"{\"event\":\"verzoek_gezagsbeeindiging\",\"date\":\"2027-05-03\"}", NULL},
    {"{\"event\":\"beschikking_gezagsbeeindiging\",\"date\":\"2027-05-20\"}", NULL},
    {"{\"event\":\"zitting_gehouden\",\"date\":\"2027-05-21\",\"facts\":{\"parents_heard\":true,\"child_invited\":true}}", NULL},
    {"{\"event\":\"beschikking_gezagsbeeindiging\",\"date\":\"2027-05-22\"}", "2027-05-22"},
    {"{\"event\":\"hoger_beroep_ingesteld\",\"date\":\"2027-09-01\"}", "2027-09-01"},
    {NULL, NULL}};

/* The Toekomstscenario: a measure refused without counter-review and counsel, then decided; a
 * voorlopige OTS that lapses in the hearing stage; the measure running out. */
static const struct step kPolicy[] = {
    {"{\"event\":\"hulp_start\",\"date\":\"2026-02-02\"}", "2026-02-02"},
    {"{\"event\":\"veiligheidsteam_erbij\",\"date\":\"2026-02-10\"}", NULL},
    {"{\"event\":\"verzoek_ingediend\",\"date\":\"2026-02-12\"}", NULL},
    {"{\"event\":\"zitting_gehouden\",\"date\":\"2026-03-02\",\"facts\":{\"parents_heard\":true}}", NULL},
    {"{\"event\":\"beschikking_maatregel\",\"date\":\"2026-03-03\"}", "2026-03-03"},
    {"{\"event\":\"tegenspraak\",\"date\":\"2026-03-04\"}", NULL},
    {"{\"event\":\"advocaat_aangeboden\",\"date\":\"2026-03-04\"}", NULL},
    {"{\"event\":\"clientondersteuning_aangeboden\",\"date\":\"2026-03-05\"}", NULL},
    {"{\"event\":\"zitting_gehouden\",\"date\":\"2026-03-06\",\"facts\":{\"child_invited\":true}}", NULL},
    {"{\"event\":\"beschikking_maatregel\",\"date\":\"2026-03-09\"}", "2026-03-10"},
    {"{\"event\":\"andere_vaste_professional\",\"date\":\"2026-04-01\"}", NULL},
    {"{\"event\":\"klacht_ingediend\",\"date\":\"2027-04-01\"}", "2027-04-01"},
    {"{\"event\":\"spoedbeslissing\",\"date\":\"2027-04-02\"}", "2027-04-02"},
    {"{\"event\":\"zitting_gehouden\",\"date\":\"2027-04-08\",\"facts\":{\"parents_heard\":true}}", NULL},
    {"{\"event\":\"klacht_beslist\",\"date\":\"2027-08-02\"}", "2027-08-02"},
    {"{\"event\":\"beschikking_afwijzing\",\"date\":\"2027-08-03\"}", "2027-08-03"},
    {NULL, NULL}};

int main(void) {
    helder_ctx *ctx = NULL;
    char *out = NULL;
    size_t len = 0, p;
    int failed = 0;
    if (helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) {
        fprintf(stderr, "helder_ctx_create: %s\n", helder_last_error());
        return 1;
    }
    deadlines();
    failed |= sequence(ctx, INSTANCE(LAW, "{\"id\":\"daan\",\"birth_date\":\"2012-03-01\"}"), kLawSpoedToOts);
    failed |= sequence(ctx, INSTANCE(LAW, "{\"id\":\"noor\",\"birth_date\":\"2016-08-04\"}"), kLawTimers);
    failed |= sequence(ctx, INSTANCE(LAW, "{\"birth_date\":\"2010-05-05\"}"), kLawGezag);
    failed |= sequence(ctx, INSTANCE(LAW, "{}"), kLawGezag);
    failed |= sequence(ctx, INSTANCE(POLICY, "{\"id\":\"sem\",\"birth_date\":\"2013-11-30\"}"), kPolicy);
    failed |= sequence(ctx, INSTANCE(POLICY, "{\"birth_date\":\"2020-01-01\"}"), kPolicy);
    /* Instances that do not load, and a party that does not exist. */
    state(ctx, INSTANCE(LAW, "{}"), "{\"today\":\"2026-01-01\",\"party\":\"buurman\"}");
    state(ctx, INSTANCE(LAW, "{}"), "{\"today\":\"2026-02-30\"}");
    state(ctx, INSTANCE("\"spec\":{\"id\":\"elders\",\"version\":\"1\"}", "{}"), "{}");
    state(ctx, "{\"format\":\"helder-procedure-instance\",\"format_version\":1," LAW, "{}");
    /* The shipped specifications. */
    for (p = 0; p < 4; ++p) {
        static const char *const names[] = {NULL, "law", "toekomstscenario", "onbekend"};
        const helder_status st = helder_procedure_spec(ctx, names[p], &out, &len);
        printf("spec\t%s\t", names[p] ? names[p] : "-");
        print_answer(st, out, len);
        helder_free(out);
        out = NULL;
    }
    for (p = 0; p < 2; ++p) {
        static const char *const names[] = {"law", "toekomstscenario"};
        spec_call("verify", names[p], "{}");
        spec_call("render", names[p], "{\"format\":\"mermaid\"}");
        spec_call("render", names[p], "{\"format\":\"dot\",\"language\":\"en\",\"highlight\":[\"zorg\",\"geen_klacht\"]}");
        spec_call("render", names[p], "{\"format\":\"svg\"}");
    }
    spec_call("verify", "law", "{\"max_states\":3}");
    spec_call("verify", "onbekend", "{}");
    letters(ctx);
    helder_ctx_destroy(ctx);
    if (failed) fprintf(stderr, "procedure_vectors: an answer without an instance\n");
    return failed;
}
