package io.migrata.workflow;

import java.util.Optional;

/**
 * Hears what a workflow does while it runs, and answers its questions: the command line prints
 * notices on stderr and asks on a terminal; a build tool logs them; an application may ignore them.
 * Results come back as values, never through here.
 *
 * <pre>{@code
 * WorkflowListener log = line -> logger.info(line);
 * }</pre>
 */
@FunctionalInterface
public interface WorkflowListener {

    /** Hears nothing and answers no question. */
    WorkflowListener NONE = line -> {
    };

    /** A one-line notice for the person running the workflow: what it is doing, what it found. */
    void notice(String line);

    /**
     * A revision starts to run: {@code upgrade 001_customers -> 002_invoices}, with its message (may be empty).
     * By default a notice {@code running upgrade 001_customers -> 002_invoices (invoices)}.
     */
    default void revisionStarting(String step, String message) {
        notice("running " + step + (message.isEmpty() ? "" : " (" + message + ")"));
    }

    /**
     * A yes-or-no question for a person, such as whether a dropped and an added column are a rename.
     *
     * @return the answer, or empty when nobody can answer (the workflow then stops and names the setting that decides)
     */
    default Optional<Boolean> ask(String question) {
        return Optional.empty();
    }
}
