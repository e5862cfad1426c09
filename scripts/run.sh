#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The main job: install what is missing, build helder, show it working on the bundled examples
# (texts, dossiers, the store and the procedure), then build the WebAssembly package and serve the
# web page on a local port until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release

helder=build/release/tools/helder
for text in examples/texts/*.txt; do
  echo
  echo "=== helder check $text"
  # Exit status 1 means "findings at the failing severity": expected for the example report.
  "$helder" check "$text" || [ $? -eq 1 ]
done
echo
echo "=== helder check --format json (first lines)"
"$helder" check --format json examples/texts/brief-aan-ouders.txt | head -c 600
echo

for dossier in examples/dossiers/*.json tests/data/dossiers/invalid/ots-too-long.json; do
  echo
  echo "=== helder dossier validate $dossier"
  # Exit status 1: errors found (expected for the invalid example).
  "$helder" dossier validate --today 2026-11-23 "$dossier" || [ $? -eq 1 ]
done
echo
echo "=== the dossier store (examples/c/dossier_store.c): commit, read as a child of 13, export for a parent"
store=$(mktemp -d)
build/release/examples/example_dossier_store examples/dossiers/familie-de-boer.json "$store/store.db" | cut -c1-300
rm -rf "$store"
echo
echo "=== helder procedure deadline hoger-beroep --from 2016-02-29 --party requester"
"$helder" procedure deadline hoger-beroep --from 2016-02-29 --party requester --today 2016-03-01
echo
echo "=== helder procedure deadline vervallenverklaring-aanwijzing --from 2026-10-02 --lang en"
"$helder" procedure deadline vervallenverklaring-aanwijzing --from 2026-10-02 --today 2026-10-05 --lang en
echo
echo "=== helder procedure verify (today's law) and verify toekomstscenario (policy)"
"$helder" procedure verify
"$helder" procedure verify toekomstscenario
echo
echo "=== the web page \"Mijn rechten\" (web-demo/), on this machine only"
scripts/wasm-build.sh
scripts/web-serve.sh
