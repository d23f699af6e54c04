package io.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void takesCredentialsOutOfTheUrlAndDropsTheDatabase() {
        PostgresServer server = PostgresServer.fromJdbcUrl(
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=ci&password=s3cret&sslmode=disable", "url");
        assertEquals("jdbc:postgresql://127.0.0.1:5432", server.baseUrl());
        assertEquals("ci", server.user());
        assertEquals("s3cret", server.password());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/other?sslmode=disable", server.urlFor("other"));
    }

    @Test
    void defaultsToThePostgresUserWithoutPassword() {
        PostgresServer server = PostgresServer.fromJdbcUrl("jdbc:postgresql://db:6543", "url");
        assertEquals("postgres", server.user());
        assertNull(server.password());
        assertEquals("jdbc:postgresql://db:6543/x", server.urlFor("x"));
    }

    @Test
    void readsHostAndPortAsTheDriverDoesIpv6Included() {
        PostgresServer server = PostgresServer.fromJdbcUrl("jdbc:postgresql://[::1]:5433/postgres?user=ci", "url");
        assertEquals("jdbc:postgresql://[::1]:5433", server.baseUrl());
        assertEquals("::1", server.host());
        assertEquals(5433, server.port());
        assertEquals("db", PostgresServer.fromJdbcUrl("jdbc:postgresql://db:6543", "url").host());
        assertEquals(5432, PostgresServer.fromJdbcUrl("jdbc:postgresql://db/", "url").port());
    }

    @Test
    void rejectsOtherUrlsWithoutEchoingThePassword() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PostgresServer.fromJdbcUrl("postgresql://h/db?password=hunter2", "url"));
        assertFalse(error.getMessage().contains("hunter2"), error.getMessage());
    }

    @Test
    void toStringNeverShowsThePassword() {
        PostgresServer server = new PostgresServer("jdbc:postgresql://h:1", "", "u", "hunter2", "url");
        assertFalse(server.toString().contains("hunter2"));
    }
}
