package io.migrata.cli.output;

/** How a command prints a result: for people, or as JSON for programs. */
public enum OutputFormat {
    text, json
}
