package io.patchbay.probe.stun;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.CRC32;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An immutable STUN message (RFC 5389/8489): class, method, transaction id and attributes, together with the exact
 * bytes it was decoded from or encoded to.
 * <p>
 * {@link #decode(byte[])} accepts only well-formed RFC 5389 messages: the first two bits zero, the magic cookie, a
 * length that matches the bytes, attributes that fit, known attributes with valid values, a FINGERPRINT (if any) that
 * matches and is last. Attributes after MESSAGE-INTEGRITY other than FINGERPRINT are ignored, as the RFC says. Any
 * other input is a {@link StunParseException}; nothing else is thrown for any bytes.
 * <p>
 * Messages are built with {@link #builder(StunClass, int)}; MESSAGE-INTEGRITY (HMAC-SHA1) and FINGERPRINT (CRC-32 xor
 * 0x5354554e) are computed when the message is built.
 *
 * @since 0.1
 */
public final class StunMessage {

    public static final int MAGIC_COOKIE = 0x2112A442;
    public static final int HEADER_LENGTH = 20;
    public static final int TRANSACTION_ID_LENGTH = 12;
    /** The Binding method, the only one of RFC 5389 itself. */
    public static final int BINDING = 0x001;
    /** XORed into the CRC-32 of a FINGERPRINT attribute. */
    public static final int FINGERPRINT_XOR = 0x5354554E;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int INTEGRITY_LENGTH = 20;

    private final StunClass messageClass;
    private final int method;
    private final byte[] transactionId;
    private final List<StunAttribute> attributes;
    private final byte[] bytes;
    /** Offset of the MESSAGE-INTEGRITY attribute's header in {@link #bytes}, or -1. */
    private final int integrityOffset;

    private StunMessage(StunClass messageClass, int method, byte[] transactionId, List<StunAttribute> attributes,
            byte[] bytes, int integrityOffset) {
        this.messageClass = messageClass;
        this.method = method;
        this.transactionId = transactionId;
        this.attributes = List.copyOf(attributes);
        this.bytes = bytes;
        this.integrityOffset = integrityOffset;
    }

    // ------------------------------------------------------------------------------------------------ decoding

    /** Decodes a whole datagram. */
    public static StunMessage decode(byte[] message) throws StunParseException {
        if (message == null) {
            throw new StunParseException("no bytes", 0);
        }
        return decode(message, 0, message.length);
    }

    /**
     * Decodes {@code length} bytes from {@code offset}: exactly one message.
     *
     * @throws IndexOutOfBoundsException if offset and length do not lie within {@code buffer}
     */
    public static StunMessage decode(byte[] buffer, int offset, int length) throws StunParseException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length < HEADER_LENGTH) {
            throw new StunParseException(length + " bytes are shorter than the 20-byte STUN header", 0);
        }
        byte[] raw = Arrays.copyOfRange(buffer, offset, offset + length);
        if ((raw[0] & 0xC0) != 0) {
            throw new StunParseException("the first two bits are not zero: not a STUN message", 0);
        }
        if (int32(raw, 4) != MAGIC_COOKIE) {
            throw new StunParseException("no magic cookie 0x2112A442: not an RFC 5389 STUN message", 4);
        }
        int declared = uint16(raw, 2);
        if ((declared & 3) != 0) {
            throw new StunParseException("message length " + declared + " is not a multiple of 4", 2);
        }
        if (declared != length - HEADER_LENGTH) {
            throw new StunParseException("message length field says " + declared + " bytes of attributes, there are "
                    + (length - HEADER_LENGTH), 2);
        }
        int type = uint16(raw, 0);
        StunClass messageClass = StunClass.ofBits(((type >> 7) & 0b10) | ((type >> 4) & 0b01));
        int method = (type & 0x000F) | ((type >> 1) & 0x0070) | ((type >> 2) & 0x0F80);
        byte[] transactionId = Arrays.copyOfRange(raw, 8, HEADER_LENGTH);

        List<StunAttribute> attributes = new ArrayList<>();
        int integrityOffset = -1;
        int position = HEADER_LENGTH;
        while (position < raw.length) {
            int attributeType = uint16(raw, position);
            int valueLength = uint16(raw, position + 2);
            int padded = valueLength + StunAttribute.paddingLength(valueLength);
            int valueStart = position + 4;
            if (valueStart + padded > raw.length) {
                throw new StunParseException("attribute " + StunAttribute.name(attributeType) + " of " + valueLength
                        + " bytes runs past the end of the message", position);
            }
            byte[] value = Arrays.copyOfRange(raw, valueStart, valueStart + valueLength);
            byte[] padding = Arrays.copyOfRange(raw, valueStart + valueLength, valueStart + padded);
            if (attributeType == StunAttribute.FINGERPRINT) {
                checkFingerprint(raw, position, value);
                if (valueStart + padded != raw.length) {
                    throw new StunParseException("attributes follow FINGERPRINT, which must be last",
                            valueStart + padded);
                }
            } else if (integrityOffset >= 0) {
                position = valueStart + padded;
                continue; // RFC 5389 section 15.4: attributes after MESSAGE-INTEGRITY are ignored
            } else {
                validate(attributeType, value, position);
                if (attributeType == StunAttribute.MESSAGE_INTEGRITY) {
                    integrityOffset = position;
                }
            }
            attributes.add(StunAttribute.decoded(attributeType, value, padding));
            position = valueStart + padded;
        }
        return new StunMessage(messageClass, method, transactionId, attributes, raw, integrityOffset);
    }

    private static void checkFingerprint(byte[] raw, int position, byte[] value) throws StunParseException {
        if (value.length != 4) {
            throw new StunParseException("FINGERPRINT has " + value.length + " bytes instead of 4", position);
        }
        if (int32(value, 0) != crc(raw, position)) {
            throw new StunParseException("FINGERPRINT does not match: the message is corrupted or not STUN", position);
        }
    }

    private static void validate(int type, byte[] value, int position) throws StunParseException {
        String name = StunAttribute.name(type);
        switch (type) {
        case StunAttribute.MAPPED_ADDRESS, StunAttribute.XOR_MAPPED_ADDRESS, StunAttribute.OTHER_ADDRESS,
                StunAttribute.RESPONSE_ORIGIN, StunAttribute.ALTERNATE_SERVER -> {
            int family = value.length >= 2 ? value[1] : -1;
            int expected = family == 1 ? 8 : family == 2 ? 20 : -1;
            if (expected < 0) {
                throw new StunParseException(name + " has no known address family (1 = IPv4, 2 = IPv6)", position);
            }
            if (value.length != expected) {
                throw new StunParseException(name + " has " + value.length + " bytes instead of " + expected,
                        position);
            }
        }
        case StunAttribute.ERROR_CODE -> {
            if (value.length < 4) {
                throw new StunParseException("ERROR-CODE has " + value.length + " bytes, fewer than 4", position);
            }
            int errorClass = value[2] & 0x07;
            int number = value[3] & 0xFF;
            if (errorClass < 3 || errorClass > 6 || number > 99) {
                throw new StunParseException("ERROR-CODE " + errorClass + "/" + number + " is not a code 300-699",
                        position);
            }
        }
        case StunAttribute.CHANGE_REQUEST, StunAttribute.RESPONSE_PORT -> {
            if (value.length != 4) {
                throw new StunParseException(name + " has " + value.length + " bytes instead of 4", position);
            }
        }
        case StunAttribute.UNKNOWN_ATTRIBUTES -> {
            if ((value.length & 1) != 0) {
                throw new StunParseException("UNKNOWN-ATTRIBUTES has an odd length " + value.length, position);
            }
        }
        case StunAttribute.MESSAGE_INTEGRITY -> {
            if (value.length != INTEGRITY_LENGTH) {
                throw new StunParseException("MESSAGE-INTEGRITY has " + value.length + " bytes instead of 20",
                        position);
            }
        }
        default -> {
            // other attributes are opaque to the codec
        }
        }
    }

    // ------------------------------------------------------------------------------------------------ accessors

    public StunClass messageClass() {
        return messageClass;
    }

    /** The 12-bit method, e.g. {@link #BINDING}. */
    public int method() {
        return method;
    }

    /** A copy of the 96-bit transaction id. */
    public byte[] transactionId() {
        return transactionId.clone();
    }

    /** Whether {@code other} carries the same transaction id (a response to this request, or the request itself). */
    public boolean sameTransaction(StunMessage other) {
        return Arrays.equals(transactionId, other.transactionId);
    }

    /** Every attribute in order, including MESSAGE-INTEGRITY and FINGERPRINT. */
    public List<StunAttribute> attributes() {
        return attributes;
    }

    /** The first attribute of {@code type}. */
    public Optional<StunAttribute> attribute(int type) {
        for (StunAttribute attribute : attributes) {
            if (attribute.type() == type) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    /** A copy of the encoded message: the bytes it was decoded from, or the bytes built. */
    public byte[] encode() {
        return bytes.clone();
    }

    /** The encoded length in bytes. */
    public int length() {
        return bytes.length;
    }

    public Optional<InetSocketAddress> xorMappedAddress() {
        return address(StunAttribute.XOR_MAPPED_ADDRESS);
    }

    public Optional<InetSocketAddress> mappedAddress() {
        return address(StunAttribute.MAPPED_ADDRESS);
    }

    /** XOR-MAPPED-ADDRESS, or MAPPED-ADDRESS from a server that sends only that. */
    public Optional<InetSocketAddress> reflexiveAddress() {
        return xorMappedAddress().or(this::mappedAddress);
    }

    /** RFC 5780: the alternate address and port of the server. */
    public Optional<InetSocketAddress> otherAddress() {
        return address(StunAttribute.OTHER_ADDRESS);
    }

    /** RFC 5780: the address the server sent the response from. */
    public Optional<InetSocketAddress> responseOrigin() {
        return address(StunAttribute.RESPONSE_ORIGIN);
    }

    public Optional<InetSocketAddress> alternateServer() {
        return address(StunAttribute.ALTERNATE_SERVER);
    }

    public Optional<String> software() {
        return attribute(StunAttribute.SOFTWARE).map(a -> new String(a.valueUnsafe(), StandardCharsets.UTF_8));
    }

    public Optional<String> username() {
        return attribute(StunAttribute.USERNAME).map(a -> new String(a.valueUnsafe(), StandardCharsets.UTF_8));
    }

    public Optional<StunErrorCode> errorCode() {
        return attribute(StunAttribute.ERROR_CODE).map(a -> {
            byte[] v = a.valueUnsafe();
            String reason = new String(v, 4, v.length - 4, StandardCharsets.UTF_8);
            return new StunErrorCode((v[2] & 0x07) * 100 + (v[3] & 0xFF), reason);
        });
    }

    /** The attribute types listed by UNKNOWN-ATTRIBUTES (in a 420 error response). */
    public List<Integer> unknownAttributes() {
        return attribute(StunAttribute.UNKNOWN_ATTRIBUTES).map(a -> {
            byte[] v = a.valueUnsafe();
            List<Integer> types = new ArrayList<>();
            for (int i = 0; i + 1 < v.length; i += 2) {
                types.add(uint16(v, i));
            }
            return List.copyOf(types);
        }).orElse(List.of());
    }

    /** The CHANGE-REQUEST flags ({@link StunAttribute#CHANGE_IP}, {@link StunAttribute#CHANGE_PORT}). */
    public OptionalInt changeRequest() {
        Optional<StunAttribute> attribute = attribute(StunAttribute.CHANGE_REQUEST);
        return attribute.isPresent() ? OptionalInt.of(int32(attribute.get().valueUnsafe(), 0) & 0x06)
                : OptionalInt.empty();
    }

    /** RFC 5780 RESPONSE-PORT: the port the client wants the response sent to. */
    public OptionalInt responsePort() {
        Optional<StunAttribute> attribute = attribute(StunAttribute.RESPONSE_PORT);
        return attribute.isPresent() ? OptionalInt.of(uint16(attribute.get().valueUnsafe(), 0)) : OptionalInt.empty();
    }

    public boolean hasMessageIntegrity() {
        return integrityOffset >= 0;
    }

    /** Present only if it matched: {@link #decode} rejects a message whose FINGERPRINT is wrong. */
    public boolean hasFingerprint() {
        return !attributes.isEmpty() && attributes.get(attributes.size() - 1).type() == StunAttribute.FINGERPRINT;
    }

    /**
     * Checks MESSAGE-INTEGRITY with {@code key} (for short-term credentials {@link #shortTermKey(String)}).
     *
     * @return false when the message has no MESSAGE-INTEGRITY or it does not match
     */
    public boolean verifyIntegrity(byte[] key) {
        if (integrityOffset < 0) {
            return false;
        }
        byte[] expected = Arrays.copyOfRange(bytes, integrityOffset + 4, integrityOffset + 4 + INTEGRITY_LENGTH);
        return MessageDigest.isEqual(expected, hmac(key, bytes, integrityOffset));
    }

    /** The short-term credential key: the password after SASLprep (here NFKC; printable ASCII is unchanged). */
    public static byte[] shortTermKey(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
    }

    private Optional<InetSocketAddress> address(int type) {
        return attribute(type).map(a -> decodeAddress(a.valueUnsafe(), type == StunAttribute.XOR_MAPPED_ADDRESS));
    }

    private InetSocketAddress decodeAddress(byte[] value, boolean xor) {
        int port = uint16(value, 2);
        byte[] ip = Arrays.copyOfRange(value, 4, value.length);
        if (xor) {
            port ^= MAGIC_COOKIE >>> 16;
            byte[] mask = xorMask();
            for (int i = 0; i < ip.length; i++) {
                ip[i] ^= mask[i];
            }
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(ip), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("validated address of " + ip.length + " bytes", e);
        }
    }

    private byte[] xorMask() {
        byte[] mask = new byte[16];
        mask[0] = (byte) (MAGIC_COOKIE >>> 24);
        mask[1] = (byte) (MAGIC_COOKIE >>> 16);
        mask[2] = (byte) (MAGIC_COOKIE >>> 8);
        mask[3] = (byte) MAGIC_COOKIE;
        System.arraycopy(transactionId, 0, mask, 4, TRANSACTION_ID_LENGTH);
        return mask;
    }

    @Override
    public String toString() {
        return messageClass + " method=0x" + Integer.toHexString(method) + " tid="
                + HexFormat.of().formatHex(transactionId) + " " + attributes;
    }

    // ------------------------------------------------------------------------------------------------ building

    /** A new request of {@code method} (usually {@link #BINDING}) with a random transaction id. */
    public static Builder request(int method) {
        return builder(StunClass.REQUEST, method);
    }

    /** A new message with a random transaction id. */
    public static Builder builder(StunClass messageClass, int method) {
        return new Builder(messageClass, method);
    }

    /** A success response to {@code request}: same method and transaction id. */
    public static Builder successResponse(StunMessage request) {
        return builder(StunClass.SUCCESS_RESPONSE, request.method).transactionId(request.transactionId);
    }

    /** An error response to {@code request}: same method and transaction id, with ERROR-CODE. */
    public static Builder errorResponse(StunMessage request, int code, String reason) {
        return builder(StunClass.ERROR_RESPONSE, request.method).transactionId(request.transactionId)
                .errorCode(code, reason);
    }

    /** Builds a {@link StunMessage}; not thread-safe. */
    public static final class Builder {

        private final StunClass messageClass;
        private final int method;
        private byte[] transactionId;
        private final List<StunAttribute> attributes = new ArrayList<>();
        private byte[] integrityKey;
        private boolean fingerprint;

        private Builder(StunClass messageClass, int method) {
            if (method < 0 || method > 0xFFF) {
                throw new IllegalArgumentException("STUN method " + method + " does not fit 12 bits");
            }
            this.messageClass = Objects.requireNonNull(messageClass);
            this.method = method;
            this.transactionId = new byte[TRANSACTION_ID_LENGTH];
            RANDOM.nextBytes(transactionId);
        }

        public Builder transactionId(byte[] id) {
            if (id.length != TRANSACTION_ID_LENGTH) {
                throw new IllegalArgumentException("a transaction id has 12 bytes, not " + id.length);
            }
            this.transactionId = id.clone();
            return this;
        }

        /** Adds an attribute as given (MESSAGE-INTEGRITY and FINGERPRINT are computed: use their own methods). */
        public Builder attribute(StunAttribute attribute) {
            if (attribute.type() == StunAttribute.MESSAGE_INTEGRITY || attribute.type() == StunAttribute.FINGERPRINT) {
                throw new IllegalArgumentException(StunAttribute.name(attribute.type())
                        + " is computed when the message is built; use messageIntegrity(key) or fingerprint()");
            }
            attributes.add(attribute);
            return this;
        }

        public Builder xorMappedAddress(InetSocketAddress address) {
            return attribute(StunAttribute.of(StunAttribute.XOR_MAPPED_ADDRESS, encodeAddress(address, true)));
        }

        public Builder mappedAddress(InetSocketAddress address) {
            return attribute(StunAttribute.of(StunAttribute.MAPPED_ADDRESS, encodeAddress(address, false)));
        }

        public Builder otherAddress(InetSocketAddress address) {
            return attribute(StunAttribute.of(StunAttribute.OTHER_ADDRESS, encodeAddress(address, false)));
        }

        public Builder responseOrigin(InetSocketAddress address) {
            return attribute(StunAttribute.of(StunAttribute.RESPONSE_ORIGIN, encodeAddress(address, false)));
        }

        public Builder software(String software) {
            return attribute(StunAttribute.of(StunAttribute.SOFTWARE, software.getBytes(StandardCharsets.UTF_8)));
        }

        public Builder username(String username) {
            return attribute(StunAttribute.of(StunAttribute.USERNAME, username.getBytes(StandardCharsets.UTF_8)));
        }

        /** CHANGE-REQUEST with {@link StunAttribute#CHANGE_IP} and/or {@link StunAttribute#CHANGE_PORT}. */
        public Builder changeRequest(int flags) {
            return attribute(StunAttribute.of(StunAttribute.CHANGE_REQUEST, new byte[] { 0, 0, 0, (byte) (flags & 0x06) }));
        }

        /** RFC 5780 RESPONSE-PORT: ask the server to send the response to this port of the source address. */
        public Builder responsePort(int port) {
            return attribute(StunAttribute.of(StunAttribute.RESPONSE_PORT, new byte[] { (byte) (port >>> 8), (byte) port, 0, 0 }));
        }

        public Builder errorCode(int code, String reason) {
            StunErrorCode error = new StunErrorCode(code, reason);
            byte[] text = error.reason().getBytes(StandardCharsets.UTF_8);
            byte[] value = new byte[4 + text.length];
            value[2] = (byte) (code / 100);
            value[3] = (byte) (code % 100);
            System.arraycopy(text, 0, value, 4, text.length);
            return attribute(StunAttribute.of(StunAttribute.ERROR_CODE, value));
        }

        public Builder unknownAttributes(List<Integer> types) {
            byte[] value = new byte[types.size() * 2];
            for (int i = 0; i < types.size(); i++) {
                value[2 * i] = (byte) (types.get(i) >>> 8);
                value[2 * i + 1] = (byte) (int) types.get(i);
            }
            return attribute(StunAttribute.of(StunAttribute.UNKNOWN_ATTRIBUTES, value));
        }

        /** Appends MESSAGE-INTEGRITY (HMAC-SHA1 with {@code key}) after the other attributes. */
        public Builder messageIntegrity(byte[] key) {
            this.integrityKey = key.clone();
            return this;
        }

        /** Appends FINGERPRINT as the last attribute. */
        public Builder fingerprint() {
            this.fingerprint = true;
            return this;
        }

        private byte[] encodeAddress(InetSocketAddress address, boolean xor) {
            byte[] ip = address.getAddress().getAddress();
            byte[] value = new byte[4 + ip.length];
            value[1] = (byte) (ip.length == 4 ? 1 : 2);
            int port = address.getPort() ^ (xor ? MAGIC_COOKIE >>> 16 : 0);
            value[2] = (byte) (port >>> 8);
            value[3] = (byte) port;
            byte[] mask = new byte[16];
            if (xor) {
                mask[0] = (byte) (MAGIC_COOKIE >>> 24);
                mask[1] = (byte) (MAGIC_COOKIE >>> 16);
                mask[2] = (byte) (MAGIC_COOKIE >>> 8);
                mask[3] = (byte) MAGIC_COOKIE;
                System.arraycopy(transactionId, 0, mask, 4, TRANSACTION_ID_LENGTH);
            }
            for (int i = 0; i < ip.length; i++) {
                value[4 + i] = (byte) (ip[i] ^ mask[i]);
            }
            return value;
        }

        public StunMessage build() {
            int length = HEADER_LENGTH;
            for (StunAttribute attribute : attributes) {
                length += 4 + attribute.valueLength() + attribute.paddingUnsafe().length;
            }
            int integrityOffset = integrityKey == null ? -1 : length;
            length += (integrityKey == null ? 0 : 4 + INTEGRITY_LENGTH) + (fingerprint ? 8 : 0);
            if (length - HEADER_LENGTH > 0xFFFF) {
                throw new IllegalStateException("message of " + length + " bytes exceeds STUN's 16-bit length");
            }
            byte[] out = new byte[length];
            int type = (method & 0x000F) | ((method & 0x0070) << 1) | ((method & 0x0F80) << 2)
                    | ((messageClass.bits() & 0b01) << 4) | ((messageClass.bits() & 0b10) << 7);
            putUint16(out, 0, type);
            putInt32(out, 4, MAGIC_COOKIE);
            System.arraycopy(transactionId, 0, out, 8, TRANSACTION_ID_LENGTH);
            List<StunAttribute> all = new ArrayList<>(attributes);
            int position = HEADER_LENGTH;
            for (StunAttribute attribute : attributes) {
                position = put(out, position, attribute);
            }
            if (integrityKey != null) {
                putUint16(out, 2, position + 4 + INTEGRITY_LENGTH - HEADER_LENGTH);
                byte[] mac = hmac(integrityKey, out, position);
                StunAttribute integrity = StunAttribute.decoded(StunAttribute.MESSAGE_INTEGRITY, mac, new byte[0]);
                position = put(out, position, integrity);
                all.add(integrity);
            }
            putUint16(out, 2, length - HEADER_LENGTH);
            if (fingerprint) {
                byte[] crc = new byte[4];
                putInt32(crc, 0, StunMessage.crc(out, position));
                StunAttribute attribute = StunAttribute.decoded(StunAttribute.FINGERPRINT, crc, new byte[0]);
                position = put(out, position, attribute);
                all.add(attribute);
            }
            return new StunMessage(messageClass, method, transactionId.clone(), all, out, integrityOffset);
        }

        private static int put(byte[] out, int position, StunAttribute attribute) {
            putUint16(out, position, attribute.type());
            putUint16(out, position + 2, attribute.valueLength());
            System.arraycopy(attribute.valueUnsafe(), 0, out, position + 4, attribute.valueLength());
            byte[] padding = attribute.paddingUnsafe();
            System.arraycopy(padding, 0, out, position + 4 + attribute.valueLength(), padding.length);
            return position + 4 + attribute.valueLength() + padding.length;
        }
    }

    // ------------------------------------------------------------------------------------------------ bytes

    /** HMAC-SHA1 over {@code message[0, end)}, whose length field already counts the MESSAGE-INTEGRITY attribute. */
    private static byte[] hmac(byte[] key, byte[] message, int end) {
        byte[] copy = Arrays.copyOf(message, end);
        putUint16(copy, 2, end + 4 + INTEGRITY_LENGTH - HEADER_LENGTH);
        try {
            // an empty key is legal for STUN but not for SecretKeySpec
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA1"));
            return mac.doFinal(copy);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    /** CRC-32 of {@code message[0, end)} xor 0x5354554e; the length field must already count the FINGERPRINT. */
    private static int crc(byte[] message, int end) {
        CRC32 crc = new CRC32();
        crc.update(message, 0, end);
        return (int) crc.getValue() ^ FINGERPRINT_XOR;
    }

    static int uint16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    static int int32(byte[] b, int i) {
        return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    static void putUint16(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 8);
        b[i + 1] = (byte) v;
    }

    static void putInt32(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }
}
