package io.patchbay.livetest;

import java.time.Duration;
import java.util.List;

/**
 * What to run.
 *
 * @param suites      suite ids to run; empty: every suite
 * @param selection   ids of estate objects; an object is selected when it or one of its containers (site, customer)
 *                    is listed; empty: every object a suite applies to
 * @param parallelism how many objects are tested at once, at least 1
 * @param timeout     how long one probe may wait
 * @since 0.1
 */
public record LiveTestRequest(List<String> suites, List<String> selection, int parallelism, Duration timeout) {

    /** The default probe timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    public LiveTestRequest {
        suites = List.copyOf(suites);
        selection = List.copyOf(selection);
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the probe timeout must be positive");
        }
    }

    /** Every suite on every object, four objects at once, {@link #DEFAULT_TIMEOUT}. */
    public static LiveTestRequest all() {
        return new LiveTestRequest(List.of(), List.of(), 4, DEFAULT_TIMEOUT);
    }

    public LiveTestRequest withSuites(List<String> ids) {
        return new LiveTestRequest(ids, selection, parallelism, timeout);
    }

    public LiveTestRequest withSelection(List<String> ids) {
        return new LiveTestRequest(suites, ids, parallelism, timeout);
    }

    public LiveTestRequest withParallelism(int objects) {
        return new LiveTestRequest(suites, selection, objects, timeout);
    }

    public LiveTestRequest withTimeout(Duration probeTimeout) {
        return new LiveTestRequest(suites, selection, parallelism, probeTimeout);
    }
}
