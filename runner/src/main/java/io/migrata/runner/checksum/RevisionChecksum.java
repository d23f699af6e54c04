package io.migrata.runner.checksum;

import io.migrata.runner.load.InvalidMigrationException;
import io.migrata.runner.load.LoadedMigration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of what a revision does: whether it is transactional, and the canonical text of the
 * ops its {@code upgrade()} and {@code downgrade()} record. Comments and formatting in the source
 * leave it unchanged; an edited op or {@code execute} SQL changes it. A {@code downgrade()} that
 * refuses to run (an irreversible revision) counts by the exception it throws.
 */
public final class RevisionChecksum {

    private RevisionChecksum() {
    }

    /** 64 lower-case hex digits. */
    public static String of(LoadedMigration migration) {
        return sha256(canonicalText(migration));
    }

    public static String canonicalText(LoadedMigration migration) {
        return "migrata-checksum 1\n"
                + "transactional=" + migration.transactional() + "\n"
                + "upgrade\n" + CanonicalOps.write(migration.upgradeOps())
                + "downgrade\n" + downgradeText(migration);
    }

    private static String downgradeText(LoadedMigration migration) {
        try {
            return CanonicalOps.write(migration.downgradeOps());
        } catch (InvalidMigrationException e) {
            Throwable cause = e.getCause();
            return "throws " + cause.getClass().getName() + ": " + cause.getMessage() + "\n";
        }
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
