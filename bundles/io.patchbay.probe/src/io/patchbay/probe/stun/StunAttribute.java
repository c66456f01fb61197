package io.patchbay.probe.stun;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * One attribute of a STUN message: its type, its value, and the padding that follows the value up to the next 32-bit
 * boundary.
 * <p>
 * Receivers ignore the padding bytes, but MESSAGE-INTEGRITY covers them: an attribute decoded from a message keeps its
 * padding so that the message can be re-encoded byte for byte. Attributes created here are padded with zeros unless a
 * padding byte is given.
 *
 * @since 0.1
 */
public final class StunAttribute {

    public static final int MAPPED_ADDRESS = 0x0001;
    /** RFC 5780: ask the server to answer from its alternate address and/or port. */
    public static final int CHANGE_REQUEST = 0x0003;
    public static final int USERNAME = 0x0006;
    public static final int MESSAGE_INTEGRITY = 0x0008;
    public static final int ERROR_CODE = 0x0009;
    public static final int UNKNOWN_ATTRIBUTES = 0x000A;
    public static final int REALM = 0x0014;
    public static final int NONCE = 0x0015;
    public static final int XOR_MAPPED_ADDRESS = 0x0020;
    /** RFC 5780. */
    public static final int PADDING = 0x0026;
    /** RFC 5780. */
    public static final int RESPONSE_PORT = 0x0027;
    public static final int SOFTWARE = 0x8022;
    public static final int ALTERNATE_SERVER = 0x8023;
    public static final int FINGERPRINT = 0x8028;
    /** RFC 5780: the source address of the response. */
    public static final int RESPONSE_ORIGIN = 0x802B;
    /** RFC 5780: the server's alternate address and port. */
    public static final int OTHER_ADDRESS = 0x802C;

    /** CHANGE-REQUEST flag: answer from the alternate IP address. */
    public static final int CHANGE_IP = 0x04;
    /** CHANGE-REQUEST flag: answer from the alternate port. */
    public static final int CHANGE_PORT = 0x02;

    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(MAPPED_ADDRESS, "MAPPED-ADDRESS"),
            Map.entry(CHANGE_REQUEST, "CHANGE-REQUEST"), Map.entry(USERNAME, "USERNAME"),
            Map.entry(MESSAGE_INTEGRITY, "MESSAGE-INTEGRITY"), Map.entry(ERROR_CODE, "ERROR-CODE"),
            Map.entry(UNKNOWN_ATTRIBUTES, "UNKNOWN-ATTRIBUTES"), Map.entry(REALM, "REALM"), Map.entry(NONCE, "NONCE"),
            Map.entry(XOR_MAPPED_ADDRESS, "XOR-MAPPED-ADDRESS"), Map.entry(PADDING, "PADDING"),
            Map.entry(RESPONSE_PORT, "RESPONSE-PORT"), Map.entry(SOFTWARE, "SOFTWARE"),
            Map.entry(ALTERNATE_SERVER, "ALTERNATE-SERVER"), Map.entry(FINGERPRINT, "FINGERPRINT"),
            Map.entry(RESPONSE_ORIGIN, "RESPONSE-ORIGIN"), Map.entry(OTHER_ADDRESS, "OTHER-ADDRESS"));

    private final int type;
    private final byte[] value;
    private final byte[] padding;

    private StunAttribute(int type, byte[] value, byte[] padding) {
        if (type < 0 || type > 0xFFFF) {
            throw new IllegalArgumentException("attribute type " + type + " does not fit 16 bits");
        }
        if (value.length > 0xFFFF) {
            throw new IllegalArgumentException("attribute value of " + value.length + " bytes does not fit 16 bits");
        }
        this.type = type;
        this.value = value;
        this.padding = padding;
    }

    /** An attribute padded with zeros. */
    public static StunAttribute of(int type, byte[] value) {
        return of(type, value, (byte) 0);
    }

    /** An attribute padded with {@code paddingByte} (RFC 5769's vectors pad with spaces, 0x20). */
    public static StunAttribute of(int type, byte[] value, byte paddingByte) {
        byte[] padding = new byte[paddingLength(value.length)];
        Arrays.fill(padding, paddingByte);
        return new StunAttribute(type, value.clone(), padding);
    }

    static StunAttribute decoded(int type, byte[] value, byte[] padding) {
        return new StunAttribute(type, value, padding);
    }

    static int paddingLength(int valueLength) {
        return (4 - (valueLength & 3)) & 3;
    }

    public int type() {
        return type;
    }

    /** A copy of the value, without padding. */
    public byte[] value() {
        return value.clone();
    }

    /** A copy of the padding bytes (0–3 of them). */
    public byte[] padding() {
        return padding.clone();
    }

    int valueLength() {
        return value.length;
    }

    byte[] valueUnsafe() {
        return value;
    }

    byte[] paddingUnsafe() {
        return padding;
    }

    /** Comprehension-required attributes (0x0000–0x7FFF) must be understood by the receiver (RFC 5389 section 15). */
    public boolean comprehensionRequired() {
        return type < 0x8000;
    }

    /** The RFC name of an attribute type, or its hexadecimal number. */
    public static String name(int type) {
        return NAMES.getOrDefault(type, String.format("0x%04X", type));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StunAttribute that && type == that.type && Arrays.equals(value, that.value)
                && Arrays.equals(padding, that.padding);
    }

    @Override
    public int hashCode() {
        return 31 * type + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return name(type) + "=" + HexFormat.of().formatHex(value);
    }
}
