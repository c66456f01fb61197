package io.patchbay.livetest;

import java.time.Duration;
import java.util.List;

/**
 * The results of a run, per suite and object, in suite order and then in the estate's document order.
 *
 * @param results   one per suite and object
 * @param cancelled whether the run was cancelled before every object was tested
 * @param elapsed   how long the run took
 * @since 0.1
 */
public record LiveTestReport(List<ObjectResult> results, boolean cancelled, Duration elapsed) {

    public LiveTestReport {
        results = List.copyOf(results);
    }

    /** Whether no check failed (skipped checks do not fail a run). */
    public boolean passed() {
        return results.stream().noneMatch(r -> r.outcome() == Outcome.FAILED);
    }

    /** How many objects came out with {@code outcome}. */
    public long count(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
