#!/usr/bin/env bash
# Installs what is missing, builds everything (Release, with tests), checks style and static
# analysis, then runs every test: unit tests (GoogleTest) and black-box API tests that start
# the real binary on free ports, and browser tests (Chromium) of the built web app.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh --test
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Release -DLINLI_TESTS=ON >/dev/null
cmake --build build-test -j"$(nproc)"
bash scripts/web.sh
bash scripts/lint.sh build-test
cd build-test
ctest --output-on-failure -j2 --timeout 900
