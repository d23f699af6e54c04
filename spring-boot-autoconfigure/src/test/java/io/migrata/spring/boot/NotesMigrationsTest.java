package io.migrata.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrata.junit.MigrataAssertions;
import io.migrata.junit.MigrataProject;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.hibernate.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * migrata-junit in the suite of a Spring Boot 3.5 application, whose test class path holds Boot's
 * Hibernate 6.6 and JPA 3.1 rather than the Hibernate 7 the entity reader is built with: the
 * assertions read the entities with the Hibernate the application has.
 */
@ExtendWith(PostgresExtension.class)
class NotesMigrationsTest {

    private static MigrataProject notes(TestDatabase server) {
        return MigrataProject.compiled("io.migrata.spring.boot.notes.migrations", "io.migrata.spring.boot.notes")
                .naming("spring-boot")
                .scratchServer(server.urlWithCredentials());
    }

    @Test
    void runsOnBootsHibernate() {
        assertThat(Version.getVersionString()).startsWith("6.6.");
    }

    @Test
    void migrationsMatchTheEntities(TestDatabase server) {
        MigrataAssertions.assertMigrationsMatchEntities(notes(server));
    }

    @Test
    void everyRevisionDowngradesCleanly(TestDatabase server) {
        MigrataAssertions.assertRevisionsDowngradeCleanly(notes(server));
    }
}
