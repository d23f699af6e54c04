package io.migrata.runner.execute;

import io.migrata.runner.graph.PlannedStep;

import java.time.Duration;

/** A revision that ran: the step, how many statements it ran and how long it took. */
public record AppliedStep(PlannedStep step, int statements, Duration duration) {
}
