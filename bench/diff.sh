#!/usr/bin/env bash
# Diff benchmark: SchemaDiff.between on two in-memory models of TABLES tables each (one in twenty
# changed, one in a hundred dropped and as many added), in one warm JVM: median of RUNS runs.
#
#   bench/diff.sh                  # 5,000 tables, 15 runs
#   TABLES=20000 RUNS=9 bench/diff.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -pl diff -am test-compile -Dmaven.test.skip.exec=true
classpath="diff/target/test-classes:diff/target/classes:schema/target/classes"
java -Xmx1g -cp "$classpath" io.migrata.diff.DiffBenchmark "${TABLES:-5000}" "${RUNS:-15}"
