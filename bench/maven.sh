#!/usr/bin/env bash
# Whole-process wall time and CPU time (user + system, which a loaded machine disturbs far less),
# median of RUNS fresh processes each, on the plugin's single-module sample
# (maven-plugin/src/it/single) at its head revision:
#   mvn validate                          Maven's own start on the project (no Migrata goal)
#   mvn migrata:check -Dmigrata.skip=true  the same plus resolving the plugin and the project's class path
#   mvn migrata:check                     the plugin's check (scratch database, replay, entities compared),
#                                         in the JVM it forks by default
#   mvn migrata:check -Dmigrata.fork=false the same check in Maven's own JVM
#   ./migrata check                       the command's check on the same project, entities and migrations
# and the ratio mvn migrata:check / (./migrata check + mvn validate), once with Maven's default JVM
# options and once with the ones the command starts its JVM with (MAVEN_OPTS). Maven runs offline
# on the repository the plugin's integration tests use (target/it-repo, ~/.m2 as read-only tail).
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
    --versions-dir src/main/java/com/example/shop/migrations >/dev/null
}

# Prints "WALL_MS CPU_MS", medians of RUNS runs after a warm-up (compile cache, archive, file
# cache); a run that fails stops the benchmark, so a broken command line is never timed.
measure() { # command...
  "$@" >/dev/null 2>&1 || { echo "bench/maven.sh: failed: $*" >&2; exit 1; }
  local walls=() cpus=() times
  for _ in $(seq "$RUNS"); do
    times=$( { /usr/bin/time -f "%e %U %S" bash -c '"$@" >/dev/null 2>&1' bash "$@"; } 2>&1 | tail -1)
    read -r wall user sys <<<"$times"
    walls+=("$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
  done
  local middle=$(( (RUNS + 1) / 2 ))
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "${middle}p") $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${middle}p")"
}

# /usr/bin/time runs programs, not shell functions: a child bash runs these.
export root OUT jpa
export -f mvn_offline cli_check

report() { # label, MAVEN_OPTS
  export MAVEN_OPTS="$2"
  local validate skip plugin inside command
  validate=$(measure mvn_offline validate)
  skip=$(measure mvn_offline migrata:check -Dmigrata.skip=true)
  plugin=$(measure mvn_offline migrata:check)
  inside=$(measure mvn_offline migrata:check -Dmigrata.fork=false)
  command=$(measure cli_check)
  unset MAVEN_OPTS
  echo "$1 (MAVEN_OPTS=${2:-none}), wall ms / CPU ms:"
  echo "  mvn validate:                         $validate"
  echo "  mvn migrata:check -Dmigrata.skip=true: $skip"
  echo "  mvn migrata:check (forked JVM):       $plugin"
  echo "  mvn migrata:check -Dmigrata.fork=false: $inside"
  echo "  ./migrata check:                      $command"
  read -r vw vc <<<"$validate"; read -r pw pc <<<"$plugin"; read -r iw ic <<<"$inside"; read -r cw cc <<<"$command"
  awk -v pw="$pw" -v pc="$pc" -v iw="$iw" -v ic="$ic" -v cw="$cw" -v cc="$cc" -v vw="$vw" -v vc="$vc" 'BEGIN {
    printf "  ratio mvn migrata:check / (./migrata check + mvn validate): wall %.2f, CPU %.2f\n", pw / (cw + vw), pc / (cc + vc)
    printf "  the same, -Dmigrata.fork=false:                            wall %.2f, CPU %.2f\n", iw / (cw + vw), ic / (cc + vc) }'
}

report "Maven's default JVM" ""
report "the command's JVM options" "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
