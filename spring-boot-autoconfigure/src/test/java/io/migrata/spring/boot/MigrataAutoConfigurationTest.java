package io.migrata.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrata.spring.boot.notes.Note;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import io.migrata.workflow.MigrataException;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auto-configuration on Spring Boot 3.5 (the line this module compiles against) with Boot's own
 * DataSource, JDBC and Hibernate 6.6 auto-configurations, on a real PostgreSQL: Hibernate's
 * {@code ddl-auto=validate} is the judge that the schema was migrated before JPA started.
 */
@ExtendWith(PostgresExtension.class)
class MigrataAutoConfigurationTest {

    private static final String MIGRATIONS = "io.migrata.spring.boot.notes.migrations";

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Note.class)
    static class NotesApplication {
    }

    private static ApplicationContextRunner runner(TestDatabase database) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
                        TransactionAutoConfiguration.class, MigrataAutoConfiguration.class,
                        MigrataEndpointAutoConfiguration.class))
                .withUserConfiguration(NotesApplication.class)
                .withPropertyValues(
                        "spring.datasource.url=" + database.url(),
                        "spring.datasource.username=" + database.user(),
                        "spring.datasource.password=" + (database.password() == null ? "" : database.password()),
                        "spring.jpa.hibernate.ddl-auto=validate",
                        "spring.jpa.open-in-view=false",
                        "migrata.migrations-package=" + MIGRATIONS,
                        "management.endpoints.web.exposure.include=migrata");
    }

    @Test
    void upgradesToHeadBeforeHibernateValidatesTheSchema(TestDatabase database) {
        runner(database).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(EntityManagerFactory.class);
            assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
                    .contains(MigrataAutoConfiguration.INITIALIZER_BEAN);
            assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
                    .contains(MigrataAutoConfiguration.INITIALIZER_BEAN);
            assertThat(context.getBean(JdbcTemplate.class).queryForList(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = 'notes' ORDER BY column_name",
                    String.class)).containsExactly("author", "id", "title");
        });
        assertThat(versionRows(database)).containsExactly("002_add_note_author");
    }

    @Test
    void stopsAtTheTargetAndHibernateRejectsTheOlderSchema(TestDatabase database) {
        runner(database).withPropertyValues("migrata.target=001_create_notes").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("author");
        });
        assertThat(versionRows(database)).containsExactly("001_create_notes");
    }

    @Test
    void anOlderDatabaseIsBroughtToHead(TestDatabase database) {
        runner(database).withPropertyValues("migrata.target=001_create_notes", "spring.jpa.hibernate.ddl-auto=none")
                .run(context -> assertThat(context).hasNotFailed());
        runner(database).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MigrataInitializer.class).move().steps())
                    .extracting(step -> step.revision()).containsExactly("002_add_note_author");
        });
        assertThat(versionRows(database)).containsExactly("002_add_note_author");
    }

    @Test
    void disabledLeavesTheDatabaseAlone(TestDatabase database) {
        runner(database).withPropertyValues("migrata.enabled=false", "spring.jpa.hibernate.ddl-auto=none").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(MigrataInitializer.class);
        });
        assertThat(tables(database)).doesNotContain("notes", "migrata_version");
    }

    @Test
    void withoutADataSourceNothingIsConfigured() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrataAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ApplicationMigrations.class));
    }

    @Test
    void migrataUrlIsUsedInsteadOfTheApplicationsDataSource(TestDatabase application, TestDatabase migrated) {
        runner(application).withPropertyValues("spring.jpa.hibernate.ddl-auto=none",
                        "migrata.url=" + migrated.url(), "migrata.user=" + migrated.user())
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(tables(migrated)).contains("notes", "migrata_version");
        assertThat(tables(application)).doesNotContain("notes", "migrata_version");
    }

    @Test
    void anEditedAppliedRevisionFailsStartUnlessRepairIsAsked(TestDatabase database) throws SQLException {
        runner(database).run(context -> assertThat(context).hasNotFailed());
        // What the runner sees when a revision's code changed after it ran: a recorded checksum that differs.
        database.execute("UPDATE migrata_history SET checksum = repeat('0', 64) WHERE revision = '001_create_notes'");
        runner(database).run(context -> {
            assertThat(context).hasFailed();
            MigrataException failure = migrataFailure(context.getStartupFailure());
            assertThat(failure.getMessage()).startsWith("an applied revision was edited after being applied: 001_create_notes")
                    .doesNotContain("\n");
        });
        runner(database).withPropertyValues("migrata.on-edited-revision=repair")
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(historyDirections(database, "001_create_notes")).containsExactly("upgrade", "repair");
    }

    @Test
    void aRevisionTheApplicationDoesNotKnowFailsStart(TestDatabase database) throws SQLException {
        runner(database).run(context -> assertThat(context).hasNotFailed());
        database.execute("UPDATE migrata_version SET version_num = '003_from_a_newer_release'");
        runner(database).run(context -> {
            assertThat(context).hasFailed();
            assertThat(migrataFailure(context.getStartupFailure()).getMessage()).contains("003_from_a_newer_release");
        });
        assertThat(versionRows(database)).containsExactly("003_from_a_newer_release");
    }

    @Test
    void theEndpointListsAppliedAndPendingRevisionsWithTimes(TestDatabase database) {
        runner(database).withPropertyValues("migrata.target=001_create_notes", "spring.jpa.hibernate.ddl-auto=none")
                .run(context -> {
                    MigrataEndpoint.MigrataReport report = context.getBean(MigrataEndpoint.class).revisions();
                    assertThat(report.current()).containsExactly("001_create_notes");
                    assertThat(report.revisions()).extracting(MigrataEndpoint.RevisionReport::id)
                            .containsExactly("001_create_notes", "002_add_note_author");
                    assertThat(report.revisions()).extracting(MigrataEndpoint.RevisionReport::state)
                            .containsExactly("applied", "pending");
                    assertThat(report.revisions().get(0).appliedAt()).isNotNull();
                    assertThat(report.revisions().get(1).appliedAt()).isNull();
                });
    }

    @Test
    void theEndpointIsAbsentUnlessExposed(TestDatabase database) {
        runner(database).withPropertyValues("management.endpoints.web.exposure.include=health")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrataEndpoint.class));
    }

    private static MigrataException migrataFailure(Throwable startFailure) {
        for (Throwable cause = startFailure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrataException failure) return failure;
        }
        throw new AssertionError("start did not fail with a MigrataException", startFailure);
    }

    private static List<String> versionRows(TestDatabase database) {
        return strings(database, "SELECT version_num FROM migrata_version ORDER BY 1");
    }

    private static List<String> tables(TestDatabase database) {
        return strings(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    }

    private static List<String> historyDirections(TestDatabase database, String revision) {
        return strings(database, "SELECT direction FROM migrata_history WHERE revision = '" + revision + "' ORDER BY id");
    }

    private static List<String> strings(TestDatabase database, String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) values.add(rows.getString(1));
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
