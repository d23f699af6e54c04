package io.migrata.codegen;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.migration.DefaultNames;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AddEnumValue;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.AlterSequence;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateEnum;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.CreateSchema;
import io.migrata.schema.op.CreateSequence;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.CreateView;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropEnum;
import io.migrata.schema.op.DropEnumValue;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.DropSchema;
import io.migrata.schema.op.DropSequence;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.DropView;
import io.migrata.schema.op.ExecuteSql;
import io.migrata.schema.op.RenameColumn;
import io.migrata.schema.op.RenameEnumValue;
import io.migrata.schema.op.RenameTable;
import io.migrata.schema.op.ReplaceView;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.SetComment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Random ops of every kind with random properties: each op is valid on its own (its constructor
 * accepts it), not as a sequence, since recording does not apply ops. Names and texts come from
 * pools that hold what breaks generated code: quotes, dots, backslashes, line breaks, Unicode.
 */
final class RandomOps {

    private static final List<String> NAMES = List.of("users", "bills", "a", "Mixed Case", "odd.name", "quo\"te",
            "ünïcödé", "表", "select", "x$1", "with space", "_under", "n0");
    private static final List<String> SCHEMAS = List.of("public", "public", "billing", "Odd.Schema");
    private static final List<String> TEXTS = List.of("now()", "'x'::text", "a \"quoted\" 'text'", "back\\slash",
            "line\nbreak\n", "\\u000a is not a line break", "tab\there", "$1 and $$", "end */ of comment", "emoji 😀",
            "x".repeat(150) + " " + "y ".repeat(60), "", " ");
    private static final List<String> TYPES = List.of("bigint", "integer", "smallint", "text", "boolean", "uuid", "jsonb",
            "character varying", "character varying(20)", "character(3)", "numeric", "numeric(12,2)", "numeric(10,0)",
            "numeric(5,-2)", "timestamp(6) with time zone", "timestamp with time zone", "timestamp without time zone",
            "timestamp(3) without time zone", "time without time zone", "time(2) without time zone", "date", "interval",
            "text[]", "public.bill_status", "public.bill_status[]", "\"Odd\".\"T\"", "double precision", "real", "bytea",
            "inet", "tsvector", "interval(3)", "character varying(255)[]");

    private final Random random;

    RandomOps(long seed) {
        this.random = new Random(seed);
    }

    List<SchemaOp> ops(int count) {
        List<SchemaOp> ops = new ArrayList<>();
        List<Supplier<SchemaOp>> makers = makers();
        while (ops.size() < count) {
            try {
                ops.add(pick(makers).get());
            } catch (IllegalArgumentException invalid) {
                // A combination the op itself refuses (an alter that changes nothing, say): draw again.
            }
        }
        return ops;
    }

    private List<Supplier<SchemaOp>> makers() {
        return List.of(
                () -> new CreateSchema(name()),
                () -> new DropSchema(name()),
                () -> new CreateTable(table()),
                () -> new DropTable(table()),
                () -> new RenameTable(qualified(), name()),
                () -> new AddColumn(qualified(), column()),
                () -> new DropColumn(qualified(), column()),
                () -> {
                    ColumnDef from = column();
                    return new AlterColumn(qualified(), from, alter(from), maybe(this::sql), maybe(this::sql));
                },
                () -> new RenameColumn(qualified(), name(), name()),
                () -> new AddPrimaryKey(qualified(), new PrimaryKeyDef(name(), names())),
                () -> {
                    QualifiedName table = qualified();
                    return new AddUniqueConstraint(table, unique(table));
                },
                () -> new AddCheckConstraint(qualified(), new CheckDef(name(), sql())),
                () -> {
                    QualifiedName table = qualified();
                    return new AddForeignKey(table, foreignKey(table));
                },
                () -> {
                    QualifiedName table = qualified();
                    return new DropConstraint(table, constraint(table));
                },
                () -> new CreateIndex(qualified(), index(), random.nextBoolean()),
                () -> new DropIndex(qualified(), index(), random.nextBoolean()),
                () -> new CreateEnum(enumType()),
                () -> new DropEnum(enumType()),
                () -> new AddEnumValue(qualified(), name(), maybe(this::name), null),
                () -> new AddEnumValue(qualified(), name(), null, maybe(this::name)),
                () -> new DropEnumValue(qualified(), name(), maybe(this::name), null),
                () -> new DropEnumValue(qualified(), name(), null, maybe(this::name)),
                () -> new RenameEnumValue(qualified(), name(), name()),
                () -> new CreateSequence(sequence()),
                () -> {
                    SequenceDef from = sequence();
                    SequenceDef to = sequence();
                    return new AlterSequence(from, new SequenceDef(from.name(), to.type(), to.options(), to.ownedBy(),
                            from.comment()));
                },
                () -> new DropSequence(sequence()),
                () -> new SetComment(commentTarget(), maybe(this::text), maybe(this::text)),
                () -> new CreateView(view()),
                () -> new DropView(view()),
                () -> {
                    ViewDef from = view();
                    return new ReplaceView(from, new ViewDef(from.name(), sql(), random.nextBoolean(), from.comment()));
                },
                () -> new ExecuteSql(sql(), maybe(this::sql), random.nextBoolean()));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }

    private String name() {
        return pick(NAMES);
    }

    private List<String> names() {
        Set<String> names = new HashSet<>();
        int count = 1 + random.nextInt(3);
        while (names.size() < count) names.add(name());
        return List.copyOf(names);
    }

    private QualifiedName qualified() {
        return QualifiedName.of(pick(SCHEMAS), name());
    }

    /** Any text: comments may be empty or blank. */
    private String text() {
        return pick(TEXTS);
    }

    /** SQL text, never blank, as PostgreSQL would print it. */
    private String sql() {
        String text = text();
        return text.isBlank() ? "SELECT 1" : text;
    }

    private SqlType type() {
        return SqlType.of(pick(TYPES));
    }

    private long number() {
        return switch (random.nextInt(5)) {
            case 0 -> Long.MAX_VALUE;
            case 1 -> Long.MIN_VALUE;
            case 2 -> Integer.MAX_VALUE;
            default -> random.nextInt(2000) - 1000;
        };
    }

    private SequenceOptions options(SqlType type) {
        if (random.nextBoolean()) return SequenceOptions.defaultsFor(type);
        long a = number();
        long b = number();
        long increment = random.nextBoolean() ? 1 : random.nextInt(100) - 50;
        return new SequenceOptions(number(), increment == 0 ? 7 : increment, Math.min(a, b), Math.max(a, b),
                1 + random.nextInt(50), random.nextBoolean());
    }

    private ColumnDef column() {
        SqlType type = type();
        boolean identity = random.nextInt(4) == 0;
        return new ColumnDef(name(), type, !identity && random.nextBoolean(),
                identity ? null : maybe(this::sql),
                identity ? new IdentityDef(pick(List.of(IdentityDef.Generation.values())), options(type)) : null,
                random.nextInt(5) == 0 ? sql() : null,
                random.nextInt(5) == 0 ? "\"C\"" : null,
                maybe(this::text));
    }

    private ColumnDef alter(ColumnDef from) {
        ColumnDef to = from;
        if (random.nextBoolean()) to = to.withType(type());
        if (random.nextBoolean()) to = to.withCollation(to.collation() == null ? "\"de-DE-x-icu\"" : null);
        if (random.nextBoolean()) to = to.withGenerated(to.generatedExpression() == null ? sql() : null);
        if (random.nextBoolean()) {
            to = to.identity() == null ? to.withDefault(null).withNullable(false)
                    .withIdentity(new IdentityDef(IdentityDef.Generation.ALWAYS, options(to.type())))
                    : to.withIdentity(null);
        } else if (to.identity() == null) {
            if (random.nextBoolean()) to = to.withNullable(!to.nullable());
            if (random.nextBoolean()) to = to.withDefault(to.defaultExpression() == null ? sql() : null);
        }
        return to;
    }

    private TableDef table() {
        QualifiedName name = qualified();
        List<ColumnDef> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            ColumnDef column = column();
            if (seen.add(column.name())) columns.add(column);
        }
        PrimaryKeyDef key = null;
        if (random.nextBoolean()) {
            String keyColumn = columns.get(0).name();
            columns.set(0, columns.get(0).withNullable(false));
            key = new PrimaryKeyDef(random.nextBoolean() ? DefaultNames.primaryKey(name.name()) : name(), List.of(keyColumn));
        }
        List<UniqueDef> uniques = new ArrayList<>();
        if (random.nextBoolean()) uniques.add(UniqueDef.of(DefaultNames.unique(name.name(), List.of(columns.get(0).name())),
                List.of(columns.get(0).name())));
        if (random.nextBoolean()) uniques.add(new UniqueDef("uq " + name(), names(), random.nextBoolean(),
                pick(List.of(Deferrability.values()))));
        List<CheckDef> checks = random.nextBoolean() ? List.of(new CheckDef("ck_" + name(), sql()))
                : List.of();
        List<ForeignKeyDef> foreignKeys = random.nextBoolean() ? List.of(foreignKey(name)) : List.of();
        List<IndexDef> indexes = random.nextBoolean() ? List.of(index()) : List.of();
        return new TableDef(name, columns, key, uniques, checks, foreignKeys, indexes, maybe(this::text));
    }

    private UniqueDef unique(QualifiedName table) {
        List<String> columns = names();
        String name = random.nextBoolean() ? DefaultNames.unique(table.name(), columns) : name();
        return new UniqueDef(name, columns, random.nextBoolean(), pick(List.of(Deferrability.values())));
    }

    private ForeignKeyDef foreignKey(QualifiedName table) {
        List<String> columns = names();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) targets.add(name());
        String name = random.nextBoolean() ? DefaultNames.foreignKey(table.name(), columns) : name();
        return new ForeignKeyDef(name, columns, qualified(), targets, pick(List.of(ForeignKeyDef.Action.values())),
                pick(List.of(ForeignKeyDef.Action.values())), random.nextBoolean(), pick(List.of(Deferrability.values())));
    }

    private ConstraintDef constraint(QualifiedName table) {
        return switch (random.nextInt(4)) {
            case 0 -> new PrimaryKeyDef(random.nextBoolean() ? DefaultNames.primaryKey(table.name()) : name(), names());
            case 1 -> unique(table);
            case 2 -> new CheckDef(name(), sql());
            default -> foreignKey(table);
        };
    }

    private IndexDef index() {
        List<IndexKey> keys = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            boolean expression = random.nextInt(3) == 0;
            keys.add(new IndexKey(expression ? null : name(), expression ? sql() : null, random.nextBoolean(),
                    random.nextBoolean(), maybe(() -> "text_pattern_ops"), maybe(() -> "\"C\"")));
        }
        List<String> include = random.nextBoolean() ? names() : List.of();
        return new IndexDef(name(), keys, random.nextBoolean(), random.nextBoolean(),
                pick(List.of("btree", "gin", "gist", "hash", "brin")), include, maybe(this::sql));
    }

    private EnumTypeDef enumType() {
        return new EnumTypeDef(qualified(), random.nextBoolean() ? names() : List.of(), maybe(this::text));
    }

    private SequenceDef sequence() {
        SqlType type = SqlType.of(pick(List.of("bigint", "integer", "smallint")));
        ColumnRef owner = random.nextBoolean() ? new ColumnRef(qualified(), name()) : null;
        return new SequenceDef(qualified(), type, options(type), owner, maybe(this::text));
    }

    private ViewDef view() {
        return new ViewDef(qualified(), sql(), random.nextBoolean(), maybe(this::text));
    }

    private CommentTarget commentTarget() {
        return switch (random.nextInt(6)) {
            case 0 -> CommentTarget.table(qualified());
            case 1 -> CommentTarget.column(qualified(), name());
            case 2 -> CommentTarget.view(qualified(), random.nextBoolean());
            case 3 -> CommentTarget.type(qualified());
            default -> CommentTarget.sequence(qualified());
        };
    }
}
