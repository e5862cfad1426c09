#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The long fuzzing campaign (outside CI): every libFuzzer target of a fuzz build for SECONDS
# (default 600), in LANES parallel lanes (default 1; each lane takes every LANES-th target), then
# the corpora are minimised (scripts/fuzz.sh --merge) and one record of the whole campaign is
# written: the commit, each target's runs, edges and features reached, and its result.
#
# Usage: scripts/fuzz-campaign.sh BUILD_DIR [SECONDS] [LANES] [RECORD]
#   RECORD: the record's file (default BUILD_DIR/fuzz-campaign.md).
# A finding fails the campaign; its input and log stay in BUILD_DIR/campaign/laneN/fuzz-artifacts/.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: scripts/fuzz-campaign.sh BUILD_DIR [SECONDS] [LANES] [RECORD]" >&2; exit 2; }
build=$1
seconds=${2:-600}
lanes=${3:-1}
record=${4:-$build/fuzz-campaign.md}
src=$(cd "$(dirname "$0")/.." && pwd)

targets=()
for f in "$src"/tests/fuzz/fuzz_*.c "$src"/tests/fuzz/fuzz_*.cc; do
  [ -e "$f" ] && targets+=("$(basename "${f%.*}")")
done
started=$(date -u +%Y-%m-%dT%H:%MZ)
# The source the build was made from, as it is when the campaign starts.
commit="$(git -C "$src" rev-parse --short HEAD)$(git -C "$src" diff --quiet HEAD -- lib include tests/fuzz || echo ' (with changes not committed)')"
pids=()
for ((lane = 0; lane < lanes; lane++)); do
  mine=()
  for ((i = lane; i < ${#targets[@]}; i += lanes)); do mine+=("${targets[$i]}"); done
  [ ${#mine[@]} -gt 0 ] || continue
  out=$build/campaign/lane$lane
  mkdir -p "$out"
  FUZZ_OUT=$out "$src/scripts/fuzz.sh" --merge "$build" "$seconds" "${mine[@]}" >"$out/log" 2>&1 &
  pids+=("$!")
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done

{
  echo "Fuzzing campaign on $commit (the build must be of it),"
  echo "started $started, $seconds s per target in $lanes lane(s) on $(nproc) CPUs, then each corpus minimised."
  echo
  head -2 "$build/campaign/lane0/fuzz-summary.md"
  for ((lane = 0; lane < lanes; lane++)); do
    [ -f "$build/campaign/lane$lane/fuzz-summary.md" ] && tail -n +3 "$build/campaign/lane$lane/fuzz-summary.md"
  done
} >"$record"
cat "$record"
if [ "$failed" -ne 0 ]; then
  echo "fuzz-campaign: a target failed; see $build/campaign/lane*/log" >&2
  exit 1
fi
echo "fuzz-campaign: no findings; record: $record"
