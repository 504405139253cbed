#!/usr/bin/env bash
# Helpers to run a local PostgreSQL 15 for tests, benchmarks and the demo.
# Source this file, then call ensure_postgres. Needs root (apt-get, pg_ctlcluster).

PG_VERSION="${PG_VERSION:-15}"
PG_PORT="${PG_PORT:-5432}"
PG_PASSWORD="${PG_PASSWORD:-postgres}"

pg_log() { printf '\033[1m[postgres]\033[0m %s\n' "$*" >&2; }

# Runs a command as the postgres role from a directory it can read.
as_postgres() { (cd / && runuser -u postgres -- "$@"); }

# Installs, creates and starts the cluster when needed, and sets the password
# of the postgres role so that TCP connections with a password work.
ensure_postgres() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ]; then
    pg_log "Installing PostgreSQL $PG_VERSION from Debian"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$PG_VERSION" >/dev/null
  fi
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$PG_VERSION main"; then
    pg_log "Creating cluster $PG_VERSION/main"
    pg_createcluster "$PG_VERSION" main -p "$PG_PORT" >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1==v && $2=="main" {print $4}' | grep -qx online; then
    pg_log "Starting cluster $PG_VERSION/main"
    pg_ctlcluster "$PG_VERSION" main start
  fi
  local i
  for i in $(seq 1 30); do
    if as_postgres psql -p "$PG_PORT" -tAc 'select 1' >/dev/null 2>&1; then break; fi
    sleep 1
  done
  as_postgres psql -p "$PG_PORT" -qc "ALTER USER postgres PASSWORD '$PG_PASSWORD'" >/dev/null
}

postgres_connection_string() {
  echo "postgresql://postgres:$PG_PASSWORD@localhost:$PG_PORT"
}
