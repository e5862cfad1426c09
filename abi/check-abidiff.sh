#!/bin/sh
# Compares a build of libhelder.so with the committed abidw baseline; fails on any change
# that abidiff calls incompatible (removed or changed functions, changed types).
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
if [ $((rc & 8)) -ne 0 ]; then
    echo "incompatible ABI change against abi/libhelder.abi" >&2
    exit 1
fi
exit 0
