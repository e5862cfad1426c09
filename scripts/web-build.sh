#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Puts helder's npm package (what scripts/wasm-build.sh writes to wasm/dist/) into the web page:
# web-demo/vendor/helder/ (git-ignored). The page loads helder only from there.
# Usage: scripts/web-build.sh
#   HELDER_WASM_DIST=DIR   take the package from DIR instead of wasm/dist
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="${HELDER_WASM_DIST:-$root/wasm/dist}"
out="$root/web-demo/vendor/helder"

for f in helder.mjs helder-core.mjs helder-core.wasm LICENSE LICENSES.md dict/nl.aff dict/nl.dic dict/COPYRIGHT-hunspell-nl.txt; do
  if [ ! -f "$dist/$f" ]; then
    echo "web-build: $dist/$f is missing: build the npm package first (scripts/wasm-build.sh)," >&2
    echo "web-build: or point HELDER_WASM_DIST at a built wasm/dist folder." >&2
    exit 1
  fi
done

rm -rf "$out"
mkdir -p "$out/dict"
cp "$dist"/helder.mjs "$dist"/helder-core.mjs "$dist"/helder-core.wasm "$dist"/LICENSE "$dist"/LICENSES.md "$out/"
[ -f "$dist/helder.d.ts" ] && cp "$dist/helder.d.ts" "$out/"
cp "$dist"/dict/* "$out/dict/"
echo "web-build: $out (from $dist)"
