package io.migrata.schema.migration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static io.migrata.schema.migration.Schema.*;
import static io.migrata.schema.migration.Types.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every argument a migration can get wrong is refused with a short message naming it. */
class OperationsValidationTest {

    private final Operations op = new Operations();

    private static void assertMessage(Class<? extends Throwable> type, String message, Executable call) {
        assertEquals(message, assertThrows(type, call).getMessage());
    }

    private static void rejected(String message, Executable call) {
        assertMessage(IllegalArgumentException.class, message, call);
    }

    private static void missing(String message, Executable call) {
        assertMessage(NullPointerException.class, message, call);
    }

    @Test
    void namesAndTexts() {
        missing("table name is null", () -> op.addColumn(null, column("a", text())));
        rejected("table name is empty", () -> op.renameTable("", "b"));
        rejected("new table name is empty", () -> op.renameTable("a", ""));
        missing("column name is null", () -> column(null, text()));
        rejected("column name is empty", () -> column("", text()));
        missing("column type is null", () -> column("a", null));
        missing("column is null", () -> op.addColumn("users", null));
        rejected("default expression is blank", () -> column("a", text()).defaultTo(" "));
        rejected("sql is blank", () -> op.execute("\n"));
        rejected("reverse sql is blank", () -> op.execute("SELECT 1", ""));
        missing("type spelling is null", () -> type(null));
        rejected("varchar length 0 is below 1", () -> varchar(0));
        rejected("time precision 7 is outside 0 to 6", () -> timestamptz(7));
        rejected("schema name is empty", () -> op.createSchema(""));
    }

    @Test
    void tables() {
        rejected("table public.t has no columns", () -> op.createTable("t", primaryKey("id")));
        rejected("table public.t declares two primary keys",
                () -> op.createTable("t", column("id", integer()).primaryKey(), primaryKey("id")));
        rejected("table public.t has two comments", () -> op.createTable("t", column("a", text()), tableComment("x"), tableComment("y")));
        rejected("table public.t has two columns named a", () -> op.createTable("t", column("a", text()), column("a", text())));
        missing("table element is null", () -> op.createTable("t", column("a", text()), null));
        rejected("index i of new table public.t cannot be created concurrently",
                () -> op.createTable("t", column("a", text()), index("i").on("a").concurrently()));
        rejected("identity column id cannot also have a default",
                () -> op.addColumn("t", column("id", bigint()).defaultTo("0").identity()));
    }

    @Test
    void constraintsAndIndexes() {
        rejected("primary key has no columns", () -> primaryKey());
        rejected("unique constraint has no columns", () -> unique());
        missing("foreign key column is null", () -> foreignKey("a", null));
        rejected("constraint name is empty", () -> constraint(""));
        rejected("check expression is blank", () -> constraint("c").check(""));
        rejected("foreign key (user_id) on public.orders references nothing: add .references(table, columns)",
                () -> op.createForeignKey("orders", foreignKey("user_id")));
        rejected("foreign key reference has no columns", () -> foreignKey("a").references("users"));
        rejected("foreign key fk has 2 columns but references 1",
                () -> op.createForeignKey("t", constraint("fk").foreignKey("a", "b").references("u", "id")));
        rejected("index i has no keys: add .on(columns)", () -> op.createIndex("t", index("i")));
        rejected("index i has no keys", () -> index("i").on(new IndexKeySpec[0]));
        rejected("index i has no columns", () -> index("i").on(new String[0]));
        rejected("index method is empty", () -> index("i").using(""));
    }

    @Test
    void alterColumn() {
        rejected("alter column a changes nothing", () -> op.alterColumn("t", column("a", text())));
        rejected("alter column a changes its nullability twice",
                () -> op.alterColumn("t", column("a", text()), setNotNull(), dropNotNull()));
        rejected("alter column a has a USING expression but keeps type text",
                () -> op.alterColumn("t", column("a", text()), setType(text()).using("a"), setNotNull()));
        missing("column change is null", () -> op.alterColumn("t", column("a", text()), (ColumnChange) null));
        rejected("identity column a must be NOT NULL",
                () -> op.alterColumn("t", column("a", bigint()), setIdentity(), dropNotNull()));
    }

    @Test
    void sequencesEnumsAndComments() {
        rejected("sequence increment is 0", () -> sequence("s").increment(0));
        rejected("sequence cache 0 is below 1", () -> sequence("s").cache(0));
        rejected("sequence minimum exceeds maximum", () -> op.createSequence(sequence("s").minValue(10).maxValue(5)));
        rejected("enum label is empty", () -> op.addEnumValue("e", ""));
        rejected("enum label is empty", () -> after(""));
        rejected("enum label x is placed next to itself", () -> op.addEnumValue("e", "x", after("x")));
        rejected("enum public.e repeats a label", () -> op.createEnum("e", "a", "a"));
        rejected("comment on table public.t changes nothing", () -> op.changeComment(onTable("t"), "a", "a"));
        rejected("table name is empty", () -> onColumn("", "a"));
        rejected("view query is blank", () -> view("v", " "));
    }

    @Test
    void shortFormsWithoutALiveSchemaSayWhatTheyNeed() {
        assertMessage(DefinitionRequiredException.class, "dropColumn(\"users\", \"phone\") needs the current definition of "
                        + "column public.users.phone: state it in full, as generated migrations do, or let the runner read "
                        + "it from the database",
                () -> op.dropColumn("users", "phone"));
        assertThrows(DefinitionRequiredException.class, () -> op.dropTable("users"));
        assertThrows(DefinitionRequiredException.class, () -> op.alterColumn("users", "phone", setNotNull()));
        assertThrows(DefinitionRequiredException.class, () -> op.dropIndex("users", "i"));
        assertThrows(DefinitionRequiredException.class, () -> op.dropConstraint("users", "c"));
        assertThrows(DefinitionRequiredException.class, () -> op.dropEnum("e"));
        assertThrows(DefinitionRequiredException.class, () -> op.dropEnumValue("e", "x"));
        assertThrows(DefinitionRequiredException.class, () -> op.alterSequence(sequence("s")));
        assertThrows(DefinitionRequiredException.class, () -> op.dropSequence("s"));
        assertThrows(DefinitionRequiredException.class, () -> op.setComment(onTable("t"), "x"));
        assertThrows(DefinitionRequiredException.class, () -> op.removeComment(onTable("t")));
        assertThrows(DefinitionRequiredException.class, () -> op.dropView("v"));
        assertThrows(DefinitionRequiredException.class, () -> op.replaceView("v", "SELECT 1"));
        assertEquals(0, op.recorded().size());
    }
}
