#!/usr/bin/env python3
"""Sizes: no source file under src/ over 600 lines, and no function over 120 (issue "one
module, one room"). A function is a definition that opens at the start of a line and closes
with a `}` at the start of a line (clang-format puts every top-level definition so); its
lambdas count as its lines. Exits 1 naming each file or function over its limit.

Usage: check_sizes.py [--root DIR] [--self-test]
  --self-test  also checks a planted file of 601 lines and a planted function of 121 lines,
               and fails unless both are caught.
"""
import argparse
import re
import sys
from pathlib import Path

MAX_FILE = 600
MAX_FUNCTION = 120
OPENS = re.compile(r"^[A-Za-z_].*\)\s*(const\s*)?(override\s*)?(noexcept\s*)?(->\s*[^{]+)?\{\s*$")
NOT_FUNCTION = re.compile(r"^(namespace|struct|class|enum|union|extern|template\s*<[^>]*>\s*(struct|class))\b")


def problems(name, text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = []
    if len(lines) > MAX_FILE:
        out.append(f"{name}: {len(lines)} lines (at most {MAX_FILE})")
    start = None
    for n, line in enumerate(lines, 1):
        if start is None:
            if OPENS.match(line) and not NOT_FUNCTION.match(line):
                start = n
        elif line.startswith("}"):
            length = n - start + 1
            if length > MAX_FUNCTION:
                out.append(f"{name}:{start}: a function of {length} lines (at most {MAX_FUNCTION})")
            start = None
    return out


def check(root):
    found = []
    for path in sorted((root / "src").rglob("*")):
        if path.suffix in (".cc", ".h"):
            found += problems(str(path.relative_to(root)), path.read_text())
    return found


def self_test():
    long_file = "\n".join(f"// line {i}" for i in range(MAX_FILE + 1)) + "\n"
    long_fn = "int F(int x) {\n" + "  x += 1;\n" * (MAX_FUNCTION - 1) + "}\n"
    short_fn = "int G(int x) {\n" + "  x += 1;\n" * (MAX_FUNCTION - 2) + "}\n"
    a = problems("planted_file.cc", long_file)
    b = problems("planted_function.cc", long_fn + short_fn)
    return len(a) == 1 and len(b) == 1 and b[0].startswith("planted_function.cc:1:")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    if args.self_test and not self_test():
        print("check_sizes: the planted file or function was not caught")
        return 1
    found = check(Path(args.root))
    for p in found:
        print(p)
    if found:
        return 1
    print("check_sizes: every file and function is within its limit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
