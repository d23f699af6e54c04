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
 * @param migration the migration written (or rendered, by {@link Autogenerator#preview}), if any; the
 *                  expand revision of an expand/contract plan
 * @param contract  the contract revision that follows it, when the request asked for expand/contract and
 *                  a type change rewrites a table
 */
public record AutogenerateResult(DiffResult diff, Optional<GeneratedMigration> migration,
                                 Optional<GeneratedMigration> contract) {

    public AutogenerateResult {
        Objects.requireNonNull(diff, "diff is null");
        Objects.requireNonNull(migration, "migration is null");
        Objects.requireNonNull(contract, "contract is null");
    }

    /** One migration, or none. */
    public AutogenerateResult(DiffResult diff, Optional<GeneratedMigration> migration) {
        this(diff, migration, Optional.empty());
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
