#!/usr/bin/env bash
# In-memory replay time of one revision of CreateTable ops at 500 (the reference) and 5,000
# tables, in one JVM; prints the best of three runs each and their ratio. Needs no database.
#
#   bench/replay.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -pl schema -am compile
java -cp schema/target/classes bench/ReplayBench.java
