#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Builds helder's dependencies for WebAssembly from Debian source packages with Emscripten:
# ICU (common library + data cut down to what helder uses), Hunspell and SQLite. The result is
# cached in ~/.cache/helder/wasm-deps/<key>, where the key covers the source package versions
# (as `apt-get source --print-uris` reports them), the Emscripten version, the flags and this
# script; a missing or incomplete folder is rebuilt from scratch. Prints the folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}   # emcc needs acorn from Debian's node modules
jobs=$(nproc)

# The ICU data helder uses: word and sentence break rules (Dutch falls back to root), and the
# NFKC(_Casefold) normalisation data; NFC is compiled into ICU's common library.
icu_items="brkitr/root.res brkitr/res_index.res brkitr/word.brk brkitr/sent.brk nfkc.nrm nfkc_cf.nrm"
icu_items="$icu_items uemoji.icu res_index.res root.res pool.res"
icu_flags="-Oz -std=c++17 -DU_COMMON_IMPLEMENTATION -DU_STATIC_IMPLEMENTATION -DU_ATTRIBUTE_DEPRECATED="
icu_flags="$icu_flags -DU_HAVE_STRTOD_L=1 -DU_HAVE_XLOCALE_H=1 -ffp-contract=off"
hunspell_flags="-O2 -std=c++17 -DHUNSPELL_STATIC -ffp-contract=off"
sqlite_flags="-Oz -DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_DEFAULT_MEMSTATUS=0 -DSQLITE_DQS=0"
sqlite_flags="$sqlite_flags -DSQLITE_OMIT_DEPRECATED -DSQLITE_OMIT_SHARED_CACHE -DSQLITE_SECURE_DELETE=1"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo

# deb-src is off on a new Debian machine: turn it on for every stanza of the Debian sources.
enable_deb_src() {
  local changed=0
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    if grep -q '^Types: deb$' "$f"; then
      $sudo sed -i 's/^Types: deb$/Types: deb deb-src/' "$f"
      changed=1
    fi
  done
  if [ -f /etc/apt/sources.list ] && grep -q '^deb ' /etc/apt/sources.list && ! grep -q '^deb-src ' /etc/apt/sources.list; then
    grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | $sudo tee -a /etc/apt/sources.list >/dev/null
    changed=1
  fi
  if [ $changed -eq 1 ] || ! apt-get source --print-uris icu >/dev/null 2>&1; then
    $sudo apt-get update -q >/dev/null
  fi
}

enable_deb_src
uris=$(cd /tmp && apt-get source --print-uris icu hunspell sqlite3 | grep -o "'[^']*\.dsc'" | sort)
[ -n "$uris" ] || { echo "wasm-deps: apt-get source cannot find the source packages" >&2; exit 1; }
emcc_version=$(emcc --version 2>/dev/null | sed -n 1p)
key=$(printf '%s\n%s\n%s\n%s\n%s\n%s\n' "$uris" "$emcc_version" "$icu_items" "$icu_flags" \
      "$hunspell_flags $sqlite_flags" "$(sha256sum "$0" | cut -d' ' -f1)" | sha256sum | cut -c1-16)
prefix=${HELDER_CACHE:-$HOME/.cache/helder}/wasm-deps/$key
if [ -f "$prefix/.complete" ]; then
  echo "$prefix"
  exit 0
fi

echo "wasm-deps: building into $prefix (from scratch)" >&2
# Only the prefix goes to stdout (callers capture it); the tools' chatter goes to stderr.
exec 3>&1 1>&2
start=$(date +%s)
rm -rf "$prefix"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$prefix/include" "$prefix/lib" "$prefix/share"
(cd "$work" && apt-get source icu hunspell sqlite3 >/dev/null 2>&1)

# Compiles sources in parallel into one archive: compile_archive OUT.a COMPILER "FLAGS" INCLUDES FILE...
compile_archive() {
  local archive=$1 compiler=$2 flags=$3 includes=$4
  shift 4
  local objdir
  objdir=$(mktemp -d -p "$work")
  # One compile per file, run in parallel (a script: xargs -I cuts long command lines).
  cat > "$objdir/compile.sh" <<SCRIPT
#!/bin/sh
exec $compiler $flags $includes -c "\$1" -o "$objdir/\$(echo "\$1" | tr '/' '_').o"
SCRIPT
  chmod +x "$objdir/compile.sh"
  printf '%s\n' "$@" | xargs -P "$jobs" -n 1 "$objdir/compile.sh"
  emar rcs "$archive" "$objdir"/*.o
}

# ICU: the common library compiled directly (what Emscripten's own ICU port does).
icu=$(echo "$work"/icu-*/source)
compile_archive "$prefix/lib/libicuuc.a" em++ "$icu_flags" "-I$icu/common" "$icu"/common/*.cpp
mkdir -p "$prefix/include/unicode"
cp "$icu"/common/unicode/*.h "$prefix/include/unicode/"
# ICU data: the prebuilt package cut down with icupkg, turned into C with genccode.
mkdir -p "$work/icudata/items" "$work/icudata/out"
printf '%s\n' $icu_items > "$work/icudata/items.txt"
icupkg -x "$work/icudata/items.txt" -d "$work/icudata/items" "$icu"/data/in/icudt72l.dat
icupkg --ignore-deps -s "$work/icudata/items" -a "$work/icudata/items.txt" new "$work/icudata/icudt72l.dat"
cp "$work/icudata/icudt72l.dat" "$work/icudata/icudt72.dat"
genccode -d "$work/icudata/out" "$work/icudata/icudt72.dat"
emcc -Oz -I"$icu/common" -c "$work/icudata/out/icudt72_dat.c" -o "$work/icudata/icudt72_dat.o"
emar rcs "$prefix/lib/libicudata.a" "$work/icudata/icudt72_dat.o"
cp "$work/icudata/icudt72l.dat" "$prefix/share/icudt72l-helder.dat"

# Hunspell.
hun=$(echo "$work"/hunspell-*/src/hunspell)
sed 's/@HAVE_VISIBILITY@/0/' "$hun/hunvisapi.h.in" > "$hun/hunvisapi.h"
compile_archive "$prefix/lib/libhunspell.a" em++ "$hunspell_flags" "-I$hun" "$hun"/*.cxx
mkdir -p "$prefix/include/hunspell"
cp "$hun"/hunspell.hxx "$hun"/hunspell.h "$hun"/hunvisapi.h "$hun"/w_char.hxx "$hun"/atypes.hxx "$prefix/include/hunspell/"

# SQLite: the amalgamation made from the full source tree (needs tclsh), then compiled.
sq=$(echo "$work"/sqlite3-*)
(cd "$sq" && ./configure --disable-tcl >/dev/null && make -j "$jobs" sqlite3.c >/dev/null)
compile_archive "$prefix/lib/libsqlite3.a" emcc "$sqlite_flags" "-I$sq" "$sq/sqlite3.c"
cp "$sq/sqlite3.h" "$prefix/include/"

{
  echo "$uris"
  echo "$emcc_version"
  echo "built in $(( $(date +%s) - start )) s"
} > "$prefix/versions.txt"
touch "$prefix/.complete"
echo "wasm-deps: done in $(( $(date +%s) - start )) s"
echo "$prefix" >&3
