#!/usr/bin/env bash
# The benchmark (bench/README.md), in one command:
#   bench/run.sh [--seconds N] [--connections N] [--scale S]
# (--scale 0.01: a city of 1/100 the size, for a quick check of the benchmark itself.)
# Installs what is missing (scripts/deps.sh --test: wrk, sqlite3), builds the server and the city
# generator in Release (build-bench/), generates the city once (build-bench/city, kept while the
# generator and the schema it writes are unchanged), serves it on 127.0.0.1, runs wrk against
# each endpoint in turn, reads the server's memory from /proc and prints the table of figures
# against the targets of issue 3. Never part of the tests or CI.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=15
connections=64
scale=1
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    *) echo "usage: bench/run.sh [--seconds N] [--connections N] [--scale S]" >&2; exit 2 ;;
  esac
done

bash scripts/deps.sh --test
build=${BENCH_BUILD:-build-bench}
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DLINLI_BENCH=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)" --target linli linli_gen_city

# The city: regenerated only when missing or when what it is made from changed (the generator,
# the migrations of the tables it writes, the KPI definitions and the event chain).
city=$build/city
[ "$scale" = 1 ] || city=$build/city-$scale
fingerprint=$(cat bench/gen/*.cc bench/gen/*.h src/record/migrations/*.sql \
  src/modules/{areas,people,accounts,appeals}/migrations/*.sql src/modules/appeals/kpi{,_counts}.cc \
  src/record/event_log.cc | sha256sum | cut -c1-16)
if [ ! -f "$city/linli.db" ] || [ "$(cat "$city/fingerprint" 2>/dev/null)" != "$fingerprint" ]; then
  echo "bench: generating the city (a few minutes to half an hour, once)"
  rm -rf "$city"
  "$build/linli_gen_city" --data "$city" --scale "$scale"
  echo "$fingerprint" >"$city/fingerprint"
fi
db=$city/linli.db
q() { sqlite3 -readonly "$db" "$1"; }
# The figures are for a warm page cache: the detail run reads appeals at random over the whole
# file, and the machine may have given the cache of a city written long ago to others.
cat "$db" >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
"$build/linli" --data "$city" --port "$port" serve >"$build/bench-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "bench: the server did not start" >&2; cat "$build/bench-server.log" >&2; exit 1; }
  sleep 0.5
done

# Deadlines that passed while no server ran (those of appeals earlier runs created) are raised
# by the scheduler at start; the figures are taken once it has caught up.
now_ms=$(($(date +%s) * 1000))
for _ in $(seq 1 600); do
  [ "$(q "SELECT count(*) FROM appeal_deadlines WHERE due_at <= $now_ms")" = 0 ] && break
  sleep 1
done

login() {
  curl -fs -X POST "$base/api/v1/session" -H 'content-type: application/json' \
    -d "{\"login\":\"$1\",\"password\":\"linli-bench-pass\"}" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
staff_tokens=""
n=$(q "SELECT count(*) FROM areas WHERE kind = 'community'")
for c in 1 $((n / 3)) $((2 * n / 3)) "$n"; do staff_tokens+="$(login "staff.c$c"),"; done
admin=$(login sysadmin.bench)
district=$(login district.d1)
staff1=$(login staff.c1)
# The create run writes as the staff of community 2, which the queue run does not read: the
# appeals each run adds stay in the city and would grow a measured community's queue.
writer=$(login staff.c2)

max_appeal=$(q "SELECT max(id) FROM appeals")
districts=$(q "SELECT group_concat(id) FROM areas WHERE kind = 'district'")
district1=$(q "SELECT id FROM areas WHERE kind = 'district' ORDER BY id LIMIT 1")
# The grids of staff.c2's community and a household head of each (residents on record).
places=$(q "SELECT group_concat(g.id || ':' || (SELECT p.id FROM persons p JOIN areas h ON h.id = p.area_id
  WHERE h.path LIKE g.path || '%' AND h.kind = 'household' ORDER BY p.id LIMIT 1), ',')
  FROM areas g WHERE g.kind = 'grid' AND g.parent_id = (SELECT area_id FROM role_grants r
  JOIN accounts a ON a.person_id = r.person_id WHERE a.login = 'staff.c2')")

# One checked request before each measurement: the endpoint answers correctly on this data.
check() {  # status token method path [body]
  local want=$1 token=$2 method=$3 path=$4 body=${5:-}
  local got
  got=$(curl -s -o "$build/bench-check.json" -w '%{http_code}' -X "$method" "$base$path" \
    -H "authorization: Bearer $token" -H 'content-type: application/json' ${body:+-d "$body"})
  if [ "$got" != "$want" ]; then
    echo "bench: $method $path answered $got, not $want:" >&2
    head -c 600 "$build/bench-check.json" >&2; echo >&2
    return 1
  fi
}

results=$build/bench-results.txt
: >"$results"
run() {  # name script [env...]
  local name=$1 script=$2; shift 2
  echo "bench: $name (${seconds}s, $connections connections)"
  env BENCH_NAME="$name" "$@" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s \
    -s "bench/wrk/$script" "$base" | grep '^RESULT' | tee -a "$results"
}

year="from=2025-11-01&to=2026-10-31"
check 200 "" GET /api/v1/ping
run ping get.lua BENCH_PATH=/api/v1/ping
check 200 "$staff1" GET "/api/v1/appeals?per_page=20"
run queue get.lua BENCH_TOKENS="$staff_tokens" BENCH_PATH="/api/v1/appeals?per_page=20"
check 200 "$admin" GET "/api/v1/appeals/$max_appeal"
run detail get.lua BENCH_TOKEN="$admin" BENCH_PATH="/api/v1/appeals/{id}" BENCH_MAX_ID="$max_appeal"
check 200 "$district" GET "/api/v1/kpis/appeals?area=$district1&$year"
run kpis get.lua BENCH_TOKEN="$admin" BENCH_PATH="/api/v1/kpis/appeals?area={pick}&$year" \
  BENCH_PICKS="$districts"
open311=pending
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/open311/v2/requests.json")" = 200 ]; then
  open311=measured
  run open311 get.lua BENCH_PATH="/open311/v2/requests.json"
fi
check 201 "$writer" POST /api/v1/appeals \
  "{\"channel\":\"desk\",\"category\":\"ordinary\",\"description\":\"基准检查\",\"area_id\":${places%%:*},\"resident_id\":$(echo "$places" | cut -d, -f1 | cut -d: -f2)}"
run create create.lua BENCH_TOKEN="$writer" BENCH_PLACES="$places"

rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$server/status")
hwm_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$server/status")

python3 - "$results" "$rss_kb" "$hwm_kb" "$open311" "$connections" <<'PY'
import sys
path, rss_kb, hwm_kb, open311, conns = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
rows = {}
for line in open(path):
    _, name, rps, p99, non2xx, errors = line.split()
    rows[name] = (float(rps), float(p99), int(non2xx), int(errors))
ping = rows["ping"][0]
labels = [("ping", "GET /api/v1/ping", None), ("create", "create appeal", 0.20),
          ("queue", "staff queue page", 0.40), ("detail", "appeal detail", 0.40),
          ("kpis", "district KPIs (one year)", 0.40), ("open311", "Open311 GET requests", 0.40)]
print()
print(f"| endpoint | requests/s | of ping | p99 ms | non-2xx | target | holds |")
print(f"|---|---:|---:|---:|---:|---|---|")
for key, label, share in labels:
    if key not in rows:
        print(f"| {label} | pending | | | | ≥{share:.0%} of ping | not on main yet |")
        continue
    rps, p99, bad, err = rows[key]
    ratio = rps / ping
    if share is None:
        target, ok = f"p99 ≤ 10 ms", p99 <= 10
    else:
        target = f"≥{share:.0%} of ping, p99 ≤ 10 ms"
        ok = ratio >= share and p99 <= 10 and bad == 0 and err == 0
    print(f"| {label} | {rps:,.0f} | {ratio:.0%} | {p99:.2f} | {bad + err} | {target} | {'yes' if ok else 'NO'} |")
rss = rss_kb / 1024
print(f"| server RSS at the end | {rss:.0f} MB (peak {hwm_kb / 1024:.0f} MB) | | | | ≤ 300 MB | {'yes' if rss <= 300 else 'NO'} |")
print(f"\n{conns} connections, wrk -t2, on the same 2 cores as the server")
PY
