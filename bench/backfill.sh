#!/usr/bin/env bash
# The backfill of an expand/contract type change, in its two forms, on a table of ROWS rows
# (default 2,000,000) with the sync trigger in place:
#
#   ctid   each batch picks its next 10,000 rows still to fill by ctid, scanning from the start of
#          the table (the form the expand revision had before it walked the key)
#   key    each batch is the next 10,000 keys after the last one of the batch before, read from the
#          primary key's index (op.backfill(..., byKey("id")...)), what the expand revision writes now
#
# Each form runs as a revision applied by `migrata upgrade`, on a database of its own loaded the
# same way. Reported per form: the whole `migrata upgrade` process (wall), the CPU time of the
# server process that ran the backfill (from /proc, so only when the server runs on this machine),
# and the ratio ctid / key of each, measured in the same run.
#
#   bench/backfill.sh                           # on postgresql://postgres@127.0.0.1:5432
#   ROWS=200000 bench/backfill.sh               # a quick run
#
# It creates and drops the databases ${DB}_ctid and ${DB}_key (DB=migrata_bench_backfill unless
# set). Not a test: it prints a table.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

ROWS="${ROWS:-2000000}"
PGURL="${PGURL:-postgresql://postgres@127.0.0.1:5432}"
DB="${DB:-migrata_bench_backfill}"
OUT="$root/bench/out/backfill"
export PGOPTIONS="-c client_min_messages=warning"

for tool in psql awk; do
  command -v "$tool" >/dev/null || { echo "backfill.sh: $tool is not installed" >&2; exit 2; }
done
rm -rf "$OUT"
mkdir -p "$OUT"
./migrata --version >/dev/null

cleanup() {
  for form in ctid key; do psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS ${DB}_$form WITH (FORCE)"; done
}
trap cleanup EXIT
ticks=$(getconf CLK_TCK)

# The table as the expand revision leaves it: the new column, empty, and the trigger that fills it on every write.
load() { # database
  psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
  psql -q -v ON_ERROR_STOP=1 "$PGURL/$1" <<SQL
CREATE TABLE entries (id integer PRIMARY KEY, account integer NOT NULL, note text);
INSERT INTO entries SELECT g, g % 1000, 'entry ' || g FROM generate_series(1, $ROWS) g;
ALTER TABLE entries ADD COLUMN account_new bigint;
CREATE FUNCTION entries_account_sync() RETURNS trigger LANGUAGE plpgsql AS \$f\$
BEGIN
    NEW.account_new := NEW.account;
    RETURN NEW;
END
\$f\$;
CREATE TRIGGER entries_account_sync BEFORE INSERT OR UPDATE ON entries FOR EACH ROW EXECUTE FUNCTION entries_account_sync();
VACUUM ANALYZE entries;
SQL
}

project() { # form backfill-call
  local dir="$OUT/$1"
  mkdir -p "$dir/migrations/versions"
  cat >"$dir/migrations/versions/M20261208_001_Backfill.java" <<JAVA
package migrations;

import static io.migrata.schema.migration.Schema.byKey;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

@Revision(id = "001_backfill", message = "backfill")
public final class M20261208_001_Backfill implements Migration {
    @Override
    public void upgrade(Operations op) {
        $2
    }

    @Override
    public void downgrade(Operations op) {
    }
}
JAVA
}

# CPU ticks of the backend running the DO block, followed until it exits; prints the last reading.
backend_cpu() { # database
  local pid="" last=0 stat
  while [[ -z "$pid" && ! -f "$OUT/done" ]]; do
    pid=$(psql -qtA "$PGURL/postgres" -c "SELECT pid FROM pg_stat_activity WHERE datname = '$1' AND query LIKE 'DO %' LIMIT 1")
    [[ -z "$pid" ]] && sleep 0.05
  done
  while [[ -n "$pid" ]] && stat=$(cat "/proc/$pid/stat" 2>/dev/null); do
    last=$(echo "$stat" | sed 's/^.*) //' | awk '{ print $12 + $13 }')
    sleep 0.1
  done
  echo "$last"
}

run() { # form
  local db="${DB}_$1"
  load "$db"
  rm -f "$OUT/done"
  backend_cpu "$db" >"$OUT/$1.cpu" &
  local watcher=$! start end
  start=$(date +%s.%N)
  "$root/migrata" -C "$OUT/$1" --quiet upgrade head --url "$PGURL/$db" >"$OUT/$1.out" 2>&1 \
    || { echo "backfill.sh: the $1 form failed:" >&2; cat "$OUT/$1.out" >&2; exit 1; }
  end=$(date +%s.%N)
  touch "$OUT/done"
  wait "$watcher"
  local left
  left=$(psql -qtA "$PGURL/$db" -c "SELECT count(*) FROM entries WHERE account_new IS DISTINCT FROM account")
  [[ "$left" == 0 ]] || { echo "backfill.sh: the $1 form left $left rows unfilled" >&2; exit 1; }
  awk -v a="$start" -v b="$end" -v c="$(cat "$OUT/$1.cpu")" -v t="$ticks" 'BEGIN { printf "%.1f %.1f\n", b - a, c / t }'
  psql -q "$PGURL/postgres" -c "DROP DATABASE $db WITH (FORCE)"
}

project ctid 'op.backfill("entries", "account_new", "UPDATE public.entries SET account_new = account WHERE ctid = ANY (ARRAY(SELECT ctid FROM public.entries WHERE account_new IS DISTINCT FROM CAST(account AS bigint) LIMIT 10000))");'
project key 'op.backfill("entries", "account_new", byKey("id").set("account").where("account_new IS DISTINCT FROM CAST(account AS bigint)"));'

echo "backfill of $ROWS rows" >&2
read -r ctid_wall ctid_cpu < <(run ctid)
read -r key_wall key_cpu < <(run key)

printf '%-6s %10s %14s\n' form wall_s server_cpu_s
printf '%-6s %10s %14s\n' ctid "$ctid_wall" "$ctid_cpu"
printf '%-6s %10s %14s\n' key "$key_wall" "$key_cpu"
awk -v a="$ctid_wall" -v b="$key_wall" -v c="$ctid_cpu" -v d="$key_cpu" \
  'BEGIN { cpu = (d > 0) ? sprintf("%.1fx", c / d) : "n/a"; printf "ratio ctid/key: wall %.1fx, server CPU %s\n", a / b, cpu }'
