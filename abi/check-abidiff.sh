#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Compares a build of libhelder.so with the committed abidw baseline; fails on any change of
# what is already there (removed or changed functions, changed types); added functions pass.
# Usage: abi/check-abidiff.sh LIBRARY SOURCE_DIR BUILD_DIR
set -u
lib=$1
src=$2
build=$3
abidiff --no-added-syms \
        --headers-dir2 "$src/include/helder" --headers-dir2 "$build/include/helder" \
        "$src/abi/libhelder.abi" "$lib"
rc=$?
# abidiff: bit 1 error, bit 2 usage error, bit 4 an ABI change, bit 8 an incompatible change.
if [ $((rc & 1)) -ne 0 ] || [ $((rc & 2)) -ne 0 ]; then
    echo "abidiff could not compare (exit $rc)" >&2
    exit 1
fi
# Bit 4 alone is what abidiff reports when an existing function's parameters or return type
# change (tests/abi/abi_check_fails_test.sh proves it): a break for every caller, so it fails too.
if [ $((rc & 8)) -ne 0 ]; then
    echo "incompatible ABI change against abi/libhelder.abi" >&2
    exit 1
fi
if [ $((rc & 4)) -ne 0 ]; then
    echo "ABI change against abi/libhelder.abi: a public function or type changed (abi/update.sh only for a reviewed, compatible change)" >&2
    exit 1
fi
exit 0
