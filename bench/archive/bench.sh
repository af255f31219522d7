#!/usr/bin/env bash
# Archive benchmark: seeds N variants of ../shared/corpus (default 20000), imports them with `debrief archive import`
# into SQLite and into PostgreSQL (timed), then times search, list+filter and similar incidents on both.
# Needs Debian's postgresql (a throwaway server is started with .ci/services.d/postgres.sh unless DEBRIEF_TEST_PG is set).
# Usage: bench/archive/bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
count=${1:-20000}
corpus=${DEBRIEF_SHARED:-$root/../shared}/corpus
work=$root/.bench/archive
mkdir -p "$work"
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build src/Debrief.Cli -c Release -v q -nologo >/dev/null
dotnet build bench/archive/ArchiveBench -c Release -v q -nologo >/dev/null
debrief=$root/src/Debrief.Cli/bin/Release/net10.0/debrief
bench=$root/bench/archive/ArchiveBench/bin/Release/net10.0/ArchiveBench

rm -rf "$work/seed" "$work/archive.db"*
"$bench" seed "$work/seed" "$count" "$corpus"

started_pg=""
if [ -z "${DEBRIEF_TEST_PG:-}" ]; then
  # shellcheck disable=SC1091
  source .ci/services.d/postgres.sh
  started_pg=$DEBRIEF_TEST_PG_DATA
fi
pgdb="debrief_bench_$$"
pg_host=$(sed -E 's/.*Host=([^;]*).*/\1/' <<<"$DEBRIEF_TEST_PG")
pg_port=$(sed -E 's/.*Port=([^;]*).*/\1/' <<<"$DEBRIEF_TEST_PG")
psql -h "$pg_host" -p "$pg_port" -U postgres -qc "CREATE DATABASE $pgdb"
pg="Host=$pg_host;Port=$pg_port;Username=postgres;Database=$pgdb"

for target in sqlite postgres; do
  db=$([ $target = sqlite ] && echo "$work/archive.db" || echo "$pg")
  echo "== import into $target (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -f "import: %e s wall, %U s user, %S s sys, %M KB max RSS" "$debrief" archive import "$work/seed" --db "$db"
  /usr/bin/time -f "re-import (all unchanged): %e s wall" "$debrief" archive import "$work/seed" --db "$db"
  echo "== reads on $target (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  "$bench" query "$db"
done
ls -l "$work/archive.db" | awk '{print "sqlite file: " $5/1048576 " MB"}'
psql -h "$pg_host" -p "$pg_port" -U postgres -Atc "SELECT 'postgres database: ' || pg_size_pretty(pg_database_size('$pgdb'))"
psql -h "$pg_host" -p "$pg_port" -U postgres -qc "DROP DATABASE $pgdb"
if [ -n "$started_pg" ]; then
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$(dirname "$(command -v pg_ctl || echo /usr/lib/postgresql/15/bin/pg_ctl)")/pg_ctl" -D "$started_pg" -m fast stop >/dev/null
  else pg_ctl -D "$started_pg" -m fast stop >/dev/null; fi
fi
rm -rf "$work/seed"
echo "== done (load average $(cut -d' ' -f1-3 /proc/loadavg))"
