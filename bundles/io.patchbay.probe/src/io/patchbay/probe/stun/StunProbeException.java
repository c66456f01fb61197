package io.patchbay.probe.stun;

/**
 * A STUN transaction failed for a reason outside this host: no answer in time, or an answer that is not STUN.
 * Socket-level failures (connection refused, no route) are {@link java.io.IOException}s instead.
 *
 * @since 0.1
 */
public class StunProbeException extends Exception {

    private static final long serialVersionUID = 1L;

    public StunProbeException(String message) {
        super(message);
    }
}
