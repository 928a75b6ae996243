#!/usr/bin/env bash
# Style and static checks: clang-format on every C++ file, clang-tidy (.clang-tidy) on every
# source file. REQUIRES: a configured build directory (for compile_commands.json) as $1.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-test}"

mapfile -t files < <(git ls-files 'src/*.cc' 'src/*.h' 'bench/*.cc' 'bench/*.h')
echo "lint: clang-format on ${#files[@]} files"
clang-format --dry-run --Werror "${files[@]}"

mapfile -t sources < <(printf '%s\n' "${files[@]}" | grep -E '\.cc$')
echo "lint: clang-tidy on ${#sources[@]} files"
printf '%s\n' "${sources[@]}" |
  xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet 2> >(grep -v -E 'warnings generated|Suppressed|Use -header-filter|^$' >&2)
echo "lint: ok"
