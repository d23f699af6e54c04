package io.migrata.runner.load;

/** One javac error in a migration source: {@code file:line: message}. */
public record CompileError(String file, long line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
