package io.migrata.workflow;

import io.migrata.runner.graph.RevisionNode;
import java.util.List;
import java.util.Objects;

/**
 * A revision as front ends show it: its id, its parents (none for a base, two for a merge), the
 * message and creation time from its {@code @Revision}, and the file that defines it.
 *
 * @param created the creation time as the revision records it, or empty
 * @param file    the source file (or class) that defines it, or null when unknown
 */
public record RevisionInfo(String id, List<String> parents, String message, String created, String file) {

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
    }

    static RevisionInfo of(RevisionNode node) {
        return new RevisionInfo(node.id(), node.parents(), node.message(), node.created(), node.origin());
    }

    /** {@code 002_add_user_phone (add user phone)}, or the bare id without a message. */
    public String label() {
        return message.isEmpty() ? id : id + " (" + message + ")";
    }
}
