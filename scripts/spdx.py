#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Checks that every source file in git carries the SPDX licence line near its top.

Usage: scripts/spdx.py [--fix] [REPO]
  Without --fix: lists each file without the line and exits 1 if there is one.
  --fix: adds the line in the file's own comment syntax (after a shebang or a doctype).

Files that cannot carry a comment (JSON, TSV data, texts, corpora, Markdown) are covered by
REUSE.toml at the top of the repository; this script checks that each of them is matched there.
"""
import fnmatch
import subprocess
import sys
from pathlib import Path

LICENCE = "EUPL-1.2"
TAG = "SPDX-License-Identifier: " + LICENCE

# How each kind of file writes a one-line comment.
COMMENT = {
    ".c": "/* {} */", ".h": "/* {} */", ".in": None, ".map": "/* {} */",
    ".cc": "// {}", ".hh": "// {}", ".hpp": "// {}", ".cpp": "// {}",
    ".js": "// {}", ".mjs": "// {}", ".ts": "// {}",
    ".css": "/* {} */", ".html": "<!-- {} -->", ".svg": None,
    ".sh": "# {}", ".py": "# {}", ".cmake": "# {}", ".toml": "# {}", ".1": '.\\" {}',
    ".supp": "# {}",  # sanitizer suppressions
}
IN_TEMPLATES = {"version.h.in": "/* {} */", "helder.pc.in": "# {}",
                "helderConfig.cmake.in": "# {}", "Doxyfile.in": "# {}"}


def comment_style(path: Path):
    if path.name == "CMakeLists.txt" or path.name == "run" and path.parent.name == ".ci":
        return "# {}"
    if path.suffix == ".in":
        return IN_TEMPLATES.get(path.name)
    return COMMENT.get(path.suffix)


def reuse_patterns(repo: Path):
    """The path globs that REUSE.toml gives the licence to."""
    patterns = []
    for line in (repo / "REUSE.toml").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith('"') and line.endswith(('",', '"')):
            patterns.append(line.rstrip(",").strip('"'))
    return patterns


def covered_by(patterns, name: str) -> bool:
    # "**/" also matches no folder at all, as in REUSE.toml.
    return any(fnmatch.fnmatchcase(name, p) or (p.startswith("**/") and fnmatch.fnmatchcase(name, p[3:]))
               or (p.endswith("/**") and name.startswith(p[:-2])) for p in patterns)


def add_line(path: Path, style: str):
    lines = path.read_text(encoding="utf-8").split("\n")
    at = 1 if lines and (lines[0].startswith("#!") or lines[0].lower().startswith("<!doctype")) else 0
    lines.insert(at, style.format(TAG))
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv):
    fix = "--fix" in argv
    args = [a for a in argv if a != "--fix"]
    repo = Path(args[0] if args else Path(__file__).resolve().parent.parent)
    files = subprocess.run(["git", "-C", str(repo), "ls-files"], check=True, capture_output=True,
                           text=True).stdout.split("\n")
    patterns = reuse_patterns(repo)
    missing = []
    for name in filter(None, files):
        path = repo / name
        if not path.is_file():
            continue  # deleted in the work tree, not yet in git
        style = comment_style(path)
        if style is None:
            if not covered_by(patterns, name):
                missing.append(f"{name}: neither a licence line nor a REUSE.toml entry")
            continue
        head = "\n".join(path.read_text(encoding="utf-8", errors="replace").split("\n")[:4])
        if TAG in head:
            continue
        if fix:
            add_line(path, style)
        else:
            missing.append(f"{name}: no '{TAG}' in its first lines")
    for m in missing:
        print(m)
    if missing:
        print(f"{len(missing)} files without a licence statement", file=sys.stderr)
        return 1
    print(f"every file in git states its licence ({LICENCE})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
