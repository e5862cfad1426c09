#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Regenerates the ABI contract after an intentional change of the public API: abi/symbols.txt
# from the headers, and the abidw baseline abi/libhelder.abi from a build of the library.
# Commit both with the change. Usage: abi/update.sh [BUILD_DIR] (default build/dev)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build/dev}
{
    echo "# The exported functions of libhelder: generated from include/helder by abi/update.sh."
    echo "# A test checks that the library exports exactly these."
    abi/symbols-from-headers.sh include/helder
} > abi/symbols.txt
abidw --no-corpus-path --headers-dir include/helder --headers-dir "$build/include/helder" \
      --out-file abi/libhelder.abi "$build/lib/libhelder.so"
echo "updated abi/symbols.txt and abi/libhelder.abi"
