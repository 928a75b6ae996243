#!/usr/bin/env python3
"""Table ownership: a module's SQL names only the tables its own migrations create, plus the
tables that a module it depends on shares. Any other data comes through the owner's read
interface (a function, or a SQL fragment the owner writes, in the owner's own files).

The modules, their dependencies and the tables each shares are read from the `linli_module(...)`
calls of CMakeLists.txt (`DEPENDS`, `SHARES`); a module's tables from the CREATE TABLE
statements of src/modules/<name>/migrations/*.sql, the record's from src/record/migrations.
SQL is found as C++ string literals holding an SQL keyword, in every .h and .cc of a module's
folder except its *_test.cc. Exits 1 and names each file:line that names another's table.

KNOWN lists the crossings that remain to be moved behind their owners' read interfaces; each
entry must still occur (an entry no longer needed fails the check, so the list only shrinks).

Usage: check_tables.py [--root DIR] [--self-test]
  --self-test  also plants a query naming another module's table in one module's code, and
               fails unless the check finds exactly that one.
"""
import argparse
import os
import re
import sys
from pathlib import Path

MODULE_CALL = re.compile(r"^\s*linli_module\(([^)]*)\)", re.M)
CREATE_TABLE = re.compile(r"CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([a-z_][a-z0-9_]*)", re.I)
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
SQL_WORD = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|FROM|JOIN|WHERE|VALUES|SET|ON|RETURNING)\b")
NAME = re.compile(r"\b[a-z_][a-z0-9_]*\b")

# (module, table of another module) still named directly.
KNOWN = set()


def modules(root):
    """{name: {"depends": [...], "shares": [...]}} from the linli_module() calls."""
    text = re.sub(r"#.*", "", (root / "CMakeLists.txt").read_text())
    out = {}
    for call in MODULE_CALL.finditer(text):
        words = call.group(1).split()
        name, lists, key = words[0], {"DEPENDS": [], "SHARES": [], "LINKS": []}, None
        for w in words[1:]:
            if w in lists:
                key = w
            elif key:
                lists[key].append(w)
        out[name] = {"depends": lists["DEPENDS"], "shares": lists["SHARES"]}
    return out


def tables_of(folder):
    names = set()
    for sql in sorted((folder / "migrations").glob("*.sql")):
        names.update(t.lower() for t in CREATE_TABLE.findall(sql.read_text()))
    return names


def reachable(mods, name):
    """The modules `name` depends on, directly or through others."""
    seen, todo = set(), list(mods[name]["depends"])
    while todo:
        d = todo.pop()
        if d in seen or d not in mods:
            continue
        seen.add(d)
        todo.extend(mods[d]["depends"])
    return seen


def sql_names(text):
    """(line, table-like name) for every name inside an SQL literal of C++ source `text`."""
    for n, line in enumerate(text.split("\n"), 1):
        for lit in LITERAL.findall(line):
            if SQL_WORD.search(lit):
                for word in set(NAME.findall(lit)):
                    yield n, word


def violations(root, planted=None):
    mods = modules(root)
    owner = {t: "record" for t in tables_of(root / "src" / "record")}
    for name in mods:
        for t in tables_of(root / "src" / "modules" / name):
            owner[t] = name
    problems, seen = [], set()
    for name, m in sorted(mods.items()):
        deps = reachable(mods, name)
        allowed = tables_of(root / "src" / "modules" / name)
        for d in deps:
            allowed.update(mods[d]["shares"])
        for t in m["shares"]:
            if owner.get(t) != name:
                problems.append(f"CMakeLists.txt: {name} shares {t}, which its migrations do not create")
        folder = root / "src" / "modules" / name
        sources = [(p, p.read_text()) for p in sorted(folder.rglob("*")) if p.suffix in (".h", ".cc")]
        if planted and planted[0] == name:
            sources.append((folder / "planted.cc", planted[1]))
        for path, text in sources:
            if path.name.endswith("_test.cc"):
                continue
            for line, word in sorted(set(sql_names(text))):
                if word in owner and word not in allowed:
                    seen.add((name, word))
                    if (name, word) in KNOWN:
                        continue
                    problems.append(
                        f"{path.relative_to(root)}:{line}: {name} names {word}, a table of {owner[word]}"
                        f"{'' if owner[word] == 'record' else ' (not shared with it)'}; ask its read interface")
    for name, table in sorted(KNOWN - seen):
        problems.append(f"scripts/check_tables.py: KNOWN lists {name} naming {table}, which it no longer does;"
                        " remove the entry")
    return problems


def self_test(root):
    """The check must find a query naming another module's table, and nothing else."""
    mods = modules(root)
    victim = next(n for n in sorted(mods) if n != "appeals" and "appeals" not in reachable(mods, n))
    plant = 'constexpr std::string_view kPlanted = "SELECT count(*) FROM appeals WHERE id = ?";\n'
    found = [p for p in violations(root, (victim, plant)) if "planted.cc" in p]
    if len(found) != 1 or "names appeals, a table of appeals" not in found[0]:
        print(f"check_tables: the planted query in {victim} was not caught: {found}", file=sys.stderr)
        return False
    print(f"check_tables: a planted query in {victim} naming appeals' table is caught: {found[0]}")
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=Path(__file__).resolve().parent.parent, type=Path)
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    root = args.root.resolve()
    if args.self_test and not self_test(root):
        return 1
    problems = violations(root)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"check_tables: {len(problems)} queries name another module's tables", file=sys.stderr)
        return 1
    print(f"check_tables: every module's SQL names only its own and its dependencies' shared tables"
          f" ({len(modules(root))} modules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
