package io.migrata.workflow.replay;

import io.migrata.runner.load.HistoryReplay;
import io.migrata.schema.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * What a history up to some heads makes Migrata's, from its typed operations replayed in memory:
 * the objects they create ({@code null} when an operation did not apply to the replayed model, so
 * the replay lost track) and those its baseline revisions adopted.
 */
public record HistoryOwnership(List<String> heads, SchemaModel created, SchemaModel adopted) {

    public HistoryOwnership {
        heads = List.copyOf(heads);
        Objects.requireNonNull(adopted, "adopted");
    }

    public static HistoryOwnership of(HistoryReplay replay, List<String> heads) {
        return new HistoryOwnership(heads, replay.schemaAt(heads).orElse(null), replay.adoptedAt(heads));
    }
}
