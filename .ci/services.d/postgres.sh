#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (Debian's postgresql package) on a private loopback port for the archive tests and
# exports DEBRIEF_TEST_PG (a connection string) and DEBRIEF_TEST_PG_DATA (its data folder, for pg_ctl stop).
# Sourced by .ci/run; may also be run directly, then it prints the two settings as 'export NAME=VALUE' lines.
# Stop it with: pg_ctl -D "$DEBRIEF_TEST_PG_DATA" stop (run as the postgres user when started as root).

debrief_pg_start() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "postgres.sh: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
    return 1
  fi
  local base port p as=()
  base=$(mktemp -d /tmp/debrief-pg.XXXXXX) || return 1
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$base" || return 1   # initdb refuses to run as root; the data folder's parent must be postgres's
    as=(runuser -u postgres --)
  fi
  for p in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
  done
  if [ -z "${port:-}" ]; then
    echo "postgres.sh: no free port in 55432-55532" >&2
    return 1
  fi
  "${as[@]}" "$bin/initdb" -D "$base/data" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 \
    || { echo "postgres.sh: initdb failed, see $base/initdb.log" >&2; cat "$base/initdb.log" >&2; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$base/data" -w -t 60 -l "$base/server.log" \
    -o "-p $port -k $base -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
    || { echo "postgres.sh: the server did not start, see $base/server.log" >&2; cat "$base/server.log" >&2; return 1; }
  export DEBRIEF_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  export DEBRIEF_TEST_PG_DATA="$base/data"
  echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data $base/data)" >&2
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  debrief_pg_start
  echo "export DEBRIEF_TEST_PG=\"$DEBRIEF_TEST_PG\""
  echo "export DEBRIEF_TEST_PG_DATA=\"$DEBRIEF_TEST_PG_DATA\""
else
  debrief_pg_start || echo "postgres.sh: PostgreSQL not started; the archive tests on PostgreSQL will fail" >&2
fi
