package io.migrata.runner.version;

/** What a row of {@code migrata_history} records, spelled as in its {@code direction} column. */
public enum HistoryAction {
    /** A revision's {@code upgrade()} ran. */
    UPGRADE("upgrade"),
    /** A revision's {@code downgrade()} ran. */
    DOWNGRADE("downgrade"),
    /** A stamp marked the revision applied without running it. */
    STAMP("stamp"),
    /** A stamp marked the revision not applied without running its downgrade. */
    UNSTAMP("unstamp"),
    /** {@code stamp --repair} acknowledged an edit: the row's checksum is the revision's new one. */
    REPAIR("repair");

    private final String word;

    HistoryAction(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Whether the revision counts as applied after this action, so its checksum is the one to compare. */
    public boolean leavesApplied() {
        return this == UPGRADE || this == STAMP || this == REPAIR;
    }

    public static HistoryAction fromWord(String word) {
        for (HistoryAction action : values()) {
            if (action.word.equals(word)) return action;
        }
        throw new IllegalArgumentException("unknown history direction " + word);
    }
}
