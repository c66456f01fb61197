package io.patchbay.livetest;

import java.util.List;

import io.patchbay.model.Estate;

/**
 * Runs live test suites over an estate: an OSGi service. Suites are the {@link LiveTestSuite} services registered at
 * the time of the call.
 *
 * @since 0.1
 */
public interface LiveTestRunner {

    /** The suites available now, by id. */
    List<LiveTestSuite> suites();

    /**
     * Runs the requested suites on the selected objects, {@link LiveTestRequest#parallelism()} objects at once, and
     * returns when all are done or the listener cancelled.
     *
     * @throws IllegalArgumentException when a requested suite id is unknown or a selected id names nothing in the
     *             estate; the message lists what is known
     */
    LiveTestReport run(Estate estate, LiveTestRequest request, LiveTestListener listener);
}
