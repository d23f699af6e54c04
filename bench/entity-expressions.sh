#!/usr/bin/env bash
# What spelling the entities' expressions on a scratch database costs: `check` and
# `revision --autogenerate` on Hedera Flow, with the entity cache cold (.migrata/entities deleted
# before each run) and warm, for this checkout and for a reference revision built from `git archive`
# in the same run. Whole-process wall and CPU (user + system) time, the median of RUNS fresh
# processes each, the runs of both builds interleaved; the other caches (replayed history,
# compiled migrations) are warm in every run.
#
#   bench/entity-expressions.sh                     # reference: HEAD~1, on postgresql://postgres@127.0.0.1:5432
#   REF=a3fb416 RUNS=7 bench/entity-expressions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

RUNS="${RUNS:-5}"
REF="${REF:-HEAD~1}"
PGURL="${PGURL:-postgresql://postgres@127.0.0.1:5432}"
OUT="$root/bench/out/entity-expressions"
rm -rf "$OUT"
mkdir -p "$OUT"

# The two builds: this checkout's CLI, and the reference's, built in a copy of its tree.
./mvnw -B -ntp -q -o -pl cli,examples/hedera-flow -am package -DskipTests
ref_tree="$root/bench/out/entity-expressions-ref-$(git rev-parse --short "$REF")"   # built once per reference
if [[ ! -f "$ref_tree/cli/target/classpath.txt" ]]; then
  rm -rf "$ref_tree" && mkdir -p "$ref_tree"
  git archive --format=tar "$REF" | tar -x -C "$ref_tree"
  (cd "$ref_tree" && ./mvnw -B -ntp -q -o -pl cli -am package -DskipTests)
fi
cp_new="$root/cli/target/migrata-cli.jar:$(<"$root/cli/target/classpath.txt")"
cp_ref="$ref_tree/cli/target/migrata-cli.jar:$(<"$ref_tree/cli/target/classpath.txt")"
classes="$root/examples/hedera-flow/target/classes"

db="migrata_bench_expressions"
PGOPTIONS="-c client_min_messages=warning" psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'PGOPTIONS="-c client_min_messages=warning" psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $db"' EXIT

for build in new ref; do
  mkdir -p "$OUT/$build-project/migrations/versions"
  cat >"$OUT/$build-project/migrata.properties" <<PROPERTIES
migrata.entities.packages=io.migrata.examples.hedera
migrata.entities.classpath=$classes
migrata.entities.naming=spring-boot
migrata.migrations.package=migrations
PROPERTIES
  cp "$root"/examples/hedera-flow/migrations/versions/*.java "$OUT/$build-project/migrations/versions/"
done

migrata() { # build, command...
  local build="$1" classpath
  shift
  [[ "$build" == new ]] && classpath="$cp_new" || classpath="$cp_ref"
  DATABASE_URL="$PGURL/$db" MIGRATA_DEV_URL="$PGURL/postgres" \
    java -cp "$classpath" io.migrata.cli.MigrataCommand -q -C "$OUT/$build-project" "$@"
}

migrata new upgrade head >/dev/null
for build in new ref; do # fills the replay and compile caches
  migrata "$build" check >/dev/null || true
  migrata "$build" revision --autogenerate -m none >/dev/null || true
done

# One measured process: "wall_ms cpu_ms" on the line it appends to the named file.
measure() { # file, build, cache (cold|warm), command...
  local file="$1" build="$2" cache="$3"
  shift 3
  [[ "$cache" == cold ]] && rm -rf "$OUT/$build-project/.migrata/entities"
  local start end cpu
  start=$(date +%s%N)
  cpu=$( { /usr/bin/time -f "%U %S" bash -c '"$@" >/dev/null 2>&1' _ migrata_exec "$build" "$@"; } 2>&1 | tail -1)
  end=$(date +%s%N)
  rm -f "$OUT/$build-project"/migrations/versions/*none*.java
  echo "$(( (end - start) / 1000000 )) $(awk '{printf "%d", ($1 + $2) * 1000}' <<<"$cpu")" >>"$file"
}
migrata_exec() { migrata "$@"; }
export -f migrata migrata_exec
export cp_new cp_ref PGURL db OUT

for _ in $(seq "$RUNS"); do
  for cache in cold warm; do
    for command in check autogenerate; do
      for build in ref new; do
        if [[ "$command" == check ]]; then
          measure "$OUT/$build-$cache-$command" "$build" "$cache" check
        else
          measure "$OUT/$build-$cache-$command" "$build" "$cache" revision --autogenerate -m none
        fi
      done
    done
  done
done

median() { # file, column
  awk -v c="$2" '{print $c}' "$1" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; reference $(git rev-parse --short "$REF"); median of $RUNS runs, ms"
printf '%-26s %9s %9s %9s %9s %7s %7s\n' "command, entity cache" "ref wall" "new wall" "ref CPU" "new CPU" "wall ×" "CPU ×"
for cache in cold warm; do
  for command in check autogenerate; do
    rw=$(median "$OUT/ref-$cache-$command" 1); nw=$(median "$OUT/new-$cache-$command" 1)
    rc=$(median "$OUT/ref-$cache-$command" 2); nc=$(median "$OUT/new-$cache-$command" 2)
    printf '%-26s %9s %9s %9s %9s %7s %7s\n' "$command, $cache" "$rw" "$nw" "$rc" "$nc" \
      "$(awk -v a="$nw" -v b="$rw" 'BEGIN{printf "%.2f", a / b}')" "$(awk -v a="$nc" -v b="$rc" 'BEGIN{printf "%.2f", a / b}')"
  done
done
