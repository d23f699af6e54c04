package io.migrata.maven;

import io.migrata.workflow.error.Redactor;

/**
 * The stack trace Maven prints with {@code -e}, with every message passed through the
 * {@link Redactor}: a driver's message may quote the URL it was given, password included.
 */
final class RedactedTrace extends Exception {

    private static final long serialVersionUID = 1L;

    private RedactedTrace(String text, StackTraceElement[] trace) {
        super(text);
        setStackTrace(trace);
    }

    static Exception of(Throwable error, Redactor redactor) {
        RedactedTrace copy = new RedactedTrace(redactor.redact(error.toString()), error.getStackTrace());
        if (error.getCause() != null && error.getCause() != error) copy.initCause(of(error.getCause(), redactor));
        return copy;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
