package io.migrata.examples.hedera.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import io.migrata.spring.boot.MigrataInitializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real application, started as {@code main} starts it, on a real PostgreSQL with Spring Boot 4:
 * Migrata upgrades the database before Hibernate's {@code ddl-auto=validate} checks it against the
 * entities, so every context that starts is Hibernate's own verdict that the migrated schema fits.
 */
@ExtendWith({PostgresExtension.class, OutputCaptureExtension.class})
class HederaFlowApplicationTest {

    private static final List<String> REVISIONS =
            List.of("001_initial_schema", "002_add_user_phone", "003_index_bills_by_meter_check_ocr_confidence");

    private static ConfigurableApplicationContext start(TestDatabase database, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.user(),
                "spring.datasource.password=" + (database.password() == null ? "" : database.password()),
                "server.port=0"));
        all.addAll(List.of(properties));
        // As command-line arguments, so they win over application.properties as they would in production.
        return new SpringApplicationBuilder(HederaFlowApplication.class)
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    @Test
    void fromAnEmptyDatabaseItMigratesToHeadAndTheEndpointSaysSo(TestDatabase database) throws Exception {
        try (ConfigurableApplicationContext context = start(database)) {
            assertThat(strings(database, "SELECT version_num FROM migrata_version")).containsExactly(REVISIONS.get(2));
            assertThat(strings(database, "SELECT conname FROM pg_constraint WHERE conname = 'ck_verifications_ocr_confidence'"))
                    .hasSize(1);

            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/migrata")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode report = JsonMapper.builder().build().readTree(response.body());
            List<String> ids = new ArrayList<>();
            for (JsonNode revision : report.get("revisions")) {
                ids.add(revision.get("id").asString());
                assertThat(revision.get("state").asString()).isEqualTo("applied");
                assertThat(revision.get("appliedAt").isString()).isTrue();
            }
            assertThat(ids).isEqualTo(REVISIONS);
            assertThat(report.get("current").get(0).asString()).isEqualTo(REVISIONS.get(2));
        }
    }

    @Test
    void fromAnOlderRevisionItAppliesOnlyWhatIsMissing(TestDatabase database) throws SQLException {
        try (ConfigurableApplicationContext older = start(database,
                "migrata.target=001_initial_schema", "spring.jpa.hibernate.ddl-auto=none")) {
            assertThat(strings(database, "SELECT version_num FROM migrata_version")).containsExactly(REVISIONS.get(0));
        }
        try (ConfigurableApplicationContext context = start(database)) {
            assertThat(context.getBean(MigrataInitializer.class).move().steps())
                    .extracting(step -> step.revision()).containsExactly(REVISIONS.get(1), REVISIONS.get(2));
        }
        assertThat(strings(database, "SELECT revision FROM migrata_history WHERE direction = 'upgrade' ORDER BY id"))
                .isEqualTo(REVISIONS);
    }

    @Test
    void threeInstancesAtOnceApplyEachRevisionExactlyOnce(TestDatabase database) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) starts.add(pool.submit(() -> start(database)));
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        try {
            for (Future<ConfigurableApplicationContext> started : starts) contexts.add(started.get());
            int applied = contexts.stream().mapToInt(c -> c.getBean(MigrataInitializer.class).move().steps().size()).sum();
            assertThat(applied).isEqualTo(REVISIONS.size());
            assertThat(strings(database, "SELECT revision FROM migrata_history WHERE direction = 'upgrade' AND success ORDER BY id"))
                    .isEqualTo(REVISIONS);
            assertThat(strings(database, "SELECT count(*) FROM migrata_history WHERE NOT success")).containsExactly("0");
        } finally {
            contexts.forEach(ConfigurableApplicationContext::close);
            pool.shutdown();
        }
    }

    @Test
    void anEditedAppliedRevisionStopsTheStartWithOneLine(TestDatabase database, CapturedOutput output) throws SQLException {
        start(database).close();
        // The database's record of 002 no longer matches its code: what the runner sees after the class was edited.
        database.execute("UPDATE migrata_history SET checksum = repeat('0', 64) WHERE revision = '002_add_user_phone'");
        int before = output.length();
        assertThatThrownBy(() -> start(database)).rootCause()
                .hasMessageStartingWith("an applied revision was edited after being applied: 002_add_user_phone");
        String printed = output.toString().substring(before);
        assertThat(printed).contains("Migrata could not migrate the database: an applied revision was edited after being applied:"
                + " 002_add_user_phone");
        assertThat(printed).doesNotContain("\tat io.migrata");
        assertThat(strings(database, "SELECT version_num FROM migrata_version")).containsExactly(REVISIONS.get(2));
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
