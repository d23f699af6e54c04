#!/usr/bin/env bash
# Whole-process time of reading the judge's 300-entity set into a schema model (EntityModelReader,
# no database) versus Hibernate booting its SessionFactory for the same classes (which connects to
# PostgreSQL, as the application does at start). Each step runs RUNS times in a fresh JVM; the
# median wall time is printed.
#
#   bench/entities.sh                 # uses jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres
#   RUNS=9 JDBC_URL=... bench/entities.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-5}"
JDBC_URL="${JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
OUT=bench/out/entities
mkdir -p "$OUT"

./mvnw -q -pl entities -am test-compile
./mvnw -q -pl entities dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$OUT/classpath.txt"
CP="entities/target/test-classes:entities/target/classes:schema/target/classes:$(cat "$OUT/classpath.txt")"
MAIN=io.migrata.entities.bench.EntitiesBench

java -cp "$CP" "$MAIN" generate "$OUT/classes"

median_ms() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    java -cp "$CP" "$MAIN" "$@" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

echo "java: $(java -version 2>&1 | head -1); runs per step: $RUNS"
echo "EntityModelReader.read, 300 entities:        $(median_ms read "$OUT/classes") ms"
echo "Hibernate SessionFactory boot, 300 entities: $(median_ms sessionfactory "$OUT/classes" "$JDBC_URL") ms"
