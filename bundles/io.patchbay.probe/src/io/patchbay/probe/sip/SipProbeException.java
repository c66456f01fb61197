package io.patchbay.probe.sip;

/**
 * A SIP transaction failed for a reason outside this host: no final answer in time, a connection closed early, or
 * an answer that is not SIP. Socket-level failures (connection refused, no route) are {@link java.io.IOException}s.
 *
 * @since 0.1
 */
public class SipProbeException extends Exception {

    private static final long serialVersionUID = 1L;

    public SipProbeException(String message) {
        super(message);
    }
}
