#!/usr/bin/env bash
# The test command: builds the solution once and runs every test project, the PostgreSQL migration tests against a
# throwaway PostgreSQL server and the browser journeys in Debian's Chromium. Prints "N passed, N failed" at the end.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
repo="$(pwd)"

log() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

# --- (a) System packages: a fresh CI machine has neither Chromium nor PostgreSQL. -------------------------------
postgres_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
        printf '%s\n' "$dir"
    fi
}

missing=()
command -v chromium >/dev/null 2>&1 || [[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH:-}" ]] || missing+=(chromium)
[[ -n "$(postgres_bin)" ]] || missing+=(postgresql)
if ((${#missing[@]} > 0)); then
    log "Installing ${missing[*]} with apt-get"
    [[ "$(id -u)" == 0 ]] || fail "installing ${missing[*]} needs root (apt-get); install them and run again."
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium || true)}"
[[ -n "$CHROMIUM_PATH" && -x "$CHROMIUM_PATH" ]] || fail "Chromium not found (apt-get install chromium, or set CHROMIUM_PATH)."
export CHROMIUM_PATH

pg_bin="$(postgres_bin)"
[[ -n "$pg_bin" ]] || fail "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin after installing postgresql."

# --- (b) A throwaway PostgreSQL server for this run. ----------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/beheermodule-test.XXXXXX")"
pg_dir="$work/postgres"
test_log="$work/dotnet-test.log"
mkdir -p "$pg_dir"
# mktemp makes the folder private to us; the postgres user must be able to pass through it.
chmod 711 "$work"

# initdb and postgres refuse to run as root: run them as the postgres user (or as ourselves when not root).
as_pg=()
if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || fail "user 'postgres' does not exist; is the postgresql package installed?"
    chown postgres: "$pg_dir"
    as_pg=(runuser -u postgres --)
fi

# Run from the server's own folder: the postgres user may not be allowed into the current directory.
pg() { (cd "$pg_dir" && "${as_pg[@]}" "$@"); }

pg_started=0
cleanup() {
    local status=$?
    if ((pg_started)); then
        pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pg_port="${BEHEERMODULE_TEST_POSTGRES_PORT:-}"
if [[ -z "$pg_port" ]]; then
    for candidate in $(seq 55432 55532); do
        if ! port_in_use "$candidate"; then
            pg_port="$candidate"
            break
        fi
    done
fi
[[ -n "$pg_port" ]] || fail "no free port between 55432 and 55532 for the test PostgreSQL server."

log "Starting a throwaway PostgreSQL ($("$pg_bin/postgres" --version)) on 127.0.0.1:$pg_port"
# Trust authentication: a local, throwaway server that only listens on the loopback address.
pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; fail "initdb failed: PostgreSQL tests cannot run."; }
if ! pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null; then
    cat "$pg_dir/server.log" >&2 || true
    fail "the test PostgreSQL server did not start on 127.0.0.1:$pg_port: PostgreSQL tests cannot run."
fi
pg_started=1
pg "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -tAc "select 1" >/dev/null \
    || fail "the test PostgreSQL server on 127.0.0.1:$pg_port does not answer."
export BEHEERMODULE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

# --- (c) Build once, then run every test project. ------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log "dotnet tool restore"
dotnet tool restore

log "dotnet build Beheermodule.sln -c Release"
dotnet build Beheermodule.sln -c Release

log "dotnet test Beheermodule.sln -c Release --no-build"
test_status=0
dotnet test Beheermodule.sln -c Release --no-build \
    --logger "console;verbosity=normal" \
    --blame-hang-timeout 5m --blame-hang-dump-type none \
    2>&1 | tee "$test_log" || test_status=$?

# --- (d) One plain line with the totals, from dotnet test's summary of each test project:
#     "Total tests: 58" / "     Passed: 57" / "     Failed: 1".
read -r passed failed < <(awk '
    /^[[:space:]]+Passed: [0-9]+[[:space:]]*$/ { passed += $2 }
    /^[[:space:]]+Failed: [0-9]+[[:space:]]*$/ { failed += $2 }
    END { print passed + 0, failed + 0 }' "$test_log")

echo
echo "$passed passed, $failed failed"
if ((failed > 0 || test_status != 0)); then
    ((failed > 0)) || echo "dotnet test exited with $test_status: a build, a test run or a test host failed (see above)." >&2
    exit 1
fi
