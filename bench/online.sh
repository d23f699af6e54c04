#!/usr/bin/env bash
# Online migrations under traffic: a table of ROWS rows (default 2,000,000), a steady writer
# (pgbench at WRITE_RATE transactions/s, each an UPDATE of a random row and an INSERT, every
# transaction's latency logged) and a reader (pgbench at READ_RATE, point and range SELECTs).
# Each change is applied twice on the same table: once in its blocking form with psql, once as
# the online plan Migrata writes for it, as a revision applied by `migrata upgrade` (lock_timeout
# and retries included); between the two the change is undone. Reported per change and form:
#
#   stall_ms   the longest writer transaction (its latency, as pgbench logs it)
#   p99_ms     the 99th percentile writer latency while the change ran
#   total_s    wall time of the change (for Migrata: the whole `migrata upgrade` process)
#   same       whether the table's definition afterwards (pg_dump -s) is identical in both forms
#
# then a type change (integer to bigint) as ALTER COLUMN TYPE and as the expand/contract pair,
# and a last case where a long transaction holds ACCESS SHARE on the table for HOLD_S seconds:
# the blocking ALTER queues behind it and every writer queues behind the ALTER; Migrata's
# statement waits at most its lock_timeout (STATEMENT_LOCK_TIMEOUT), gives way, and retries.
#
#   bench/online.sh                           # on postgresql://postgres@127.0.0.1:5432
#   ROWS=200000 bench/online.sh               # a quick run
#   PGURL=postgresql://postgres@db:5432 bench/online.sh
#
# It creates and drops the database migrata_bench_online (DB=... names another). Not a test: it prints a table.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

ROWS="${ROWS:-2000000}"
WRITE_RATE="${WRITE_RATE:-100}"
READ_RATE="${READ_RATE:-100}"
HOLD_S="${HOLD_S:-10}"
STATEMENT_LOCK_TIMEOUT="${STATEMENT_LOCK_TIMEOUT:-500ms}"
PGURL="${PGURL:-postgresql://postgres@127.0.0.1:5432}"
DB="${DB:-migrata_bench_online}"
OUT="$root/bench/out/online"
PROJECT="$OUT/project"
export PGOPTIONS="-c client_min_messages=warning"

for tool in psql pg_dump pgbench awk sort; do
  command -v "$tool" >/dev/null || { echo "online.sh: $tool is not installed" >&2; exit 2; }
done
rm -rf "$OUT"
mkdir -p "$PROJECT/migrations/versions" "$OUT/logs"
./migrata --version >/dev/null

psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
trap 'kill $(jobs -p) 2>/dev/null || true; psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
sql() { psql -q -v ON_ERROR_STOP=1 "$PGURL/$DB" "$@"; }

echo "loading $ROWS rows" >&2
sql <<SQL
CREATE TABLE owners (id bigint PRIMARY KEY);
INSERT INTO owners SELECT g FROM generate_series(1, 1000) g;
CREATE TABLE accounts (id bigint PRIMARY KEY, owner_id bigint, email text, code text, balance integer NOT NULL,
    touched timestamptz NOT NULL DEFAULT now());
INSERT INTO accounts (id, owner_id, email, code, balance)
    SELECT g, 1 + g % 1000, 'user' || g || '@example.com', 'c' || g, g % 1000 FROM generate_series(1, $ROWS) g;
CREATE SEQUENCE accounts_more START $((ROWS + 1));
VACUUM ANALYZE accounts;
SQL

cat >"$OUT/writer.sql" <<SQL
\\set id random(1, $ROWS)
UPDATE accounts SET balance = balance + 1, touched = now() WHERE id = :id;
INSERT INTO accounts (id, owner_id, email, code, balance)
    SELECT n, 1 + n % 1000, 'new' || n || '@example.com', 'n' || n, 0 FROM nextval('accounts_more') n;
SQL
cat >"$OUT/reader.sql" <<SQL
\\set id random(1, $ROWS)
SELECT balance FROM accounts WHERE id = :id;
SELECT count(*) FROM accounts WHERE id BETWEEN :id AND :id + 100;
SQL

# Traffic in windows of a few seconds until $OUT/stop exists: pgbench writes its per-transaction log
# only when it ends normally, and a window ends only after its last transaction, however long it waits.
traffic() { # name
  local name="$1"
  {
    local window=0
    while [[ ! -f "$OUT/stop" ]]; do
      window=$((window + 1))
      pgbench -n -f "$OUT/writer.sql" -R "$WRITE_RATE" -c 4 -j 1 -T 3 -l \
        --log-prefix="$OUT/logs/$name.w$window" "$PGURL/$DB" >>"$OUT/logs/$name.pgbench" 2>&1 || true
    done
  } >/dev/null &
  traffic_pids="$!"
  {
    while [[ ! -f "$OUT/stop" ]]; do
      pgbench -n -f "$OUT/reader.sql" -R "$READ_RATE" -c 2 -j 1 -T 3 "$PGURL/$DB" >/dev/null 2>&1 || true
    done
  } >/dev/null &
  traffic_pids="$traffic_pids $!"
}

# Runs the command under traffic; prints "stall_ms p99_ms total_s".
measure() { # name command...
  local name="$1"
  shift
  rm -f "$OUT/stop"
  traffic "$name"
  sleep 2
  local start end
  start=$(date +%s.%N)
  "$@" >"$OUT/logs/$name.out" 2>&1 || { echo "online.sh: $name failed:" >&2; cat "$OUT/logs/$name.out" >&2; exit 1; }
  end=$(date +%s.%N)
  sleep 2
  touch "$OUT/stop"
  # shellcheck disable=SC2086
  wait $traffic_pids 2>/dev/null || true
  cat "$OUT/logs/$name".w* 2>/dev/null | awk '{ print $3 / 1000 }' | sort -n >"$OUT/logs/$name.latencies"
  local count p99 stall
  count=$(wc -l <"$OUT/logs/$name.latencies")
  stall=$(tail -1 "$OUT/logs/$name.latencies")
  p99=$(awk -v n="$count" 'NR == int(n * 0.99 + 0.999) { print; exit }' "$OUT/logs/$name.latencies")
  awk -v s="$stall" -v p="$p99" -v a="$start" -v b="$end" 'BEGIN { printf "%.0f %.0f %.1f\n", s, p, b - a }'
}

definition() { pg_dump -s -t accounts -t owners "$PGURL/$DB" | grep -v -e '^--' -e '^$' -e '^\\restrict' -e '^\\unrestrict'; }

revision_number=0
# Writes the online plan's revision: the calls `revision --autogenerate` writes for the change.
revision() { # class-suffix transactional upgrade-calls downgrade-calls
  revision_number=$((revision_number + 1))
  local id
  id=$(printf '%03d_%s' "$revision_number" "$1")
  local parent=""
  [[ $revision_number -gt 1 ]] && parent="parents = \"$(printf '%03d' $((revision_number - 1)))_$previous\","
  cat >"$PROJECT/migrations/versions/M20261207_$(printf '%03d' "$revision_number")_$1.java" <<JAVA
package migrations;

import static io.migrata.schema.migration.Schema.*;
import static io.migrata.schema.migration.Types.*;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

@Revision(id = "$id", $parent message = "$1")
public final class M20261207_$(printf '%03d' "$revision_number")_$1 implements Migration {
    @Override
    public void upgrade(Operations op) {
        $3
    }

    @Override
    public void downgrade(Operations op) {
        $4
    }

    @Override
    public boolean transactional() {
        return $2;
    }
}
JAVA
  previous="$1"
}

migrata() {
  MIGRATA_STATEMENT_LOCK_TIMEOUT="$STATEMENT_LOCK_TIMEOUT" "$root/migrata" -C "$PROJECT" --quiet "$@" --url "$PGURL/$DB"
}

results=()
change() { # name blocking-sql undo-sql class upgrade-calls downgrade-calls transactional
  local name="$1"
  echo "change: $name" >&2
  local blocking online
  blocking=$(measure "$name.blocking" sql -c "$2")
  definition >"$OUT/$name.blocking.sql"
  sql -c "$3"
  revision "$4" "$7" "$5" "$6"
  online=$(measure "$name.migrata" migrata upgrade head)
  definition >"$OUT/$name.migrata.sql"
  local same=no
  cmp -s "$OUT/$name.blocking.sql" "$OUT/$name.migrata.sql" && same=yes
  # Undone by hand, so the version table stays at this revision and the next one runs alone.
  sql -c "$3"
  results+=("$name|blocking|$blocking|$same" "$name|migrata|$online|$same")
}

change "create index" \
  "CREATE INDEX accounts_email_idx ON accounts (email)" \
  "DROP INDEX accounts_email_idx" \
  CreateIndex 'op.createIndex("accounts", index("accounts_email_idx").on("email").concurrently());' \
  'op.dropIndex("accounts", index("accounts_email_idx").on("email").concurrently());' false
change "add unique constraint" \
  "ALTER TABLE accounts ADD CONSTRAINT accounts_code_key UNIQUE (code)" \
  "ALTER TABLE accounts DROP CONSTRAINT accounts_code_key" \
  AddUnique 'op.createUniqueConstraintUsingIndex("accounts", constraint("accounts_code_key").unique("code"));' \
  'op.dropConstraint("accounts", "accounts_code_key");' false
change "add foreign key" \
  "ALTER TABLE accounts ADD CONSTRAINT accounts_owner_fk FOREIGN KEY (owner_id) REFERENCES owners (id)" \
  "ALTER TABLE accounts DROP CONSTRAINT accounts_owner_fk" \
  AddForeignKey 'op.createForeignKeyNotValid("accounts", constraint("accounts_owner_fk").foreignKey("owner_id").references("owners", "id"));
        op.validateConstraint("accounts", "accounts_owner_fk");' \
  'op.dropConstraint("accounts", "accounts_owner_fk");' true
change "add check" \
  "ALTER TABLE accounts ADD CONSTRAINT accounts_balance_check CHECK (balance >= 0)" \
  "ALTER TABLE accounts DROP CONSTRAINT accounts_balance_check" \
  AddCheck 'op.createCheckConstraintNotValid("accounts", constraint("accounts_balance_check").check("balance >= 0"));
        op.validateConstraint("accounts", "accounts_balance_check");' \
  'op.dropConstraint("accounts", "accounts_balance_check");' true
change "set not null" \
  "ALTER TABLE accounts ALTER COLUMN email SET NOT NULL" \
  "ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL" \
  SetNotNull 'op.createCheckConstraintNotValid("accounts", constraint("accounts_email_not_null").check("email IS NOT NULL"));
        op.validateConstraint("accounts", "accounts_email_not_null");
        op.alterColumn("accounts", column("email", text()), setNotNull());
        op.dropConstraint("accounts", constraint("accounts_email_not_null").check("email IS NOT NULL"));' \
  'op.alterColumn("accounts", column("email", text()).notNull(), dropNotNull());' true

# A type change that rewrites the table: ALTER COLUMN TYPE against the two revisions
# `revision --autogenerate --expand-contract` writes for it (expand, then contract), applied by one
# `migrata upgrade head`. The column ends last in the table, so the definitions are compared with
# their lines sorted.
sorted_definition() { definition | sed 's/,$//' | sort; }
echo "change: type change (expand/contract)" >&2
blocking=$(measure "type.blocking" sql -c "ALTER TABLE accounts ALTER COLUMN balance TYPE bigint")
sorted_definition >"$OUT/type.blocking.sql"
sql -c "ALTER TABLE accounts ALTER COLUMN balance TYPE integer"
revision BalanceExpand true 'op.addColumn("accounts", column("balance_new", bigint()));
        op.createFunction(function("accounts_balance_sync", "", "CREATE OR REPLACE FUNCTION public.accounts_balance_sync()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$\nBEGIN\n    NEW.balance_new := NEW.balance;\n    RETURN NEW;\nEND\n$function$\n"));
        op.createTrigger(trigger("accounts", "accounts_balance_sync", "CREATE TRIGGER accounts_balance_sync BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.accounts_balance_sync()"));
        op.backfill("accounts", "balance_new", "UPDATE public.accounts SET balance_new = balance WHERE ctid = ANY (ARRAY(SELECT ctid FROM public.accounts WHERE balance_new IS DISTINCT FROM CAST(balance AS bigint) LIMIT 10000))");' \
  'op.dropTrigger(trigger("accounts", "accounts_balance_sync", "CREATE TRIGGER accounts_balance_sync BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.accounts_balance_sync()"));
        op.dropFunction(function("accounts_balance_sync", "", "CREATE OR REPLACE FUNCTION public.accounts_balance_sync()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$\nBEGIN\n    NEW.balance_new := NEW.balance;\n    RETURN NEW;\nEND\n$function$\n"));
        op.dropColumn("accounts", column("balance_new", bigint()));'
revision BalanceContract true 'op.createCheckConstraintNotValid("accounts", constraint("accounts_balance_new_not_null").check("balance_new IS NOT NULL"));
        op.validateConstraint("accounts", "accounts_balance_new_not_null");
        op.execute("DO $verify$ BEGIN IF EXISTS (SELECT FROM public.accounts WHERE balance_new IS DISTINCT FROM CAST(balance AS bigint)) THEN RAISE EXCEPTION '\''some rows of public.accounts have balance_new unequal to the converted balance'\''; END IF; END $verify$", "DO $verify$ BEGIN IF EXISTS (SELECT FROM public.accounts WHERE balance_new IS DISTINCT FROM CAST(balance AS bigint)) THEN RAISE EXCEPTION '\''some rows of public.accounts have balance_new unequal to the converted balance'\''; END IF; END $verify$");
        op.dropTrigger(trigger("accounts", "accounts_balance_sync", "CREATE TRIGGER accounts_balance_sync BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.accounts_balance_sync()"));
        op.dropFunction(function("accounts_balance_sync", "", "CREATE OR REPLACE FUNCTION public.accounts_balance_sync()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$\nBEGIN\n    NEW.balance_new := NEW.balance;\n    RETURN NEW;\nEND\n$function$\n"));
        op.alterColumn("accounts", column("balance_new", bigint()), setNotNull());
        op.dropConstraint("accounts", constraint("accounts_balance_new_not_null").check("balance_new IS NOT NULL"));
        op.alterColumn("accounts", column("balance", integer()).notNull(), dropNotNull());
        op.dropColumn("accounts", column("balance", integer()));
        op.renameColumn("accounts", "balance_new", "balance");' \
  'op.renameColumn("accounts", "balance", "balance_new");
        op.addColumn("accounts", column("balance", integer()));
        op.backfill("accounts", "balance", "UPDATE public.accounts SET balance = balance_new WHERE ctid = ANY (ARRAY(SELECT ctid FROM public.accounts WHERE balance IS DISTINCT FROM CAST(balance_new AS integer) LIMIT 10000))");
        op.alterColumn("accounts", column("balance", integer()), setNotNull());
        op.createCheckConstraint("accounts", constraint("accounts_balance_new_not_null").check("balance_new IS NOT NULL"));
        op.alterColumn("accounts", column("balance_new", bigint()).notNull(), dropNotNull());
        op.createFunction(function("accounts_balance_sync", "", "CREATE OR REPLACE FUNCTION public.accounts_balance_sync()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$\nBEGIN\n    NEW.balance_new := NEW.balance;\n    RETURN NEW;\nEND\n$function$\n"));
        op.createTrigger(trigger("accounts", "accounts_balance_sync", "CREATE TRIGGER accounts_balance_sync BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.accounts_balance_sync()"));
        op.execute("DO $verify$ BEGIN IF EXISTS (SELECT FROM public.accounts WHERE balance_new IS DISTINCT FROM CAST(balance AS bigint)) THEN RAISE EXCEPTION '\''some rows of public.accounts have balance_new unequal to the converted balance'\''; END IF; END $verify$", "DO $verify$ BEGIN IF EXISTS (SELECT FROM public.accounts WHERE balance_new IS DISTINCT FROM CAST(balance AS bigint)) THEN RAISE EXCEPTION '\''some rows of public.accounts have balance_new unequal to the converted balance'\''; END IF; END $verify$");
        op.validateConstraint("accounts", "accounts_balance_new_not_null");
        op.dropConstraint("accounts", constraint("accounts_balance_new_not_null").check("balance_new IS NOT NULL"));'
online=$(measure "type.migrata" migrata upgrade head)
sorted_definition >"$OUT/type.migrata.sql"
same=no
cmp -s "$OUT/type.blocking.sql" "$OUT/type.migrata.sql" && same=yes
results+=("type change integer to bigint|blocking|$blocking|$same" "type change integer to bigint, expand/contract|migrata|$online|$same")

# A long transaction holds ACCESS SHARE on accounts; the change needs ACCESS EXCLUSIVE briefly.
behind_long_transaction() { # command...
  psql -q "$PGURL/$DB" -c "BEGIN; SELECT count(*) FROM accounts WHERE id = 1; SELECT pg_sleep($HOLD_S); COMMIT;" >/dev/null &
  local holder=$!
  sleep 0.5
  "$@"
  wait "$holder"
}
echo "change: behind a long transaction" >&2
blocking=$(measure "long-transaction.blocking" behind_long_transaction sql -c "ALTER TABLE accounts ADD COLUMN note text")
definition >"$OUT/long.blocking.sql"
sql -c "ALTER TABLE accounts DROP COLUMN note"
revision AddNote true 'op.addColumn("accounts", column("note", text()));' 'op.dropColumn("accounts", column("note", text()));'
online=$(measure "long-transaction.migrata" behind_long_transaction migrata upgrade head)
definition >"$OUT/long.migrata.sql"
same=no
cmp -s "$OUT/long.blocking.sql" "$OUT/long.migrata.sql" && same=yes
results+=("add column behind a ${HOLD_S} s transaction|blocking|$blocking|$same" "add column behind a ${HOLD_S} s transaction|migrata|$online|$same")

echo
echo "rows=$ROWS writer=${WRITE_RATE}/s reader=${READ_RATE}/s statement-lock-timeout=$STATEMENT_LOCK_TIMEOUT load=$(cut -d' ' -f1-3 /proc/loadavg) cpus=$(nproc)"
echo "| change | form | longest writer stall (ms) | writer p99 (ms) | total (s) | same schema |"
echo "|---|---|---|---|---|---|"
for row in "${results[@]}"; do
  IFS='|' read -r name form numbers same <<<"$row"
  read -r stall p99 total <<<"$numbers"
  echo "| $name | $form | $stall | $p99 | $total | $same |"
done
