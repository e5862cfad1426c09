#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs every libFuzzer target of a fuzz build (preset "fuzz") for SECONDS each, starting from its
# seed corpus; new inputs go to a scratch folder, not into the repo.
#
# The targets are tests/fuzz/fuzz_*.c and fuzz_*.cc: each must have been built. Fails (after running them all)
# when a target is missing, when the fuzzer exits with a non-zero status, or when it leaves any
# crash-*, leak-*, timeout-*, oom-* or slow-unit-* file: a unit slower than -report_slow_units is
# a finding too (the text path must stay linear). Those files are kept in
# BUILD_DIR/fuzz-artifacts/TARGET/ with the fuzzer's log; rerun one with: TARGET FILE.
#
# Usage: scripts/fuzz.sh [--merge] BUILD_DIR SECONDS [TARGET...]
#   TARGET: e.g. fuzz_text_check or fuzz_procedure_events; default every tests/fuzz/fuzz_*.c(c).
#   --merge: also minimise tests/fuzz/corpus/ (below).
#
# --merge: after fuzzing, each corpus is minimised with coverage: libFuzzer's -merge=1 into a
# fresh folder of the old seeds and the new inputs, counting edges only (-use_counters=0, so one
# input per edge reached, the smallest first, not one per hit count). Seeds with a name (not a
# SHA-1: written by hand, or kept because they once found a bug) stay whatever their coverage;
# the dossier target's extra seeds (examples/dossiers, tests/data/dossiers/invalid) are read from
# their own place and never copied. To keep the corpus small, at most FUZZ_CORPUS_MAX (64)
# unnamed inputs stay: those that add the most edges (greedy set cover over the merge's control
# file; ties to the smaller). The result replaces tests/fuzz/corpus/TARGET. New inputs of the last
# run stay in BUILD_DIR/fuzz-new/TARGET.
set -euo pipefail
merge=0
if [ "${1:-}" = --merge ]; then
  merge=1
  shift
fi
[ $# -ge 2 ] || { echo "usage: scripts/fuzz.sh [--merge] BUILD_DIR SECONDS [TARGET...]" >&2; exit 2; }
build=$1
seconds=$2
shift 2
src=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# FUZZ_OUT: where the findings, new inputs and the record go (default BUILD_DIR), so that several
# runs can share one build (scripts/fuzz-campaign.sh).
out_root=${FUZZ_OUT:-$build}
artifacts=$out_root/fuzz-artifacts
new=$out_root/fuzz-new
rm -rf "$artifacts" "$new"
mkdir -p "$artifacts" "$new"

# Seeds outside tests/fuzz/corpus/ that a target reads too (the replay tests read the same).
extra_seeds() {
  case $1 in
    dossier_validate) echo "$src/examples/dossiers $src/tests/data/dossiers/invalid" ;;
  esac
}

# cap CONTROL_FILE FOLDER MAX: keeps at most MAX of the inputs the merge added to FOLDER (named by
# their SHA-1), chosen greedily by the edges (COV lines) each adds to those of the folder's first
# files and of the inputs chosen before it.
cap() {
  python3 - "$@" <<'PY'
import hashlib, os, re, sys
control, folder, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = open(control).read().split("\n")
count, first = int(lines[0]), int(lines[1])
paths = lines[2:2 + count]
edges = {}
for line in lines[2 + count:]:
    words = line.split()
    if words and words[0] == "COV":
        edges[int(words[1])] = set(map(int, words[2:]))
covered = set().union(*(edges.get(i, set()) for i in range(first)))
added = {}  # SHA-1 name -> (index, size) of every input the merge copied into the folder
for i in range(first, count):
    if os.path.exists(paths[i]):
        data = open(paths[i], "rb").read()
        name = hashlib.sha1(data).hexdigest()
        if os.path.exists(os.path.join(folder, name)) and name not in added:
            added[name] = (i, len(data))
keep = set()
while len(keep) < limit:
    gain = {n: len(edges.get(i, set()) - covered) for n, (i, size) in added.items() if n not in keep}
    best = max(gain, key=lambda n: (gain[n], -added[n][1]), default=None)
    if best is None or gain[best] == 0:
        break
    keep.add(best)
    covered |= edges.get(added[best][0], set())
for name in added:
    if name not in keep:
        os.remove(os.path.join(folder, name))
print(f"  kept {len(keep)} of {len(added)} new inputs")
PY
}

# record TARGET LOG RESULT: one row of BUILD_DIR/fuzz-summary.md, the record of this run (seconds,
# runs, edges and features reached at the end, corpus size, result).
summary=$out_root/fuzz-summary.md
printf '| target | seconds | runs | edges (cov) | features (ft) | corpus | result |\n|---|---:|---:|---:|---:|---:|---|\n' >"$summary"
record() {
  local runs last
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$2" | tail -1)
  last=$(grep -E '^#[0-9]+.*cov: ' "$2" | tail -1 || true)
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$seconds" "${runs:-?}" \
    "$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")" "$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")" \
    "$(sed -n 's/.* corp: \([^ ]*\).*/\1/p' <<<"$last")" "$3" >>"$summary"
}

sources=("$src"/tests/fuzz/fuzz_*.c "$src"/tests/fuzz/fuzz_*.cc)
[ -e "${sources[0]}" ] || { echo "fuzz: no tests/fuzz/fuzz_*.c" >&2; exit 1; }
if [ $# -gt 0 ]; then
  sources=()
  for t in "$@"; do
    found=""
    for ext in c cc; do [ -e "$src/tests/fuzz/$t.$ext" ] && found=$src/tests/fuzz/$t.$ext; done
    [ -n "$found" ] || { echo "fuzz: no target $t (tests/fuzz/$t.c or .cc)" >&2; exit 2; }
    sources+=("$found")
  done
fi
failed=()
for source in "${sources[@]}"; do
  name=$(basename "${source%.*}")
  corpus=${name#fuzz_}
  target=$build/tests/fuzz/$name
  if [ ! -x "$target" ]; then
    echo "fuzz: $name was not built ($target missing; cmake --preset fuzz && cmake --build --preset fuzz)" >&2
    failed+=("$name (not built)")
    continue
  fi
  out=$artifacts/$name
  mkdir -p "$out" "$new/$corpus"
  # shellcheck disable=SC2207
  seeds=("$src/tests/fuzz/corpus/$corpus" $(extra_seeds "$corpus"))
  echo "fuzzing $name for $seconds s"
  status=0
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$target" -max_total_time="$seconds" -max_len=65536 -timeout=20 -report_slow_units=10 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$out/" \
    "$new/$corpus" "${seeds[@]}" >"$out/log" 2>&1 || status=$?
  grep -E "INITED|DONE|stat::number_of_executed_units|ERROR|SUMMARY|Slow unit|invariant failed" "$out/log" | sed 's/^/  /' || true
  found=$(find "$out" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \
            -o -name 'slow-unit-*' \) | sort)
  record "$name" "$out/log" "$([ "$status" -eq 0 ] && [ -z "$found" ] && echo ok || echo "FAILED (exit $status, $(wc -w <<<"$found") files)")"
  if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    echo "fuzz: $name failed (exit status $status); log: $out/log" >&2
    for f in $found; do echo "  $f   (rerun: $target $f)" >&2; done
    failed+=("$name")
    continue
  fi
  if [ "$merge" -eq 1 ]; then
    # The fresh folder starts with the extra seeds and the named seeds: what they cover is
    # covered; the merge adds only inputs that reach further.
    fresh=$scratch/merged-$corpus
    mkdir -p "$fresh"
    for dir in $(extra_seeds "$corpus"); do cp "$dir"/* "$fresh"/; done
    extra=$(ls "$fresh")
    for seed in "${seeds[0]}"/*; do
      [[ $(basename "$seed") =~ ^[0-9a-f]{40}$ ]] || cp "$seed" "$fresh"/
    done
    "$target" -merge=1 -use_counters=0 -merge_control_file="$out/merge.control" -max_len=65536 -timeout=20 \
      -rss_limit_mb=4096 "$fresh" "${seeds[0]}" "$new/$corpus" \
      >"$out/merge.log" 2>&1 || { echo "fuzz: merging $name failed; log: $out/merge.log" >&2; failed+=("$name (merge)"); continue; }
    for f in $extra; do rm -f "$fresh/$f"; done
    cap "$out/merge.control" "$fresh" "${FUZZ_CORPUS_MAX:-64}"
    rm -rf "${seeds[0]}"
    mv "$fresh" "${seeds[0]}"
    echo "  corpus $corpus minimised: $(ls "${seeds[0]}" | wc -l) files, $(du -sk "${seeds[0]}" | cut -f1) KiB"
  fi
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: ${#sources[@]} targets, no findings; record: $summary"
