package io.patchbay.simulator.internal;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The faults a twin currently injects; changed by the test or operator at any time, read per command. */
public final class TwinFaults {

    public volatile boolean rejectCredentials;
    public volatile boolean dropMidCommand;
    public volatile Duration slowAnswers = Duration.ZERO;
    /** {@code nvram set} exits 0 but changes nothing, as a router with a full or failing NVRAM may do. */
    public volatile boolean ignoreNvramSet;
    /** While this says so, new connections are dropped as they arrive (a change cut the console off); null: never. */
    public volatile BooleanSupplier dropNewConnections;
    /**
     * After this many bytes of one channel's output (banner and prompts included) the connection drops, as when a
     * link dies in the middle of a long answer; negative for never.
     */
    public volatile long dropAfterBytes = -1;

    private String dropAfterCommand;

    /**
     * The next command line starting with {@code prefix} runs, and then the connection drops before its answer (the
     * link died with the change made and unconfirmed); once. {@code null} clears it.
     */
    public synchronized void dropAfterCommand(String prefix) {
        dropAfterCommand = prefix;
    }

    /** Whether {@code line} is the one to drop after; the fault is spent when it says so. */
    public synchronized boolean takeDropAfter(String line) {
        if (dropAfterCommand != null && line.strip().startsWith(dropAfterCommand)) {
            dropAfterCommand = null;
            return true;
        }
        return false;
    }
}
