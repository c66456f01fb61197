package io.patchbay.core.transportlog;

/**
 * Receives the entries of a {@link TransportLog} as transports write them. Called on the transport's thread, in the
 * order of the entries, while the log holds its lock: return at once (queue the entry and hand it to a UI thread
 * later). An exception thrown here is ignored and does not reach the transport.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TransportLogListener {

    /** One new entry, already masked. */
    void logged(TransportLogEntry entry);
}
