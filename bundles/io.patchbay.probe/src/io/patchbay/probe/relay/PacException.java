package io.patchbay.probe.relay;

/**
 * A PAC file that cannot be used: it does not parse, defines no {@code FindProxyForURL}, throws, returns something
 * that is not a PAC answer, or runs longer than allowed. The message names the file and what to fix.
 *
 * @since 0.1
 */
public final class PacException extends Exception {

    private static final long serialVersionUID = 1L;

    public PacException(String message) {
        super(message);
    }

    public PacException(String message, Throwable cause) {
        super(message, cause);
    }
}
