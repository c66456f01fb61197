package io.patchbay.probe.ntp;

/**
 * No reply arrived: the server is down, the port is wrong, or something on the path blocks UDP 123.
 *
 * @since 0.1
 */
public final class NtpTimeoutException extends NtpProbeException {

    private static final long serialVersionUID = 1L;

    public NtpTimeoutException(String message) {
        super(message);
    }
}
