#!/usr/bin/env bash
# Whole-process wall time of two migrata commands on Hedera Flow, each the median of RUNS fresh
# processes, started three ways: ./migrata as shipped (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC
# and the AppCDS archive it dumps on its first run), ./migrata with MIGRATA_NO_CDS=1 (the same
# options, no archive), and plain `java -cp …` with the JVM's defaults.
#   revision --autogenerate   eight entities compared with an empty database, the class written
#                             (deleted again after each run)
#   current                   the example's three revisions (compiled-class cache warm), the
#                             version table read
#
#   bench/cli.sh                  # on postgresql://postgres@127.0.0.1:5432, needs psql
#   RUNS=9 PGURL=postgresql://postgres@db:5432 bench/cli.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

RUNS="${RUNS:-7}"
PGURL="${PGURL:-postgresql://postgres@127.0.0.1:5432}"
OUT="$root/bench/out/cli"
rm -rf "$OUT"
mkdir -p "$OUT"

./migrata --version >/dev/null   # builds the CLI and the example when stale
classes="$root/examples/hedera-flow/target/classes"
classpath="$root/cli/target/migrata-cli.jar:$(<"$root/cli/target/classpath.txt")"

db_empty="migrata_bench_cli_empty"
db_head="migrata_bench_cli_head"
for db in "$db_empty" "$db_head"; do
  PGOPTIONS="-c client_min_messages=warning" psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done
trap 'for db in "$db_empty" "$db_head"; do PGOPTIONS="-c client_min_messages=warning" psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $db"; done' EXIT

project() { # dir, versions to copy (or none)
  mkdir -p "$1/migrations/versions"
  cat >"$1/migrata.properties" <<PROPERTIES
migrata.entities.packages=io.migrata.examples.hedera
migrata.entities.classpath=$classes
migrata.entities.naming=spring-boot
migrata.migrations.package=migrations
PROPERTIES
  [[ -n "${2:-}" ]] && cp "$2"/*.java "$1/migrations/versions/"
  return 0
}
project "$OUT/generate"
project "$OUT/history" "$root/examples/hedera-flow/migrations/versions"
DATABASE_URL="$PGURL/$db_head" ./migrata -q -C "$OUT/history" upgrade head

run_launcher() { ./migrata -q "$@"; }
run_launcher_no_cds() { MIGRATA_NO_CDS=1 ./migrata -q "$@"; }
run_plain_java() { java -cp "$classpath" io.migrata.cli.MigrataCommand -q "$@"; }

median_ms() { # how, database, command...
  local how="$1" db="$2" times=()
  shift 2
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    DATABASE_URL="$PGURL/$db" "$how" "$@" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    rm -f "$OUT"/generate/migrations/versions/*.java
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

# One run of each first: it dumps the class-data archive (after a build) and fills the compile cache.
DATABASE_URL="$PGURL/$db_empty" run_launcher -C "$OUT/generate" revision --autogenerate -m "initial schema" >/dev/null
rm -f "$OUT"/generate/migrations/versions/*.java
DATABASE_URL="$PGURL/$db_head" run_launcher -C "$OUT/history" current >/dev/null

echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; median of $RUNS runs, ms"
printf '%-32s %10s %16s %12s\n' "command" "./migrata" "MIGRATA_NO_CDS=1" "plain java"
printf '%-32s %10s %16s %12s\n' "revision --autogenerate" \
  "$(median_ms run_launcher "$db_empty" -C "$OUT/generate" revision --autogenerate -m "initial schema")" \
  "$(median_ms run_launcher_no_cds "$db_empty" -C "$OUT/generate" revision --autogenerate -m "initial schema")" \
  "$(median_ms run_plain_java "$db_empty" -C "$OUT/generate" revision --autogenerate -m "initial schema")"
printf '%-32s %10s %16s %12s\n' "current" \
  "$(median_ms run_launcher "$db_head" -C "$OUT/history" current)" \
  "$(median_ms run_launcher_no_cds "$db_head" -C "$OUT/history" current)" \
  "$(median_ms run_plain_java "$db_head" -C "$OUT/history" current)"
