#!/usr/bin/env bash
# Runs the whole Pakn test suite against real servers on a fresh Debian 12 machine
# that has the .NET SDK: installs RabbitMQ / PostgreSQL if missing, starts a
# throw-away PostgreSQL cluster and a fresh RabbitMQ vhost, builds, tests, cleans up.
#
#   infra/test.sh                                   # everything
#   infra/test.sh --filter "FullyQualifiedName~Routing"   # extra args go to `dotnet test`
#
# Ends with one line "N passed, N failed, N skipped"; exits with dotnet test's code
# (non-zero as well when no test ran at all).
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
ROOT=$PWD
RESULTS="$ROOT/artifacts/test-results"
LOG="$ROOT/artifacts/test.log"

say() { echo "==> $*"; }

# apt-get needs root; fall back to sudo for developers running as themselves.
as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

APT_UPDATED=0
apt_install() {
  if [[ $APT_UPDATED -eq 0 ]]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  # --no-install-recommends: docker-compose would otherwise pull in docker.io, iptables, ...
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# ---------------------------------------------------------------- cleanup
PG_DIR="" PG_BIN="" VHOST="" STARTED_RABBIT=0 EPMD_WAS_RUNNING=1 SMTP_PID="" SMTP_DIR=""
cleanup() {
  set +e
  if [[ -n $SMTP_PID ]]; then kill "$SMTP_PID" >/dev/null 2>&1; wait "$SMTP_PID" 2>/dev/null; rm -rf "$SMTP_DIR"; fi
  if [[ -n $VHOST ]]; then rabbitmqctl -q delete_vhost "$VHOST" >/dev/null 2>&1; fi
  if [[ $STARTED_RABBIT -eq 1 ]]; then
    say "stopping RabbitMQ (started by this script)"
    # `shutdown` (unlike `stop`) returns only once the Erlang VM has exited.
    timeout 60 rabbitmqctl -q shutdown >/dev/null 2>&1
    # Any rabbitmq CLI call starts epmd; stop it too if it was not there before us
    # (it refuses while the exiting node is still registered, hence the retries).
    if [[ $EPMD_WAS_RUNNING -eq 0 ]]; then
      for _ in 1 2 3 4 5; do epmd -kill >/dev/null 2>&1; port_busy 4369 || break; sleep 1; done
    fi
  fi
  if [[ -n $PG_DIR ]]; then
    say "stopping PostgreSQL cluster $PG_DIR"
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$PG_DIR"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # turn signals into a normal exit so the EXIT trap runs

# ---------------------------------------------------------------- compose files
# `config -q` only parses the files, so it works without a Docker engine.
check_compose() {
  local compose=()
  if docker compose version >/dev/null 2>&1; then compose=(docker compose)
  elif command -v docker-compose >/dev/null; then compose=(docker-compose)
  elif apt_install docker-compose >/dev/null 2>&1 && command -v docker-compose >/dev/null; then
    compose=(docker-compose)
  else
    say "note: neither 'docker compose' nor docker-compose available; compose files not validated"
    return 0
  fi
  local f
  for f in infra/compose.yaml infra/compose.postgres.yaml; do
    say "validating $f (${compose[*]} config)"
    "${compose[@]}" -f "$f" config -q
  done
}

# ---------------------------------------------------------------- RabbitMQ
rabbit_up() { timeout 30 rabbitmq-diagnostics -q ping >/dev/null 2>&1; }

start_rabbitmq() {
  if ! command -v rabbitmqctl >/dev/null || ! command -v rabbitmq-server >/dev/null; then
    say "installing rabbitmq-server"
    apt_install rabbitmq-server
  fi
  port_busy 4369 || EPMD_WAS_RUNNING=0   # 4369 = epmd, checked before any CLI starts it
  if rabbit_up; then
    say "RabbitMQ already running; reusing it"
  else
    say "starting RabbitMQ"
    rabbitmq-server -detached
    STARTED_RABBIT=1
    # await_startup fails at once while the node is not yet registered, so retry it.
    local deadline=$((SECONDS + 120))
    until timeout 30 rabbitmqctl -q await_startup >/dev/null 2>&1; do
      (( SECONDS < deadline )) || { echo "RabbitMQ did not start within 120 s" >&2; return 1; }
      sleep 2
    done
  fi
  # Vhosts of earlier runs that were killed before their cleanup ran.
  local v
  for v in $(rabbitmqctl -q list_vhosts name 2>/dev/null | grep -E '^pakn-test-[0-9]+$' || true); do
    kill -0 "${v#pakn-test-}" 2>/dev/null || rabbitmqctl -q delete_vhost "$v" >/dev/null
  done
  VHOST="pakn-test-$$"
  rabbitmqctl -q add_vhost "$VHOST" >/dev/null
  rabbitmqctl -q set_permissions -p "$VHOST" guest ".*" ".*" ".*" >/dev/null
  say "RabbitMQ vhost $VHOST ready"
}

# ---------------------------------------------------------------- PostgreSQL
find_pg_bin() {
  local d
  d=$(dirname "$(readlink -f "$(command -v pg_ctl 2>/dev/null || echo /nonexistent)")")
  if [[ -x $d/initdb && -x $d/pg_ctl ]]; then echo "$d"; return; fi
  d=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)   # newest version
  if [[ -n $d && -x $d/initdb && -x $d/pg_ctl ]]; then echo "$d"; fi
}

# initdb and postgres refuse to run as root.
as_pg() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
  PG_BIN=$(find_pg_bin)
  if [[ -z $PG_BIN ]]; then
    say "installing postgresql"
    apt_install postgresql
    PG_BIN=$(find_pg_bin)
    [[ -n $PG_BIN ]] || { echo "PostgreSQL binaries not found after install" >&2; return 1; }
  fi
  PG_PORT=${PAKN_TEST_PG_PORT:-55432}
  while port_busy "$PG_PORT"; do PG_PORT=$((PG_PORT + 1)); done
  PG_DIR=$(mktemp -d /tmp/pakn-pg.XXXXXX)
  if [[ $EUID -eq 0 ]]; then chown postgres: "$PG_DIR"; fi
  say "starting PostgreSQL ($PG_BIN) on port $PG_PORT in $PG_DIR"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" --auth=trust -U postgres -E UTF8 \
    --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  # fsync etc. off: the cluster is thrown away, speed matters more than durability.
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$PG_DIR/postgres.log" >&2; return 1; }
}

# Not called yet: browser tests (Playwright) will need Debian's /usr/bin/chromium.
ensure_chromium() {
  command -v chromium >/dev/null || { say "installing chromium"; apt_install chromium; }
}

# ---------------------------------------------------------------- tests
# Sums the per-project summary lines of `dotnet test` (VSTest form, and the
# Microsoft.Testing.Platform form in case projects switch runners).
summarize() {
  grep -aoE '(Passed|Failed)!  *- *Failed: *[0-9]+, *Passed: *[0-9]+, *Skipped: *[0-9]+, *Total: *[0-9]+' "$1" \
    | awk -F'[:,]' '{f+=$2; p+=$4; s+=$6; t+=$8} END {printf "%d %d %d %d\n", p, f, s, t}'
}
summarize_mtp() {
  awk '/^ *total: *[0-9]+/ {t+=$2} /^ *failed: *[0-9]+/ {f+=$2} /^ *succeeded: *[0-9]+/ {p+=$2}
       /^ *skipped: *[0-9]+/ {s+=$2} END {printf "%d %d %d %d\n", p, f, s, t}' "$1"
}

run_tests() {
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDTERMINALLOGGER=off
  export PAKN_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres"
  export PAKN_TEST_RABBITMQ_HOST=127.0.0.1 PAKN_TEST_RABBITMQ_VHOST=$VHOST
  export PAKN_TEST_RABBITMQ_USER=guest PAKN_TEST_RABBITMQ_PASSWORD=guest
  export PAKN_REQUIRE_INFRA=1   # tests fail instead of skipping when a server is missing

  rm -rf "$RESULTS"; mkdir -p "$RESULTS"
  say "building Pakn.sln"
  dotnet build Pakn.sln -c Release || { echo "build failed" >&2; return 1; }

  say "running tests (results in ${RESULTS#"$ROOT"/})"
  local rc
  set +e
  dotnet test Pakn.sln -c Release --no-build --logger "trx" --results-directory "$RESULTS" "$@" 2>&1 | tee "$LOG"
  rc=${PIPESTATUS[0]}
  set -e

  local passed failed skipped total
  read -r passed failed skipped total < <(summarize "$LOG")
  if [[ $total -eq 0 ]]; then read -r passed failed skipped total < <(summarize_mtp "$LOG"); fi
  echo "$passed passed, $failed failed, $skipped skipped"
  if [[ $total -eq 0 && $rc -eq 0 ]]; then echo "no test ran" >&2; return 1; fi
  return "$rc"
}

# ---------------------------------------------------------------- SMTP
# A real local mail server (Debian's aiosmtpd) that writes what it receives to a Maildir,
# for the e-mail transport's tests.
start_smtp() {
  # Debian's interpreter: the package installs there, whatever python3 comes first on PATH.
  /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || apt_install python3-aiosmtpd
  SMTP_DIR=$(mktemp -d /tmp/pakn-smtp.XXXXXX)
  SMTP_PORT=2525
  while port_busy "$SMTP_PORT"; do SMTP_PORT=$((SMTP_PORT + 1)); done
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$SMTP_DIR/mail" &
  SMTP_PID=$!
  for _ in $(seq 1 50); do port_busy "$SMTP_PORT" && break; sleep 0.2; done
  export PAKN_TEST_SMTP_PORT=$SMTP_PORT PAKN_TEST_SMTP_MAILDIR="$SMTP_DIR/mail"
  say "SMTP server on port $SMTP_PORT"
}

main() {
  check_compose
  start_rabbitmq
  start_postgres
  start_smtp
  run_tests "$@"
}

# Sourcing the script (for debugging) defines the functions without running anything.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
