#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Prints the functions declared with HELDER_API in the public headers, sorted: the source of
# abi/symbols.txt and of the WebAssembly export list.
set -eu
for header in "$1"/*.h; do
    perl -0777 -ne 's{/\*.*?\*/}{}gs; s{^\s*#.*$}{}mg;
                    while (/HELDER_API\b[^;{}]*?\b(helder_\w+)\s*\(/g) { print "$1\n" }' "$header"
done | sort -u
