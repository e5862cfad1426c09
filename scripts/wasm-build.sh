#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Builds helder for WebAssembly and assembles the npm package in wasm/dist/; with --pack also
# writes the tarball (npm pack) to build/wasm/. Dependencies come from scripts/wasm-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
HELDER_WASM_DEPS=$(scripts/wasm-deps.sh)
export HELDER_WASM_DEPS
cmake --preset wasm >/dev/null
cmake --build --preset wasm -j "$(nproc)"

dist=wasm/dist
rm -rf "$dist"
mkdir -p "$dist/dict"
cp build/wasm/wasm/helder-core.mjs build/wasm/wasm/helder-core.wasm "$dist/"
cp wasm/src/helder.mjs wasm/src/helder.d.ts "$dist/"
# Debian's Dutch dictionary (hunspell-nl), loaded only when spelling is asked for.
cp /usr/share/hunspell/nl.aff /usr/share/hunspell/nl.dic "$dist/dict/"
# helder's licence, the list of what the package contains with their licences (one home:
# docs/licences.md), and the dictionary's own copyright file.
cp LICENSE "$dist/LICENSE"
cp docs/licences.md "$dist/LICENSES.md"
cp /usr/share/doc/hunspell-nl/copyright "$dist/dict/COPYRIGHT-hunspell-nl.txt"
# The package version is the library's version.
version=$(sed -n 's/^project(helder VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
node -e "const fs=require('fs');const p=JSON.parse(fs.readFileSync('wasm/package.json'));if(p.version!=='$version'){console.error('wasm/package.json version '+p.version+' is not the library version $version');process.exit(1)}"
echo "wasm-build: $dist ready ($(du -sh "$dist" | cut -f1))"
if [ "${1:-}" = "--pack" ]; then
  mkdir -p build/wasm
  rm -f build/wasm/*.tgz  # only this version's package
  (cd wasm && npm pack --pack-destination ../build/wasm >/dev/null)
  echo "wasm-build: $(ls build/wasm/*.tgz)"
fi
