package io.patchbay.probe.stun;

import java.time.Duration;

/**
 * No answer arrived: the server is down, the address or port is wrong, or something on the path blocks STUN.
 *
 * @since 0.1
 */
public final class StunTimeoutException extends StunProbeException {

    private static final long serialVersionUID = 1L;

    private final int transmissions;
    private final Duration waited;

    public StunTimeoutException(String message, int transmissions, Duration waited) {
        super(message);
        this.transmissions = transmissions;
        this.waited = waited;
    }

    /** How many times the request was sent (1 over TCP). */
    public int transmissions() {
        return transmissions;
    }

    /** How long the client waited in all. */
    public Duration waited() {
        return waited;
    }
}
