#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""helder's SARIF output against the SARIF 2.1.0 JSON schema (sarif-2.1.0.json of Microsoft's SARIF
SDK, installed by npm ci in tests/conformance/): text checks and dossier validation, one file and
several, with findings and without.

Usage: sarif_schema_test.py HELDER_TOOL SOURCE_DIR
"""
import json
import subprocess
import sys
from pathlib import Path

from jsonschema import Draft202012Validator

tool, source = sys.argv[1], Path(sys.argv[2])
schema_path = source / "tests/conformance/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json"
if not schema_path.is_file():
    sys.exit(f"FAIL: {schema_path} is missing: run npm ci in tests/conformance (scripts/test.sh does)")
schema = json.loads(schema_path.read_text(encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)

texts = source / "examples/texts"
dossiers = source / "examples/dossiers"
runs = {
    "check, one text": ["check", "--format", "sarif", str(texts / "rapport-gezinsvoogd.txt")],
    "check, several texts": ["check", "--format", "sarif", *map(str, sorted(texts.glob("*.txt")))],
    "check, no finding": ["check", "--format", "sarif", "--no-spelling", "-"],
    "dossier validate": ["dossier", "validate", "--format", "sarif", "--today", "2026-11-23",
                         *map(str, sorted(dossiers.glob("*.json")))],
}
failed = 0
for name, args in runs.items():
    stdin = "Dit is een korte zin.\n" if args[-1] == "-" else None
    done = subprocess.run([tool, *args], input=stdin, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        print(f"FAIL {name}: exit {done.returncode}: {done.stderr}")
        failed += 1
        continue
    log = json.loads(done.stdout)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    results = sum(len(run.get("results", [])) for run in log.get("runs", []))
    for error in errors[:5]:
        print(f"FAIL {name}: {'/'.join(map(str, error.path))}: {error.message}")
    failed += bool(errors)
    print(f"{'ok' if not errors else 'FAIL'} {name}: {results} results")
if runs and failed == 0:
    print("every SARIF log is valid against the SARIF 2.1.0 schema")
sys.exit(1 if failed else 0)
