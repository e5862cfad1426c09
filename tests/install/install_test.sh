#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# cmake --install puts every file a vendor needs into a prefix, and a program outside the source
# tree builds against that prefix four ways — pkg-config and find_package, shared and static — and
# runs. add_subdirectory gives helder::helder without helder's tests or tools.
# Usage: install_test.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="$1"; build="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
example="$src/examples/c/check_text.c"
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >"$work/install.log"
libdir="$(dirname "$(find "$prefix" -name 'libhelder.so.1' | head -1)")"
[ -n "$libdir" ] && [ "$libdir" != . ] || fail "libhelder.so.1 is not installed"
for f in include/helder/helder.h include/helder/common.h include/helder/version.h bin/helder \
         share/man/man1/helder.1.gz share/helder/schemas/text-report.schema.json share/helder/schemas/dossier.schema.json; do
  [ -e "$prefix/$f" ] || fail "$f is not installed"
done
[ -L "$libdir/libhelder.so" ] || fail "the development link libhelder.so is missing"
[ "$(readlink "$libdir/libhelder.so.1")" != "" ] || fail "libhelder.so.1 is not a link to the versioned file"
[ -f "$libdir/libhelder.a" ] || fail "libhelder.a is not installed"
[ -f "$libdir/pkgconfig/helder.pc" ] || fail "helder.pc is not installed"
[ -f "$libdir/cmake/helder/helderConfig.cmake" ] || fail "the CMake package is not installed"
for header in "$src"/include/helder/*.h; do
  [ -f "$prefix/include/helder/$(basename "$header")" ] || fail "$(basename "$header") is not installed"
done
for schema in "$src"/lib/data/schemas/*.schema.json; do
  [ -f "$prefix/share/helder/schemas/$(basename "$schema")" ] || fail "$(basename "$schema") is not installed"
done
# The API reference, when this build wrote it (Doxygen installed: cmake/HelderDocs.cmake).
if [ -f "$build/docs/api/html/index.html" ]; then
  [ -f "$prefix/share/doc/libhelder-dev/html/index.html" ] || fail "the API reference is not installed"
  [ -f "$prefix/share/doc/libhelder-dev/html/md_vendor_guide.html" ] || fail "the vendor guide is not in the API reference"
fi
soname="$(objdump -p "$libdir/libhelder.so.1" | awk '/SONAME/ {print $2}')"
[ "$soname" = libhelder.so.1 ] || fail "SONAME is '$soname'"

# The program must check a text and find the officialese in it.
expect_works() {
  local program="$1" how="$2"
  local out
  out="$("$program" "Middels deze brief.")" || fail "$how: the program failed"
  grep -q '"rule":"officialese"' <<<"$out" || fail "$how: no officialese finding in: $out"
}
# Shared: linked to the installed libhelder.so.1; static: no libhelder.so at run time.
expect_shared() {
  local found
  found="$(ldd "$1" | awk '/libhelder.so.1/ {print $3}')"
  [ "$(realpath "$found")" = "$(realpath "$libdir/libhelder.so.1")" ] || fail "$2: linked to '$found', not the installed library"
}
expect_static() { ! ldd "$1" | grep -q libhelder || fail "$2: linked to libhelder.so"; }

export PKG_CONFIG_PATH="$libdir/pkgconfig"
pkg-config --exists helder || fail "pkg-config does not find helder"
# helder's public headers include none of its dependencies: the compile flags are helder's own
# include path only (Hunspell's was there through Requires.private), and they need no .pc file of
# a dependency.
cflags="$(PKG_CONFIG_LIBDIR="$libdir/pkgconfig" pkg-config --cflags helder)" || fail "helder's cflags need a dependency's .pc file"
read -r -a cflag_words <<<"$cflags"
[ "${#cflag_words[@]}" -eq 1 ] && [ "${cflag_words[0]#-I}" != "${cflag_words[0]}" ] &&
  [ "$(realpath "${cflag_words[0]#-I}")" = "$(realpath "$prefix/include")" ] ||
  fail "pkg-config --cflags helder gives '$cflags', not only helder's include path"
static_cflags="$(pkg-config --static --cflags helder)"
! grep -qi hunspell <<<"$static_cflags" || fail "the static cflags name Hunspell: $static_cflags"
# shellcheck disable=SC2046
cc -o "$work/pc_shared" "$example" $(pkg-config --cflags --libs helder)
LD_LIBRARY_PATH="$libdir" expect_shared "$work/pc_shared" "pkg-config, shared"
LD_LIBRARY_PATH="$libdir" expect_works "$work/pc_shared" "pkg-config, shared"
# Static: the archive by name (-l:libhelder.a), and the private libraries pkg-config lists.
# shellcheck disable=SC2046
cc -o "$work/pc_static" "$example" $(pkg-config --cflags helder) \
   $(pkg-config --static --libs helder | sed 's/-lhelder\b/-l:libhelder.a/')
expect_static "$work/pc_static" "pkg-config, static"
expect_works "$work/pc_static" "pkg-config, static"

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
for target in helder::helder helder::helder_static; do
  dir="$work/cmake-${target#helder::}"
  cmake -S "$src/tests/install/consumer" -B "$dir" "${generator[@]}" -DCMAKE_PREFIX_PATH="$prefix" \
        -DHELDER_TARGET="$target" -DEXAMPLE="$example" >"$dir.log" 2>&1 || { cat "$dir.log" >&2; fail "find_package ($target)"; }
  cmake --build "$dir" >>"$dir.log" 2>&1 || { cat "$dir.log" >&2; fail "building against $target"; }
  if [ "$target" = helder::helder ]; then
    expect_shared "$dir/check_text" "find_package, shared"
  else
    expect_static "$dir/check_text" "find_package, static"
  fi
  expect_works "$dir/check_text" "find_package ($target)"
done

# add_subdirectory: configure only (building would compile helder again); the subproject's own
# CMakeLists.txt fails when helder::helder is missing or helder's tests, tools or examples are added.
sub="$work/subproject"
cmake -S "$src/tests/install/subproject" -B "$sub" "${generator[@]}" -DHELDER_SOURCE="$src" -DEXAMPLE="$example" \
      >"$sub.log" 2>&1 || { cat "$sub.log" >&2; fail "add_subdirectory"; }
echo "install: every file in place; pkg-config and find_package, shared and static, build and run; add_subdirectory ok"
