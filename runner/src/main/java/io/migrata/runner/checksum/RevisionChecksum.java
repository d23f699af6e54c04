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
 * irreversible revision) counts by the exception it throws.
 */
public final class RevisionChecksum {

    private RevisionChecksum() {
    }

    /** 64 lower-case hex digits. */
    public static String of(HistoryReplay replay, String id) {
        return sha256(canonicalText(replay, id));
    }

    public static String canonicalText(HistoryReplay replay, String id) {
        return "migrata-checksum 1\n"
                + "transactional=" + replay.migrations().get(id).transactional() + "\n"
                + "upgrade\n" + text(replay.upgrade(id))
                + "downgrade\n" + text(replay.downgrade(id));
    }

    private static String text(HistoryReplay.Recording recording) {
        if (recording.failure() == null) return CanonicalOps.write(recording.ops());
        return "throws " + recording.failure().getClass().getName() + ": " + recording.failure().getMessage() + "\n";
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
