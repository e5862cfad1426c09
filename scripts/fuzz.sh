#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for SECONDS each, starting from its seed corpus
# (new inputs go to a scratch folder, not into the repo). Fails on the first crash.
# Usage: scripts/fuzz.sh BUILD_DIR SECONDS
set -euo pipefail
build=$1
seconds=$2
src=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for target in "$build"/tests/fuzz/fuzz_*; do
  [ -x "$target" ] || continue
  name=$(basename "$target")
  corpus=${name#fuzz_}
  mkdir -p "$scratch/$corpus"
  seeds=("$src/tests/fuzz/corpus/$corpus")
  [ "$corpus" = dossier_validate ] && seeds+=("$src/examples/dossiers" "$src/tests/data/dossiers/invalid")
  echo "fuzzing $name for $seconds s"
  ASAN_OPTIONS=detect_leaks=1 "$target" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$scratch/" \
    "$scratch/$corpus" "${seeds[@]}" 2>&1 | grep -E "stat::number_of_executed_runs|ERROR|SUMMARY|Done" || true
  if ls "$scratch"/crash-* "$scratch"/leak-* "$scratch"/timeout-* >/dev/null 2>&1; then
    echo "fuzzer $name found a failing input:" >&2
    ls "$scratch"/crash-* "$scratch"/leak-* "$scratch"/timeout-* 2>/dev/null >&2
    exit 1
  fi
done
