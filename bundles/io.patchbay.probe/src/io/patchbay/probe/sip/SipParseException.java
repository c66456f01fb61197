package io.patchbay.probe.sip;

/**
 * Bytes that are not a SIP message, or a header value that cannot be read. The codec throws this and nothing else for
 * any input.
 *
 * @since 0.1
 */
public final class SipParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public SipParseException(String message) {
        super(message);
    }
}
