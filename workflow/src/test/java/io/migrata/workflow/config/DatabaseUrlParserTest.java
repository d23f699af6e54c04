package io.migrata.workflow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlParserTest {

    private static ConnectionSettings parse(String url) {
        return DatabaseUrlParser.parse(new ConfiguredUrl(url, UrlOrigin.ENVIRONMENT), "osuser");
    }

    private static InvalidDatabaseUrlException rejected(String url) {
        return assertThrows(InvalidDatabaseUrlException.class, () -> parse(url));
    }

    @Test
    void readsTheSeedsLocalUrl() {
        ConnectionSettings s = parse("postgresql://hedera_user:hedera_pass@localhost:5432/hedera_flow");
        assertEquals(List.of(new HostPort("localhost", 5432)), s.hosts());
        assertEquals("hedera_flow", s.database());
        assertEquals("hedera_user", s.user());
        assertEquals("hedera_pass", s.password());
        assertEquals(Map.of(), s.parameters());
        assertEquals("jdbc:postgresql://localhost:5432/hedera_flow", s.jdbcUrl());
    }

    @Test
    void readsTheSupabaseUrlWithItsPlaceholderPassword() {
        ConnectionSettings s = parse("postgresql://postgres:[PASSWORD]@db.abcdefgh.supabase.co:5432/postgres");
        assertEquals(List.of(new HostPort("db.abcdefgh.supabase.co", 5432)), s.hosts());
        assertEquals("postgres", s.user());
        assertEquals("[PASSWORD]", s.password());
        assertEquals("postgres", s.database());
    }

    @Test
    void acceptsThePostgresSchemeAndAnyCase() {
        assertEquals("db", parse("postgres://u@h/db").database());
        assertEquals("db", parse("PostgreSQL://u@h/db").database());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "p%40ss         | p@ss",
            "p%3Ass         | p:ss",
            "p%2Fss         | p/ss",
            "p+ss           | p+ss",
            "p%2Bss         | p+ss",
            "p%25ss         | p%ss",
            "p%20s%C3%A9    | p sé",
            "a%40b%3Ac%2F%25%2B | a@b:c/%+",
    })
    void percentDecodesThePasswordAndKeepsPlusSigns(String encoded, String password) {
        assertEquals(password, parse("postgresql://bob:" + encoded + "@host/db").password());
    }

    @Test
    void splitsAtTheLastAtSignSoRawAtSignsAndSlashesInAPasswordWork() {
        ConnectionSettings s = parse("postgresql://bob:p@ss/w:rd@db.example.com:6543/app");
        assertEquals("p@ss/w:rd", s.password());
        assertEquals(List.of(new HostPort("db.example.com", 6543)), s.hosts());
        assertEquals("app", s.database());
    }

    @Test
    void decodesAnEncodedUserName() {
        assertEquals("bob@corp", parse("postgresql://bob%40corp:x@h/db").user());
    }

    @Test
    void defaultsHostPortUserAndDatabaseAsLibpqDoes() {
        ConnectionSettings s = parse("postgresql://");
        assertEquals(List.of(new HostPort("localhost", 5432)), s.hosts());
        assertEquals("osuser", s.user());
        assertEquals("osuser", s.database());
        assertNull(s.password());
        assertEquals("alice", parse("postgresql://alice@h").database());
    }

    @Test
    void treatsAnEmptyPasswordAsNone() {
        assertNull(parse("postgresql://bob:@h/db").password());
    }

    @Test
    void readsSeveralHostsAndIpv6Literals() {
        ConnectionSettings s = parse("postgresql://u@[::1]:5433,replica.example:5434,third/db");
        assertEquals(List.of(new HostPort("::1", 5433), new HostPort("replica.example", 5434), new HostPort("third", 5432)),
                s.hosts());
        assertEquals("jdbc:postgresql://[::1]:5433,replica.example:5434,third:5432/db", s.jdbcUrl());
    }

    @Test
    void mapsLibpqParameterNamesToPgjdbcOnes() {
        ConnectionSettings s = parse("postgresql://u@h/db?sslmode=require&application_name=billing&connect_timeout=3"
                + "&target_session_attrs=read-write&sslrootcert=/etc/ca.pem&options=-c%20search_path%3Dapp&currentSchema=app");
        assertEquals(Map.of("sslmode", "require", "ApplicationName", "billing", "connectTimeout", "3",
                "targetServerType", "primary", "sslrootcert", "/etc/ca.pem", "options", "-c search_path=app",
                "currentSchema", "app"), s.parameters());
        assertEquals(3, s.connectTimeoutSeconds());
    }

    @Test
    void takesUserPasswordHostPortAndDatabaseFromParameters() {
        ConnectionSettings s = parse("postgresql:///?host=db.example&port=6000&dbname=app&user=bob&password=s%2Bcret");
        assertEquals(List.of(new HostPort("db.example", 6000)), s.hosts());
        assertEquals("app", s.database());
        assertEquals("bob", s.user());
        assertEquals("s+cret", s.password());
        assertFalse(s.parameters().containsKey("password"));
    }

    @Test
    void readsTheJdbcFormWithPgjdbcsFormDecoding() {
        ConnectionSettings s = parse("jdbc:postgresql://127.0.0.1:5433/my_db?user=bob&password=a+b%2B&sslmode=disable");
        assertEquals(List.of(new HostPort("127.0.0.1", 5433)), s.hosts());
        assertEquals("my_db", s.database());
        assertEquals("bob", s.user());
        assertEquals("a b+", s.password(), "pgjdbc reads + in a parameter as a space");
        assertEquals(Map.of("sslmode", "disable"), s.parameters());
    }

    @Test
    void readsTheShortJdbcForms() {
        assertEquals("inventory", parse("jdbc:postgresql:inventory").database());
        assertEquals(List.of(new HostPort("localhost", 5432)), parse("jdbc:postgresql:inventory").hosts());
        assertEquals("osuser", parse("jdbc:postgresql://localhost/").database());
        assertEquals(List.of(new HostPort("localhost", 5432)), parse("jdbc:postgresql:///").hosts());
    }

    @Test
    void rejectsJdbcUrlsTheDriverCannotRead() {
        assertTrue(rejected("jdbc:postgresql:/").reason().startsWith("jdbc:postgresql:/ names no server"));
        assertEquals("a jdbc:postgresql:// URL needs a / after the host and port (jdbc:postgresql://host:5432/database)",
                rejected("jdbc:postgresql://db.example:5432").reason());
        assertEquals("port 'x' is not a number from 1 to 65535", rejected("jdbc:postgresql://h:x/db").reason());
    }

    @Test
    void readsIpv6LiteralsInTheJdbcForm() {
        ConnectionSettings s = parse("jdbc:postgresql://[::1]:5433,[fe80::2]/db?user=bob");
        assertEquals(List.of(new HostPort("::1", 5433), new HostPort("fe80::2", 5432)), s.hosts());
        assertEquals("jdbc:postgresql://[::1]:5433,[fe80::2]:5432/db", s.jdbcUrl());
        assertEquals("bob", s.user());
    }

    @Test
    void readsWhatTheDriverReadsFromThePgjdbcForm() {
        ConnectionSettings s = parse("jdbc:postgresql://h/db?user=bob&ApplicationName=billing&loginTimeout=3");
        assertEquals(Map.of("ApplicationName", "billing", "loginTimeout", "3"), s.parameters());
    }

    @Test
    void encodesTheDatabaseNameForPgjdbc() {
        assertEquals("jdbc:postgresql://h:5432/my+db%2Fx", parse("postgresql://u@h/my%20db%2Fx").jdbcUrl());
    }

    @Test
    void putsUserAndPasswordInPropertiesWithMigratasDefaults() {
        ConnectionSettings s = parse("postgresql://bob:secret@h/db");
        assertFalse(s.jdbcUrl().contains("bob"));
        assertFalse(s.jdbcUrl().contains("secret"));
        Properties properties = s.jdbcProperties();
        assertEquals("bob", properties.getProperty("user"));
        assertEquals("secret", properties.getProperty("password"));
        assertEquals("10", properties.getProperty("connectTimeout"));
        assertEquals("migrata", properties.getProperty("ApplicationName"));
        assertEquals("billing", parse("postgresql://u@h/db?application_name=billing").jdbcProperties().getProperty("ApplicationName"));
    }

    @Test
    void masksThePasswordInToString() {
        assertEquals("postgresql://bob:***@db.example:5432/app?sslmode=require",
                parse("postgresql://bob:s3cr%40t@db.example/app?sslmode=require").toString());
        assertEquals("postgresql://bob@h:5432/db", parse("postgresql://bob@h/db").toString());
        assertFalse(parse("jdbc:postgresql://h/db?user=u&password=topsecret").toString().contains("topsecret"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://u:p@h/db", "localhost:5432/db", "jdbc:mysql://h/db", "  "})
    void rejectsOtherSchemes(String url) {
        InvalidDatabaseUrlException e = rejected(url);
        assertTrue(e.getMessage().startsWith("DATABASE_URL is not a valid PostgreSQL URL: "), e.getMessage());
    }

    @Test
    void rejectsABadPortNamingIt() {
        assertEquals("port 'abc' is not a number from 1 to 65535", rejected("postgresql://u:pw@h:abc/db").reason());
        assertEquals("port '70000' is not a number from 1 to 65535", rejected("postgresql://u@h:70000/db").reason());
    }

    @Test
    void rejectsABrokenEscapeWithoutShowingThePassword() {
        InvalidDatabaseUrlException e = rejected("postgresql://bob:50%off@h/db");
        assertEquals("the password has a '%' that is not followed by two hex digits (write a literal % as %25)", e.reason());
        assertFalse(e.getMessage().contains("50%off"));
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void rejectsBadParameterValues() {
        assertTrue(rejected("postgresql://h/db?sslmode=always").reason().startsWith("sslmode 'always' is not one of"));
        assertTrue(rejected("postgresql://h/db?target_session_attrs=fast").reason().startsWith("target_session_attrs 'fast'"));
        assertEquals("connect_timeout 'soon' is not a number of seconds", rejected("postgresql://h/db?connect_timeout=soon").reason());
        assertEquals("parameter 'sslmode' has no value", rejected("postgresql://h/db?sslmode").reason());
    }

    @Test
    void rejectsUnixSocketsAndBrokenHostLists() {
        assertTrue(rejected("postgresql://%2Fvar%2Frun%2Fpostgresql/db").reason().startsWith("Unix-domain sockets"));
        assertEquals("a host in the list is empty", rejected("postgresql://a,,b/db").reason());
        assertEquals("the IPv6 address '[::1' has no closing ]", rejected("postgresql://[::1/db").reason());
    }

    @Test
    void namesWhereTheUrlCameFrom() {
        InvalidDatabaseUrlException e = assertThrows(InvalidDatabaseUrlException.class,
                () -> DatabaseUrlParser.parse(new ConfiguredUrl("nonsense", UrlOrigin.DOTENV), "u"));
        assertTrue(e.getMessage().startsWith("DATABASE_URL in .env is not a valid PostgreSQL URL"), e.getMessage());
    }
}
