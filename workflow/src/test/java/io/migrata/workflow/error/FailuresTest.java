package io.migrata.workflow.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.workflow.MigrataException;
import io.migrata.workflow.MigrataException.Kind;
import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.connect.ScratchDatabaseException;
import io.migrata.diff.InvalidRenameHintException;
import io.migrata.entities.EntityModelException;
import io.migrata.introspect.UnknownSchemaException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mappings that need no server; connection failures are tested against real servers in the command's tests. */
class FailuresTest {

    private record Failure(Kind kind, String message) {
    }

    private static Failure map(Throwable error) {
        MigrataException failure = Failures.classify(error);
        assertEquals(error, failure.getCause());
        return new Failure(failure.kind(), failure.getMessage());
    }

    @Test
    void configurationProblemsAreUsageErrors() {
        assertEquals(new Failure(Kind.USAGE, "-C x: no such directory"), map(new ConfigurationException("-C x: no such directory")));
    }

    @Test
    void anUnknownSchemaIsAUsageError() {
        Failure failure = map(new UnknownSchemaException(List.of("Sales"), List.of("public", "sales")));
        assertEquals(Kind.USAGE, failure.kind());
        assertEquals(new UnknownSchemaException(List.of("Sales"), List.of("public", "sales")).getMessage(), failure.message());
    }

    @Test
    void aLostConnectionIsAConnectionFailure() {
        Failure failure = map(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertEquals(Kind.CANNOT_CONNECT, failure.kind());
        assertEquals("lost the connection to the database: An I/O error occurred while sending to the backend."
                + " (check the network and the server's log, then run the command again)", failure.message());
    }

    @Test
    void otherDatabaseErrorsNameTheirState() {
        Failure failure = map(new SQLException("permission denied for schema app", "42501"));
        assertEquals(new Failure(Kind.INTERNAL,
                "database error: permission denied for schema app [SQLSTATE 42501] (run with --verbose for details)"), failure);
    }

    @Test
    void anythingElseIsAnInternalErrorOnOneLine() {
        Failure failure = map(new IllegalStateException("broken\ninvariant"));
        assertEquals(new Failure(Kind.INTERNAL, "internal error: java.lang.IllegalStateException: broken invariant"
                + " (run with --verbose for the stack trace, and please report it)"), failure);
    }

    @Test
    void problemsWithTheEntitiesAndRenameHintsAreUsageErrors() {
        assertEquals(new Failure(Kind.USAGE, "no entity in package com.example"),
                map(new EntityModelException("no entity in package com.example")));
        assertEquals(new Failure(Kind.USAGE, "rename hint users.a -> b: column a does not exist"),
                map(new InvalidRenameHintException("rename hint users.a -> b: column a does not exist")));
    }

    @Test
    void aScratchDatabaseThatCannotBeCreatedIsAConfigurationError() {
        Failure failure = map(new ScratchDatabaseException("cannot create a scratch database on h:5432", null));
        assertEquals(new Failure(Kind.USAGE, "cannot create a scratch database on h:5432"), failure);
    }
}
