#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""helder from Python through ctypes, with no compiled extension: check a Dutch text, validate a
family dossier, and apply a court decision to a child's procedure and print a parent's rights and
deadlines. Every answer is a JSON document; the status codes come from helder_constants_json().

Run: python3 helder_example.py examples/dossiers/familie-yilmaz.json examples/procedure/sara-before-decision.json
The library: $HELDER_LIBRARY, else this repository's build/dev/lib/libhelder.so.1, else the
installed libhelder.so.1 (Debian package libhelder1).
"""
import ctypes
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load_library():
    path = os.environ.get("HELDER_LIBRARY")
    if not path:
        built = os.path.join(HERE, "..", "..", "build", "dev", "lib", "libhelder.so.1")
        path = built if os.path.exists(built) else "libhelder.so.1"
    return ctypes.CDLL(path)


lib = load_library()
# The C signatures (include/helder/*.h). Memory helder hands out arrives as c_void_p, not c_char_p:
# ctypes would copy a c_char_p into bytes and lose the pointer that helder_free() needs.
OUT = [ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_size_t)]  # char **out, size_t *out_len
JSON_IN = [ctypes.c_char_p, ctypes.c_size_t]                              # const char *json, size_t len
lib.helder_last_error.restype = ctypes.c_char_p
lib.helder_free.argtypes = [ctypes.c_void_p]
lib.helder_constants_json.argtypes = OUT
lib.helder_ctx_create.argtypes = JSON_IN + [ctypes.POINTER(ctypes.c_void_p)]
lib.helder_ctx_destroy.argtypes = [ctypes.c_void_p]
lib.helder_text_check.argtypes = [ctypes.c_void_p] + JSON_IN + JSON_IN + OUT
lib.helder_dossier_validate.argtypes = [ctypes.c_void_p] + JSON_IN + JSON_IN + OUT
lib.helder_procedure_apply.argtypes = [ctypes.c_void_p] + JSON_IN + JSON_IN + JSON_IN + OUT
lib.helder_procedure_state.argtypes = [ctypes.c_void_p] + JSON_IN + JSON_IN + JSON_IN + OUT


class HelderError(Exception):
    def __init__(self, status):
        super().__init__(f"{STATUS_NAMES.get(status, status)}: {lib.helder_last_error().decode()}")
        self.status = status


def take(out, out_len):
    """The text helder handed out, copied into Python; the original is freed with helder_free()."""
    try:
        return ctypes.string_at(out.value, out_len.value).decode("utf-8")
    finally:
        lib.helder_free(out)


def call(function, *args):
    """Calls a helder function whose last two parameters are (char **out, size_t *out_len)."""
    out, out_len = ctypes.c_void_p(), ctypes.c_size_t()
    status = function(*args, ctypes.byref(out), ctypes.byref(out_len))
    if status != STATUS["OK"]:
        raise HelderError(status)
    return take(out, out_len)


def arg(value):
    """(bytes, length) for a (const char *, size_t) parameter: text as UTF-8, any other value as
    JSON; None is (NULL, 0), which means "the defaults"."""
    if value is None:
        return None, 0
    if not isinstance(value, (bytes, str)):
        value = json.dumps(value)
    if isinstance(value, str):
        value = value.encode("utf-8")
    return value, len(value)


def load_constants():
    out, out_len = ctypes.c_void_p(), ctypes.c_size_t()
    lib.helder_constants_json(ctypes.byref(out), ctypes.byref(out_len))
    if not out.value:  # the status names are not known yet; a failed call leaves the pointer NULL
        sys.exit("helder_constants_json: " + lib.helder_last_error().decode())
    return json.loads(take(out, out_len))


CONSTANTS = load_constants()
STATUS = CONSTANTS["status"]  # {"OK": 0, "E_INTERNAL": 1, ...}: never copied by hand
STATUS_NAMES = {number: name for name, number in STATUS.items()}


def create_context(options=None):
    ctx = ctypes.c_void_p()
    status = lib.helder_ctx_create(*arg(options), ctypes.byref(ctx))
    if status != STATUS["OK"]:
        raise HelderError(status)
    return ctx


def check_text(ctx, text):
    report = json.loads(call(lib.helder_text_check, ctx, *arg(text), *arg(None)))
    print("meets B1:", "yes" if report["meets_b1"] else "no")
    for finding in report["findings"]:
        advice = "".join(" | " + s for s in finding["suggestions"])
        print(f'{finding["rule"]} "{finding["text"]}": {finding["message"]["nl"]}{advice}')


def validate_dossier(ctx, path):
    with open(path, "rb") as f:
        dossier = f.read()  # the bytes as they are: findings point into them by byte offset
    # A fixed "today" makes the output the same every day; leave it out to use the system date.
    report = json.loads(call(lib.helder_dossier_validate, ctx, *arg(dossier), *arg({"today": "2026-03-10"})))
    counts = report["counts"]
    print(f'{path}: {report["status"]}, errors: {counts["errors"]}, warnings: {counts["warnings"]}')
    for f in report["findings"]:
        law = f' [{f["source"]["article"]}, {f["source"]["label"]}]' if f["source"]["kind"] == "law" else ""
        print(f'{f["severity"]} {f["rule"]} at {f["pointer"]}: {f["message"]["nl"]}{law}')


def procedure_rights(ctx, instance_path):
    # The instance: the events of the child's procedure so far, as the vendor's system kept them
    # (examples/procedure/sara-before-decision.json: Sara, 9, up to the hearing).
    with open(instance_path, "rb") as f:
        instance = f.read()
    # The new event: on 2 March 2026 the court orders an OTS (ondertoezichtstelling). spec_json
    # None: the shipped specification the instance names.
    decision = {"event": "beschikking_ots", "date": "2026-03-02"}
    applied = json.loads(call(lib.helder_procedure_apply, ctx, *arg(None), *arg(instance), *arg(decision)))
    if not applied["applied"]:  # a refusal is an answer, with its reasons
        for reason in applied["refusal"]["reasons"]:
            print("refused:", reason["nl"])
        return False
    # The answer holds the instance with the decision added: store it, and pass it on.
    query = {"today": "2026-03-10", "party": "parent_with_gezag"}
    state = json.loads(call(lib.helder_procedure_state, ctx, *arg(None), *arg(applied["instance"]), *arg(query)))
    for stage in state["stages"]:
        print(f'stage {stage["region"]}: {stage["title"]["nl"]} / {stage["title"]["en"]}')
    for d in state["deadlines"]:
        print(f'deadline {d["due"]} ({d["days_left"]} days left), {d["basis"]}, {d["label"]}: {d["text"]["nl"]}')
        for warning in d.get("warnings", []):  # show them: they can change the date
            print("  warning:", warning["nl"])
    party = state["parties"][0]
    print(f'rights of {party["title"]["nl"]} / {party["title"]["en"]}:')
    for right in party["rights"]:
        print(f'- {right["text"]["nl"]}\n  {right["text"]["en"]}')
    return True


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: helder_example.py DOSSIER.json INSTANCE.json")
    print("helder", CONSTANTS["version"]["string"])
    try:
        ctx = create_context({"dictionary": "system"})  # spelling with Debian's hunspell-nl
    except HelderError as e:
        if e.status != STATUS["E_NOT_FOUND"]:
            raise
        ctx = create_context()  # no dictionary installed: every rule but spelling
    try:
        print("== check a text")
        check_text(ctx, "Middels deze brief informeren wij u over de ondertoezichtstelling.")
        print("== validate a dossier")
        validate_dossier(ctx, sys.argv[1])
        print("== a court decision, and a parent's rights")
        return 0 if procedure_rights(ctx, sys.argv[2]) else 1
    finally:
        lib.helder_ctx_destroy(ctx)


if __name__ == "__main__":
    sys.exit(main())
