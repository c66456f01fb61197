package io.patchbay.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A flag a caller raises, from any thread, to stop work that was handed this cancellation: opening a session, or a
 * running command. Work stopped this way ends with a {@link TransportException.Kind#CANCELLED} error. Cancelling
 * is idempotent and cannot be undone; use a fresh instance for the next piece of work.
 *
 * @since 0.1
 */
public final class Cancellation {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    /** Raises the flag and runs the registered listeners once, on the calling thread. */
    public void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        for (Runnable listener : listeners) {
            listener.run();
        }
        listeners.clear();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs {@code listener} when this is cancelled, at once if it already is. Close the returned handle when the
     * work ends so that no listener outlives it.
     */
    public AutoCloseable onCancel(Runnable listener) {
        listeners.add(listener);
        if (cancelled) {
            listeners.remove(listener);
            listener.run();
        }
        return () -> listeners.remove(listener);
    }
}
