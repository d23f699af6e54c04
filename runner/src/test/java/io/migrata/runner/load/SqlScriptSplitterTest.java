package io.migrata.runner.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Statement boundaries as psql draws them, for the shapes real migration files contain. */
class SqlScriptSplitterTest {

    private static List<String> statements(String script) {
        return SqlScriptSplitter.split(script, 0, 1).statements().stream().map(SqlScriptSplitter.Piece::sql).toList();
    }

    @Test
    void splitsAtSemicolonsAndDropsTheCommentsBetweenStatements() {
        assertEquals(List.of("CREATE TABLE a (id int)", "INSERT INTO a VALUES (1)", "SELECT 1"),
                statements("-- first\nCREATE TABLE a (id int);\n\n/* second */ INSERT INTO a VALUES (1) ; ;\nSELECT 1"));
    }

    @Test
    void aCommentAfterTheLastTokenIsNotPartOfTheStatement() {
        assertEquals(List.of("CREATE TABLE a (id int)"), statements("CREATE TABLE a (id int) -- the table\n;"));
        assertEquals(List.of("SELECT 1 -- inside\n + 2"), statements("SELECT 1 -- inside\n + 2;"));
    }

    @Test
    void semicolonsInsideLiteralsIdentifiersAndCommentsDoNotSplit() {
        String script = "INSERT INTO t VALUES ('a;b', 'it''s; fine', E'back\\';slash', \"odd;name\");\n"
                + "SELECT /* one; /* nested; */ still; */ 2;\n"
                + "SELECT U&'d\\0061t;a';";
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'it''s; fine', E'back\\';slash', \"odd;name\")",
                "SELECT /* one; /* nested; */ still; */ 2", "SELECT U&'d\\0061t;a'"), statements(script));
    }

    @Test
    void aBackslashEndsNothingInAPlainLiteral() {
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 2"), statements("SELECT 'C:\\';SELECT 2;"));
        assertEquals(List.of("SELECT name'x'"), statements("SELECT name'x';"));
    }

    @Test
    void dollarQuotedBodiesKeepTheirSemicolons() {
        String function = "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
                + "BEGIN\n  NEW.updated_at := now();\n  RETURN NEW; -- $$ is not the end\nEND;\n$body$";
        String anonymous = "DO $$ BEGIN PERFORM 1; END $$";
        assertEquals(List.of(function, anonymous, "SELECT $1, a$b FROM t"),
                statements(function + ";\n" + anonymous + ";\nSELECT $1, a$b FROM t;"));
    }

    @Test
    void aStandardSqlFunctionBodyKeepsItsSemicolons() {
        String atomic = "CREATE OR REPLACE FUNCTION grade(score int) RETURNS text LANGUAGE sql BEGIN ATOMIC\n"
                + "  SELECT CASE WHEN score > 50 THEN 'pass' ELSE 'fail' END;\nEND";
        String procedure = "CREATE PROCEDURE tidy() BEGIN ATOMIC DELETE FROM a; DELETE FROM b; END";
        assertEquals(List.of(atomic, procedure, "SELECT 1"), statements(atomic + ";\n" + procedure + ";\nSELECT 1;"));
    }

    @Test
    void theDownMarkerEndsTheSectionWhereverItStands() {
        String script = "CREATE TABLE a (id int);\nCREATE TABLE b (id int)\n-- migrata:down\nDROP TABLE b;";
        SqlScriptSplitter.Section up = SqlScriptSplitter.split(script, 0, 1);
        assertEquals(List.of("CREATE TABLE a (id int)", "CREATE TABLE b (id int)"),
                up.statements().stream().map(SqlScriptSplitter.Piece::sql).toList());
        assertEquals(Optional.of(script.indexOf("DROP")), up.markerEnd());
        assertEquals(List.of(1, 2), up.statements().stream().map(SqlScriptSplitter.Piece::line).toList());

        SqlScriptSplitter.Section inQuote = SqlScriptSplitter.split("SELECT '\n-- migrata:down\n';", 0, 1);
        assertEquals(Optional.empty(), inQuote.markerEnd(), "inside a literal the line is text");
        assertEquals(Optional.empty(), SqlScriptSplitter.split("SELECT 1; -- migrata:down\n", 0, 1).markerEnd(),
                "the marker is a line of its own");
    }

    @Test
    void unterminatedQuotesAndMetaCommandsNameTheirLine() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> statements("SELECT 1;\nSELECT 'open;"))
                .getMessage().startsWith("line 2: a string literal"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> statements("\n\nSELECT $x$ never"))
                .getMessage().startsWith("line 3: the $x$ quote"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> statements("/* open"))
                .getMessage().startsWith("line 1: a /* comment"));
        assertEquals("line 2: psql meta-commands such as \\connect do not run here (only SQL statements do)",
                assertThrows(IllegalArgumentException.class, () -> statements("SELECT 1;\n\\connect other\n")).getMessage());
    }
}
