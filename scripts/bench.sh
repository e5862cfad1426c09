#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs the benchmarks and writes the figures to bench/results/: text-check.json/.md (native,
# Google Benchmark, on the Dutch corpus, with ucto and hunspell -l in the same run),
# procedure-verify.json/.md (the verifier on the shipped specifications),
# dossier.json/.md (validation against ajv and python3-jsonschema in the same run, durable
# commits, read-back of 1,000 versions), wasm.json/.md (the WebAssembly budgets, against
# native and the npm peers in the same run), procedure.json/.md (events applied per second:
# native, WebAssembly, the npm API and XState on the same sequence, in the same run) and
# web-budget.json/.md (the web page in headless Chromium: its JS + WASM gzipped and its cold start)
# and cli-startup.json/.md (the helder tool on a one-line file, against its own process start).
# --smoke: a few seconds on the example texts, to check that everything runs (used by test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${HELDER_BENCH_BUILD:-build/release}
bench=$build/bench/text_check_bench
dossier_bench=$build/bench/dossier_bench
[ -x "$bench" ] && [ -x "$dossier_bench" ] && [ -x "$build/bench/procedure_bench" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
(cd wasm && [ -d node_modules/ajv ] || npm ci --no-audit --no-fund >/dev/null)  # the npm peers
(cd bench/peers && [ -d node_modules/xstate ] || npm ci --no-audit --no-fund >/dev/null)  # XState, the procedure's peer
# The procedure benchmark needs the package and the engine's WebAssembly build (scripts/wasm-build.sh).
procedure_ready() { [ -f wasm/dist/helder-core.wasm ] && [ -f build/wasm/wasm/procedure-engine-bench.js ]; }
# The web page's budgets need the package in the page (scripts/web-build.sh), Chromium and playwright-core.
web_ready() {
  [ -f wasm/dist/helder-core.wasm ] && [ -x "${CHROMIUM:-/usr/bin/chromium}" ] || return 1
  scripts/web-build.sh > /dev/null
  (cd web-demo && [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund > /dev/null)
}
if [ "${1:-}" = "--smoke" ]; then
  corpus=$(mktemp)
  out=$(mktemp -d)
  trap 'rm -rf "$corpus" "$out"' EXIT
  cat examples/texts/*.txt > "$corpus"
  HELDER_BENCH_CORPUS=$corpus "$bench" --benchmark_min_time=0.01 --benchmark_out="$out/smoke.json" --benchmark_out_format=json
  python3 scripts/bench-summary.py "$out/smoke.json" > /dev/null
  HELDER_BENCH_PEER_SECONDS=0.2 "$dossier_bench" --benchmark_min_time=0.01 --benchmark_out="$out/dossier.json" --benchmark_out_format=json
  python3 scripts/bench-summary.py "$out/dossier.json" > /dev/null
  "$build/bench/deadline_bench" --benchmark_min_time=0.01 --benchmark_out="$out/deadline.json" --benchmark_out_format=json
  python3 scripts/bench-summary.py "$out/deadline.json" > /dev/null
  "$build/bench/procedure_verify_bench" --benchmark_min_time=0.01 --benchmark_out="$out/verify.json" --benchmark_out_format=json
  python3 scripts/bench-summary.py "$out/verify.json" > /dev/null
  if [ -f wasm/dist/helder-core.wasm ]; then
    node wasm/bench/bench.mjs "$corpus" "$bench" "$out/wasm" > /dev/null
  fi
  if web_ready; then
    node bench/web-budget.mjs --runs 1 --out "$out/web-budget" > /dev/null
  fi
  if procedure_ready; then
    node bench/peers/procedure_peers.mjs "$build/bench/procedure_bench" "$out/procedure" 0.05 > /dev/null
  else
    "$build/bench/procedure_bench" --benchmark_min_time=0.01 --benchmark_repetitions=1 --benchmark_out="$out/procedure.json" --benchmark_out_format=json
    python3 scripts/bench-summary.py "$out/procedure.json" > /dev/null
  fi
  python3 bench/cli-startup.py "$build/tools/helder" "$out/cli-startup" 2 > /dev/null
  echo "benchmark smoke run: ok"
  exit 0
fi
corpus=$(scripts/bench-corpus.sh)
mkdir -p bench/results
HELDER_BENCH_CORPUS=$corpus taskset -c 0 "$bench" --benchmark_out=bench/results/text-check.json --benchmark_out_format=json
python3 scripts/bench-summary.py bench/results/text-check.json | tee bench/results/text-check.md
taskset -c 0 "$dossier_bench" --benchmark_out=bench/results/dossier.json --benchmark_out_format=json
python3 scripts/bench-summary.py bench/results/dossier.json | tee bench/results/dossier.md
taskset -c 0 "$build/bench/deadline_bench" --benchmark_out=bench/results/deadline.json --benchmark_out_format=json
python3 scripts/bench-summary.py bench/results/deadline.json | tee bench/results/deadline.md
taskset -c 0 "$build/bench/procedure_verify_bench" --benchmark_out=bench/results/procedure-verify.json --benchmark_out_format=json
python3 scripts/bench-summary.py bench/results/procedure-verify.json | tee bench/results/procedure-verify.md
python3 bench/cli-startup.py "$build/tools/helder" bench/results/cli-startup
if [ -f wasm/dist/helder-core.wasm ]; then
  node wasm/bench/bench.mjs "$corpus" "$bench" bench/results/wasm
fi
if web_ready; then
  node bench/web-budget.mjs --label "scripts/bench.sh"
fi
if procedure_ready; then
  taskset -c 0 node bench/peers/procedure_peers.mjs "$build/bench/procedure_bench" bench/results/procedure
else
  echo "bench: no procedure figures without the WebAssembly build (scripts/wasm-build.sh)" >&2
  exit 1
fi
