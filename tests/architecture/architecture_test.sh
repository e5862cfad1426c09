#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Checks the rules of docs/architecture.md that the compiler does not:
#   1. layers include only layers below them: core < law < text < dossier < access < procedure
#      < letters < store < capi, with report/ beside core;
#   2. no literal age (12, 16, 18) in the rules of lib/dossier, lib/access, lib/store, lib/law,
#      lib/procedure and lib/letters: every age goes through its legal fact (lib/data/law/legal_facts.tsv);
#   3. JSON is parsed in lib/ only where input arrives (options and requests, a dossier, a
#      report a caller hands back for rendering, a stored body, an embedded schema): a new
#      parse site must be added here on purpose, never to read back what lib/ wrote.
# Usage: architecture_test.sh SOURCE_DIR
set -u
src=${1:?usage: architecture_test.sh SOURCE_DIR}
cd "$src/lib" || exit 2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 1. Layering: for each folder, the folders it may include from.
allowed_core="core"
allowed_report="core report"
allowed_law="core law"
allowed_text="core report law text"
allowed_dossier="core report law text dossier"
allowed_access="core report law text dossier access"
allowed_procedure="core report law text dossier access procedure"
allowed_letters="core report law text dossier access procedure letters"
allowed_store="core report law text dossier access procedure letters store"
for layer in core report law text dossier access procedure letters store; do
    [ -d "$layer" ] || continue
    eval "allowed=\$allowed_$layer"
    while IFS=: read -r file line include; do
        folder=${include#*\"}
        folder=${folder%%/*}
        case " $allowed helder " in
            *" $folder "*) ;;
            *) fail "$file:$line: $layer/ includes $folder/ (a layer above it)" ;;
        esac
    done < <(grep -rn '#include "' "$layer" | sed 's/:\(#include "[^"]*"\).*/:\1/')
done

# 2. No literal ages in the rules (comments and strings are not code).
while IFS= read -r hit; do
    fail "literal age in code: $hit"
done < <(grep -rnE '\b(12|16|18)\b' dossier access store law procedure letters --include=*.cc --include=*.hh 2>/dev/null |
         sed -E 's#//.*$##' | grep -vE '^[^:]+:[0-9]+:\s*$' | grep -E ':[0-9]+:.*[^"A-Za-z_0-9](12|16|18)\b' |
         grep -vE '"[^"]*\b(12|16|18)\b[^"]*"' | grep -vE 'law/(date|atw_calendar)\.cc|kMonthsPerYear = 12')

# 3. Where JSON may be parsed.
expected="access/view_document.cc core/json_schema.cc core/options.cc dossier/report_reader.cc dossier/validator.cc procedure/from_dossier.cc procedure/procedure_document.cc procedure/spec.cc store/indicators.cc store/store.cc text/report_reader.cc"
found=$(grep -rlE 'Document::parse\(' --include=*.cc . | sed 's#^\./##' | grep -v '^core/json\.cc$' | sort | tr '\n' ' ')
for f in $found; do
    case " $expected " in
        *" $f "*) ;;
        *) fail "$f parses JSON: lib/ parses only input (see this script's list)" ;;
    esac
done

if [ "$failures" -ne 0 ]; then
    echo "$failures architecture rule(s) broken"
    exit 1
fi
echo "architecture rules hold"
