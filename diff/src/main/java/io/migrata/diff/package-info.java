/**
 * The diff: {@link io.migrata.diff.SchemaDiff} compares two schema models and returns a
 * {@link io.migrata.diff.DiffResult} with the ops that turn one into the other (ordered by
 * {@link io.migrata.diff.OpOrderer}), their {@link io.migrata.diff.Hazard}s, and the renames it
 * was told about ({@link io.migrata.diff.RenameHint}) or suspects ({@link io.migrata.diff.RenameCandidate}).
 * Comparators, one per object kind, pair objects and emit ops; they never order them.
 */
package io.migrata.diff;
