package io.migrata.workflow;

import io.migrata.workflow.connect.ScratchDatabase;
import io.migrata.workflow.model.ModelLoader;
import io.migrata.diff.SchemaDiff;
import io.migrata.runner.Migrator;
import io.migrata.runner.execute.MigrationFailedException;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.runner.graph.RevisionNode;
import io.migrata.runner.load.InvalidMigrationException;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.SchemaOp;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks that each revision's downgrade undoes its upgrade, on a scratch database: with exactly the
 * revision's ancestors applied, read the schema, upgrade, downgrade, read it again (it must equal
 * the first), then upgrade again (it must give the same schema as the first upgrade).
 */
final class RevisionVerifier {

    private final ScratchDatabase scratch;
    private final Migrator migrator;
    private final String versionSchema;
    private final Consumer<String> notices;

    RevisionVerifier(ScratchDatabase scratch, Migrator migrator, String versionSchema, Consumer<String> notices) {
        this.scratch = scratch;
        this.migrator = migrator;
        this.versionSchema = versionSchema;
        this.notices = notices;
    }

    /**
     * @param revisions the revisions to check, parents first. Verification stops after a revision
     *                  whose upgrade or downgrade fails: the scratch database is then in no known state.
     */
    List<Verification.Outcome> verify(List<RevisionNode> revisions) throws SQLException {
        List<Verification.Outcome> outcomes = new ArrayList<>();
        for (RevisionNode revision : revisions) {
            notices.accept("verifying " + revision.label());
            applyExactly(parentsOf(revision));
            SchemaModel before = read();
            String step = "upgrade";
            List<SchemaOp> left = List.of();
            try {
                migrator.upgrade(revision.id());
                SchemaModel upgraded = read();
                step = "downgrade";
                migrator.downgrade(revision.parents().isEmpty() ? "base" : revision.parents().get(0));
                left = SchemaDiff.between(before, read()).ops();
                step = "upgrade after the downgrade";
                migrator.upgrade(revision.id());
                outcomes.add(new Verification.Outcome(RevisionInfo.of(revision), left, SchemaDiff.between(upgraded, read()).ops(), null));
            } catch (MigrationFailedException | InvalidMigrationException e) {
                outcomes.add(new Verification.Outcome(RevisionInfo.of(revision), left, List.of(), failure(step, e)));
                break;
            }
        }
        return outcomes;
    }

    private static String failure(String step, RuntimeException e) {
        return step + " failed: " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private Set<String> parentsOf(RevisionNode revision) {
        RevisionGraph graph = migrator.graph();
        return revision.parents().isEmpty() ? Set.of() : graph.ancestors(revision.parents());
    }

    /**
     * Brings the database to exactly these revisions applied. A linear history is there already;
     * after a revision on another branch the database starts again from base.
     */
    private void applyExactly(Set<String> wanted) throws SQLException {
        RevisionGraph graph = migrator.graph();
        Set<String> applied = new HashSet<>(graph.ancestors(migrator.current()));
        if (applied.equals(wanted)) return;
        if (!wanted.containsAll(applied)) migrator.downgrade("base");
        for (String head : graph.headsOf(wanted)) migrator.upgrade(head);
    }

    /**
     * The scratch database's schema. The version tables are left out by the introspector; their schema,
     * when it is not public, appears once the first upgrade created it, so it is left out too while empty.
     */
    private SchemaModel read() throws SQLException {
        SchemaModel model = ModelLoader.database(scratch.target(), List.of()).model();
        boolean versionSchemaEmpty = model.tables().stream().noneMatch(t -> t.name().schema().equals(versionSchema))
                && model.enums().stream().noneMatch(e -> e.name().schema().equals(versionSchema))
                && model.sequences().stream().noneMatch(s -> s.name().schema().equals(versionSchema))
                && model.views().stream().noneMatch(v -> v.name().schema().equals(versionSchema));
        if (!versionSchemaEmpty || versionSchema.equals("public")) return model;
        return model.withSchemas(model.schemas().stream().filter(s -> !s.equals(versionSchema)).toList());
    }
}
