package io.migrata.codegen;

import java.util.List;

/**
 * The Java expressions a generated migration is made of, kept as a small tree so
 * {@link CodeLayout} can decide where lines break.
 */
sealed interface Code {

    /** Java text taken as it is: {@code CASCADE}, {@code null}, {@code 1000L}. */
    record Lit(String text) implements Code {
    }

    /** A string literal of {@code value}. */
    record Str(String value) implements Code {
    }

    /** {@code name(args)}: a call of a statically imported factory, or of a method in a {@link Chain}. */
    record Call(String name, List<Code> args) implements Code {

        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code head.call().call()}. */
    record Chain(Code head, List<Call> calls) implements Code {

        public Chain {
            calls = List.copyOf(calls);
        }
    }

    /** {@code parameter -> body}. */
    record Lambda(String parameter, Code body) implements Code {
    }

    static Code str(String value) {
        return value == null ? new Lit("null") : new Str(value);
    }

    static Call call(String name, List<Code> args) {
        return new Call(name, args);
    }

    static Call call(String name, Code... args) {
        return new Call(name, List.of(args));
    }

    static List<Code> strings(List<String> values) {
        return values.stream().map(Code::str).toList();
    }
}
