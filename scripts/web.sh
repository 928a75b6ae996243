#!/usr/bin/env bash
# Builds the web app (web/dist, with .br and .gz siblings) for the server to serve. Installs the
# npm packages from the committed lock (npm ci) when node_modules is missing or the lock changed;
# rebuilds only when a source file changed since the last build.
set -euo pipefail
cd "$(dirname "$0")/../web"

# The versions package.json's engines field names, and the ones the suite is run on.
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 18 || (a === 18 && b >= 20) ? 0 : 1)'; then
  echo "web: Node.js $(node --version) is older than 18.20, the oldest this app is built and tested with" >&2
  exit 1
fi

lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ "$(cat node_modules/.linli-lock 2>/dev/null)" != "$lock_sum" ]; then
  echo "web: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.linli-lock
fi

src_sum=$( (find . -path ./node_modules -prune -o -path ./dist -prune -o -path ./perf/node_modules -prune -o -path ./test-output -prune \
  -o -type f -print0 | sort -z | xargs -0 sha256sum) | sha256sum | cut -d' ' -f1)
if [ -f dist/index.html ] && [ "$(cat dist/.linli-sources 2>/dev/null)" = "$src_sum" ]; then
  echo "web: dist is up to date"
  exit 0
fi
echo "web: npm run build"
npm run build --silent
echo "$src_sum" > dist/.linli-sources
