#!/usr/bin/env bash
# Migrata's main job from nothing: a new project holding only settings that point at Hedera Flow's
# entities, an embedded PostgreSQL (no database to set up), then
#   migrata revision --autogenerate -m "initial schema"   (entities vs the empty database)
#   migrata upgrade head                                   (apply the generated class)
#   migrata current
# The project goes to a new temporary directory, or to the directory given as the argument.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
migrata="$root/migrata"
project="${1:-$(mktemp -d "${TMPDIR:-/tmp}/migrata-demo.XXXXXX")}"

# Any run builds the CLI and the example's entity classes when they are missing or stale.
"$migrata" --version >/dev/null

mkdir -p "$project/migrations/versions"
cat >"$project/migrata.properties" <<PROPERTIES
migrata.entities.packages=io.migrata.examples.hedera
migrata.entities.classpath=$root/examples/hedera-flow/target/classes
migrata.entities.naming=spring-boot
migrata.migrations.package=migrations
PROPERTIES

step() {
  printf '\n$ migrata %s\n' "$*"
  "$migrata" -C "$project" "$@"
}

echo "demo project: $project"
step revision --autogenerate -m "initial schema"
generated="$(ls "$project"/migrations/versions/*.java)"
printf '\n--- %s, from its @Revision (first 30 lines) ---\n' "${generated#"$project"/}"
# One process, no pipe: a reader that stops early (head) ends the writer with SIGPIPE, which
# pipefail makes the script's failure.
awk '/^@Revision/ { found = 1 } found && shown++ < 30' "$generated"
step upgrade head
step current
step check
