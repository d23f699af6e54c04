package io.migrata.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A migration class a workflow wrote (or, for a preview, would write).
 *
 * @param file    where it was written; null for a preview
 * @param parents the revisions it follows
 * @param source  the Java source
 */
public record GeneratedRevision(String revisionId, List<String> parents, Path file, String source) {

    public GeneratedRevision {
        Objects.requireNonNull(revisionId, "revisionId");
        parents = List.copyOf(parents);
        Objects.requireNonNull(source, "source");
    }
}
