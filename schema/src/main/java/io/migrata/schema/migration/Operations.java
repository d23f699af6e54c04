package io.migrata.schema.migration;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.PartitionOf;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AttachPartition;
import io.migrata.schema.op.DetachPartition;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AddEnumValue;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.AlterExtension;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.AlterSequence;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateEnum;
import io.migrata.schema.op.CreateExtension;
import io.migrata.schema.op.CreateAggregate;
import io.migrata.schema.op.CreateFunction;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.CreateSchema;
import io.migrata.schema.op.CreateSequence;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.CreateTrigger;
import io.migrata.schema.op.CreateView;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropEnum;
import io.migrata.schema.op.DropEnumValue;
import io.migrata.schema.op.DropExtension;
import io.migrata.schema.op.DropAggregate;
import io.migrata.schema.op.DropFunction;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.DropSchema;
import io.migrata.schema.op.DropSequence;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.DropTrigger;
import io.migrata.schema.op.DropView;
import io.migrata.schema.op.ExecuteSql;
import io.migrata.schema.op.RenameColumn;
import io.migrata.schema.op.RenameIndex;
import io.migrata.schema.op.TakeOverIndex;
import io.migrata.schema.op.RenameEnumValue;
import io.migrata.schema.op.RenameTable;
import io.migrata.schema.op.ReplaceFunction;
import io.migrata.schema.op.AlterDomain;
import io.migrata.schema.op.ChangeRowSecurity;
import io.migrata.schema.op.CreateDomain;
import io.migrata.schema.op.CreatePolicy;
import io.migrata.schema.op.DropDomain;
import io.migrata.schema.op.DropPolicy;
import io.migrata.schema.op.GrantPrivilege;
import io.migrata.schema.op.RevokePrivilege;
import io.migrata.schema.op.SetSchemaComment;
import io.migrata.schema.RowSecurity;
import io.migrata.schema.op.ReplaceView;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.SetComment;
import io.migrata.schema.op.Backfill;
import io.migrata.schema.op.ValidateConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a {@link Migration} writes its changes to. Every method records {@link SchemaOp}s and
 * touches no database; the runner renders the recorded list as SQL.
 *
 * <pre>{@code
 * public void upgrade(Operations op) {
 *     op.addColumn("users", column("phone", varchar(20)));
 *     op.createIndex("users", index("idx_users_phone").on("phone"));
 * }
 * public void downgrade(Operations op) {
 *     op.dropIndex("users", "idx_users_phone");
 *     op.dropColumn("users", "phone");
 * }
 * }</pre>
 *
 * <p>Tables, views, sequences and types are named {@code "users"} (in the default schema, normally
 * {@code public}) or {@code "billing.invoices"}; see {@link ObjectNames}.
 *
 * <p><b>Short forms.</b> A dropped or altered object's operation carries its whole definition, so
 * the operation can be inverted and rendered without asking the database. {@code dropColumn(
 * "users", column("phone", varchar(20)))} states it; the short form {@code dropColumn("users",
 * "phone")} reads it from the live schema, which the runner passes in ({@link
 * #Operations(String, SchemaModel)}) after reading the database, with the operations recorded
 * before it applied. Without a live schema a short form throws {@link
 * DefinitionRequiredException}. Generated migrations always use the full forms.
 */
public final class Operations {

    private final ObjectNames names;
    private final LiveSchema live;
    private final List<SchemaOp> recorded = new ArrayList<>();

    /** Names without a schema mean {@code public}; short forms are refused. */
    public Operations() {
        this(ObjectNames.DEFAULT_SCHEMA);
    }

    /** Names without a schema mean {@code defaultSchema}; short forms are refused. */
    public Operations(String defaultSchema) {
        this.names = new ObjectNames(defaultSchema);
        this.live = null;
    }

    /** Short forms read definitions from {@code liveSchema}, the schema the migration starts from. */
    public Operations(String defaultSchema, SchemaModel liveSchema) {
        this.names = new ObjectNames(defaultSchema);
        this.live = new LiveSchema(Objects.requireNonNull(liveSchema, "live schema is null"));
    }

    /** Records an operation as it is; the named methods are the readable way to the same thing. */
    public Operations apply(SchemaOp op) {
        recorded.add(Objects.requireNonNull(op, "op"));
        return this;
    }

    /** The operations recorded so far, in order. */
    public List<SchemaOp> recorded() {
        return List.copyOf(recorded);
    }

    // Schemas

    /** {@code op.createSchema("billing")}. */
    public void createSchema(String name) {
        apply(new CreateSchema(Require.text(name, "schema name")));
    }

    /** {@code op.dropSchema("billing")}: the schema must be empty by then. */
    public void dropSchema(String name) {
        apply(new DropSchema(Require.text(name, "schema name")));
    }

    // Tables

    /**
     * {@code CREATE TABLE} with its columns, constraints, indexes and comment:
     * <pre>{@code
     * op.createTable("users",
     *         column("id", bigint()).identity(),
     *         column("email", varchar(320)).notNull().unique(),
     *         primaryKey("id"));
     * }</pre>
     */
    public void createTable(String table, TableElement... elements) {
        apply(new CreateTable(TableAssembly.assemble(table(table), elements, names)));
    }

    /**
     * Short form of {@code DROP TABLE}: the definition comes from the live schema. Sequences the
     * table's columns own are dropped after it, as PostgreSQL drops them.
     */
    public void dropTable(String table) {
        String call = call("dropTable", table);
        QualifiedName name = table(table);
        ShortForms.dropTable(liveModel(call, "table " + name), name, call).forEach(this::apply);
    }

    /** {@code DROP TABLE} of the table these elements declare, written as for {@link #createTable}. */
    public void dropTable(String table, TableElement... elements) {
        apply(new DropTable(TableAssembly.assemble(table(table), elements, names)));
    }

    /** {@code op.renameTable("users", "customers")}: the table stays in its schema. */
    public void renameTable(String table, String newName) {
        apply(new RenameTable(table(table), Require.text(newName, "new table name")));
    }

    /**
     * {@code op.attachPartition("payment", "payment_p2024_01", "FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')")}:
     * the table, whose columns are exactly the parent's, becomes its partition.
     */
    public void attachPartition(String parent, String table, String bound) {
        apply(new AttachPartition(table(table), new PartitionOf(table(parent), Require.sql(bound, "partition bound"))));
    }

    /** {@code DETACH PARTITION}; the bound is the partition's current one, so the downgrade can attach it again. */
    public void detachPartition(String parent, String table, String bound) {
        apply(new DetachPartition(table(table), new PartitionOf(table(parent), Require.sql(bound, "partition bound"))));
    }

    /**
     * {@code DETACH PARTITION ... CONCURRENTLY}, in a step of its own outside the migration's
     * transaction: queries on the parent go on. PostgreSQL refuses it when the parent has a default
     * partition. The downgrade attaches the table again.
     */
    public void detachPartitionConcurrently(String parent, String table, String bound) {
        apply(new DetachPartition(table(table), new PartitionOf(table(parent), Require.sql(bound, "partition bound")), true));
    }

    // Columns

    /**
     * {@code op.addColumn("users", column("phone", varchar(20)))}; a column marked
     * {@link ColumnSpec#unique()} or {@link ColumnSpec#primaryKey()} gets that constraint too.
     */
    public void addColumn(String table, ColumnSpec column) {
        QualifiedName name = table(table);
        Require.present(column, "column");
        apply(new AddColumn(name, column.resolve()));
        if (column.isPrimaryKey()) apply(new AddPrimaryKey(name, Schema.primaryKey(column.name()).resolve(name, names)));
        if (column.isUnique()) apply(new AddUniqueConstraint(name, Schema.unique(column.name()).resolve(name, names)));
    }

    /**
     * Short form of {@code DROP COLUMN}: the definition comes from the live schema. Indexes and
     * key, unique and foreign key constraints of the table that list the column, and sequences it
     * owns, are dropped with it as PostgreSQL drops them, each as an operation of its own.
     */
    public void dropColumn(String table, String column) {
        String call = call("dropColumn", table, column);
        QualifiedName name = table(table);
        Require.text(column, "column name");
        ShortForms.dropColumn(liveModel(call, "column " + name + "." + column), name, column, call).forEach(this::apply);
    }

    /** {@code op.dropColumn("users", column("phone", varchar(20)))}. */
    public void dropColumn(String table, ColumnSpec column) {
        apply(new DropColumn(table(table), Require.present(column, "column").resolve()));
    }

    /**
     * Short form of {@code ALTER COLUMN}: the column as it is comes from the live schema.
     * <pre>{@code op.alterColumn("users", "phone", setType(text()), setNotNull());}</pre>
     */
    public void alterColumn(String table, String column, ColumnChange... changes) {
        String call = call("alterColumn", table, column);
        QualifiedName name = table(table);
        Require.text(column, "column name");
        alter(name, ShortForms.column(liveModel(call, "column " + name + "." + column), name, column, call), changes);
    }

    /**
     * {@code ALTER COLUMN} of the column {@code column} declares, as it is before the change:
     * <pre>{@code
     * op.alterColumn("bills", column("amount", integer()).notNull(),
     *         setType(numeric(12, 2)).using("amount / 100.0"), setDefault("0"));
     * }</pre>
     */
    public void alterColumn(String table, ColumnSpec column, ColumnChange... changes) {
        alter(table(table), Require.present(column, "column").resolve(), changes);
    }

    private void alter(QualifiedName table, ColumnDef from, ColumnChange... changes) {
        Require.present(changes, "column changes");
        ColumnDraft draft = new ColumnDraft(from);
        for (ColumnChange change : changes) Require.present(change, "column change").applyTo(draft);
        apply(new AlterColumn(table, from, draft.result(), draft.using(), draft.reverseUsing()));
    }

    /** {@code op.renameIndex("users", "users_email_idx_new", "users_email_idx")}. */
    public void renameIndex(String table, String index, String newName) {
        apply(new RenameIndex(table(table), Require.text(index, "index name"), Require.text(newName, "new index name")));
    }

    /** {@code op.renameColumn("users", "phone", "mobile")}. */
    public void renameColumn(String table, String column, String newName) {
        apply(new RenameColumn(table(table), Require.text(column, "column name"), Require.text(newName, "new column name")));
    }

    // Constraints

    /** {@code op.createPrimaryKey("users", primaryKey("id"))}. */
    public void createPrimaryKey(String table, PrimaryKeySpec key) {
        QualifiedName name = table(table);
        apply(new AddPrimaryKey(name, Require.present(key, "primary key").resolve(name, names)));
    }

    /** {@code op.createUniqueConstraint("users", constraint("uq_users_email").unique("email"))}. */
    public void createUniqueConstraint(String table, UniqueSpec unique) {
        QualifiedName name = table(table);
        apply(new AddUniqueConstraint(name, Require.present(unique, "unique constraint").resolve(name, names)));
    }

    /**
     * {@code op.createPrimaryKeyUsingIndex("users", primaryKey("id"))}: the key's unique index built
     * {@code CONCURRENTLY} in a step of its own outside the transaction (reads and writes go on),
     * then {@code ADD CONSTRAINT … PRIMARY KEY USING INDEX}, a brief lock without a scan. A rerun
     * after a failed build drops the INVALID index it left and builds it again.
     */
    public void createPrimaryKeyUsingIndex(String table, PrimaryKeySpec key) {
        QualifiedName name = table(table);
        apply(new AddPrimaryKey(name, Require.present(key, "primary key").resolve(name, names), true));
    }

    /** As {@link #createPrimaryKeyUsingIndex}, for a unique constraint. */
    public void createUniqueConstraintUsingIndex(String table, UniqueSpec unique) {
        QualifiedName name = table(table);
        apply(new AddUniqueConstraint(name, Require.present(unique, "unique constraint").resolve(name, names), true));
    }

    /**
     * {@code op.takeOverIndex("users", "users_pkey_new", primaryKey("id"))}: {@code ALTER TABLE … ADD
     * CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey_new}, a brief lock and no scan; the
     * unique index (built before, typically {@code concurrently()}) becomes the key's and takes its name.
     */
    public void takeOverIndex(String table, String index, PrimaryKeySpec key) {
        takeOver(table, index, Require.present(key, "primary key"), false);
    }

    /** As {@link #takeOverIndex(String, String, PrimaryKeySpec)}, for a unique constraint. */
    public void takeOverIndex(String table, String index, UniqueSpec unique) {
        takeOver(table, index, Require.present(unique, "unique constraint"), false);
    }

    /**
     * {@code op.dropConstraintKeepingIndex("users", primaryKey("id"), "users_pkey_new")}, what undoes
     * {@link #takeOverIndex}: the key is dropped and its columns' unique index built again (under the
     * table's lock) as {@code users_pkey_new}.
     */
    public void dropConstraintKeepingIndex(String table, PrimaryKeySpec key, String index) {
        takeOver(table, index, Require.present(key, "primary key"), true);
    }

    /** As {@link #dropConstraintKeepingIndex(String, PrimaryKeySpec, String)}, for a unique constraint. */
    public void dropConstraintKeepingIndex(String table, UniqueSpec unique, String index) {
        takeOver(table, index, Require.present(unique, "unique constraint"), true);
    }

    private void takeOver(String table, String index, ConstraintSpec key, boolean released) {
        QualifiedName name = table(table);
        apply(new TakeOverIndex(name, Require.text(index, "index name"), key.resolve(name, names), released));
    }

    /** {@code op.createCheckConstraint("bills", constraint("ck_bills_amount").check("amount >= 0"))}. */
    public void createCheckConstraint(String table, CheckSpec check) {
        QualifiedName name = table(table);
        apply(new AddCheckConstraint(name, Require.present(check, "check constraint").resolve(name, names)));
    }

    /**
     * <pre>{@code
     * op.createForeignKey("orders",
     *         constraint("fk_orders_user_id").foreignKey("user_id").references("users", "id").onDelete(CASCADE));
     * }</pre>
     */
    public void createForeignKey(String table, ForeignKeySpec foreignKey) {
        QualifiedName name = table(table);
        apply(new AddForeignKey(name, Require.present(foreignKey, "foreign key").resolve(name, names)));
    }

    /**
     * {@code ADD CONSTRAINT … CHECK … NOT VALID}: a brief lock and no scan; existing rows are
     * checked by a later {@link #validateConstraint}.
     */
    public void createCheckConstraintNotValid(String table, CheckSpec check) {
        QualifiedName name = table(table);
        apply(new AddCheckConstraint(name, Require.present(check, "check constraint").resolve(name, names), true));
    }

    /** {@code ADD CONSTRAINT … FOREIGN KEY … NOT VALID}, validated later by {@link #validateConstraint}. */
    public void createForeignKeyNotValid(String table, ForeignKeySpec foreignKey) {
        QualifiedName name = table(table);
        apply(new AddForeignKey(name, Require.present(foreignKey, "foreign key").resolve(name, names), true));
    }

    /**
     * {@code op.validateConstraint("bills", "fk_bills_meter")}: checks the rows of a constraint added
     * {@code NOT VALID}, in a transaction of its own, without blocking writes.
     */
    public void validateConstraint(String table, String constraint) {
        apply(new ValidateConstraint(table(table), Require.text(constraint, "constraint name")));
    }

    /**
     * Fills {@code column} of existing rows in batches: {@code batchSql} updates one batch of the
     * rows still to fill and is run again, each batch committed on its own, until it updates none.
     * <pre>{@code
     * op.backfill("users", "phone", "UPDATE users SET phone = '' WHERE id IN"
     *         + " (SELECT id FROM users WHERE phone IS NULL LIMIT 10000)");
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code batchSql} is blank: a generated backfill is a
     *                                  TODO until it is written, and no command runs it before
     */
    public void backfill(String table, String column, String batchSql) {
        QualifiedName name = table(table);
        Require.text(column, "column name");
        Objects.requireNonNull(batchSql, "backfill sql is null");
        if (batchSql.isBlank()) {
            throw new IllegalArgumentException("the backfill of " + name + "." + column + " is empty: write the UPDATE"
                    + " that fills one batch of its rows (see the TODO above it)");
        }
        apply(new Backfill(name, column, batchSql));
    }

    /**
     * {@code op.backfill("users", "region", byKey("id").set("'eu'").where("region IS NULL"))}: the rows
     * walked in key order, {@value Backfill.ByKey#BATCH_ROWS} keys a batch, each batch committed on
     * its own and starting after the last key of the one before; a rerun starts at the first row
     * still to fill.
     */
    public void backfill(String table, String column, BackfillSpec byKey) {
        QualifiedName name = table(table);
        Require.text(column, "column name");
        apply(new Backfill(name, column, Require.present(byKey, "backfill").resolve(name + "." + column)));
    }

    /** Short form of {@code DROP CONSTRAINT} of any kind: the definition comes from the live schema. */
    public void dropConstraint(String table, String constraint) {
        String call = call("dropConstraint", table, constraint);
        QualifiedName name = table(table);
        Require.text(constraint, "constraint name");
        apply(new DropConstraint(name,
                ShortForms.constraint(liveModel(call, "constraint " + constraint), name, constraint, call)));
    }

    /** {@code op.dropConstraint("orders", foreignKey("user_id").references("users", "id"))}. */
    public void dropConstraint(String table, ConstraintSpec constraint) {
        QualifiedName name = table(table);
        apply(new DropConstraint(name, Require.present(constraint, "constraint").resolve(name, names)));
    }

    // Indexes

    /** {@code op.createIndex("users", index("idx_users_email").on("email"))}. */
    public void createIndex(String table, IndexSpec index) {
        Require.present(index, "index");
        apply(new CreateIndex(table(table), index.resolve(), index.isConcurrently()));
    }

    /** Short form of {@code DROP INDEX}: the definition comes from the live schema. */
    public void dropIndex(String table, String index) {
        String call = call("dropIndex", table, index);
        QualifiedName name = table(table);
        Require.text(index, "index name");
        apply(new DropIndex(name, ShortForms.index(liveModel(call, "index " + index), name, index, call), false));
    }

    /** {@code op.dropIndex("users", index("idx_users_email").on("email"))}, concurrently if the spec says so. */
    public void dropIndex(String table, IndexSpec index) {
        Require.present(index, "index");
        apply(new DropIndex(table(table), index.resolve(), index.isConcurrently()));
    }

    // Enum types

    /** {@code op.createEnum("bill_status", "PENDING", "PAID", "OVERDUE")}. */
    public void createEnum(String name, String... labels) {
        createEnum(Schema.enumType(name, labels));
    }

    /** {@code op.createEnum(enumType("bill_status", "PENDING", "PAID").comment("…"))}. */
    public void createEnum(EnumSpec type) {
        apply(new CreateEnum(Require.present(type, "enum type").resolve(names)));
    }

    /** Short form of {@code DROP TYPE}: the labels come from the live schema. */
    public void dropEnum(String name) {
        String call = call("dropEnum", name);
        QualifiedName type = names.parse(name, "enum type");
        apply(new DropEnum(ShortForms.enumType(liveModel(call, "enum type " + type), type, call)));
    }

    /** {@code op.dropEnum(enumType("bill_status", "PENDING", "PAID"))}. */
    public void dropEnum(EnumSpec type) {
        apply(new DropEnum(Require.present(type, "enum type").resolve(names)));
    }

    /** {@code ALTER TYPE … ADD VALUE}, after the last label. */
    public void addEnumValue(String type, String label) {
        addEnumValue(type, label, EnumPosition.END);
    }

    /** {@code op.addEnumValue("bill_status", "DISPUTED", after("OVERDUE"))}. */
    public void addEnumValue(String type, String label, EnumPosition position) {
        Require.present(position, "enum position");
        apply(new AddEnumValue(names.parse(type, "enum type"), Require.text(label, "enum label"), position.before(),
                position.after()));
    }

    /** Short form of removing a label: where it stands comes from the live schema. */
    public void dropEnumValue(String type, String label) {
        String call = call("dropEnumValue", type, label);
        QualifiedName name = names.parse(type, "enum type");
        Require.text(label, "enum label");
        EnumTypeDef current = ShortForms.enumType(liveModel(call, "enum type " + name), name, call);
        dropEnumValue(type, label, ShortForms.position(current, label, call));
    }

    /**
     * Removes a label that stands at {@code position}: {@code op.dropEnumValue("bill_status",
     * "DRAFT", before("PENDING"))}. PostgreSQL cannot drop a label, so the renderer rebuilds the type.
     */
    public void dropEnumValue(String type, String label, EnumPosition position) {
        Require.present(position, "enum position");
        apply(new DropEnumValue(names.parse(type, "enum type"), Require.text(label, "enum label"), position.before(),
                position.after()));
    }

    /** {@code op.renameEnumValue("bill_status", "PAID", "SETTLED")}. */
    public void renameEnumValue(String type, String label, String newLabel) {
        apply(new RenameEnumValue(names.parse(type, "enum type"), Require.text(label, "enum label"),
                Require.text(newLabel, "new enum label")));
    }

    // Sequences

    /** {@code op.createSequence(sequence("invoice_no").start(1000))}. */
    public void createSequence(SequenceSpec sequence) {
        apply(new CreateSequence(Require.present(sequence, "sequence").resolve(names)));
    }

    /**
     * Short form of {@code ALTER SEQUENCE}: {@code to} is the whole new definition (options left
     * out mean PostgreSQL's defaults, not "unchanged"); the current one comes from the live schema,
     * and so does the comment when {@code to} has none.
     */
    public void alterSequence(SequenceSpec to) {
        Require.present(to, "sequence");
        String call = call("alterSequence", to.name());
        QualifiedName name = names.parse(to.name(), "sequence");
        SequenceDef from = ShortForms.sequence(liveModel(call, "sequence " + name), name, call);
        SequenceDef target = to.resolve(names);
        if (!to.hasComment()) {
            target = new SequenceDef(target.name(), target.type(), target.options(), target.ownedBy(), from.comment());
        }
        apply(new AlterSequence(from, target));
    }

    /** {@code op.alterSequence(sequence("invoice_no"), sequence("invoice_no").increment(50))}. */
    public void alterSequence(SequenceSpec from, SequenceSpec to) {
        apply(new AlterSequence(Require.present(from, "sequence").resolve(names),
                Require.present(to, "new sequence").resolve(names)));
    }

    /** Short form of {@code DROP SEQUENCE}: the definition comes from the live schema. */
    public void dropSequence(String name) {
        String call = call("dropSequence", name);
        QualifiedName sequence = names.parse(name, "sequence");
        apply(new DropSequence(ShortForms.sequence(liveModel(call, "sequence " + sequence), sequence, call)));
    }

    /** {@code op.dropSequence(sequence("invoice_no").start(1000))}. */
    public void dropSequence(SequenceSpec sequence) {
        apply(new DropSequence(Require.present(sequence, "sequence").resolve(names)));
    }

    // Comments

    /** Short form of {@code COMMENT ON … IS}: the comment it replaces comes from the live schema. */
    public void setComment(CommentOn target, String comment) {
        Require.present(comment, "comment");
        replaceComment("setComment", target, comment);
    }

    /** Short form of {@code COMMENT ON … IS NULL}. */
    public void removeComment(CommentOn target) {
        replaceComment("removeComment", target, null);
    }

    private void replaceComment(String method, CommentOn target, String comment) {
        CommentTarget resolved = Require.present(target, "comment target").resolve(names);
        String call = method + "(" + resolved + ")";
        String from = ShortForms.comment(liveModel(call, "comment on " + resolved), resolved, call);
        apply(new SetComment(resolved, from, comment));
    }

    /**
     * The comment changes from {@code from} to {@code to}; {@code null} is no comment:
     * {@code op.changeComment(onColumn("users", "phone"), null, "Mobile number")}.
     */
    public void changeComment(CommentOn target, String from, String to) {
        apply(new SetComment(Require.present(target, "comment target").resolve(names), from, to));
    }

    // Views

    /** {@code op.createView("active_users", "SELECT id, email FROM users WHERE active")}. */
    public void createView(String name, String query) {
        createView(Schema.view(name, query));
    }

    /** {@code op.createView(view("daily_totals", "SELECT …").materialized())}. */
    public void createView(ViewSpec view) {
        apply(new CreateView(Require.present(view, "view").resolve(names)));
    }

    /** Short form of {@code DROP VIEW}: the definition comes from the live schema. */
    public void dropView(String name) {
        String call = call("dropView", name);
        QualifiedName view = names.parse(name, "view");
        apply(new DropView(ShortForms.view(liveModel(call, "view " + view), view, call)));
    }

    /** {@code op.dropView(view("active_users", "SELECT …"))}. */
    public void dropView(ViewSpec view) {
        apply(new DropView(Require.present(view, "view").resolve(names)));
    }

    /** Short form of a new query for a view: the current definition comes from the live schema. */
    public void replaceView(String name, String query) {
        String call = call("replaceView", name);
        QualifiedName view = names.parse(name, "view");
        Require.sql(query, "view query");
        ViewDef from = ShortForms.view(liveModel(call, "view " + view), view, call);
        apply(new ReplaceView(from, new ViewDef(from.name(), query, from.materialized(), from.comment(), from.indexes(),
                from.unpopulated())));
    }

    /** {@code op.replaceView(view("v", "SELECT 1"), view("v", "SELECT 2"))}. */
    public void replaceView(ViewSpec from, ViewSpec to) {
        apply(new ReplaceView(Require.present(from, "view").resolve(names), Require.present(to, "new view").resolve(names)));
    }

    // Domains, schema comments, row-level security, policies, grants

    /** {@code op.createDomain(domain("email", text()).notNull().check("email_has_at", "CHECK ((VALUE ~~ '%@%'::text))"))}. */
    public void createDomain(DomainSpec domain) {
        apply(new CreateDomain(Require.present(domain, "domain").resolve(names)));
    }

    /** The same name and base type, another default, {@code NOT NULL} or checks: {@code op.alterDomain(domain(…), domain(…))}. */
    public void alterDomain(DomainSpec from, DomainSpec to) {
        apply(new AlterDomain(Require.present(from, "domain").resolve(names), Require.present(to, "new domain").resolve(names)));
    }

    /** {@code op.dropDomain(domain("email", text()).notNull())}. */
    public void dropDomain(DomainSpec domain) {
        apply(new DropDomain(Require.present(domain, "domain").resolve(names)));
    }

    /** {@code op.changeSchemaComment("billing", null, "Invoices and payments")}; null means no comment. */
    public void changeSchemaComment(String schema, String from, String to) {
        apply(new SetSchemaComment(Require.text(schema, "schema name"), from, to));
    }

    /** {@code op.changeRowSecurity("notes", ROW_SECURITY_OFF, ROW_SECURITY_FORCED)}. */
    public void changeRowSecurity(String table, RowSecurity from, RowSecurity to) {
        apply(new ChangeRowSecurity(names.parse(table, "table"), Require.present(from, "row security"),
                Require.present(to, "new row security")));
    }

    /** {@code op.createPolicy(policy("notes", "own_rows").using("(owner = CURRENT_USER)"))}. */
    public void createPolicy(PolicySpec policy) {
        apply(new CreatePolicy(Require.present(policy, "policy").resolve(names)));
    }

    /** {@code op.dropPolicy(policy("notes", "own_rows").using("(owner = CURRENT_USER)"))}. */
    public void dropPolicy(PolicySpec policy) {
        apply(new DropPolicy(Require.present(policy, "policy").resolve(names)));
    }

    /** {@code op.grant(privilege("SELECT").onTable("users").to("reporting"))}. */
    public void grant(GrantSpec grant) {
        apply(new GrantPrivilege(Require.present(grant, "grant").resolve(names)));
    }

    /** {@code op.revoke(privilege("SELECT").onTable("users").to("reporting"))}. */
    public void revoke(GrantSpec grant) {
        apply(new RevokePrivilege(Require.present(grant, "grant").resolve(names)));
    }

    /**
     * Takes away the privilege every new function gives {@code PUBLIC}:
     * {@code op.revokeDefault(privilege("EXECUTE").onFunction("close_books", "").to("PUBLIC"))}; or,
     * for what a role creates in every schema from now on, {@code EXECUTE} on functions and
     * {@code USAGE} on types: {@code op.revokeDefault(privilege("EXECUTE").onFunctionsCreatedBy("app").to("PUBLIC"))}.
     */
    public void revokeDefault(GrantSpec grant) {
        apply(new GrantPrivilege(Require.present(grant, "grant").resolveRevokedDefault(names)));
    }

    /** Gives back what {@link #revokeDefault} took away. */
    public void restoreDefault(GrantSpec grant) {
        apply(new RevokePrivilege(Require.present(grant, "grant").resolveRevokedDefault(names)));
    }

    // Extensions, functions and procedures, aggregates, triggers

    /** {@code op.createExtension("citext")}: the server's default version, in the default schema. */
    public void createExtension(String name) {
        createExtension(Schema.extension(name));
    }

    /** {@code op.createExtension(extension("pg_trgm").schema("ext").version("1.6"))}. */
    public void createExtension(ExtensionSpec extension) {
        apply(new CreateExtension(Require.present(extension, "extension").resolve(names)));
    }

    /** {@code op.alterExtension(extension("citext").version("1.5"), extension("citext").version("1.6"))}. */
    public void alterExtension(ExtensionSpec from, ExtensionSpec to) {
        apply(new AlterExtension(Require.present(from, "extension").resolve(names),
                Require.present(to, "new extension").resolve(names)));
    }

    /** Short form: the extension as the live schema has it. */
    public void dropExtension(String name) {
        String call = call("dropExtension", name);
        apply(new DropExtension(ShortForms.extension(liveModel(call, "extension " + name), name, call)));
    }

    /** {@code op.dropExtension(extension("citext").version("1.6"))}. */
    public void dropExtension(ExtensionSpec extension) {
        apply(new DropExtension(Require.present(extension, "extension").resolve(names)));
    }

    /** {@code op.createFunction(function("add", "integer, integer", "CREATE OR REPLACE FUNCTION …"))}. */
    public void createFunction(FunctionSpec function) {
        apply(new CreateFunction(Require.present(function, "function").resolve(names)));
    }

    /** The same signature, a new definition: {@code op.replaceFunction(function(…), function(…))}. */
    public void replaceFunction(FunctionSpec from, FunctionSpec to) {
        apply(new ReplaceFunction(Require.present(from, "function").resolve(names),
                Require.present(to, "new function").resolve(names)));
    }

    /** Short form: {@code op.dropFunction("add", "integer, integer")}, defined as the live schema has it. */
    public void dropFunction(String name, String argumentTypes) {
        String call = call("dropFunction", name, argumentTypes);
        String signature = names.parse(name, "function") + "(" + Require.present(argumentTypes, "argument types") + ")";
        apply(new DropFunction(ShortForms.function(liveModel(call, "function " + signature), signature, call)));
    }

    /** {@code op.dropFunction(function("add", "integer, integer", "CREATE OR REPLACE FUNCTION …"))}. */
    public void dropFunction(FunctionSpec function) {
        apply(new DropFunction(Require.present(function, "function").resolve(names)));
    }

    /** {@code op.createAggregate(aggregate("group_concat", "text", "CREATE AGGREGATE …"))}, after the functions it is built on. */
    public void createAggregate(AggregateSpec aggregate) {
        apply(new CreateAggregate(Require.present(aggregate, "aggregate").resolve(names)));
    }

    /** {@code op.dropAggregate(aggregate("group_concat", "text", "CREATE AGGREGATE …"))}. */
    public void dropAggregate(AggregateSpec aggregate) {
        apply(new DropAggregate(Require.present(aggregate, "aggregate").resolve(names)));
    }

    /** {@code op.createTrigger(trigger("users", "users_touch", "CREATE TRIGGER users_touch …"))}. */
    public void createTrigger(TriggerSpec trigger) {
        apply(new CreateTrigger(Require.present(trigger, "trigger").resolve(names)));
    }

    /** Short form: {@code op.dropTrigger("users", "users_touch")}, defined as the live schema has it. */
    public void dropTrigger(String table, String name) {
        String call = call("dropTrigger", table, name);
        QualifiedName on = table(table);
        apply(new DropTrigger(ShortForms.trigger(liveModel(call, "trigger " + name + " on " + on), on, name, call)));
    }

    /** {@code op.dropTrigger(trigger("users", "users_touch", "CREATE TRIGGER users_touch …"))}. */
    public void dropTrigger(TriggerSpec trigger) {
        apply(new DropTrigger(Require.present(trigger, "trigger").resolve(names)));
    }

    // SQL

    /** SQL the schema model does not follow, with no way back: a downgrade through it needs its own SQL. */
    public void execute(String sql) {
        apply(new ExecuteSql(Require.sql(sql, "sql"), null, true));
    }

    /** SQL and the SQL that undoes it: {@code op.execute("UPDATE users SET …", "UPDATE users SET …")}. */
    public void execute(String sql, String reverseSql) {
        apply(new ExecuteSql(Require.sql(sql, "sql"), Require.sql(reverseSql, "reverse sql"), true));
    }

    /**
     * Statements PostgreSQL refuses inside a transaction block:
     * <pre>{@code
     * op.outsideTransaction(tx -> tx.execute("VACUUM ANALYZE users"));
     * }</pre>
     * A migration that uses this, or creates or drops an index concurrently, should return false
     * from {@link Migration#transactional()}.
     */
    public void outsideTransaction(Consumer<OutsideTransaction> block) {
        Require.present(block, "block").accept(new OutsideTransaction(this));
    }

    private QualifiedName table(String table) {
        return names.parse(table, "table");
    }

    private SchemaModel liveModel(String call, String what) {
        if (live == null) {
            throw new DefinitionRequiredException(call + " needs the current definition of " + what
                    + ": state it in full, as generated migrations do, or let the runner read it from the database");
        }
        return live.at(recorded, call);
    }

    private static String call(String method, String... arguments) {
        return method + Stream.of(arguments)
                .map(argument -> argument == null ? "null" : "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
