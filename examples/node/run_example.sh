#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs examples/node/helder_example.mjs as a user would: the npm package installed with npm into a
# folder of its own (from the tarball, offline: the package has no dependencies), the example next
# to it. Without a tarball it prints "skipped: …" (ctest then reports the test as skipped).
# Usage: run_example.sh SOURCE_DIR DOSSIER.json INSTANCE.json [TARBALL]
#   TARBALL: the packed package; empty = SOURCE_DIR/build/wasm/helder-helder-*.tgz, which
#   scripts/wasm-build.sh --pack writes.
set -euo pipefail
src="$1"; dossier="$2"; instance="$3"; tarball="${4:-}"
if [ -z "$tarball" ]; then
  tarball="$(ls -t "$src"/build/wasm/helder-helder-*.tgz 2>/dev/null | head -1 || true)"
fi
if [ -z "$tarball" ] || [ ! -f "$tarball" ]; then
  echo "skipped: no npm package (scripts/wasm-build.sh --pack writes build/wasm/helder-helder-*.tgz)"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm install --offline --no-audit --no-fund --loglevel=error --cache "$work/.npm" "$tarball" >/dev/null
cp "$src/examples/node/helder_example.mjs" .
node helder_example.mjs "$dossier" "$instance"
