package io.patchbay.probe.rsip;

/**
 * The bytes are not a well-formed RSIP message. The message says which rule they break and at which offset.
 *
 * @since 0.1
 */
public final class RsipParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;

    public RsipParseException(String message, int offset) {
        super(message + " (at byte " + offset + ")");
        this.offset = offset;
    }

    /** The offset of the offending byte within the message. */
    public int offset() {
        return offset;
    }
}
