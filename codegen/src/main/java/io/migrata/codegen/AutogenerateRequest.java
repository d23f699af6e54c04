package io.migrata.codegen;

import io.migrata.diff.DiffOptions;
import io.migrata.diff.OnlinePlan;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What {@link Autogenerator} compares and how it names the result: the schema as it is
 * ({@code current}: the database at the head revision, or the history replayed), the schema as it
 * should be ({@code target}: the entities), the heads the new revision follows, its message and
 * creation time, the diff's options, whether to write a revision when nothing changed, and whether
 * changes to existing tables are written as an online plan (see {@link #withOnline}), and whether a
 * type change that rewrites a table is split into an expand and a contract revision
 * ({@link #withExpandContract}).
 *
 * <pre>{@code
 * AutogenerateRequest request = AutogenerateRequest.of(database, entities, List.of("001_initial_schema"),
 *         "add user phone").withDiffOptions(DiffOptions.defaults().withRename("users.mobile -> phone"));
 * }</pre>
 */
public record AutogenerateRequest(SchemaModel current, SchemaModel target, List<String> heads, String message,
                                  Instant created, DiffOptions diffOptions, boolean writeWhenEmpty,
                                  Map<QualifiedName, List<String>> initialRows, Predicate<QualifiedName> onlineHasRows,
                                  boolean expandContract) {

    public AutogenerateRequest {
        Objects.requireNonNull(current, "current model is null");
        Objects.requireNonNull(target, "target model is null");
        Objects.requireNonNull(message, "message is null");
        Objects.requireNonNull(created, "created is null");
        Objects.requireNonNull(diffOptions, "diff options are null");
        heads = List.copyOf(heads);
        initialRows = Map.copyOf(initialRows);
    }

    /** Whether the ops are written as an {@link OnlinePlan}. */
    public boolean online() {
        return onlineHasRows != null;
    }

    /** Created now, default diff options, no initial rows, blocking forms, and no file when nothing changed. */
    public static AutogenerateRequest of(SchemaModel current, SchemaModel target, List<String> heads, String message) {
        return new AutogenerateRequest(current, target, heads, message, Instant.now(), DiffOptions.defaults(), false,
                Map.of(), null, false);
    }

    public AutogenerateRequest withCreated(Instant newCreated) {
        return new AutogenerateRequest(current, target, heads, message, newCreated, diffOptions, writeWhenEmpty,
                initialRows, onlineHasRows, expandContract);
    }

    public AutogenerateRequest withDiffOptions(DiffOptions newOptions) {
        return new AutogenerateRequest(current, target, heads, message, created, newOptions, writeWhenEmpty,
                initialRows, onlineHasRows, expandContract);
    }

    /**
     * Writes changes to existing tables as an {@link OnlinePlan}; {@code hasRows} says whether a
     * table of {@code current} may hold rows (true when unknown). {@code null} writes the blocking forms.
     */
    public AutogenerateRequest withOnline(Predicate<QualifiedName> hasRows) {
        return new AutogenerateRequest(current, target, heads, message, created, diffOptions, writeWhenEmpty,
                initialRows, hasRows, expandContract);
    }

    /**
     * Writes a type change that rewrites an existing table as an {@link io.migrata.diff.ExpandContractPlan}:
     * two revisions, the expand and the contract, instead of one {@code ALTER COLUMN … TYPE}.
     */
    public AutogenerateRequest withExpandContract(boolean split) {
        return new AutogenerateRequest(current, target, heads, message, created, diffOptions, writeWhenEmpty,
                initialRows, onlineHasRows, split);
    }

    /** Whether a revision with empty bodies is written when the models are the same. */
    public AutogenerateRequest withWriteWhenEmpty(boolean write) {
        return new AutogenerateRequest(current, target, heads, message, created, diffOptions, write, initialRows,
                onlineHasRows, expandContract);
    }

    /**
     * The {@code insert} statements that must follow the creation of some of the target's tables
     * (an {@code @TableGenerator}'s initial rows), by table; the migration runs them right after
     * the table is created.
     */
    public AutogenerateRequest withInitialRows(Map<QualifiedName, List<String>> rows) {
        return new AutogenerateRequest(current, target, heads, message, created, diffOptions, writeWhenEmpty, rows,
                onlineHasRows, expandContract);
    }
}
