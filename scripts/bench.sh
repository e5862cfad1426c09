#!/usr/bin/env bash
# Runs the benchmarks on the Dutch corpus and writes the figures to bench/results/:
# text-check.json/.md (native, Google Benchmark, with ucto and hunspell -l in the same run) and
# wasm.json/.md (the WebAssembly budgets, against native and the npm peers in the same run).
# --smoke: a few seconds on the example texts, to check that everything runs (used by test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${HELDER_BENCH_BUILD:-build/release}
bench=$build/bench/text_check_bench
[ -x "$bench" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
if [ "${1:-}" = "--smoke" ]; then
  corpus=$(mktemp)
  out=$(mktemp -d)
  trap 'rm -rf "$corpus" "$out"' EXIT
  cat examples/texts/*.txt > "$corpus"
  HELDER_BENCH_CORPUS=$corpus "$bench" --benchmark_min_time=0.01 --benchmark_out="$out/smoke.json" --benchmark_out_format=json
  python3 scripts/bench-summary.py "$out/smoke.json" > /dev/null
  if [ -f wasm/dist/helder-core.wasm ]; then
    (cd wasm && [ -d node_modules/nspell ] || npm ci --no-audit --no-fund >/dev/null)
    node wasm/bench/bench.mjs "$corpus" "$bench" "$out/wasm" > /dev/null
  fi
  echo "benchmark smoke run: ok"
  exit 0
fi
corpus=$(scripts/bench-corpus.sh)
mkdir -p bench/results
HELDER_BENCH_CORPUS=$corpus taskset -c 0 "$bench" --benchmark_out=bench/results/text-check.json --benchmark_out_format=json
python3 scripts/bench-summary.py bench/results/text-check.json | tee bench/results/text-check.md
if [ -f wasm/dist/helder-core.wasm ]; then
  (cd wasm && [ -d node_modules/nspell ] || npm ci --no-audit --no-fund >/dev/null)
  node wasm/bench/bench.mjs "$corpus" "$bench" bench/results/wasm
fi
