#!/usr/bin/env bash
# Installs what is missing, builds Linli (Release) and its web app (web/dist), and serves both on
# http://127.0.0.1:8080 in demo mode: on first start it creates ./data, migrates the SQLite
# database, generates the data key and loads the demo data. Extra arguments go to `linli serve`
# (e.g. --port 9090).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DLINLI_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target linli
bash scripts/web.sh
exec build/linli --data ./data --demo serve "$@"
