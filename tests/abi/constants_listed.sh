#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Every constant the public headers define (#define with a value, enum constants) is listed in
# tests/abi/constants_test.c, which compares it with helder_constants_json.
# Usage: constants_listed.sh SOURCE_DIR BUILD_DIR
set -eu
src=$1
build=$2
missing=0
for name in $(cat "$src"/include/helder/*.h "$build"/include/helder/version.h |
              grep -oE '^#define HELDER_[A-Z0-9_]+ |^ +HELDER_[A-Z0-9_]+ =' | grep -oE 'HELDER_[A-Z0-9_]+' | grep -v '_H$' | sort -u); do
    if ! grep -q "$name\b" "$src/tests/abi/constants_test.c"; then
        echo "constant $name is not compared with helder_constants_json in tests/abi/constants_test.c"
        missing=$((missing + 1))
    fi
done
[ "$missing" -eq 0 ] && echo "every public constant is compared"
exit "$missing"
