#!/usr/bin/env bash
# The check a newcomer's machine gives: makes a minimal Debian 12 root with debootstrap under a
# temporary folder, clones the checkout's committed HEAD into it, and runs the README's two
# commands inside with chroot: first scripts/run.sh (the server must answer /healthz, log a demo
# user in and serve the web app at /), then scripts/test.sh. Prints the pass and fail counts,
# then unmounts and removes the root. Exits 0 only when both commands did what the README says.
#
# REQUIRES: root, and a host whose apt sources reach Debian 12 (bookworm). It takes about 35
# minutes on 2 cores, so it is not part of .ci/run; README.md says when to run it.
#
# Usage: scripts/fresh-debian.sh [--keep]   (--keep leaves the root in place for a look inside)
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)

keep=0
[ "${1:-}" = "--keep" ] && keep=1
[ "$(id -u)" -eq 0 ] || { echo "fresh-debian: needs root (debootstrap, chroot, mount)" >&2; exit 2; }

SUITE=bookworm
RUN_TIMEOUT_S=3600 # the first start builds the server and the web app
RUN_PORT=18080     # not the README's 8080, which the host may be serving

log() { printf 'fresh-debian: %s\n' "$*"; }

# The mirror debootstrap starts from: the host's own Debian source (deb822 or one-line form).
host_mirror() {
  local uri
  uri=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null |
    grep -v security | head -n 1 || true)
  [ -n "$uri" ] || uri=$(awk '$1 == "deb" && $0 !~ /security/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

if ! command -v debootstrap >/dev/null 2>&1; then
  log "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/linli-fresh-debian.XXXXXX")
work_log="$root.log"
server_pid=""

# Ends every process whose root is the chroot, then unmounts what was mounted into it, and
# removes it only when nothing is mounted below it any more.
cleanup() {
  set +e
  [ -n "$server_pid" ] && kill -TERM -- "-$server_pid" 2>/dev/null
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -KILL "${p#/proc/}" 2>/dev/null
  done
  sleep 1
  for m in dev/pts dev/shm dev sys proc; do
    mountpoint -q "$root/$m" && umount -R "$root/$m" 2>/dev/null
    mountpoint -q "$root/$m" && umount -R -l "$root/$m"
  done
  if [ "$keep" -eq 1 ]; then
    log "kept the root at $root"
  elif findmnt -rn -o TARGET | grep -q "^$root/"; then
    log "something is still mounted under $root; not removing it"
  else
    rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT

mirror=$(host_mirror)
log "debootstrap $SUITE (minbase) from $mirror into a temporary root"
debootstrap --variant=minbase "$SUITE" "$root" "$mirror" >"$work_log" 2>&1 ||
  { tail -n 30 "$work_log"; exit 1; }

# The host's own apt sources and the Acquire settings that reach them (proxies, validity of a
# mirror's snapshot), so the root installs from exactly where the host does.
rm -f "$root/etc/apt/sources.list"
[ -f /etc/apt/sources.list ] && cp /etc/apt/sources.list "$root/etc/apt/"
cp /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list "$root/etc/apt/sources.list.d/" 2>/dev/null || true
for f in /etc/apt/apt.conf.d/*; do
  grep -q '^[[:space:]]*Acquire::' "$f" 2>/dev/null && cp "$f" "$root/etc/apt/apt.conf.d/"
done
cp /etc/resolv.conf "$root/etc/resolv.conf"
grep -qs localhost "$root/etc/hosts" || printf '127.0.0.1 localhost\n::1 localhost\n' >"$root/etc/hosts"

# This stands in for the machine's own trust store: where the host reaches the package
# registries through a TLS proxy with its own CA, a real newcomer's machine would trust that CA
# itself. The bundle goes to a path of its own (ca-certificates rewrites its own bundle when the
# README's commands install it), and npm and Node are pointed at it.
host_ca=${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}
ca_env=()
if [ -f "$host_ca" ]; then
  mkdir -p "$root/usr/local/share/linli-host-ca"
  cp "$host_ca" "$root/usr/local/share/linli-host-ca/bundle.crt"
  ca_env=(npm_config_cafile=/usr/local/share/linli-host-ca/bundle.crt
    NODE_EXTRA_CA_CERTS=/usr/local/share/linli-host-ca/bundle.crt)
fi

mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"

log "cloning the checkout (HEAD $(git rev-parse --short HEAD)) into the root"
git clone -q --no-hardlinks "$top" "$root/linli"

# A command inside the root as a newcomer's root shell would run it: a clean environment.
in_root=(chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${ca_env[@]}")

# 1. scripts/run.sh: the server answers, a demo user logs in, the web app is served.
log "scripts/run.sh --port $RUN_PORT (output in $work_log)"
setsid "${in_root[@]}" bash -c "cd /linli && scripts/run.sh --port $RUN_PORT" >>"$work_log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$RUN_PORT"
run_ok=0
for ((i = 0; i < RUN_TIMEOUT_S / 5; i++)); do
  if curl -fsS "$base/healthz" >/dev/null 2>&1; then run_ok=1; break; fi
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 5
done
if [ "$run_ok" -eq 1 ]; then
  login=$(curl -fsS -X POST "$base/api/v1/session" -H 'content-type: application/json' \
    -d '{"login":"staff.lingfeng","password":"linli-demo"}' || true)
  page=$(curl -fsS "$base/" || true)
  grep -q '"account"' <<<"$login" || { log "run.sh: the demo login failed: $login"; run_ok=0; }
  grep -q '<div id="app"' <<<"$page" || { log "run.sh: / did not serve the web app"; run_ok=0; }
else
  log "run.sh: /healthz never answered"
  tail -n 40 "$work_log"
fi
kill -TERM -- "-$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
server_pid=""
[ "$run_ok" -eq 1 ] && log "run.sh: /healthz, demo login and / answered"

# 2. scripts/test.sh: every test.
log "scripts/test.sh (output in $work_log)"
test_rc=0
"${in_root[@]}" bash -c 'cd /linli && scripts/test.sh' >>"$work_log" 2>&1 || test_rc=$?
summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$work_log" | tail -n 1 || true)
if [[ "$summary" =~ ([0-9]+)\ tests?\ failed\ out\ of\ ([0-9]+) ]]; then
  failed=${BASH_REMATCH[1]}
  total=${BASH_REMATCH[2]}
  log "test.sh: $((total - failed)) passed, $failed failed (exit $test_rc)"
  sed -n '/The following tests FAILED/,$p' "$work_log" | grep -E '^[[:space:]]+[0-9]+ - ' |
    sed 's/^[[:space:]]*/fresh-debian:   failed /' || true
else
  log "test.sh: exit $test_rc before ctest reported"
  tail -n 40 "$work_log"
fi
log "the root's node is $("${in_root[@]}" node --version 2>/dev/null || echo none)," \
  "its npm $("${in_root[@]}" npm --version 2>/dev/null || echo none)"

if [ "$run_ok" -eq 1 ] && [ "$test_rc" -eq 0 ]; then
  rm -f "$work_log"
  log "passed"
else
  log "failed; the whole output is kept in $work_log"
  exit 1
fi
