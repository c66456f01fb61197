package io.patchbay.simulator.internal;

import java.time.Duration;
import java.util.Set;

/** The faults a twin currently injects; changed by the test or operator at any time, read per command. */
public final class TwinFaults {

    public volatile boolean rejectCredentials;
    public volatile boolean dropMidCommand;
    public volatile Duration slowAnswers = Duration.ZERO;
    /** {@code nvram set} exits 0 but changes nothing, as a router with a full or failing NVRAM may do. */
    public volatile boolean ignoreNvramSet;
    /** When set, new connections are dropped while the NAT table is none of these (a change cut the console off). */
    public volatile Set<String> reachableOnlyWithNat;
}
