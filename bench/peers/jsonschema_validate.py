#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Peer for the dossier benchmark: Debian's python3-jsonschema (Draft 2020-12, with the format
checker) validating the same documents against helder's published schema, parsing each.
Usage: jsonschema_validate.py SCHEMA SECONDS DOCUMENT...  Prints {"validations_per_second": …}."""
import json
import sys
import time

import jsonschema

schema_path, seconds, *documents = sys.argv[1:]
schema = json.load(open(schema_path, encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
texts = [open(d, encoding="utf-8").read() for d in documents]
for t in texts:
    validator.validate(json.loads(t))
n = 0
start = time.perf_counter()
while time.perf_counter() - start < float(seconds):
    for _ in range(10):
        errors = list(validator.iter_errors(json.loads(texts[n % len(texts)])))
        n += 1
elapsed = time.perf_counter() - start
print(json.dumps({"validations_per_second": n / elapsed, "validations": n, "seconds": elapsed}))
