package io.migrata.runner.load;

import java.util.List;
import java.util.Objects;

/**
 * A SQL revision file's text, in the layout {@link SqlRevisionFile} reads: the header, the upgrade
 * statements, and the down section when there is one. {@code migrata squash} writes the squash of
 * a range of SQL revisions with it.
 *
 * @param down the statements of the down section, or {@code null} for none
 */
public record SqlRevisionText(String id, List<String> parents, String message, String created, boolean transactional,
                              List<String> replaces, List<String> up, List<String> down) {

    public SqlRevisionText {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        replaces = List.copyOf(replaces);
        up = List.copyOf(up);
        down = down == null ? null : List.copyOf(down);
    }

    public String render() {
        StringBuilder text = new StringBuilder();
        text.append("-- revision: ").append(id).append('\n');
        if (!parents.isEmpty()) text.append("-- parents: ").append(String.join(", ", parents)).append('\n');
        text.append("-- message: ").append(message.replace('\n', ' ').strip()).append('\n');
        text.append("-- created: ").append(created).append('\n');
        if (!transactional) text.append("-- transactional: false\n");
        if (!replaces.isEmpty()) text.append("-- replaces: ").append(String.join(", ", replaces)).append('\n');
        text.append('\n');
        statements(text, up);
        if (down != null) {
            text.append(SqlRevisionFile.DOWN_MARKER_LINE).append("\n\n");
            statements(text, down);
        }
        return text.toString();
    }

    /** Each statement ended by a semicolon, on a line of its own when the statement ends in a line comment. */
    private static void statements(StringBuilder text, List<String> statements) {
        for (String statement : statements) {
            String sql = statement.strip();
            String lastLine = sql.substring(sql.lastIndexOf('\n') + 1);
            text.append(sql).append(lastLine.contains("--") ? "\n;" : ";").append("\n\n");
        }
    }
}
