package io.patchbay.core.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.patchbay.core.DeviceAddress;
import io.patchbay.core.transportlog.SecretMasker;
import io.patchbay.core.transportlog.TransportLog;
import io.patchbay.core.transportlog.TransportLogEntry;
import io.patchbay.core.transportlog.TransportLogEntry.Direction;
import io.patchbay.core.transportlog.TransportLogListener;
import io.patchbay.core.transportlog.TransportLogWriter;

/**
 * The transport log kept in memory: a ring buffer of the last {@code capacity} entries (component property, default
 * 10,000) and the listeners. One lock orders writing, replaying and subscribing, so a subscriber with replay sees
 * every entry exactly once.
 */
@Component(service = TransportLog.class, property = "capacity:Integer=10000")
public final class RingTransportLog implements TransportLog {

    static final int DEFAULT_CAPACITY = 10_000;

    private final Clock clock;
    private final List<TransportLogListener> listeners = new CopyOnWriteArrayList<>();
    private TransportLogEntry[] ring;
    private int next;
    private int size;
    private long sequence;

    public RingTransportLog() {
        this(DEFAULT_CAPACITY, Clock.systemUTC());
    }

    public RingTransportLog(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the transport log keeps at least 1 entry, not " + capacity);
        }
        this.clock = clock;
        ring = new TransportLogEntry[capacity];
    }

    @Activate
    void activate(Map<String, Object> properties) {
        Object capacity = properties.get("capacity");
        if (capacity instanceof Number number && number.intValue() > 0 && number.intValue() != ring.length) {
            synchronized (this) {
                ring = new TransportLogEntry[number.intValue()];
                next = 0;
                size = 0;
            }
        }
    }

    @Override
    public synchronized int capacity() {
        return ring.length;
    }

    @Override
    public TransportLogWriter writer(String deviceName, DeviceAddress address, String transport,
            SecretMasker masker) {
        return new TransportLogWriter(deviceName, address, transport, masker, this::record);
    }

    void record(String deviceName, DeviceAddress address, String transport, Direction direction, String text) {
        TransportLogEntry entry;
        synchronized (this) {
            entry = new TransportLogEntry(++sequence, clock.instant(), deviceName, address, transport, direction,
                    text);
            ring[next] = entry;
            next = (next + 1) % ring.length;
            size = Math.min(size + 1, ring.length);
            if (!listeners.isEmpty()) {
                for (TransportLogListener listener : listeners) {
                    deliver(listener, entry);
                }
            }
        }
    }

    @Override
    public synchronized List<TransportLogEntry> recent() {
        List<TransportLogEntry> entries = new ArrayList<>(size);
        int first = (next - size + ring.length) % ring.length;
        for (int i = 0; i < size; i++) {
            entries.add(ring[(first + i) % ring.length]);
        }
        return entries;
    }

    @Override
    public Subscription subscribe(TransportLogListener listener, boolean replay) {
        synchronized (this) {
            if (replay) {
                for (TransportLogEntry entry : recent()) {
                    deliver(listener, entry);
                }
            }
            listeners.add(listener);
        }
        return new Subscription() {
            @Override
            public void close() {
                listeners.remove(listener);
            }
        };
    }

    @Override
    public synchronized void clear() {
        java.util.Arrays.fill(ring, null);
        next = 0;
        size = 0;
    }

    private static void deliver(TransportLogListener listener, TransportLogEntry entry) {
        try {
            listener.logged(entry);
        } catch (RuntimeException e) {
            // a faulty listener must not break the transport that writes
        }
    }

    @Override
    public String toString() {
        return "RingTransportLog[" + capacity() + " entries, " + listeners.size() + " listeners]";
    }
}
