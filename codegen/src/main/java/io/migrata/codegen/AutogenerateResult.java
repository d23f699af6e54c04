package io.migrata.codegen;

import io.migrata.diff.DiffResult;
import io.migrata.schema.op.SchemaOp;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Autogenerator} found and wrote. "No changes" is its own outcome: {@link #noChanges()}
 * is true and, unless the request asked for an empty revision, no migration was written.
 *
 * @param diff      the diff, with its ops, hazards, rename candidates and notes
 * @param migration the migration written (or rendered, by {@link Autogenerator#preview}), if any
 */
public record AutogenerateResult(DiffResult diff, Optional<GeneratedMigration> migration) {

    public AutogenerateResult {
        Objects.requireNonNull(diff, "diff is null");
        Objects.requireNonNull(migration, "migration is null");
    }

    public boolean noChanges() {
        return diff.isEmpty();
    }

    /** The file written, if any. */
    public Optional<Path> file() {
        return migration.map(GeneratedMigration::file);
    }

    /** One line per op, as the CLI prints them: {@code add column public.users.phone character varying(20) NULL}. */
    public List<String> summary() {
        return diff.ops().stream().map(SchemaOp::describe).toList();
    }
}
