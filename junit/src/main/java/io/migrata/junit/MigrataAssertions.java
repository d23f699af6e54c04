package io.migrata.junit;

import io.migrata.schema.op.SchemaOp;
import io.migrata.workflow.Comparison;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.MigrataException;
import io.migrata.workflow.Verification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The checks a project adds to its own test suite: {@code migrata check} and {@code migrata verify}
 * as assertions. Each replays the migrations on a new scratch database (see {@link MigrataProject}
 * for which server) and throws an {@link AssertionError} naming every difference.
 *
 * <pre>{@code
 * class MigrationsTest {
 *     static final MigrataProject PROJECT =
 *             MigrataProject.compiled("com.example.migrations", "com.example.domain").naming("spring-boot");
 *
 *     @Test
 *     void migrationsMatchTheEntities() {
 *         MigrataAssertions.assertMigrationsMatchEntities(PROJECT);
 *     }
 *
 *     @Test
 *     void everyRevisionDowngradesCleanly() {
 *         MigrataAssertions.assertRevisionsDowngradeCleanly(PROJECT);
 *     }
 * }
 * }</pre>
 */
public final class MigrataAssertions {

    private MigrataAssertions() {
    }

    /**
     * The migrations' head, replayed on a scratch database, is the schema the entities describe.
     *
     * @throws AssertionError listing what a new migration would have to do, when one is missing
     */
    public static void assertMigrationsMatchEntities(MigrataProject project) {
        Comparison check = run(project, Migrata::check);
        if (check.equal()) return;
        StringBuilder message = new StringBuilder(check.verdict()).append('\n')
                .append("what the missing migration has to do, from ").append(check.from()).append(" to ").append(check.to()).append(':');
        for (SchemaOp op : check.ops()) message.append("\n  - ").append(op.describe());
        throw new AssertionError(message.toString());
    }

    /**
     * Every revision upgrades, downgrades back to the schema it started from, and upgrades again
     * to the same schema, on a scratch database.
     *
     * @throws AssertionError naming each revision that does not, and what it leaves behind
     */
    public static void assertRevisionsDowngradeCleanly(MigrataProject project) {
        Verification verification = run(project, migrata -> migrata.verify(null, null));
        if (verification.ok()) return;
        StringBuilder message = new StringBuilder(verification.failed() + " of " + verification.outcomes().size()
                + " revisions checked do not downgrade cleanly:");
        for (Verification.Outcome outcome : verification.outcomes()) {
            if (outcome.ok()) continue;
            message.append("\n  ").append(outcome.revision().label()).append(':');
            if (outcome.failure() != null) message.append("\n    ").append(outcome.failure());
            describe(message, "left behind by the downgrade", outcome.leftByDowngrade());
            describe(message, "changed by upgrading again", outcome.changedByRedo());
        }
        int unchecked = verification.selected() - verification.outcomes().size();
        if (unchecked > 0) message.append("\n  (").append(unchecked).append(" later revisions not checked after the failure)");
        throw new AssertionError(message.toString());
    }

    private static void describe(StringBuilder message, String heading, List<SchemaOp> ops) {
        if (ops.isEmpty()) return;
        message.append("\n    ").append(heading).append(':');
        for (SchemaOp op : ops) message.append("\n      - ").append(op.describe());
    }

    private static <T> T run(MigrataProject project, Function<Migrata, T> check) {
        Path scratch = temporaryDirectory();
        try (Migrata migrata = project.open(scratch)) {
            return check.apply(migrata);
        } catch (MigrataException e) {
            throw new AssertionError("migrata: " + e.getMessage(), e);
        } finally {
            delete(scratch);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("migrata-junit");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }
}
