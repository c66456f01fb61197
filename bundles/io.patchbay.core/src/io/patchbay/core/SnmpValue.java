package io.patchbay.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A typed SNMP value, as read from a device or to be written to one. Built with the factories ({@link #integer},
 * {@link #string}, {@link #ipAddress}, {@link #secret} …); a value read from a device may also be one of the
 * exceptions {@link Type#NO_SUCH_OBJECT}, {@link Type#NO_SUCH_INSTANCE} and {@link Type#END_OF_MIB_VIEW}.
 * <p>
 * A {@linkplain #secret(char[]) secret} (a password to write) is an octet string whose {@link #toString()} is
 * {@code ***}: it never reaches a message or a log. Immutable.
 *
 * @since 0.1
 */
public final class SnmpValue {

    /** The SMI type of a value. */
    public enum Type {
        INTEGER, OCTET_STRING, OBJECT_IDENTIFIER, IP_ADDRESS, COUNTER32, GAUGE32, TIME_TICKS, COUNTER64, NULL,
        /** the device has no such object (exception in a GET response) */
        NO_SUCH_OBJECT,
        /** the object exists but not this instance, e.g. no row with this index */
        NO_SUCH_INSTANCE,
        /** a walk or GETNEXT ran past the last object the device shows */
        END_OF_MIB_VIEW
    }

    private final Type type;
    private final long number;
    private final byte[] bytes;
    private final String text;
    private final boolean secret;

    private SnmpValue(Type type, long number, byte[] bytes, String text, boolean secret) {
        this.type = type;
        this.number = number;
        this.bytes = bytes;
        this.text = text;
        this.secret = secret;
    }

    /** An INTEGER (Integer32, including enumerations and TruthValue: 1 true, 2 false). */
    public static SnmpValue integer(int value) {
        return new SnmpValue(Type.INTEGER, value, null, null, false);
    }

    /** An OCTET STRING holding {@code text} in UTF-8. */
    public static SnmpValue string(String text) {
        return new SnmpValue(Type.OCTET_STRING, 0, text.getBytes(StandardCharsets.UTF_8), null, false);
    }

    /** An OCTET STRING of raw bytes (copied). */
    public static SnmpValue octets(byte[] bytes) {
        return new SnmpValue(Type.OCTET_STRING, 0, bytes.clone(), null, false);
    }

    /** An OCTET STRING that must not be shown: its {@link #toString()} is {@code ***}. {@code secret} is copied. */
    public static SnmpValue secret(char[] secret) {
        byte[] encoded = new String(secret).getBytes(StandardCharsets.UTF_8);
        return new SnmpValue(Type.OCTET_STRING, 0, encoded, null, true);
    }

    /** An IpAddress, dotted IPv4 ({@code 192.0.2.10}). */
    public static SnmpValue ipAddress(String dotted) {
        if (!dotted.matches("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})")
                || Arrays.stream(dotted.split("\\.")).anyMatch(p -> Integer.parseInt(p) > 255)) {
            throw new IllegalArgumentException("'" + dotted + "' is not a dotted IPv4 address");
        }
        return new SnmpValue(Type.IP_ADDRESS, 0, null, dotted, false);
    }

    /** An OBJECT IDENTIFIER, numeric and dotted ({@code 1.3.6.1.4.1.32473}). */
    public static SnmpValue oid(String oid) {
        return new SnmpValue(Type.OBJECT_IDENTIFIER, 0, null, SnmpVarBind.checkOid(oid), false);
    }

    public static SnmpValue counter32(long value) {
        return unsigned32(Type.COUNTER32, value);
    }

    public static SnmpValue gauge32(long value) {
        return unsigned32(Type.GAUGE32, value);
    }

    /** TimeTicks, hundredths of a second. */
    public static SnmpValue timeTicks(long value) {
        return unsigned32(Type.TIME_TICKS, value);
    }

    /** A Counter64; values above {@link Long#MAX_VALUE} are held as their two's-complement {@code long}. */
    public static SnmpValue counter64(long value) {
        return new SnmpValue(Type.COUNTER64, value, null, null, false);
    }

    /** NULL, or one of the exceptions a device answers with instead of a value. */
    public static SnmpValue special(Type type) {
        if (type != Type.NULL && !type.name().startsWith("NO_SUCH") && type != Type.END_OF_MIB_VIEW) {
            throw new IllegalArgumentException(type + " carries a value");
        }
        return new SnmpValue(type, 0, null, null, false);
    }

    private static SnmpValue unsigned32(Type type, long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(type + " " + value + " is outside 0-4294967295");
        }
        return new SnmpValue(type, value, null, null, false);
    }

    public Type type() {
        return type;
    }

    /** Whether the device had no value here ({@code noSuchObject}, {@code noSuchInstance}, {@code endOfMibView}). */
    public boolean isException() {
        return type == Type.NO_SUCH_OBJECT || type == Type.NO_SUCH_INSTANCE || type == Type.END_OF_MIB_VIEW;
    }

    /** The number of an INTEGER, Counter, Gauge or TimeTicks. */
    public long asLong() {
        switch (type) {
            case INTEGER, COUNTER32, GAUGE32, TIME_TICKS, COUNTER64:
                return number;
            default:
                throw new IllegalStateException("a " + type + " has no number");
        }
    }

    /** The number as an {@code int}, for INTEGER values. */
    public int asInt() {
        return Math.toIntExact(asLong());
    }

    /** The bytes of an OCTET STRING (a copy). */
    public byte[] asBytes() {
        if (type != Type.OCTET_STRING) {
            throw new IllegalStateException("a " + type + " has no octets");
        }
        return bytes.clone();
    }

    /**
     * The value as text: an OCTET STRING decoded as UTF-8, the dotted form of an IpAddress or OID, the decimal form of
     * a number, or the exception's name. A secret's text is its real content (the caller asked for it).
     */
    public String asText() {
        return switch (type) {
            case OCTET_STRING -> new String(bytes, StandardCharsets.UTF_8);
            case IP_ADDRESS, OBJECT_IDENTIFIER -> text;
            case INTEGER, COUNTER32, GAUGE32, TIME_TICKS -> Long.toString(number);
            case COUNTER64 -> Long.toUnsignedString(number);
            default -> type.name();
        };
    }

    /** Whether this value was built with {@link #secret(char[])}. */
    public boolean isSecret() {
        return secret;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SnmpValue v && v.type == type && v.number == number && Arrays.equals(v.bytes, bytes)
                && Objects.equals(v.text, text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, number, Arrays.hashCode(bytes), text);
    }

    /** {@code TYPE: value}; octet strings that are not printable UTF-8 in hex; a secret as {@code ***}. */
    @Override
    public String toString() {
        if (secret) {
            return type + ": ***";
        }
        if (type == Type.OCTET_STRING) {
            String decoded = asText();
            boolean printable = decoded.codePoints().allMatch(c -> c >= 0x20 && c != 0xFFFD && c != 0x7F);
            return type + ": " + (printable ? "\"" + decoded + "\"" : HexFormat.ofDelimiter(":").formatHex(bytes));
        }
        return isException() || type == Type.NULL ? type.name() : type + ": " + asText();
    }
}
