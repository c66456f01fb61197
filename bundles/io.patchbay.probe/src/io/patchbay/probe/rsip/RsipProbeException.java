package io.patchbay.probe.rsip;

/**
 * An RSIP exchange failed: the server answered with an ERROR_RESPONSE, did not answer in time, or answered with
 * something that is not a valid reply. Socket-level failures other than a refused connection are
 * {@link java.io.IOException}s.
 *
 * @since 0.1
 */
public final class RsipProbeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RsipCause cause;
    private final int error;

    /**
     * @param error the RSIP error code of the server's answer, or 0 when there was none
     */
    public RsipProbeException(RsipCause cause, int error, String message) {
        super(cause.text() + ": " + message);
        this.cause = cause;
        this.error = error;
    }

    /** The F-56 cause. */
    public RsipCause rsipCause() {
        return cause;
    }

    /** The RSIP error code the server sent (e.g. 304 REGISTRATION_DENIED), or 0. */
    public int error() {
        return error;
    }
}
