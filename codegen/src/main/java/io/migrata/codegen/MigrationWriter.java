package io.migrata.codegen;

import javax.lang.model.SourceVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes one revision as a Java migration class, with JavaPoet: the {@code @Revision} (id from the
 * next sequence number and the message, parents from the current heads), {@code upgrade()} with
 * the ops, {@code downgrade()} with their inverses in reverse order, a {@code // WARNING:} above
 * each op with a hazard or a likely rename, a {@code // DESTRUCTIVE:} above each op whose data the
 * other direction cannot bring back, and the class Javadoc with the message and creation time.
 * Output is stable: the same revision gives a byte-identical file.
 *
 * <pre>{@code
 * MigrationWriter writer = new MigrationWriter(MigrationTemplate.defaults());
 * GeneratedMigration written = writer.write(NewRevision.of("add user phone",
 *         List.of("001_initial_schema"), Instant.now(), ops));
 * // migrations/versions/M20260220_002_AddUserPhone.java, revision 002_add_user_phone
 * }</pre>
 *
 * <p>A revision with no ops gets empty method bodies with a TODO, for writing by hand.
 */
public final class MigrationWriter {

    private final MigrationTemplate template;

    public MigrationWriter(MigrationTemplate template) {
        this.template = Objects.requireNonNull(template, "template is null");
    }

    /**
     * The migration's source and where {@link #write} would put it, without touching the disk.
     *
     * @throws InvalidMessageException  when the message is empty or has no letters or digits
     * @throws InvalidTemplateException when the class name pattern gives no Java class name
     */
    public GeneratedMigration render(NewRevision revision) {
        Objects.requireNonNull(revision, "revision is null");
        NewRevision exact = new NewRevision(revision.message(), revision.parents(),
                revision.created().truncatedTo(ChronoUnit.SECONDS), revision.ops(), revision.warnings(), revision.notes(),
                revision.baseline(), revision.squashed(), revision.grouped());
        String slug = RevisionNaming.slug(exact.message());
        int sequence = RevisionNaming.nextSequence(exact.parents());
        String revisionId = RevisionNaming.revisionId(sequence, slug);
        String className = RevisionNaming.className(template.classNamePattern(), exact.created(), sequence, slug);
        if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
            throw new InvalidTemplateException("class name pattern " + template.classNamePattern() + " gives "
                    + className + ", which is not a Java class name: start the pattern with a letter, e.g. "
                    + MigrationTemplate.DEFAULT_CLASS_NAME_PATTERN);
        }
        String source = new MigrationSource(template).render(exact, revisionId, className);
        return new GeneratedMigration(revisionId, className, template.directory().resolve(className + ".java"), source);
    }

    /**
     * Renders the migration and writes it; on any failure nothing is left behind.
     *
     * @throws TargetNotWritableException when the directory cannot be created or written, or the file exists
     */
    public GeneratedMigration write(NewRevision revision) {
        GeneratedMigration migration = render(revision);
        Path directory = template.directory();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw notWritable(directory, e);
        }
        if (Files.exists(migration.file())) {
            throw new TargetNotWritableException(migration.file() + " exists already: pick another message, or "
                    + "remove the file if it is a leftover", null);
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "." + migration.className(), ".tmp");
            Files.writeString(temporary, migration.source(), StandardCharsets.UTF_8);
            Files.move(temporary, migration.file(), StandardCopyOption.ATOMIC_MOVE);
            return migration;
        } catch (FileAlreadyExistsException e) {
            throw new TargetNotWritableException(migration.file() + " exists already", e);
        } catch (IOException e) {
            throw notWritable(directory, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Deletes a migration {@link #write} wrote, when what it belongs with could not be written. */
    void remove(GeneratedMigration migration) {
        deleteQuietly(migration.file());
    }

    private static TargetNotWritableException notWritable(Path directory, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileAlreadyExistsException ? "a file is in the way"
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason().toLowerCase(Locale.ROOT)
                : e.getClass().getSimpleName();
        return new TargetNotWritableException("cannot write migrations to " + directory + " (" + why
                + "): make it a writable directory or configure another one", e);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The move already succeeded or the directory refuses writes; nothing else to clean up.
        }
    }
}
