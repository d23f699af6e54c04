package io.migrata.runner.checksum;

import io.migrata.runner.load.HistoryReplay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of what a revision does: whether it is transactional, and the canonical text of the
 * ops its {@code upgrade()} and {@code downgrade()} record (against the schema its history
 * leaves, see {@link HistoryReplay}). Comments and formatting in the source leave it unchanged; an
 * edited op or {@code execute} SQL changes it. A method that refuses to run (the downgrade of an
 * irreversible revision) counts by the class of what it throws, never by its message: a library's
 * or the JDK's wording changes between releases, and the revision has not changed with it.
 *
 * <p>Version 1 of the text held the message too; a checksum recorded by a release that wrote it
 * still matches (see {@link #matches}), so revisions applied then are not reported as edited.
 */
public final class RevisionChecksum {

    private RevisionChecksum() {
    }

    /** 64 lower-case hex digits. */
    public static String of(HistoryReplay replay, String id) {
        return sha256(canonicalText(replay, id));
    }

    /** Whether {@code recorded} is the checksum of the revision's code as it is now, in this text or version 1's. */
    public static boolean matches(HistoryReplay replay, String id, String recorded) {
        String stored = recorded.strip();
        return stored.equals(of(replay, id)) || stored.equals(sha256(text(replay, id, 1)));
    }

    public static String canonicalText(HistoryReplay replay, String id) {
        return text(replay, id, 2);
    }

    private static String text(HistoryReplay replay, String id, int version) {
        return "migrata-checksum " + version + "\n"
                + "transactional=" + replay.migrations().get(id).transactional() + "\n"
                + "upgrade\n" + text(replay.upgrade(id), version)
                + "downgrade\n" + text(replay.downgrade(id), version);
    }

    private static String text(HistoryReplay.Recording recording, int version) {
        if (recording.failure() == null) return CanonicalOps.write(recording.ops());
        String thrown = recording.failure().getClass().getName();
        return "throws " + (version == 1 ? thrown + ": " + recording.failure().getMessage() : thrown) + "\n";
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
