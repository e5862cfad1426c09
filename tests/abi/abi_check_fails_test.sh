#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The ABI check (abi/check-abidiff.sh) is honest: it fails on a deliberate incompatible change.
# (It did not: abidiff reports a changed signature as a change, not as an incompatible one, and
# the check passed it. This test found that.)
# A variant of libhelder.so is linked from this build's own objects, with lib/capi/common.cc
# compiled again after changing one public signature (helder_version_number takes an int and
# returns a long); the check must pass on the real library and fail on the variant, naming it.
# Usage: abi_check_fails_test.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="$1"; build="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$src/abi/check-abidiff.sh" "$build/lib/libhelder.so.1" "$src" "$build" >"$work/real.log" 2>&1 \
  || { cat "$work/real.log" >&2; fail "the check fails on the real library: nothing to prove"; }

# The changed declaration and definition.
mkdir -p "$work/include/helder"
cp "$src"/include/helder/*.h "$work/include/helder/"
sed -i 's/^HELDER_API int helder_version_number(void);/HELDER_API long helder_version_number(int scale);/' "$work/include/helder/common.h"
sed 's/^HELDER_API int helder_version_number(void) { return HELDER_VERSION_NUMBER; }/HELDER_API long helder_version_number(int scale) { return (long)HELDER_VERSION_NUMBER * scale; }/' \
    "$src/lib/capi/common.cc" >"$work/common.cc"
grep -q 'long helder_version_number(int scale)' "$work/include/helder/common.h" || fail "the header was not changed"
grep -q 'long helder_version_number(int scale)' "$work/common.cc" || fail "the source was not changed"

# Compiled exactly as the build compiles common.cc, with the changed header first.
command="$(python3 - "$build/compile_commands.json" "$src/lib/capi/common.cc" <<'PY'
import json, shlex, sys
entry = next(e for e in json.load(open(sys.argv[1])) if e["file"] == sys.argv[2])
print(entry["command"])
PY
)"
read -r -a argv <<<"$command"
compile=("${argv[0]}" "-I$work/include")
skip=0
for arg in "${argv[@]:1}"; do
  if [ $skip = 1 ]; then skip=0; continue; fi
  case "$arg" in -o|-c) skip=1 ;; *) compile+=("$arg") ;; esac
done
(cd "$build" && "${compile[@]}" -I"$src/lib" -o "$work/common.o" -c "$work/common.cc")

# Linked like libhelder.so.1 from every other object of this build.
# The objects are those the build links into libhelder.so (its build.ninja line), not every .o
# in the folder: an object of a source that no longer exists may still lie there.
mapfile -t objects < <(python3 - "$build/build.ninja" <<'PY'
import sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("build lib/libhelder.so.") and "SHARED_LIBRARY_LINKER" in line:
        for token in line.split(" | ")[0].split()[3:]:
            if token.endswith(".o") and not token.endswith("/capi/common.cc.o"):
                print(token)
        break
PY
)
objects=("${objects[@]/#/$build/}")
[ "${#objects[@]}" -gt 50 ] || fail "only ${#objects[@]} objects found in $build"
# shellcheck disable=SC2046
c++ -shared -o "$work/libhelder.so.1" -Wl,-soname,libhelder.so.1 -Wl,--version-script="$src/abi/helder.map" \
    "$work/common.o" "${objects[@]}" $(pkg-config --libs icu-uc hunspell sqlite3)

if "$src/abi/check-abidiff.sh" "$work/libhelder.so.1" "$src" "$build" >"$work/variant.log" 2>&1; then
  cat "$work/variant.log" >&2
  fail "the ABI check passed a library whose helder_version_number changed its signature"
fi
grep -q "ABI change against abi/libhelder.abi" "$work/variant.log" || { cat "$work/variant.log" >&2; fail "it failed, but not as an ABI change"; }
grep -q "helder_version_number" "$work/variant.log" || { cat "$work/variant.log" >&2; fail "it does not name the changed function"; }
echo "the ABI check passes the real library and fails the variant, naming helder_version_number"
