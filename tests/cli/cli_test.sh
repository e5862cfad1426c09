#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# One case of the helder tool's tests: cli_test.sh CASE HELDER SOURCE_DIR
set -eu
case_name=$1
helder=$2
src=$3
examples=$src/examples/texts
schema=$src/lib/data/schemas/text-report.schema.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Debian's python3 with python3-jsonschema (scripts/setup.sh installs both).
python=${PYTHON:-/usr/bin/python3}
python3() { "$python" "$@"; }

fail() { echo "FAIL: $*" >&2; exit 1; }

expect_exit() {  # expect_exit CODE COMMAND...
    want=$1; shift
    set +e; "$@" > "$tmp/out" 2> "$tmp/err"; got=$?; set -e
    [ "$got" -eq "$want" ] || { cat "$tmp/err" >&2; fail "$* exited $got, expected $want"; }
}

# JSON output is always a list of {"uri", "report"}: the one report of a one-file run, alone.
only_report() {  # only_report JSON_FILE: replaces the list of one by its report
    python3 - "$1" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
assert isinstance(data, list) and len(data) == 1 and set(data[0]) == {"uri", "report"}, data
json.dump(data[0]["report"], open(sys.argv[1], "w"))
PY
}

validate() {  # validate JSON_FILE
    python3 - "$schema" "$1" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
report = json.load(open(sys.argv[2]))
jsonschema.Draft202012Validator(schema).validate(report)
PY
}

case $case_name in
exit_codes)
    printf 'Dit is een gewone zin.\n' > "$tmp/plain.txt"
    expect_exit 0 "$helder" check --no-spelling "$tmp/plain.txt"
    # The report has warnings (jargon) but no errors: 0 by default, 1 with --fail-on warning.
    expect_exit 0 "$helder" check --no-spelling "$examples/rapport-gezinsvoogd.txt"
    expect_exit 1 "$helder" check --no-spelling --fail-on warning "$examples/rapport-gezinsvoogd.txt"
    expect_exit 1 "$helder" check --no-spelling --fail-on info "$examples/brief-aan-ouders.txt"
    expect_exit 0 "$helder" check --no-spelling --fail-on never "$examples/rapport-gezinsvoogd.txt"
    # A spelling mistake is an error.
    printf 'Dit is een fout gespelt woord: kinderrn.\n' > "$tmp/typo.txt"
    expect_exit 1 "$helder" check "$tmp/typo.txt"
    grep -q 'kinderrn' "$tmp/out" || fail "the misspelled word is not shown"
    ;;
json_matches_schema)
    for f in "$examples"/*.txt; do
        expect_exit 0 "$helder" check --format json "$f"
        only_report "$tmp/out"
        validate "$tmp/out"
    done
    printf '' > "$tmp/empty.txt"
    expect_exit 0 "$helder" check --format json "$tmp/empty.txt"
    only_report "$tmp/out"
    validate "$tmp/out"
    ;;
detail_matches_schema)
    expect_exit 0 "$helder" check --format json --detail "$examples/rapport-gezinsvoogd.txt"
    only_report "$tmp/out"
    validate "$tmp/out"
    python3 - "$tmp/out" "$examples/rapport-gezinsvoogd.txt" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
text = open(sys.argv[2], 'rb').read()
assert report['sentences'] and report['words'], 'detail is missing'
assert len(report['words']) == report['counts']['words']
assert sum(w['syllables'] for w in report['words']) == report['counts']['syllables']
for f in report['findings']:
    assert text[f['start']:f['end']].decode() == f['text'], f
for w in report['words']:
    assert text[w['start']:w['end']].decode().strip() == text[w['start']:w['end']].decode(), w
PY
    ;;
sarif_shape)
    expect_exit 0 "$helder" check --format sarif "$examples/rapport-gezinsvoogd.txt" "$examples/brief-aan-ouders.txt"
    python3 - "$tmp/out" "$examples" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
assert log['version'] == '2.1.0' and len(log['runs']) == 1
run = log['runs'][0]
rules = [r['id'] for r in run['tool']['driver']['rules']]
assert run['tool']['driver']['name'] == 'helder'
assert [a['location']['uri'].split('/')[-1] for a in run['artifacts']] == ['rapport-gezinsvoogd.txt', 'brief-aan-ouders.txt']
assert run['results'], 'no results'
for r in run['results']:
    assert r['level'] in ('error', 'warning', 'note')
    assert rules[r['ruleIndex']] == r['ruleId']
    loc = r['locations'][0]['physicalLocation']
    uri = loc['artifactLocation']['uri']
    text = open(uri, 'rb').read()
    reg = loc['region']
    snippet = text[reg['byteOffset']:reg['byteOffset'] + reg['byteLength']].decode()
    assert snippet == reg['snippet']['text'], (snippet, reg)
    line = text.decode().split('\n')[reg['startLine'] - 1]
    assert line[reg['startColumn'] - 1:].startswith(snippet.split('\n')[0]), (line, reg)
    assert r['message']['text']
PY
    ;;
color_only_on_terminal)
    expect_exit 0 "$helder" check --no-spelling "$examples/rapport-gezinsvoogd.txt"
    if grep -q "$(printf '\033')" "$tmp/out"; then fail "colour codes written to a pipe"; fi
    expect_exit 0 "$helder" check --no-spelling --color always "$examples/rapport-gezinsvoogd.txt"
    grep -q "$(printf '\033')\[" "$tmp/out" || fail "--color always wrote no colour"
    # On a terminal (script(1) gives one), colour is on by default and NO_COLOR turns it off.
    script -q -e -c "$helder check --no-spelling $examples/rapport-gezinsvoogd.txt" /dev/null > "$tmp/tty" || true
    grep -q "$(printf '\033')\[" "$tmp/tty" || fail "no colour on a terminal"
    NO_COLOR=1 script -q -e -c "$helder check --no-spelling $examples/rapport-gezinsvoogd.txt" /dev/null > "$tmp/tty" || true
    if grep -q "$(printf '\033')\[3" "$tmp/tty"; then fail "colour despite NO_COLOR"; fi
    ;;
unix_behaviour)
    printf 'Middels deze brief.\n' > "$tmp/one.txt"
    printf 'Dit is een zin.\n' > "$tmp/-dash.txt"
    # --name=VALUE as well as --name VALUE; -- before a file whose name starts with '-'.
    expect_exit 0 "$helder" check --format=json --no-spelling "$tmp/one.txt"
    python3 -c "import json; d = json.load(open('$tmp/out')); assert d[0]['report']['counts']['sentences'] == 1, d"
    (cd "$tmp" && "$helder" check --no-spelling -- -dash.txt > "$tmp/out") || fail "-- did not end the options"
    grep -q '^-dash.txt: 1 zin, 4 woorden' "$tmp/out" || fail "the file after -- was not checked: $(cat "$tmp/out")"
    # Output that cannot be written is a failure (a full disk), with a message.
    if [ -w /dev/full ]; then
        expect_exit 2 sh -c '"$0" check --no-spelling "$1" > /dev/full' "$helder" "$tmp/one.txt"
        grep -q 'kan de uitvoer niet schrijven' "$tmp/err" || fail "a write error is not reported: $(cat "$tmp/err")"
        expect_exit 2 sh -c '"$0" --help > /dev/full' "$helder"
    else
        fail "/dev/full is missing: the write-error case cannot run"
    fi
    # A directory is an error, not an empty text.
    expect_exit 2 "$helder" check "$tmp"
    grep -q 'is een map, geen bestand' "$tmp/err" || fail "a directory is not refused: $(cat "$tmp/err")"
    if grep -q 'zinnen' "$tmp/out"; then fail "a directory was checked as a text"; fi
    # One missing file among several: the others are still checked, and the exit status is 2.
    expect_exit 2 "$helder" check --no-spelling "$tmp/one.txt" "$tmp/missing.txt" "$tmp/-dash.txt"
    grep -q 'one.txt: 1 zin' "$tmp/out" && grep -q -- '-dash.txt: 1 zin' "$tmp/out" || fail "the other files were not checked: $(cat "$tmp/out")"
    grep -q 'kan .*missing.txt niet openen: het bestand bestaat niet' "$tmp/err" || fail "the missing file is not named: $(cat "$tmp/err")"
    grep -q '1 bestand is niet gecontroleerd' "$tmp/err" || fail "no count of files not checked"
    # Wholly in the chosen language, with Dutch plurals right.
    expect_exit 2 "$helder" check --lang en --no-spelling "$tmp/one.txt" "$tmp/missing.txt"
    grep -q 'one.txt: 1 sentence, 3 words.*1 finding$' "$tmp/out" || fail "English summary: $(cat "$tmp/out")"
    grep -q 'The text has 1 jargon or officialese term\.' "$tmp/out" || fail "English singular: $(cat "$tmp/out")"
    grep -q 'cannot open .*missing.txt: there is no such file' "$tmp/err" && grep -q '1 file was not checked' "$tmp/err" \
        || fail "English errors: $(cat "$tmp/err")"
    if grep -Eq 'bestand|niet|zin' "$tmp/out" "$tmp/err"; then fail "Dutch words in English output"; fi
    expect_exit 0 "$helder" check --no-spelling "$tmp/one.txt"
    grep -q 'one.txt: 1 zin, 3 woorden, .*1 bevinding$' "$tmp/out" || fail "Dutch plurals: $(cat "$tmp/out")"
    grep -q 'Er staat 1 vakwoord of stijf woord in de tekst\.' "$tmp/out" || fail "Dutch singular: $(cat "$tmp/out")"
    if grep -Eq 'cannot|file|sentence' "$tmp/out" "$tmp/err"; then fail "English words in Dutch output"; fi
    # Usage errors in the language asked for.
    expect_exit 2 "$helder" check --bogus
    grep -q 'onbekende optie --bogus' "$tmp/err" || fail "unknown option: $(cat "$tmp/err")"
    expect_exit 2 "$helder" check --lang=en --format=xml
    grep -q -- '--format must be one of: text|json|sarif' "$tmp/err" || fail "bad value: $(cat "$tmp/err")"
    expect_exit 2 "$helder" dossier validate --today 2026-02-30 "$src/examples/dossiers/familie-yilmaz.json"
    grep -q -- '--today moet een datum zijn die bestaat' "$tmp/err" || fail "--today is not checked: $(cat "$tmp/err")"
    ;;
several_files)
    expect_exit 0 "$helder" check --format json "$examples/rapport-gezinsvoogd.txt" "$examples/brief-aan-ouders.txt"
    python3 -c "
import json,sys
data = json.load(open('$tmp/out'))
assert [d['uri'].split('/')[-1] for d in data] == ['rapport-gezinsvoogd.txt', 'brief-aan-ouders.txt']
assert all('findings' in d['report'] for d in data)"
    expect_exit 0 "$helder" check "$examples/rapport-gezinsvoogd.txt" "$examples/brief-aan-ouders.txt"
    grep -q 'rapport-gezinsvoogd.txt:' "$tmp/out" && grep -q 'brief-aan-ouders.txt:' "$tmp/out" || fail "a file is missing"
    ;;
stdin)
    printf 'Middels deze brief.' | "$helder" check --format json - > "$tmp/out" || true
    grep -q '"rule":"officialese"' "$tmp/out" || fail "stdin was not checked"
    printf 'Middels deze brief.' | "$helder" check --format json > "$tmp/out" || true
    grep -q '"rule":"officialese"' "$tmp/out" || fail "no FILE should read stdin"
    ;;
procedure_deadline)
    # The Hoge Raad's case, for people and as JSON; a date that is not VERIFIED asks for a check.
    expect_exit 0 "$helder" procedure deadline hoger-beroep --from 2016-02-29 --today 2016-05-01 --party requester
    grep -q 'De laatste dag is maandag 30 mei 2016.' "$tmp/out" || fail "no last day in: $(cat "$tmp/out")"
    grep -q 'Dat is een zondag.' "$tmp/out" || fail "no step about the Sunday"
    grep -q 'nog 29 dagen' "$tmp/out" || fail "no days left"
    if grep -q 'Juridisch Loket' "$tmp/out"; then fail "a VERIFIED date asks for a check"; fi
    expect_exit 0 "$helder" procedure deadline spoed-zitting --from 2026-04-13 --today 2026-04-14
    grep -q 'vraag uw advocaat of het Juridisch Loket om deze datum na te kijken' -i "$tmp/out" || fail "an UNVERIFIED date does not ask for a check"
    expect_exit 0 "$helder" procedure deadline vervallenverklaring-aanwijzing --from 2026-06-01 --today 2026-06-01 --format json --lang en
    python3 - "$tmp/out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["due"] == "2026-06-15" and r["days_left"] == 14 and r["atw_applies"] is True, r
assert all("nl" in s and "en" in s for s in r["steps"]), r["steps"]
PY
    expect_exit 0 "$helder" procedure deadline ots --from 2026-03-01 --today 2026-03-02 --lang en
    grep -q 'The measure ends on Monday 1 March 2027 at the latest. This is not a last day for you to act.' "$tmp/out" || fail "no English last day of the measure"
    # Bad input.
    expect_exit 2 "$helder" procedure deadline nonsense --from 2026-03-02
    grep -q 'kind must be one of' "$tmp/err" || fail "an unknown kind is not explained"
    # The tool's own check of a date, in the language asked for (it said "invalid JSON" before).
    expect_exit 2 "$helder" procedure deadline ots --from 2026-02-30
    grep -q -- '--from moet een datum zijn die bestaat' "$tmp/err" || fail "a date that does not exist is not explained: $(cat "$tmp/err")"
    if grep -qi 'json' "$tmp/err"; then fail "a bad --from is called JSON"; fi
    expect_exit 2 "$helder" procedure deadline ots --from 2026-02-30 --lang en
    grep -q -- '--from must be a date that exists' "$tmp/err" || fail "not in English: $(cat "$tmp/err")"
    expect_exit 0 "$helder" procedure deadline ots --from=2028-02-29 --today=2028-03-01
    grep -q '28 februari 2029' "$tmp/out" || fail "--from=VALUE is not read: $(cat "$tmp/out")"
    expect_exit 2 "$helder" procedure deadline ots
    expect_exit 2 "$helder" procedure deadline ots --from 2026-03-02 --party copy
    expect_exit 2 "$helder" procedure deadline ots --from 2026-03-02 --format sarif
    expect_exit 2 "$helder" procedure deadline 'ots"' --from 2026-03-02
    expect_exit 2 "$helder" procedure nonsense
    expect_exit 0 "$helder" procedure --help
    grep -q 'vervallenverklaring-aanwijzing' "$tmp/out" || fail "the help does not list the kinds"
    ;;
procedure_verify)
    broken=$src/tests/data/procedure/broken
    # A correct specification: every property holds, exit 0.
    expect_exit 0 "$helder" procedure verify "$broken/clean.json" --lang en
    grep -q 'Every property holds.' "$tmp/out" || fail "no verdict in: $(cat "$tmp/out")"
    # A broken one: exit 1 and the shortest path, numbered, with the facts of each step.
    expect_exit 1 "$helder" procedure verify "$broken/decision_without_child_invited.json"
    grep -q 'Klopt niet: Eerst horen.' "$tmp/out" || fail "the failing property is not named: $(cat "$tmp/out")"
    grep -q '2. Gebeurtenis zitting_gehouden. Dit klopt: De ouders zijn gehoord. Dit klopt niet: Het kind is uitgenodigd.' "$tmp/out" ||
        fail "no second step with its facts: $(cat "$tmp/out")"
    grep -q '3. Gebeurtenis beschikking_ots. Dit klopt: Het kind is 12 jaar of ouder.' "$tmp/out" || fail "no third step"
    # Dutch writes a decimal comma, English a point.
    grep -Eq 'Dat duurde [0-9]+,[0-9]{3} seconden\.' "$tmp/out" || fail "no decimal comma in: $(head -1 "$tmp/out")"
    expect_exit 1 "$helder" procedure verify "$broken/decision_without_child_invited.json" --lang en
    grep -Eq 'in [0-9]+\.[0-9]{3} seconds\.' "$tmp/out" || fail "no decimal point in: $(head -1 "$tmp/out")"
    expect_exit 1 "$helder" procedure verify "$broken/handover_reachable.json" --format json
    python3 - "$tmp/out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["ok"] is False and r["states"] > 0, r
bad = [p for p in r["properties"] if not p["ok"]]
assert [p["id"] for p in bad] == ["no_handover"], bad
assert [s["event"] for s in bad[0]["findings"][0]["path"]] == ["melding", "overdracht"], bad
PY
    # The shipped specifications verify clean; from standard input too.
    expect_exit 0 "$helder" procedure verify law --format json
    python3 - "$tmp/out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["ok"] is True and all(p["ok"] for p in r["properties"]) and len(r["properties"]) >= 8, r
PY
    expect_exit 0 "$helder" procedure verify toekomstscenario
    "$helder" procedure verify - < "$broken/clean.json" > "$tmp/out" || fail "a specification on standard input"
    # Bad input.
    expect_exit 2 "$helder" procedure verify "$broken/guard_cycle.json"
    grep -q '/guards/' "$tmp/err" || fail "a guard cycle is not explained: $(cat "$tmp/err")"
    expect_exit 2 "$helder" procedure verify law --max-states 10
    grep -q 'more than 10 states' "$tmp/err" || fail "the cap is not explained"
    expect_exit 2 "$helder" procedure verify "$tmp/missing.json"
    expect_exit 2 "$helder" procedure verify law --format sarif
    expect_exit 2 "$helder" procedure verify law toekomstscenario
    ;;
procedure_pictures)
    expect_exit 0 "$helder" procedure dot law --highlight ots,geen_klacht
    head -1 "$tmp/out" | grep -q '^digraph "nl-jeugdbescherming" {$' || fail "no digraph: $(head -1 "$tmp/out")"
    [ "$(grep -c 'fillcolor="#fff59d"' "$tmp/out")" -eq 2 ] || fail "not two highlighted stages"
    grep -q '"spoed" -> "zitting"' "$tmp/out" || fail "no transition from spoed to the hearing"
    if command -v dot > /dev/null; then
        dot -Tsvg "$tmp/out" > "$tmp/law.svg" || fail "graphviz does not read the picture"
    fi
    expect_exit 0 "$helder" procedure mermaid toekomstscenario --lang en
    grep -q '^flowchart TD$' "$tmp/out" || fail "no flowchart"
    grep -q 'condition: (The parents with parental' "$tmp/out" || fail "no guard in words on a transition"
    ! grep -q 'safeguards_for_compulsion' "$tmp/out" || fail "a guard's id in the picture"
    expect_exit 2 "$helder" procedure dot law --highlight nergens
    grep -q 'no stage "nergens"' "$tmp/err" || fail "an unknown stage is not explained"
    expect_exit 2 "$helder" procedure mermaid law --lang de
    expect_exit 0 "$helder" procedure --help
    grep -q 'procedure verify' "$tmp/out" || fail "the help does not show verify"
    ;;
usage_errors)
    expect_exit 2 "$helder"
    expect_exit 2 "$helder" nonsense
    expect_exit 2 "$helder" check --format xml "$examples/brief-aan-ouders.txt"
    expect_exit 2 "$helder" check --bogus
    expect_exit 2 "$helder" check "$tmp/does-not-exist.txt"
    grep -q 'does-not-exist' "$tmp/err" || fail "the missing file is not named"
    printf 'kapot \377 utf8' > "$tmp/bad.txt"
    expect_exit 2 "$helder" check "$tmp/bad.txt"
    grep -q 'byte 6' "$tmp/err" || fail "the bad byte offset is not named"
    expect_exit 2 "$helder" check --options '{"max_bytes":5}' "$examples/brief-aan-ouders.txt"
    expect_exit 2 "$helder" check --options 'nope' "$examples/brief-aan-ouders.txt"
    # Refused options are said once, before any file, not as a failure of each file.
    expect_exit 2 "$helder" check --options '{"bogus":1}' "$examples/brief-aan-ouders.txt" "$examples/rapport-gezinsvoogd.txt"
    [ "$(grep -c -- '--options' "$tmp/err")" -eq 1 ] || fail "refused options are not said once: $(cat "$tmp/err")"
    if grep -q 'brief-aan-ouders' "$tmp/err"; then fail "refused options are blamed on a file: $(cat "$tmp/err")"; fi
    [ ! -s "$tmp/out" ] || fail "a file was reported despite refused options"
    expect_exit 0 "$helder" --help
    expect_exit 0 "$helder" check --help
    expect_exit 0 "$helder" --version
    grep -q "helder [0-9]" "$tmp/out" || fail "no version"
    ;;
library_errors_in_language)
    # What the library refuses is said in the tool's language; the library's own English message
    # (it names a JSON pointer, a path, a limit) follows on a line marked as English.
    english='invalid|cannot|unknown|must|not found|input too large'
    printf 'kapot \377 utf8' > "$tmp/bad.txt"
    expect_exit 2 "$helder" check "$tmp/bad.txt"
    grep -q 'bad.txt: de tekst is geen UTF-8: de fout staat bij byte 6$' "$tmp/err" || fail "bad UTF-8 in Dutch: $(cat "$tmp/err")"
    if grep -Eqi "$english" "$tmp/err"; then fail "English in Dutch output: $(cat "$tmp/err")"; fi
    expect_exit 2 "$helder" check --lang en "$tmp/bad.txt"
    grep -q 'bad.txt: invalid UTF-8: the first bad byte is byte 6$' "$tmp/err" || fail "bad UTF-8 in English: $(cat "$tmp/err")"
    expect_exit 2 "$helder" check --options '{"max_bytes":5}' "$examples/brief-aan-ouders.txt"
    grep -q 'brief-aan-ouders.txt: de invoer is te groot$' "$tmp/err" || fail "too large in Dutch: $(cat "$tmp/err")"
    grep -q '^helder check: technische melding (Engels): .*limit of 5 bytes' "$tmp/err" || fail "no marked detail: $(cat "$tmp/err")"
    expect_exit 2 "$helder" check --options '{"bogus":1}' "$examples/brief-aan-ouders.txt"
    grep -q '^helder check: --options: de invoer klopt niet$' "$tmp/err" || fail "refused options in Dutch: $(cat "$tmp/err")"
    expect_exit 2 "$helder" check --options '[]' --detail "$examples/brief-aan-ouders.txt"
    grep -q -- '--options moet een JSON-object zijn' "$tmp/err" || fail "not an object in Dutch: $(cat "$tmp/err")"
    expect_exit 2 "$helder" check --dictionary "$tmp/nergens" "$examples/brief-aan-ouders.txt"
    grep -q 'kan de controle niet starten: niet gevonden$' "$tmp/err" || fail "missing dictionary in Dutch: $(cat "$tmp/err")"
    grep -q 'technische melding (Engels): .*nergens.aff' "$tmp/err" || fail "the dictionary path is not named: $(cat "$tmp/err")"
    expect_exit 2 "$helder" check --dictionary "$tmp/a\"b" "$examples/brief-aan-ouders.txt"
    grep -q -- 'in --dictionary mogen geen " of \\ staan' "$tmp/err" || fail "quotes in Dutch: $(cat "$tmp/err")"
    expect_exit 2 "$helder" procedure deadline nonsense --from 2026-03-02
    grep -q '^helder procedure: deadline: de invoer klopt niet$' "$tmp/err" || fail "unknown kind in Dutch: $(cat "$tmp/err")"
    expect_exit 2 "$helder" procedure dot law --highlight nergens
    grep -q '^helder procedure: dot: de invoer klopt niet$' "$tmp/err" || fail "unknown stage in Dutch: $(cat "$tmp/err")"
    expect_exit 2 "$helder" procedure frobnicate
    grep -q "onbekende opdracht 'frobnicate'" "$tmp/err" || fail "unknown subcommand in Dutch: $(cat "$tmp/err")"
    expect_exit 2 "$helder" dossier frobnicate
    grep -q "onbekende opdracht 'frobnicate'" "$tmp/err" || fail "unknown subcommand in Dutch: $(cat "$tmp/err")"
    expect_exit 2 "$helder" frobnicate
    grep -q "^helder: onbekende opdracht 'frobnicate'" "$tmp/err" || fail "unknown command in Dutch: $(cat "$tmp/err")"
    expect_exit 2 "$helder" frobnicate --lang en
    grep -q "^helder: unknown command 'frobnicate'" "$tmp/err" || fail "unknown command in English: $(cat "$tmp/err")"
    # Only the marked line is English, in every case above.
    for args in "check --options {\"bogus\":1} -" "procedure deadline nonsense --from 2026-03-02" "procedure verify law --max-states 10"; do
        set +e; printf 'Een zin.' | "$helder" $args > /dev/null 2> "$tmp/err"; set -e
        if grep -v 'technische melding (Engels)' "$tmp/err" | grep -Eqi "$english"; then fail "English in Dutch output: $(cat "$tmp/err")"; fi
        grep -q 'technische melding (Engels)' "$tmp/err" || fail "no detail for $args: $(cat "$tmp/err")"
    done
    ;;
json_lists_every_file)
    # A file that was not checked keeps its place in the JSON list, with an error instead of a
    # report; the exit status stays 2.
    printf 'Middels deze brief.\n' > "$tmp/one.txt"
    printf 'kapot \377 utf8' > "$tmp/bad.txt"
    mkdir "$tmp/map"
    expect_exit 2 "$helder" check --format json --no-spelling "$tmp/one.txt" "$tmp/missing.txt" "$tmp/bad.txt" "$tmp/map" "$tmp/one.txt"
    python3 - "$tmp/out" "$tmp" <<'PY'
import json, sys
entries, tmp = json.load(open(sys.argv[1])), sys.argv[2]
assert [e["uri"] for e in entries] == [tmp + "/" + n for n in ("one.txt", "missing.txt", "bad.txt", "map", "one.txt")], entries
assert set(entries[0]) == {"uri", "report"} and entries[0]["report"]["counts"]["sentences"] == 1, entries[0]
assert entries[4] == entries[0]
missing, bad, folder = entries[1]["error"], entries[2]["error"], entries[3]["error"]
assert all(set(e) == {"uri", "error"} for e in entries[1:4]), entries
assert missing == {"status": "E_NOT_FOUND", "message": "kan " + tmp + "/missing.txt niet openen: het bestand bestaat niet"}, missing
assert bad["status"] == "E_INVALID_UTF8" and bad["message"] == "de tekst is geen UTF-8: de fout staat bij byte 6", bad
assert "byte 6" in bad["detail"], bad
assert folder == {"status": "E_IO", "message": tmp + "/map is een map, geen bestand"}, folder
PY
    grep -q '3 bestanden zijn niet gecontroleerd' "$tmp/err" || fail "no count of files not checked: $(cat "$tmp/err")"
    # In English; and when no file could be read, still a list.
    expect_exit 2 "$helder" check --format json --lang en "$tmp/missing.txt"
    python3 -c "
import json
entries = json.load(open('$tmp/out'))
assert entries == [{'uri': '$tmp/missing.txt', 'error': {'status': 'E_NOT_FOUND', 'message': 'cannot open $tmp/missing.txt: there is no such file'}}], entries"
    # dossier validate shares it.
    expect_exit 2 "$helder" dossier validate --today 2026-11-23 --format json "$tmp/missing.txt" "$src/examples/dossiers/familie-de-boer.json"
    python3 -c "
import json
entries = json.load(open('$tmp/out'))
assert entries[0]['error']['status'] == 'E_NOT_FOUND' and 'report' in entries[1], entries"
    # The findings of the files that were checked still decide between 0 and 1 in the other formats.
    expect_exit 2 "$helder" check --no-spelling --fail-on info "$tmp/one.txt" "$tmp/missing.txt"
    grep -q 'one.txt: 1 zin' "$tmp/out" || fail "the checked file is not shown: $(cat "$tmp/out")"
    ;;
dossier_reports_match_schemas)
    # python-jsonschema (the reference) and helder agree on every example's structure, and the
    # reports match the report schema.
    dossiers=$src/examples/dossiers
    invalid=$src/tests/data/dossiers/invalid
    for f in "$dossiers"/*.json "$invalid"/*.json; do
        "$helder" dossier validate --today 2026-11-23 --format json "$f" > "$tmp/report.json" || true
        only_report "$tmp/report.json"
        python3 - "$src/lib/data/schemas/dossier.schema.json" "$src/lib/data/schemas/dossier-report.schema.json" "$f" "$tmp/report.json" <<'PY'
import json, sys
import jsonschema
dossier_schema, report_schema, path, report_path = sys.argv[1:5]
report = json.load(open(report_path))
jsonschema.Draft202012Validator(json.load(open(report_schema))).validate(report)
try:
    doc = json.loads(open(path, 'rb').read().decode('utf-8'))
except (UnicodeDecodeError, ValueError):
    assert report['status'] in ('not_json', 'invalid_utf8', 'too_deep'), (path, report['status'])
    sys.exit(0)
reference_ok = not list(jsonschema.Draft202012Validator(json.load(open(dossier_schema)), format_checker=jsonschema.FormatChecker()).iter_errors(doc))
helder_ok = not any(f['rule'].startswith('schema.') or f['rule'].startswith('input.') for f in report['findings'])
assert reference_ok == helder_ok, (path, reference_ok, helder_ok, [f['rule'] for f in report['findings']])
PY
    done
    expect_exit 0 "$helder" dossier validate --today 2026-11-23 "$dossiers/familie-de-boer.json"
    expect_exit 1 "$helder" dossier validate --today 2026-11-23 --fail-on warning "$dossiers/familie-de-boer.json"
    expect_exit 1 "$helder" dossier validate --today 2026-11-23 "$invalid/ots-too-long.json"
    expect_exit 0 "$helder" dossier validate --today 2026-11-23 --format sarif "$dossiers/familie-de-boer.json"
    python3 -c "import json,sys; log=json.load(open('$tmp/out')); assert log['runs'][0]['results'][0]['ruleId']=='principle.handover'"
    expect_exit 2 "$helder" dossier validate --today nope "$dossiers/familie-de-boer.json"
    expect_exit 2 "$helder" dossier frobnicate
    ;;
*)
    fail "unknown case $case_name"
    ;;
esac
echo "ok: $case_name"
