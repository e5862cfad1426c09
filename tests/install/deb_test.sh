#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# cpack makes the Debian packages libhelder1, libhelder-dev and helder-tools with the right names,
# contents and dependencies; apt resolves those dependencies on this system; dpkg installs them into
# a throwaway root and removes them again, leaving nothing behind.
# Usage: deb_test.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"; version="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/debs" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack"; }
debs=("$work"/debs/*.deb)
[ "${#debs[@]}" -eq 3 ] || fail "expected 3 packages, got ${#debs[@]}"
field() { dpkg-deb -f "$work/debs/$1_${version}_$(dpkg --print-architecture).deb" "$2"; }
# The paths a package holds. Searched as a here-string, not through a pipe: grep -q stops reading
# at the first match, and dpkg-deb, still writing, would fail the pipe (pipefail).
contents() { dpkg-deb -c "$work/debs/$1_${version}_$(dpkg --print-architecture).deb" | awk '{print $6}'; }

# What each package holds.
grep -qx './usr/lib/libhelder.so.1' <<<"$(contents libhelder1)" || fail "libhelder1 lacks libhelder.so.1"
grep -q '/include/\|libhelder.a\|bin/helder' <<<"$(contents libhelder1)" && fail "libhelder1 holds development files or the tool"
for f in ./usr/include/helder/helder.h ./usr/lib/libhelder.so ./usr/lib/libhelder.a ./usr/lib/pkgconfig/helder.pc \
         ./usr/lib/cmake/helder/helderConfig.cmake ./usr/share/helder/schemas/text-report.schema.json; do
  grep -qx "$f" <<<"$(contents libhelder-dev)" || fail "libhelder-dev lacks $f"
done
if [ -f "$build/docs/api/html/index.html" ]; then  # the API reference, when this build wrote it
  grep -qx './usr/share/doc/libhelder-dev/html/index.html' <<<"$(contents libhelder-dev)" || fail "libhelder-dev lacks the API reference"
fi
grep -qx './usr/bin/helder' <<<"$(contents helder-tools)" || fail "helder-tools lacks the tool"
grep -qx './usr/share/man/man1/helder.1.gz' <<<"$(contents helder-tools)" || fail "helder-tools lacks the man page"
for p in libhelder1 libhelder-dev helder-tools; do
  grep -qx "./usr/share/doc/$p/copyright" <<<"$(contents "$p")" || fail "$p lacks its copyright file"
done

# Dependencies: the runtime on ICU, Hunspell and SQLite (found by dpkg-shlibdeps); the others on
# exactly this version of the runtime.
deps="$(field libhelder1 Depends)"
for d in libicu libhunspell libsqlite3 libstdc++6 libc6; do grep -q "$d" <<<"$deps" || fail "libhelder1 does not depend on $d: $deps"; done
grep -q "libhelder1 (= $version)" <<<"$(field libhelder-dev Depends)" || fail "libhelder-dev: $(field libhelder-dev Depends)"
grep -q "libicu-dev" <<<"$(field libhelder-dev Depends)" || fail "libhelder-dev does not depend on libicu-dev"
grep -q "libhelder1 (= $version)" <<<"$(field helder-tools Depends)" || fail "helder-tools: $(field helder-tools Depends)"
[ "$(field libhelder1 Package)" = libhelder1 ] || fail "runtime package name"
# The Dutch dictionary the spelling check uses when it is there: recommended, and a package apt knows.
[ "$(field libhelder1 Recommends)" = hunspell-nl ] || fail "libhelder1 does not recommend hunspell-nl: '$(field libhelder1 Recommends)'"
apt-cache show hunspell-nl >/dev/null 2>&1 || fail "apt does not know hunspell-nl"
# The shared library's shlibs file, so that packages built against it depend on it.
dpkg-deb -e "$work/debs/libhelder1_${version}_$(dpkg --print-architecture).deb" "$work/control"
grep -q "^libhelder 1 libhelder1" "$work/control/shlibs" || fail "libhelder1 has no shlibs entry"

# apt can satisfy every dependency on this system (a simulation: nothing is installed).
apt-get install --simulate --no-install-recommends "${debs[@]}" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt cannot install the packages"; }
for p in libhelder1 libhelder-dev helder-tools; do grep -q "^Inst $p " "$work/apt.log" || fail "apt would not install $p"; done

# dpkg into a throwaway root: install, then remove; nothing but dpkg's own database stays. The
# dependencies were checked above against the real system; the empty root has none of them.
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
dpkg_root=(dpkg --root="$root" --force-depends --force-not-root --force-script-chrootless --log=/dev/null)
"${dpkg_root[@]}" -i "${debs[@]}" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i"; }
for f in usr/lib/libhelder.so.1 usr/include/helder/helder.h usr/bin/helder; do [ -e "$root/$f" ] || fail "dpkg did not install $f"; done
for p in libhelder1 libhelder-dev helder-tools; do
  [ "$(dpkg-query --root="$root" -W -f='${Status}' "$p")" = "install ok installed" ] || fail "$p is not installed"
done
"${dpkg_root[@]}" --purge helder-tools libhelder-dev libhelder1 >>"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg --purge"; }
left="$(cd "$root" && find . -path ./var/lib/dpkg -prune -o \( -type f -o -type l \) -print)"
[ -z "$left" ] || fail "files left after removal: $left"
echo "deb: libhelder1, libhelder-dev and helder-tools hold the right files and dependencies, install and remove cleanly"
