#!/usr/bin/env bash
# Migrata beside the tools users compare it with, on the same PostgreSQL server: Alembic (Debian's
# python3-alembic, SQLAlchemy and psycopg2, run by /usr/bin/python3) and pg_dump. Whole processes,
# interleaved (one run of each tool per round, in turn), median of RUNS rounds; for each run the
# wall time, the client's CPU time (user + system, from /usr/bin/time) and its peak RSS. It prints
# one line per goal of the speed work with both medians, the ratio and whether the goal is met.
#
#   upgrade100      `upgrade head` of 100 revisions (one table each) on a fresh database, compile
#                   cache warm, against `alembic upgrade head` (transaction_per_migration)
#   upgrade100-edit the same after one source changed before every run (Migrata compiles one
#                   source, Python one module)
#   check8          `check` on the Hedera Flow example (8 tables, its 3 revisions), replay cache
#                   warm, against Alembic's no-change autogenerate on the same tables
#   check500        `check` on 500 entities whose history is unchanged (absolute goal: 1.0 s), after
#                   one cold `check` (no replay cache: the history replayed on a scratch database)
#   check500-added  the same after one empty revision was added before every run: the replay cache
#                   misses, so each run replays the history on a scratch database
#   autogen8        `revision --autogenerate` of the 8 tables against an empty database, against
#                   `alembic revision --autogenerate` of the same tables
#   inspect1000     `inspect --format json` of 1,000 tables against `pg_dump --schema-only`
#   inspect5000, inspect10000   the same, fewer rounds (INSPECT_RUNS), for how each grows
#
#   bench/peers.sh                       # every comparison, 5 rounds, server postgresql://postgres@127.0.0.1:5432
#   RUNS=7 ONLY="upgrade100 check8" bench/peers.sh
#   BENCH_SERVER=postgresql://postgres@db:5432 bench/peers.sh
#
# The Alembic models of the 8 tables are written from the catalog of the database Migrata's
# history built (SQLAlchemy reflection, once, before timing), so both tools compare the same
# tables, columns, keys and indexes. It creates and drops databases named migrata_peers_*.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-5}"
inspect_runs="${INSPECT_RUNS:-3}"
only="${ONLY:-upgrade100 upgrade100-edit check8 check500 check500-added autogen8 inspect1000 inspect5000 inspect10000}"
server="${BENCH_SERVER:-postgresql://postgres@127.0.0.1:5432}"
python=/usr/bin/python3
out="$root/bench/out/peers"

for tool in psql pg_dump awk javac "$python" /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "peers.sh: $tool is not installed" >&2; exit 2; }
done
"$python" -c 'import alembic, sqlalchemy, psycopg2' 2>/dev/null \
  || { echo "peers.sh: Alembic is missing (apt-get install python3-alembic python3-psycopg2)" >&2; exit 2; }

rm -rf "$out"
mkdir -p "$out"
./migrata --version >/dev/null   # builds the CLI and the example when stale
classpath="$root/cli/target/migrata-cli.jar:$(<"$root/cli/target/classpath.txt")"
hedera_classes="$root/examples/hedera-flow/target/classes"

psql_q() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$server/postgres" "$@" >/dev/null; }
fresh_db() { psql_q -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"; }
databases=()
make_db() { databases+=("$1"); fresh_db "$1"; }
cleanup() { for db in "${databases[@]}"; do psql_q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true; done; }
trap cleanup EXIT

# One measured run: "wall_ms cpu_ms rss_kb" appended to $out/<name>.runs; the command must succeed.
measure() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "$@" >"$out/last.log" 2>&1 \
    || { echo "peers.sh: $name failed:" >&2; cat "$out/last.log" >&2; exit 1; }
  awk '{ printf "%d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4 }' "$out/time.txt" >>"$out/$name.runs"
}
median_of() { # file, column (1 wall, 2 cpu, 3 rss)
  awk -v c="$2" '{ print $c }' "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
load() { cut -d' ' -f1 /proc/loadavg; }

results="$out/results.txt"
: >"$results"
# goal name, migrata runs, peer runs (or "-"), goal text, and how to judge: wall<=R, cpu<=R, abs-wall<=MS, rss<=KB
report() {
  local goal=$1 ours=$2 theirs=$3 judge=$4 load_before=$5
  local w c r pw pc pr
  w=$(median_of "$out/$ours.runs" 1); c=$(median_of "$out/$ours.runs" 2); r=$(median_of "$out/$ours.runs" 3)
  if [[ "$theirs" != "-" ]]; then
    pw=$(median_of "$out/$theirs.runs" 1); pc=$(median_of "$out/$theirs.runs" 2); pr=$(median_of "$out/$theirs.runs" 3)
  else
    pw=0; pc=0; pr=0
  fi
  awk -v g="$goal" -v w="$w" -v c="$c" -v r="$r" -v pw="$pw" -v pc="$pc" -v pr="$pr" -v judge="$judge" \
      -v l1="$load_before" -v l2="$(load)" 'BEGIN {
    split(judge, j, "<=")
    wr = pw > 0 ? w / pw : 0; cr = pc > 0 ? c / pc : 0
    if (j[1] == "wall") { value = wr; ok = wr <= j[2] }
    else if (j[1] == "cpu") { value = cr; ok = cr <= j[2] }
    else if (j[1] == "abs-wall") { value = w; ok = w <= j[2] }
    else if (j[1] == "rss") { value = r; ok = r <= j[2] }
    else { value = 0; ok = 1 }
    printf "%-16s migrata %6d ms wall %6d ms cpu %7d KB | peer %6d ms wall %6d ms cpu %7d KB | wall %.2f cpu %.2f | goal %s: %s | load %s-%s\n",
      g, w, c, r, pw, pc, pr, wr, cr, judge, (ok ? "met" : "NOT met"), l1, l2
  }' | tee -a "$results"
}

wants() { [[ " $only " == *" $1 "* ]]; }

# ---------------------------------------------------------------- 100 revisions
if wants upgrade100 || wants upgrade100-edit; then
  mig="$out/up100" alem="$out/alembic100"
  mkdir -p "$mig/migrations/versions" "$alem/versions"
  make_db migrata_peers_up
  printf 'migrata.migrations.package=migrations\n' >"$mig/migrata.properties"
  awk -v dir="$mig/migrations/versions" -v adir="$alem/versions" 'BEGIN {
    q = "\""
    for (i = 1; i <= 100; i++) {
      t = sprintf("t%04d", i); id = sprintf("%04d_create_%s", i, t)
      file = sprintf("%s/M%s.java", dir, id)
      printf "package migrations;\n\nimport io.migrata.schema.migration.*;\n\n" > file
      printf "import static io.migrata.schema.migration.Schema.*;\nimport static io.migrata.schema.migration.Types.*;\n\n" > file
      printf "@Revision(id = %s%s%s%s, message = %screate %s%s)\n", q, id, q,
        (i == 1 ? "" : sprintf(", parents = %s%04d_create_t%04d%s", q, i - 1, i - 1, q)), q, t, q > file
      printf "public final class M%s implements Migration {\n    public void upgrade(Operations op) {\n", id > file
      printf "        op.createTable(%s%s%s, column(%sid%s, bigint()).identity(),\n", q, t, q, q, q > file
      printf "                column(%sname%s, varchar(100)).notNull(), primaryKey(%sid%s));\n    }\n", q, q, q, q > file
      printf "    public void downgrade(Operations op) {\n        op.dropTable(%s%s%s);\n    }\n}\n", q, t, q > file
      close(file)
      file = sprintf("%s/r%04d.py", adir, i)
      printf "import sqlalchemy as sa\nfrom alembic import op\n\nrevision = %s%04d%s\ndown_revision = %s\n", q, i, q,
        (i == 1 ? "None" : sprintf("%s%04d%s", q, i - 1, q)) > file
      printf "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n" > file
      printf "    op.create_table(%s%s%s, sa.Column(%sid%s, sa.BigInteger, sa.Identity(always=False), primary_key=True),\n", q, t, q, q, q > file
      printf "                    sa.Column(%sname%s, sa.String(100), nullable=False))\n\n\ndef downgrade():\n", q, q > file
      printf "    op.drop_table(%s%s%s)\n", q, t, q > file
      close(file)
    }
  }'
  cat >"$alem/alembic.ini" <<INI
[alembic]
script_location = $alem
sqlalchemy.url = $server/migrata_peers_up
INI
  cat >"$alem/env.py" <<'PY'
from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config
connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
with connectable.connect() as connection:
    context.configure(connection=connection, target_metadata=None, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()
PY
  cp "$(dirname "$("$python" -c 'import alembic; print(alembic.__file__)')")/templates/generic/script.py.mako" "$alem/"
  up_migrata=(./migrata -q -C "$mig" upgrade head --url "$server/migrata_peers_up")
  up_alembic=("$python" -m alembic -c "$alem/alembic.ini" upgrade head)
  # Warm-up: the compile cache, the class-data archive, Python's byte code.
  fresh_db migrata_peers_up; "${up_migrata[@]}"; fresh_db migrata_peers_up; "${up_alembic[@]}" 2>/dev/null
  l=$(load)
  if wants upgrade100; then
    for _ in $(seq "$runs"); do
      fresh_db migrata_peers_up; measure up100.migrata "${up_migrata[@]}"
      fresh_db migrata_peers_up; measure up100.alembic "${up_alembic[@]}"
    done
    report upgrade100 up100.migrata up100.alembic "wall<=1.0" "$l"
  fi
  l=$(load)
  if wants upgrade100-edit; then
    for n in $(seq "$runs"); do
      echo "// edit $n" >>"$mig/migrations/versions/M0050_create_t0050.java"
      fresh_db migrata_peers_up; measure up100edit.migrata "${up_migrata[@]}"
      echo "# edit $n" >>"$alem/versions/r0050.py"
      fresh_db migrata_peers_up; measure up100edit.alembic "${up_alembic[@]}"
    done
    report upgrade100-edit up100edit.migrata up100edit.alembic "wall<=1.5" "$l"
  fi
fi

# ---------------------------------------------------------------- the 8-table app
if wants check8 || wants autogen8; then
  make_db migrata_peers_head
  make_db migrata_peers_empty
  hedera="$out/hedera" generate="$out/hedera-generate" models="$out/alembic8"
  for dir in "$hedera" "$generate"; do
    mkdir -p "$dir/migrations/versions"
    cat >"$dir/migrata.properties" <<PROPERTIES
migrata.entities.packages=io.migrata.examples.hedera
migrata.entities.classpath=$hedera_classes
migrata.entities.naming=spring-boot
migrata.migrations.package=migrations
PROPERTIES
  done
  cp examples/hedera-flow/migrations/versions/*.java "$hedera/migrations/versions/"
  ./migrata -q -C "$hedera" upgrade head --url "$server/migrata_peers_head"
  mkdir -p "$models/versions"
  # The same tables as SQLAlchemy models, written once from the catalog.
  "$python" - "$server/migrata_peers_head" "$models/models.py" <<'PY'
import sys
import sqlalchemy as sa
engine = sa.create_engine(sys.argv[1])
meta = sa.MetaData()
meta.reflect(engine)
lines = ["import sqlalchemy as sa", "from sqlalchemy.types import *", "from sqlalchemy.dialects.postgresql import *", "",
         "metadata = sa.MetaData()", ""]
for table in meta.sorted_tables:
    if table.name.startswith("migrata_"):
        continue
    parts = []
    for column in table.columns:
        args = [repr(column.name), repr(column.type)]
        identity = column.identity
        if identity is not None:
            args.append("sa.Identity(always=%r, start=%r, increment=%r, minvalue=%r, maxvalue=%r, cycle=%r, cache=%r)"
                        % (identity.always, identity.start, identity.increment, identity.minvalue, identity.maxvalue,
                           identity.cycle, identity.cache))
        args.append("primary_key=%r" % column.primary_key)
        args.append("nullable=%r" % column.nullable)
        parts.append("    sa.Column(%s)," % ", ".join(args))
    for constraint in table.constraints:
        if isinstance(constraint, sa.ForeignKeyConstraint):
            parts.append("    sa.ForeignKeyConstraint([%s], [%s], name=%r, ondelete=%r),"
                         % (", ".join(repr(c.name) for c in constraint.columns),
                            ", ".join(repr(e.target_fullname) for e in constraint.elements), constraint.name, constraint.ondelete))
        if isinstance(constraint, sa.UniqueConstraint):
            parts.append("    sa.UniqueConstraint(%s, name=%r)," % (", ".join(repr(c.name) for c in constraint.columns), constraint.name))
    for index in table.indexes:
        parts.append("    sa.Index(%r, %s, unique=%r)," % (index.name, ", ".join(repr(c.name) for c in index.columns), index.unique))
    lines.append("sa.Table(%r, metadata,\n%s\n)" % (table.name, "\n".join(parts)))
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
PY
  cat >"$models/env.py" <<'PY'
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from alembic import context
from sqlalchemy import engine_from_config, pool
from models import metadata

config = context.config
connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
with connectable.connect() as connection:
    context.configure(connection=connection, target_metadata=metadata,
                      include_name=lambda name, type_, parent: not (type_ == "table" and name.startswith("migrata_")))
    with context.begin_transaction():
        context.run_migrations()
PY
  cp "$(dirname "$("$python" -c 'import alembic; print(alembic.__file__)')")/templates/generic/script.py.mako" "$models/"
  for db in head empty; do
    cat >"$models/$db.ini" <<INI
[alembic]
script_location = $models
sqlalchemy.url = $server/migrata_peers_$db
INI
  done
  # Alembic's version table at "no revision" on the database that has the tables: its
  # autogenerate then compares the models with them and finds nothing to do.
  alembic_head=("$python" -m alembic -c "$models/head.ini" revision --autogenerate -m bench --rev-id bench)
  alembic_empty=("$python" -m alembic -c "$models/empty.ini" revision --autogenerate -m bench --rev-id bench)
  migrata_check=(./migrata -q -C "$hedera" check --dev-url "$server/postgres")
  migrata_autogen=(./migrata -q -C "$generate" revision --autogenerate -m "initial schema" --url "$server/migrata_peers_empty")
  tidy() { rm -f "$models"/versions/bench_*.py "$generate"/migrations/versions/*.java; }
  # Warm-ups (and the replay cache); Alembic's no-change autogenerate must find nothing.
  "${migrata_check[@]}"; "${migrata_autogen[@]}" >/dev/null; "${alembic_empty[@]}" >/dev/null 2>&1; tidy
  "${alembic_head[@]}" >/dev/null 2>&1
  grep -q "op\." "$models"/versions/bench_*.py && { echo "peers.sh: alembic found changes on the built tables:" >&2; cat "$models"/versions/bench_*.py >&2; exit 1; }
  tidy
  l=$(load)
  if wants check8; then
    for _ in $(seq "$runs"); do
      measure check8.migrata "${migrata_check[@]}"
      measure check8.alembic "${alembic_head[@]}"; tidy
    done
    report check8 check8.migrata check8.alembic "wall<=1.0" "$l"
  fi
  l=$(load)
  if wants autogen8; then
    for _ in $(seq "$runs"); do
      measure autogen8.migrata "${migrata_autogen[@]}"; tidy
      measure autogen8.alembic "${alembic_empty[@]}"; tidy
    done
    report autogen8-wall autogen8.migrata autogen8.alembic "wall<=1.0" "$l"
    report autogen8-cpu autogen8.migrata autogen8.alembic "cpu<=1.5" "$l"
  fi
fi

# ---------------------------------------------------------------- 500 entities
if wants check500 || wants check500-added; then
  app="$out/app500"
  mkdir -p "$app/src/bench/entities" "$app/classes" "$app/migrations/versions"
  awk -v dir="$app/src/bench/entities" 'BEGIN {
    for (i = 1; i <= 500; i++) {
      c = sprintf("E%04d", i); file = sprintf("%s/%s.java", dir, c)
      printf "package bench.entities;\n\nimport jakarta.persistence.*;\n\n@Entity\n@Table(name = \"e%04d\")\n", i > file
      printf "public class %s {\n    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n", c > file
      printf "    @Column(nullable = false, length = 100) String name;\n    Integer quantity;\n" > file
      printf "    java.math.BigDecimal amount;\n    java.time.Instant createdAt;\n" > file
      if (i > 1) printf "    @ManyToOne E%04d parent;\n", i - 1 > file
      printf "}\n" > file
      close(file)
    }
  }'
  javac -proc:none -d "$app/classes" -cp "$classpath" "$app"/src/bench/entities/*.java
  cat >"$app/migrata.properties" <<PROPERTIES
migrata.entities.packages=bench.entities
migrata.entities.classpath=$app/classes
migrata.entities.naming=spring-boot
migrata.migrations.package=migrations
PROPERTIES
  ./migrata -q -C "$app" revision --autogenerate --against head -m "initial schema" --dev-url "$server/postgres" >/dev/null
  check500=(./migrata -q -C "$app" check --dev-url "$server/postgres")
  rm -rf "$app/.migrata/replayed"
  l=$(load)
  measure check500cold.migrata "${check500[@]}"
  report check500-cold check500cold.migrata - "none" "$l"
  l=$(load)
  if wants check500; then
    for _ in $(seq "$runs"); do measure check500.migrata "${check500[@]}"; done
    report check500 check500.migrata - "abs-wall<=1000" "$l"
  fi
  l=$(load)
  if wants check500-added; then
    for n in $(seq "$runs"); do
      ./migrata -q -C "$app" revision -m "added $n" >/dev/null
      measure check500added.migrata "${check500[@]}"
    done
    report check500-added check500added.migrata - "none" "$l"
  fi
fi

# ---------------------------------------------------------------- introspection
inspect_schema() { # tables
  awk -v n="$1" 'BEGIN {
    for (i = 1; i <= n; i++) {
      t = sprintf("t%05d", i); parent = (i == 1) ? t : sprintf("t%05d", i - 1)
      printf "CREATE TABLE %s (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,", t
      printf " parent_id bigint REFERENCES %s (id) ON DELETE CASCADE, name varchar(100) NOT NULL, code char(8),", parent
      printf " amount numeric(12,2) NOT NULL DEFAULT 0, ratio double precision, active boolean NOT NULL DEFAULT true,"
      printf " created_at timestamptz NOT NULL DEFAULT now(), payload jsonb, tags text[],"
      printf " CONSTRAINT %s_amount_check CHECK (amount >= 0));\n", t
      printf "CREATE INDEX %s_name_created ON %s (name, created_at);\n", t, t
    }
  }'
}
for tables in 1000 5000 10000; do
  wants "inspect$tables" || continue
  db="migrata_peers_inspect_$tables"
  make_db "$db"
  inspect_schema "$tables" | PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$server/$db" >/dev/null
  PGOPTIONS="-c client_min_messages=warning" psql -X -q "$server/$db" -c "ANALYZE" >/dev/null
  n=$runs; [[ $tables -gt 1000 ]] && n=$inspect_runs
  ./migrata -q inspect --url "$server/$db" --format json >/dev/null
  l=$(load)
  for _ in $(seq "$n"); do
    measure "inspect$tables.migrata" ./migrata -q inspect --url "$server/$db" --format json
    measure "inspect$tables.pg_dump" pg_dump --schema-only -d "$server/$db" -f /dev/null
  done
  if [[ $tables -eq 1000 ]]; then
    report inspect1000-cpu inspect1000.migrata inspect1000.pg_dump "cpu<=2.0" "$l"
    report inspect1000-rss inspect1000.migrata inspect1000.pg_dump "rss<=61440" "$l"
  else
    report "inspect$tables" "inspect$tables.migrata" "inspect$tables.pg_dump" "wall<=1.0" "$l"
  fi
  psql_q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
done

echo
echo "java: $(java -version 2>&1 | head -1); alembic $("$python" -c 'import alembic; print(alembic.__version__)');" \
  "SQLAlchemy $("$python" -c 'import sqlalchemy; print(sqlalchemy.__version__)'); $(pg_dump --version);" \
  "server $(psql -X -At "$server/postgres" -c 'SHOW server_version')"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); rounds: $runs ($inspect_runs for 5,000 and 10,000 tables)"
echo "results in $results; each run's wall ms, CPU ms and peak RSS KB in $out/*.runs"
