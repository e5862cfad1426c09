#!/usr/bin/env bash
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
cat > "$dist/LICENSES.md" <<'TEXT'
# Licences of what this package contains

- helder: see the helder repository.
- ICU 72.1 (compiled in, with a subset of its data): Unicode License (ICU), Debian package icu.
- Hunspell 1.7.1 (compiled in): MPL 1.1 / GPL 2 / LGPL 2.1, Debian package hunspell.
- SQLite (compiled in, for the dossier store in memory): public domain, Debian package sqlite3.
- dict/nl.aff, dict/nl.dic: the Dutch dictionary of OpenTaal (Debian package hunspell-nl),
  BSD-3-Clause or CC BY 3.0.
TEXT
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
