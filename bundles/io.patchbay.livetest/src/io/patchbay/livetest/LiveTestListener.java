package io.patchbay.livetest;

/**
 * Follows a run: which object a suite starts on, what it is doing, what it found; and asks whether to stop. Called
 * from the runner's worker threads, possibly at the same time.
 *
 * @since 0.1
 */
public interface LiveTestListener {

    /** A listener that follows nothing and never cancels. */
    LiveTestListener NONE = new LiveTestListener() {
    };

    /** {@code suite} starts on {@code object} (its label). */
    default void started(LiveTestSuite suite, String object) {
    }

    /** What a suite is doing on {@code object} now. */
    default void progress(LiveTestSuite suite, String object, String message) {
    }

    /** A suite is done with one object. */
    default void finished(ObjectResult result) {
    }

    /** Whether to stop: objects not started yet are skipped, running suites stop between probes. */
    default boolean isCancelled() {
        return false;
    }
}
