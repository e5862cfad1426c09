#!/usr/bin/env bash
# The main job: install what is missing, build helder, and show it working on the bundled
# examples.
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
