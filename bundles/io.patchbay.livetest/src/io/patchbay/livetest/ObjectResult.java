package io.patchbay.livetest;

import java.time.Duration;
import java.util.List;

/**
 * What one suite found on one object of the estate.
 *
 * @param suiteId   the suite's id, e.g. {@code device-at-home}
 * @param suiteName the suite's name, e.g. {@code Device@Home ready}
 * @param objectId  the object's id in the estate
 * @param object    the object as the operator reads it ({@code Hamburg HQ OSBiz X3 (pbx-hh)})
 * @param checks    the checks in the order they ran
 * @param elapsed   how long the suite took on the object
 * @since 0.1
 */
public record ObjectResult(String suiteId, String suiteName, String objectId, String object, List<CheckResult> checks,
        Duration elapsed) {

    public ObjectResult {
        checks = List.copyOf(checks);
    }

    /** Failed if any check failed, else passed if any passed, else skipped. */
    public Outcome outcome() {
        return Outcome.of(checks.stream().map(CheckResult::outcome).toList());
    }

    /** The rules whose checks failed, in order, each once. */
    public List<String> failedFacts() {
        return checks.stream().filter(c -> c.outcome() == Outcome.FAILED).map(CheckResult::factId).distinct()
                .toList();
    }
}
