#!/usr/bin/env bash
# Puts helder's npm package (what scripts/wasm-build.sh writes to wasm/dist/) into the web page:
# web-demo/vendor/helder/ (git-ignored). The page loads helder only from there.
# Usage: scripts/web-build.sh
#   HELDER_WASM_DIST=DIR   take the package from DIR instead of wasm/dist
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="${HELDER_WASM_DIST:-$root/wasm/dist}"
out="$root/web-demo/vendor/helder"

for f in helder.mjs helder-core.mjs helder-core.wasm LICENSES.md dict/nl.aff dict/nl.dic; do
  if [ ! -f "$dist/$f" ]; then
    echo "web-build: $dist/$f is missing: build the npm package first (scripts/wasm-build.sh)," >&2
    echo "web-build: or point HELDER_WASM_DIST at a built wasm/dist folder." >&2
    exit 1
  fi
done

rm -rf "$out"
mkdir -p "$out/dict"
cp "$dist"/helder.mjs "$dist"/helder-core.mjs "$dist"/helder-core.wasm "$dist"/LICENSES.md "$out/"
[ -f "$dist/helder.d.ts" ] && cp "$dist/helder.d.ts" "$out/"
cp "$dist"/dict/* "$out/dict/"
# The full licence text of the Dutch dictionary (OpenTaal, Debian package hunspell-nl), shown on the
# page's licence view next to the package's LICENSES.md.
if [ -f /usr/share/doc/hunspell-nl/copyright ]; then
  cp /usr/share/doc/hunspell-nl/copyright "$out/dict/COPYRIGHT-hunspell-nl.txt"
fi
echo "web-build: $out (from $dist)"
