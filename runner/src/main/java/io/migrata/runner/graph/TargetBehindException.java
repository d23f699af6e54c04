package io.migrata.runner.graph;

import io.migrata.runner.RunnerException;
import java.util.List;

/**
 * An upgrade to a revision the database is already past: going back is a downgrade, and an
 * upgrade that quietly did nothing would hide a wrong target, so it is refused as Alembic does.
 */
public final class TargetBehindException extends RunnerException {

    private final String target;
    private final List<String> current;

    public TargetBehindException(String target, List<String> current) {
        super("target " + target + " is behind the current revision " + String.join(", ", current)
                + "; upgrade only moves forward (to go back, use downgrade " + target + ")");
        this.target = target;
        this.current = List.copyOf(current);
    }

    public String target() {
        return target;
    }

    /** The heads the database is at. */
    public List<String> current() {
        return current;
    }
}
