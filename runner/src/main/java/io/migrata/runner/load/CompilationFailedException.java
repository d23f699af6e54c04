package io.migrata.runner.load;

import io.migrata.runner.RunnerException;

import java.util.List;
import java.util.stream.Collectors;

/** Migration sources that javac refuses, with every error as {@code file:line: message}. */
public final class CompilationFailedException extends RunnerException {

    private final List<CompileError> errors;

    public CompilationFailedException(List<CompileError> errors) {
        super("the migrations do not compile (" + errors.size() + (errors.size() == 1 ? " error" : " errors")
                + "; fix them and run the command again):\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<CompileError> errors() {
        return errors;
    }
}
