#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Every test: install what is missing, then build and run the whole suite in the development
# build, again under AddressSanitizer + UndefinedBehaviorSanitizer, run each libFuzzer target for
# a short while, test the web page in Chromium, and check that the benchmarks build and run.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

# Each step's duration, printed at the end (what each part of CI costs).
timings=()
current=""
started=$SECONDS
step() {
  [ -z "$current" ] || timings+=("$(printf '%5d s  %s' $((SECONDS - started)) "$current")")
  current=$*
  started=$SECONDS
  echo; echo "=== $*"
}

step "setup: Debian packages (scripts/setup.sh)"
scripts/setup.sh

step "the SARIF 2.1.0 schema the conformance test checks against (npm ci in tests/conformance)"
(cd tests/conformance && npm ci --no-audit --no-fund --ignore-scripts)

step "development build"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs"

# The npm package before the development tests: the Node.js example (examples/node) installs it.
step "WebAssembly build and npm package"
scripts/wasm-build.sh --pack

step "development tests"
ctest --preset dev -j "$jobs"

step "ASan + UBSan build and tests"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"

step "ThreadSanitizer: one context shared by 8 threads (only this test: docs/threading.md)"
cmake --preset tsan >/dev/null
cmake --build --preset tsan -j "$jobs" --target threads_shared_context
ctest --preset tsan -R '^threads\.'

step "the npm package's tests (native/WASM agreement included)"
(cd wasm && HELDER_NATIVE_VECTORS=$PWD/../build/dev/tests/vectors/text_vectors \
   HELDER_NATIVE_DOSSIER_VECTORS=$PWD/../build/dev/tests/vectors/dossier_vectors \
   HELDER_WASM_TARBALL=$(ls "$PWD"/../build/wasm/*.tgz) node --expose-gc --test test/)

step "web page (web-demo/) in Debian's Chromium: journeys, keyboard, own origin only, quick exit, axe-core"
scripts/web-test.sh

step "fuzzing (libFuzzer, ${HELDER_FUZZ_SECONDS:-30} s per target)"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs"
scripts/fuzz.sh build/fuzz "${HELDER_FUZZ_SECONDS:-30}"

step "benchmarks build and run (smoke run; figures: scripts/bench.sh)"
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"
scripts/bench.sh --smoke

step "done"
echo "time per step:"
printf '%s\n' "${timings[@]}"
echo "$(printf '%5d s' "$SECONDS")  in all"
echo
echo "all tests passed"
