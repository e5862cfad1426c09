#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""docs/vendor-guide.md declares every public function for C# (P/Invoke) and Java (JNA). This test
holds those declarations to the headers: the same functions (every HELDER_API function of
include/helder/*.h, no other), each parameter in the same place with the same name and the type
the guide's rules give its C type, and the same return type. A function added to a header
without its C# and Java declaration fails here.

Usage: vendor_guide_test.py SOURCE_DIR
"""
import re
import sys
from pathlib import Path

# C type of a parameter -> (C#, Java). "text" is a const char * followed by its size_t length.
PARAMETERS = {
    "text": ("byte[]", "byte[]"),
    "const char *": ("[MarshalAs(UnmanagedType.LPUTF8Str)] string", "String"),
    "size_t": ("UIntPtr", "SizeT"),
    "size_t *": ("out UIntPtr", "SizeTByReference"),
    "char **": ("out IntPtr", "PointerByReference"),
    "const helder_ctx *": ("IntPtr", "Pointer"),
    "helder_ctx *": ("IntPtr", "Pointer"),
    "helder_ctx **": ("out IntPtr", "PointerByReference"),
    "helder_store *": ("IntPtr", "Pointer"),
    "helder_store **": ("out IntPtr", "PointerByReference"),
    "void *": ("IntPtr", "Pointer"),
    "helder_status": ("int", "int"),
    "helder_severity *": ("out int", "IntByReference"),
    "const helder_text_source *": ("[In] HelderTextSource[]", "HelderTextSource[]"),
    "const helder_allocator *": ("[In] ref HelderAllocator", "HelderAllocator"),
}
RETURNS = {"helder_status": ("int", "int"), "int": ("int", "int"), "void": ("void", "void"),
           "const char *": ("IntPtr", "String")}


def normalise(c_type):
    return re.sub(r"\s*\*", " *", " ".join(c_type.split())).replace("* *", "**").strip()


def split_parameter(text):
    """'const char *utf8' -> ('const char *', 'utf8')."""
    m = re.match(r"(.*?)(\w+)$", text.strip(), re.S)
    return normalise(m.group(1)), m.group(2)


def header_functions(src):
    functions = {}
    for header in sorted((src / "include" / "helder").glob("*.h")):
        code = re.sub(r"/\*.*?\*/", " ", header.read_text(), flags=re.S)
        pattern = r"HELDER_API\s+(?:HELDER_DEPRECATED\([^)]*\)\s*)?([\w\s\*]+?)\s*\b(helder_\w+)\s*\(([^)]*)\)\s*;"
        for ret, name, params in re.findall(pattern, code):
            parsed = [] if params.strip() == "void" else [split_parameter(p) for p in params.split(",")]
            functions[name] = (normalise(ret), parsed)
    return functions


def expected_types(params, language):
    types = []
    for i, (c_type, _) in enumerate(params):
        with_length = c_type == "const char *" and i + 1 < len(params) and params[i + 1][0] == "size_t"
        types.append(PARAMETERS["text" if with_length else c_type][language])
    return types


def code_block(guide, language):
    m = re.search(r"```" + language + r"\n(.*?)```", guide, re.S)
    return m.group(1)


def split_top_level(text):
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [p for p in (parts + [current]) if p.strip()]


def declared(block, pattern):
    """name -> (return type, [(type, name)]) for every declaration the pattern finds."""
    out = {}
    for ret, name, params in re.findall(pattern, block, re.S):
        parsed = []
        for p in split_top_level(params):
            m = re.match(r"(.*\S)\s+@?(\w+)$", " ".join(p.split()))
            parsed.append((m.group(1), m.group(2)))
        out[name] = (ret, parsed)
    return out


def compare(language, index, functions, found):
    problems = []
    for name in sorted(set(functions) - set(found)):
        problems.append(f"{language}: {name} is not declared")
    for name in sorted(set(found) - set(functions)):
        problems.append(f"{language}: {name} is not a function of the headers")
    for name in sorted(set(functions) & set(found)):
        c_ret, c_params = functions[name]
        ret, params = found[name]
        if ret != RETURNS[c_ret][index]:
            problems.append(f"{language}: {name} returns {ret}, not {RETURNS[c_ret][index]} ({c_ret})")
        if [n for _, n in params] != [n for _, n in c_params]:
            problems.append(f"{language}: {name} has parameters {[n for _, n in params]}, the header {[n for _, n in c_params]}")
            continue
        for (got, pname), want, (c_type, _) in zip(params, expected_types(c_params, index), c_params):
            if got != want:
                problems.append(f"{language}: {name}({pname}) is {got}, not {want} (C: {c_type})")
    return problems


def main():
    src = Path(sys.argv[1])
    functions = header_functions(src)
    symbols = {line for line in (src / "abi" / "symbols.txt").read_text().split() if line.startswith("helder_")}
    problems = [] if set(functions) == symbols else [f"the headers declare {sorted(set(functions) ^ symbols)} unlike abi/symbols.txt"]
    guide = (src / "docs" / "vendor-guide.md").read_text()
    csharp = declared(code_block(guide, "csharp"), r"static extern\s+(\w+)\s+(helder_\w+)\s*\((.*?)\);")
    java = declared(code_block(guide, "java"), r"\n\s*(int|void|String)\s+(helder_\w+)\s*\((.*?)\);")
    problems += compare("C#", 0, functions, csharp) + compare("Java", 1, functions, java)
    for p in problems:
        print("FAIL:", p)
    if problems:
        return 1
    print(f"vendor guide: C# and Java declare all {len(functions)} functions of the headers, with their C types")
    return 0


if __name__ == "__main__":
    sys.exit(main())
