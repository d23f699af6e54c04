package io.migrata.cli.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.cli.ExitCode;
import io.migrata.cli.config.ConfigurationException;
import io.migrata.cli.connect.ScratchDatabaseException;
import io.migrata.diff.InvalidRenameHintException;
import io.migrata.entities.EntityModelException;
import io.migrata.introspect.UnknownSchemaException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mappings that need no server; connection failures are tested against real servers in InspectCommandTest. */
class ErrorMapperTest {

    @Test
    void configurationProblemsAreUsageErrors() {
        assertEquals(new Failure(ExitCode.USAGE, "-C x: no such directory"), ErrorMapper.map(new ConfigurationException("-C x: no such directory")));
    }

    @Test
    void anUnknownSchemaIsAUsageError() {
        Failure failure = ErrorMapper.map(new UnknownSchemaException(List.of("Sales"), List.of("public", "sales")));
        assertEquals(ExitCode.USAGE, failure.exitCode());
        assertEquals(new UnknownSchemaException(List.of("Sales"), List.of("public", "sales")).getMessage(), failure.message());
    }

    @Test
    void aLostConnectionIsAConnectionFailure() {
        Failure failure = ErrorMapper.map(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertEquals(ExitCode.CANNOT_CONNECT, failure.exitCode());
        assertEquals("lost the connection to the database: An I/O error occurred while sending to the backend."
                + " (check the network and the server's log, then run the command again)", failure.message());
    }

    @Test
    void otherDatabaseErrorsNameTheirState() {
        Failure failure = ErrorMapper.map(new SQLException("permission denied for schema app", "42501"));
        assertEquals(new Failure(ExitCode.INTERNAL_ERROR,
                "database error: permission denied for schema app [SQLSTATE 42501] (run with --verbose for details)"), failure);
    }

    @Test
    void anythingElseIsAnInternalErrorOnOneLine() {
        Failure failure = ErrorMapper.map(new IllegalStateException("broken\ninvariant"));
        assertEquals(new Failure(ExitCode.INTERNAL_ERROR, "internal error: java.lang.IllegalStateException: broken invariant"
                + " (run with --verbose for the stack trace, and please report it)"), failure);
    }

    @Test
    void problemsWithTheEntitiesAndRenameHintsAreUsageErrors() {
        assertEquals(new Failure(ExitCode.USAGE, "no entity in package com.example"),
                ErrorMapper.map(new EntityModelException("no entity in package com.example")));
        assertEquals(new Failure(ExitCode.USAGE, "rename hint users.a -> b: column a does not exist"),
                ErrorMapper.map(new InvalidRenameHintException("rename hint users.a -> b: column a does not exist")));
    }

    @Test
    void aScratchDatabaseThatCannotBeCreatedIsAConfigurationError() {
        Failure failure = ErrorMapper.map(new ScratchDatabaseException("cannot create a scratch database on h:5432", null));
        assertEquals(new Failure(ExitCode.USAGE, "cannot create a scratch database on h:5432"), failure);
    }
}
