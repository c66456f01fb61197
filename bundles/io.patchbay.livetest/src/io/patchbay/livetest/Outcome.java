package io.patchbay.livetest;

/**
 * The outcome of one check, or of all checks on one object.
 *
 * @since 0.1
 */
public enum Outcome {
    /** The check talked to the peer and found what the rule asks for. */
    PASSED,
    /** The check found something that breaks the feature; the result says what to fix. */
    FAILED,
    /** The check could not run or does not apply; the result's message says why. */
    SKIPPED;

    /** The outcome of several: failed if any failed, else passed if any passed, else skipped. */
    public static Outcome of(Iterable<Outcome> outcomes) {
        boolean passed = false;
        for (Outcome outcome : outcomes) {
            if (outcome == FAILED) {
                return FAILED;
            }
            passed |= outcome == PASSED;
        }
        return passed ? PASSED : SKIPPED;
    }
}
