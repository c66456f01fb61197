package io.patchbay.probe.ntp;

/**
 * An SNTP exchange failed for a reason outside this host: no answer in time, a refusal (kiss-o'-death), or an answer
 * that is not a valid reply to our request. Socket-level failures are {@link java.io.IOException}s instead.
 *
 * @since 0.1
 */
public class NtpProbeException extends Exception {

    private static final long serialVersionUID = 1L;

    public NtpProbeException(String message) {
        super(message);
    }
}
