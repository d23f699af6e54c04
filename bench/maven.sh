#!/usr/bin/env bash
# Whole-process wall time, median of RUNS fresh processes each, on the plugin's single-module
# sample (maven-plugin/src/it/single) at its head revision:
#   mvn validate          Maven's own start on the project (no Migrata goal)
#   mvn migrata:check     the plugin's check (scratch database, replay, entities compared)
#   ./migrata check       the command's check on the same project, entities and migrations
# and the ratio mvn migrata:check / (./migrata check + mvn validate). Maven runs offline on the
# repository the plugin's integration tests use (target/it-repo, ~/.m2 as read-only tail).
#
#   bench/maven.sh                  # on postgresql://postgres@127.0.0.1:5432, needs psql
#   RUNS=9 PGURL=postgresql://postgres@db:5432 bench/maven.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

RUNS="${RUNS:-5}"
PGURL="${PGURL:-postgresql://postgres@127.0.0.1:5432}"
OUT="$root/bench/out/maven"
rm -rf "$OUT"
mkdir -p "$OUT"

./mvnw -B -ntp -q -pl maven-plugin -am pre-integration-test -DskipTests
./migrata --version >/dev/null
version="$(sed -n 's#.*<version>\(.*\)</version>.*#\1#p' pom.xml | head -1)"

cp -r maven-plugin/src/it/single "$OUT/shop"
sed -i "s/@migrata.version@/$version/" "$OUT/shop/pom.xml"
db="migrata_bench_maven"
PGOPTIONS="-c client_min_messages=warning" psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'PGOPTIONS="-c client_min_messages=warning" psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $db"' EXIT
export DATABASE_URL="$PGURL/$db" MIGRATA_DEV_URL="$PGURL/postgres"

mvn_offline() {
  (cd "$OUT/shop" && "$root/mvnw" -B -o -ntp -q -Dmaven.repo.local="$root/maven-plugin/target/it-repo" \
    -Dmaven.repo.local.tail="$HOME/.m2/repository" "$@")
}
mvn_offline compile migrata:revision -Dmigrata.message="create customers" >/dev/null
mvn_offline compile migrata:upgrade >/dev/null

jpa="$HOME/.m2/repository/jakarta/persistence/jakarta.persistence-api/3.2.0/jakarta.persistence-api-3.2.0.jar"
cli_check() {
  ./migrata -C "$OUT/shop" check --entities com.example.shop --entities-classpath "target/classes:$jpa" \
    --versions-dir src/main/java/com/example/shop/migrations --package com.example.shop.migrations >/dev/null
}

median_ms() { # command...
  local times=()
  "$@" >/dev/null 2>&1   # warm-up: compile cache, archive, file cache
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

validate=$(median_ms mvn_offline validate)
plugin=$(median_ms mvn_offline migrata:check)
command=$(median_ms cli_check)
echo "mvn validate:        $validate ms"
echo "mvn migrata:check:   $plugin ms"
echo "./migrata check:     $command ms"
awk -v p="$plugin" -v c="$command" -v v="$validate" \
  'BEGIN { printf "ratio mvn migrata:check / (./migrata check + mvn validate): %.2f\n", p / (c + v) }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
