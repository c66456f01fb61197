package io.patchbay.core.transportlog;

import java.util.List;

import io.patchbay.core.DeviceAddress;

/**
 * The transport log: what Patchbay says to devices and what they answer, live. An OSGi service; the SSH and SNMP
 * transports write to it when it is there (they work without it), a console shows it.
 * <p>
 * Transports write through a {@link TransportLogWriter} per session ({@link #writer}), which masks every line with
 * the session's {@link SecretMasker} before it reaches this log: entries never hold a secret. The log keeps the most
 * recent entries in bounded memory (a ring buffer of {@link #capacity()} entries, older ones are dropped) so that a
 * listener that subscribes late still sees what happened just before. Writing costs one masked copy of the line and
 * one slot of the ring buffer; with nobody listening nothing else happens. Safe for use from many threads.
 *
 * <pre>{@code
 * try (TransportLog.Subscription s = log.subscribe(entry -> queue.add(entry), true)) {
 *     ...  // queue receives the recent entries first, then every new one
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface TransportLog {

    /** How many entries the log keeps for late subscribers. */
    int capacity();

    /**
     * A writer for one session, labelled with the device and protocol. Text written through it is masked with
     * {@code masker} (secrets of the session and the generic patterns) before it is recorded.
     *
     * @param deviceName the device's name in the estate, or {@code null} when unknown
     */
    TransportLogWriter writer(String deviceName, DeviceAddress address, String transport, SecretMasker masker);

    /** The entries kept, oldest first (at most {@link #capacity()}). */
    List<TransportLogEntry> recent();

    /**
     * Starts delivering new entries to {@code listener}.
     *
     * @param replay whether the listener first receives the kept {@linkplain #recent() recent} entries; no entry is
     *               missed or delivered twice between the replay and the live ones
     * @return close it to stop the delivery
     */
    Subscription subscribe(TransportLogListener listener, boolean replay);

    /** Forgets the kept entries (listeners stay subscribed). */
    void clear();

    /** Ends a {@linkplain #subscribe subscription}; closing twice does nothing. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
