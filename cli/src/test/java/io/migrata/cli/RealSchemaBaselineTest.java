package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.SchemaDump;
import io.migrata.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline of a large real schema no one here wrote (Camunda 7's engine: 49 tables, over 200
 * indexes, 46 foreign keys) replays equal as pg_dump sees it; afterwards autogenerate writes only
 * what the entities change and drops nothing the baseline adopted, and check passes.
 */
@ExtendWith(PostgresExtension.class)
class RealSchemaBaselineTest {

    private static final String MAPPED = "io.migrata.cli.fixtures.camunda";
    private static final String MAPPED_AND_NOTES = MAPPED + ",io.migrata.cli.fixtures.camundanotes";

    @TempDir
    Path dir;

    @Test
    void camundasSchemaBaselinesReplaysEqualAndThenTakesOnlyTheEntitiesChange(TestDatabase source, TestDatabase fresh)
            throws Exception {
        try (var in = getClass().getResourceAsStream("/schemas/camunda-7.postgres.sql")) {
            source.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Project project = Project.of(dir, source);
        Map<String, String> env = Map.of("DATABASE_URL", source.urlWithCredentials(), "MIGRATA_ENTITIES_PACKAGES", MAPPED);

        CliRun baseline = project.run(env, "baseline");
        assertEquals(ExitCode.OK, baseline.exitCode(), baseline.err());
        assertTrue(baseline.err().contains("the baseline builds the schema ") && baseline.err().contains(" has: 49 tables"), baseline.err());

        CliRun upgrade = project.run(Map.of("DATABASE_URL", fresh.urlWithCredentials()), "upgrade", "head");
        assertEquals(ExitCode.OK, upgrade.exitCode(), upgrade.err());
        assertEquals(SchemaDump.withoutVersionTables(source), SchemaDump.withoutVersionTables(fresh));

        CliRun nothing = project.run(env, "revision", "--autogenerate", "-m", "nothing");
        assertEquals(ExitCode.OK, nothing.exitCode(), nothing.err());
        assertTrue(nothing.err().contains("no changes in schema detected"), nothing.out() + nothing.err());
        assertTrue(nothing.out().contains("table public.act_ru_execution"), nothing.out());

        Map<String, String> changed = Map.of("DATABASE_URL", source.urlWithCredentials(), "MIGRATA_ENTITIES_PACKAGES",
                MAPPED_AND_NOTES);
        CliRun notes = project.run(changed, "revision", "--autogenerate", "-m", "process notes");
        assertEquals(ExitCode.OK, notes.exitCode(), notes.err());
        List<String> ops = notes.out().lines().filter(line -> !line.startsWith("note: ") && !line.startsWith("created ")).toList();
        assertEquals(List.of("create table public.app_process_note (id, body, process_instance_id)"), ops, notes.out());

        assertEquals(ExitCode.OK, project.run(changed, "upgrade", "head").exitCode());
        CliRun check = project.run(changed, "check");
        assertEquals(ExitCode.OK, check.exitCode(), check.out() + check.err());
    }
}
