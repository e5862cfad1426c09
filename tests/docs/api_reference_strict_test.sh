#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The API reference's promise (docs/api/Doxyfile.in): every public declaration is documented, and
# a warning fails the build. This runs the build's Doxyfile twice into a scratch folder: as it is
# (no warning, exit 0), and with one more header that declares a function without @param/@return
# (Doxygen must fail and name it).
# Usage: api_reference_strict_test.sh DOXYGEN DOXYFILE
set -euo pipefail
doxygen="$1"; doxyfile="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

{ cat "$doxyfile"; echo "OUTPUT_DIRECTORY = $work/as-is"; } > "$work/as-is.cfg"
"$doxygen" "$work/as-is.cfg" > "$work/as-is.log" 2>&1 || { cat "$work/as-is.log" >&2; fail "Doxygen fails on the public headers"; }
[ ! -s "$work/as-is.log" ] || { cat "$work/as-is.log" >&2; fail "Doxygen warns on the public headers"; }
[ -f "$work/as-is/html/index.html" ] || fail "no HTML written"

cat > "$work/undocumented.h" <<'HEADER'
/** @file
 * A header with one function documented without its parameter and return value. */
/** Does something. */
int helder_undocumented_example(int value);
HEADER
{ cat "$doxyfile"; echo "OUTPUT_DIRECTORY = $work/undocumented"; echo "INPUT += $work/undocumented.h"; } > "$work/undocumented.cfg"
if "$doxygen" "$work/undocumented.cfg" > "$work/undocumented.log" 2>&1; then
  fail "Doxygen accepted a function without @param and @return"
fi
grep -q "helder_undocumented_example" "$work/undocumented.log" || { cat "$work/undocumented.log" >&2; fail "the warning does not name the function"; }
echo "api reference: no warning on the public headers; an undocumented parameter fails the build"
