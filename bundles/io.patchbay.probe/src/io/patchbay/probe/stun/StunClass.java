package io.patchbay.probe.stun;

/**
 * The class of a STUN message (RFC 5389 section 6): the two class bits of the message type.
 *
 * @since 0.1
 */
public enum StunClass {
    REQUEST(0b00), INDICATION(0b01), SUCCESS_RESPONSE(0b10), ERROR_RESPONSE(0b11);

    private final int bits;

    StunClass(int bits) {
        this.bits = bits;
    }

    /** The class as the two bits C1 C0. */
    public int bits() {
        return bits;
    }

    static StunClass ofBits(int bits) {
        return values()[bits & 0b11];
    }
}
