/**
 * Schema changes as data: one immutable record per operation ({@link io.migrata.schema.op.SchemaOp}),
 * each with its exact inverse, a destructive flag and a one-line description, and
 * {@link io.migrata.schema.op.OpApplier}, which applies them to a model in memory and refuses any
 * op the model's state does not allow.
 */
package io.migrata.schema.op;
