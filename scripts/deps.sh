#!/usr/bin/env bash
# Installs every Debian package Linli needs to build, run and test. The single list of
# dependencies: CMakeLists.txt finds exactly these. Idempotent: installs only what is missing.
set -euo pipefail

BUILD_PKGS=(
  build-essential cmake pkg-config git ca-certificates
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev sqlite3 libpq-dev libsodium-dev
  libspdlog-dev libfmt-dev libcli11-dev prometheus-cpp-dev libxlsxwriter-dev
  libkainjow-mustache-dev
)
TEST_PKGS=(
  libgtest-dev libgmock-dev libbenchmark-dev clang-format clang-tidy
  curl python3 wrk
  chromium fonts-wqy-microhei
)
# The web app is built and tested with Node.js 18.20 (Debian 12's own) or 20, and npm. When no
# node or no npm is installed, Debian's nodejs (18.20) and npm (9.2) are; an installed node is
# kept, and scripts/web.sh refuses one older than 18.20.
WEB_PKGS=(nodejs npm)

want=("${BUILD_PKGS[@]}")
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then want+=("${WEB_PKGS[@]}"); fi
if [ "${1:-}" = "--test" ]; then want+=("${TEST_PKGS[@]}"); fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
