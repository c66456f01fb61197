package io.patchbay.probe.stun;

/**
 * The bytes are not a well-formed STUN message. The message says which rule they break and at which offset, so that a
 * capture can be checked by hand.
 *
 * @since 0.1
 */
public final class StunParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;

    public StunParseException(String message, int offset) {
        super(message + " (at byte " + offset + ")");
        this.offset = offset;
    }

    /** The offset of the offending byte within the message. */
    public int offset() {
        return offset;
    }
}
