package io.migrata.codegen;

import java.nio.file.Path;

/**
 * A migration class as written: its revision id, class name, file and source text.
 *
 * @param file where the source was written, or would be by {@link MigrationWriter#write}
 */
public record GeneratedMigration(String revisionId, String className, Path file, String source) {
}
