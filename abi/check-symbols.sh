#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Checks the exports of libhelder.so against the contract in abi/symbols.txt:
#   1. symbols.txt lists exactly the functions the public headers declare with HELDER_API;
#   2. the library exports exactly symbols.txt, all under the HELDER_1 version node;
#   3. every export starts with helder_ and no C++ (mangled) symbol leaks.
# Usage: abi/check-symbols.sh LIBRARY SOURCE_DIR
set -eu
lib=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

"$src/abi/symbols-from-headers.sh" "$src/include/helder" > "$tmp/headers"
grep -v '^#' "$src/abi/symbols.txt" | sed '/^$/d' | sort > "$tmp/contract"
if ! diff -u "$tmp/contract" "$tmp/headers"; then
    echo "abi/symbols.txt differs from the HELDER_API declarations in include/helder (run abi/update.sh)" >&2
    status=1
fi

# Defined dynamic symbols, without the version node itself (type A).
nm -D --defined-only --with-symbol-versions "$lib" | awk '$2 != "A" {print $3}' | sort > "$tmp/exported_versioned"
sed 's/@.*//' "$tmp/exported_versioned" > "$tmp/exported"
if ! diff -u "$tmp/contract" "$tmp/exported"; then
    echo "libhelder exports differ from abi/symbols.txt" >&2
    status=1
fi
if grep -v '@@HELDER_1$' "$tmp/exported_versioned"; then
    echo "exports without the HELDER_1 version node" >&2
    status=1
fi
if grep -v '^helder_' "$tmp/exported"; then
    echo "exports that do not start with helder_" >&2
    status=1
fi
if grep '^_Z' "$tmp/exported"; then
    echo "C++ symbols leak from libhelder" >&2
    status=1
fi
exit $status
