#!/usr/bin/env bash
# docs/settings.md is what `linli settings` prints: every section of config.json, each declared
# once by its owner (core or a module). Usage:
#   scripts/settings_doc.sh LINLI_BIN          write docs/settings.md
#   scripts/settings_doc.sh --check LINLI_BIN  exit 1 when docs/settings.md is not what it prints
set -euo pipefail
check=0
if [[ "${1:-}" == "--check" ]]; then check=1; shift; fi
bin="${1:?the linli binary}"
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
"$bin" --data "$data" --demo settings 2>/dev/null >"$data/settings.md"
if [[ $check == 1 ]]; then
  if ! diff -u "$root/docs/settings.md" "$data/settings.md"; then
    echo "docs/settings.md is stale: run scripts/settings_doc.sh with the built linli" >&2
    exit 1
  fi
  echo "docs/settings.md is what linli settings prints"
else
  cp "$data/settings.md" "$root/docs/settings.md"
fi
