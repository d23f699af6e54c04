#!/usr/bin/env bash
# In-process read time of JdbcIntrospector (generic JDBC metadata through SchemaCrawler) versus
# PostgresIntrospector (bulk pg_catalog queries) on one schema of 1,000 tables, 11,000 columns,
# 2,000 indexes and 999 foreign keys. The first read of each reader in the JVM is reported as cold,
# then five warm reads of each alternate; median and minimum are printed.
#
#   bench/introspect-jdbc.sh                  # uses jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres
#   bench/introspect-jdbc.sh 'jdbc:postgresql://host:5432/postgres?user=me&password=secret'
#
# The URL's user must be allowed to create databases; the bench database is dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

JDBC_URL="${1:-${JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}}"
OUT=bench/out/introspect-jdbc
mkdir -p "$OUT"

# One reactor run, so a fresh machine needs nothing installed; introspect comes last and its
# classpath is the one left in the file.
./mvnw -q -pl introspect -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$PWD/$OUT/classpath.txt"
CP="introspect/target/classes:schema/target/classes:$(cat "$OUT/classpath.txt")"

java -cp "$CP" bench/IntrospectJdbcBench.java "$JDBC_URL"
