package io.migrata.workflow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cases Docker Compose's "Syntax for environment files" and python-dotenv's README document,
 * each line of their tables as a case: the text after {@code VAR=} in the file, and the value read.
 */
class DotEnvFileTest {

    @TempDir
    Path dir;

    private static String value(String assignment, Map<String, String> environment) {
        return DotEnvFile.parse("VAR=" + assignment + "\n", environment).get("VAR");
    }

    @ParameterizedTest(name = "VAR={0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // Compose: quoting and comments
            "VAL                        | VAL",
            "\"VAL\"                    | VAL",
            "'VAL'                      | VAL",
            "VAL # comment              | VAL",
            "VAL# not a comment         | VAL# not a comment",
            "\"VAL # not a comment\"    | VAL # not a comment",
            "\"VAL\" # comment          | VAL",
            // Compose: single quotes are literal, quotes escape with a backslash
            "'$OTHER'                   | $OTHER",
            "'${OTHER}'                 | ${OTHER}",
            "'Let\\'s go!'              | Let's go!",
            "\"{\\\"hello\\\": \\\"json\\\"}\" | {\"hello\": \"json\"}",
            // Compose: escape sequences in double quotes only
            "'some\\tvalue'             | some\\tvalue",
            "some\\tvalue               | some\\tvalue",
    })
    void readsComposesDocumentedSyntax(String assignment, String expected) {
        assertEquals(expected, value(assignment.strip(), Map.of()));
    }

    @Test
    void doubleQuotesTakeTheShellEscapes() {
        assertEquals("some\tvalue", value("\"some\\tvalue\"", Map.of()));
        assertEquals("a\nb\rc\\d", value("\"a\\nb\\rc\\\\d\"", Map.of()));
    }

    @ParameterizedTest(name = "{0} with VAR={1}")
    @CsvSource(delimiter = '|', nullValues = "unset", value = {
            // Compose's interpolation table, for a variable set, set but empty, and unset
            "${VAR}              | set   | set",
            "${VAR}              | unset | ''",
            "$VAR                | set   | set",
            "${VAR:-default}     | set   | set",
            "${VAR:-default}     | ''    | default",
            "${VAR:-default}     | unset | default",
            "${VAR-default}      | ''    | ''",
            "${VAR-default}      | unset | default",
            "${VAR:+replacement} | set   | replacement",
            "${VAR:+replacement} | ''    | ''",
            "${VAR+replacement}  | ''    | replacement",
            "${VAR+replacement}  | unset | ''",
            "${VAR:?error}       | set   | set",
            "${VAR?error}        | ''    | ''",
            "$${VAR}             | set   | ${VAR}",
            "cost: $5            | set   | cost: $5",
    })
    void interpolatesAsComposeDocumentsIt(String expression, String variable, String expected) {
        Map<String, String> environment = variable == null ? Map.of() : Map.of("VAR", variable);
        assertEquals(expected, DotEnvFile.parse("X=" + expression + "\n", environment).get("X"));
        assertEquals(expected, DotEnvFile.parse("X=\"" + expression + "\"\n", environment).get("X"), "double-quoted too");
    }

    @Test
    void nestedDefaults() {
        assertEquals("foo", DotEnvFile.parse("X=${VARIABLE:-${FOO}}\n", Map.of("FOO", "foo")).get("X"));
        assertEquals("default", DotEnvFile.parse("X=${VARIABLE:-${FOO:-default}}\n", Map.of()).get("X"));
    }

    @Test
    void aRequiredVariableThatIsUnsetIsReportedWithItsMessage() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> DotEnvFile.parse("A=1\nDATABASE_URL=${DB:?set DB first}\n", Map.of()));
        assertEquals(".env line 2: the value of DATABASE_URL has ${DB:?set DB first}, and DB is not set: set DB first", e.getMessage());
    }

    @Test
    void laterValuesExpandEarlierOnesAndTheEnvironmentWins() {
        // python-dotenv's README: POSIX variable expansion of values defined earlier.
        Map<String, String> values = DotEnvFile.parse("""
                DOMAIN=example.org
                ADMIN_EMAIL=admin@${DOMAIN}
                ROOT_URL=${DOMAIN}/app
                """, Map.of());
        assertEquals("admin@example.org", values.get("ADMIN_EMAIL"));
        assertEquals("example.org/app", values.get("ROOT_URL"));
        assertEquals("admin@example.com", DotEnvFile.parse("DOMAIN=example.org\nADMIN_EMAIL=admin@${DOMAIN}\n",
                Map.of("DOMAIN", "example.com")).get("ADMIN_EMAIL"));
    }

    @Test
    void quotedValuesSpanLines() {
        // python-dotenv's README: a multi-line value, quoted, and the same written with \n.
        Map<String, String> values = DotEnvFile.parse("FOO=\"first line\nsecond line\"\nBAR=\"first line\\nsecond line\"\n"
                + "SINGLE='one\ntwo'\nAFTER=x\n");
        assertEquals("first line\nsecond line", values.get("FOO"));
        assertEquals("first line\nsecond line", values.get("BAR"));
        assertEquals("one\ntwo", values.get("SINGLE"));
        assertEquals("x", values.get("AFTER"));
    }

    @Test
    void readsAssignmentsQuotesExportsAndComments() {
        Map<String, String> values = DotEnvFile.parse("""
                # comment
                PLAIN=postgresql://u:p@h/db
                export EXPORTED=yes
                SINGLE='a # not a comment'
                DOUBLE="line\\nbreak \\"quoted\\""
                TRAILING=value # a comment
                SPACED = spaced value\s\s
                not an assignment
                =no key
                EMPTY=
                """);
        assertEquals(Map.of(
                "PLAIN", "postgresql://u:p@h/db",
                "EXPORTED", "yes",
                "SINGLE", "a # not a comment",
                "DOUBLE", "line\nbreak \"quoted\"",
                "TRAILING", "value",
                "SPACED", "spaced value",
                "EMPTY", ""), values);
    }

    @Test
    void anUnterminatedQuoteIsReportedAsSuch() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> DotEnvFile.parse("A=1\nDATABASE_URL=\"postgresql://u@h/db\nB=2\n"));
        assertEquals(".env line 2: the value of DATABASE_URL opens a double quote (\") that is never closed"
                + " (close it, or escape a quote inside the value with \\\")", e.getMessage());
    }

    @Test
    void aMissingFileHasNoValues() {
        assertEquals(Map.of(), DotEnvFile.read(Path.of("no-such-dir", ".env"), Map.of()));
    }

    @Test
    void aFileThatIsNotTextIsReportedOnOneLine() throws IOException {
        Path binary = dir.resolve(".env");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3});
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> DotEnvFile.read(binary, Map.of()));
        assertEquals(binary + " is not a text file: a .env file holds KEY=value lines in UTF-8"
                + " (move whatever it is elsewhere, or recreate it from .env.example)", e.getMessage());
    }

    @Test
    void readsWindowsLineEndings() {
        assertEquals(Map.of("A", "1", "B", "2"), DotEnvFile.parse("A=1\r\nB=2\r\n"));
    }
}
