package io.patchbay.probe.rsip;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One TLV parameter of an RSIP message: a code (see the {@code RsipMessage} constants) and its value bytes.
 *
 * @param code 0–255
 * @param value at most 65535 bytes
 * @since 0.1
 */
public record RsipParameter(int code, byte[] value) {

    /** Address types of the ADDRESS parameter. */
    public static final int ADDRESS_IPV4 = 1;
    public static final int ADDRESS_IPV4_NETMASK = 2;
    public static final int ADDRESS_IPV6 = 3;
    public static final int ADDRESS_FQDN = 4;

    public RsipParameter {
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("parameter code " + code + " is not 0–255");
        }
        value = value.clone();
        if (value.length > 65535) {
            throw new IllegalArgumentException("a parameter value holds at most 65535 bytes");
        }
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** A parameter of {@code bytes} bytes holding {@code number} big-endian. */
    public static RsipParameter unsigned(int code, long number, int bytes) {
        byte[] value = new byte[bytes];
        for (int i = bytes - 1; i >= 0; i--, number >>>= 8) {
            value[i] = (byte) number;
        }
        return new RsipParameter(code, value);
    }

    /** An ADDRESS parameter with an IPv4 or IPv6 address, or an unspecified one ({@code null}). */
    public static RsipParameter address(InetAddress address) {
        if (address == null) {
            return new RsipParameter(RsipMessage.ADDRESS, new byte[] { ADDRESS_IPV4 });
        }
        byte[] raw = address.getAddress();
        byte[] value = new byte[1 + raw.length];
        value[0] = (byte) (raw.length == 4 ? ADDRESS_IPV4 : ADDRESS_IPV6);
        System.arraycopy(raw, 0, value, 1, raw.length);
        return new RsipParameter(RsipMessage.ADDRESS, value);
    }

    /** A PORTS parameter. */
    public static RsipParameter ports(RsipPorts ports) {
        byte[] value = new byte[1 + 2 * ports.ports().size()];
        value[0] = (byte) ports.number();
        for (int i = 0; i < ports.ports().size(); i++) {
            value[1 + 2 * i] = (byte) (ports.ports().get(i) >>> 8);
            value[2 + 2 * i] = (byte) (int) ports.ports().get(i);
        }
        return new RsipParameter(RsipMessage.PORTS, value);
    }

    /** The value as an unsigned big-endian number (valid for the fixed-size parameters). */
    public long unsigned() {
        long number = 0;
        for (byte b : value) {
            number = number << 8 | (b & 0xFF);
        }
        return number;
    }

    /** The address of an ADDRESS parameter; empty when unspecified, a netmask, an FQDN or not an address. */
    public Optional<InetAddress> address() {
        if (code != RsipMessage.ADDRESS || value.length < 2
                || !(value[0] == ADDRESS_IPV4 && value.length == 5 || value[0] == ADDRESS_IPV6 && value.length == 17)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(value, 1, value.length)));
        } catch (UnknownHostException e) {
            return Optional.empty(); // cannot happen with 4 or 16 bytes
        }
    }

    /** The ports of a PORTS parameter (checked well-formed when decoded), empty for any other. */
    public Optional<RsipPorts> ports() {
        if (code != RsipMessage.PORTS || value.length < 1 || (value.length - 1) % 2 != 0) {
            return Optional.empty();
        }
        int number = value[0] & 0xFF;
        int fields = (value.length - 1) / 2;
        if (fields > 1 && fields != number) {
            return Optional.empty();
        }
        Integer[] ports = new Integer[fields];
        for (int i = 0; i < fields; i++) {
            ports[i] = (value[1 + 2 * i] & 0xFF) << 8 | value[2 + 2 * i] & 0xFF;
        }
        return Optional.of(new RsipPorts(number, java.util.List.of(ports)));
    }

    /** Checks the value against the format of the code; returns a complaint or null. */
    String problem() {
        return switch (code) {
            case RsipMessage.ADDRESS -> {
                if (value.length < 1) {
                    yield "an ADDRESS without a type";
                }
                int type = value[0] & 0xFF;
                int length = value.length - 1;
                boolean ok = length == 0 || switch (type) {
                    case ADDRESS_IPV4, ADDRESS_IPV4_NETMASK -> length == 4;
                    case ADDRESS_IPV6 -> length == 16;
                    default -> true;
                };
                yield ok ? null : "an ADDRESS of type " + type + " with " + length + " address bytes";
            }
            case RsipMessage.PORTS -> ports().isPresent() ? null
                    : "a PORTS parameter of " + value.length + " bytes that does not match its number";
            case RsipMessage.LEASE_TIME, RsipMessage.CLIENT_ID, RsipMessage.BIND_ID, RsipMessage.MESSAGE_COUNTER ->
                value.length == 4 ? null : RsipMessage.parameterName(code) + " of " + value.length + " bytes, not 4";
            case RsipMessage.TUNNEL_TYPE, RsipMessage.RSIP_METHOD ->
                value.length == 1 ? null : RsipMessage.parameterName(code) + " of " + value.length + " bytes, not 1";
            case RsipMessage.ERROR, RsipMessage.FLOW_POLICY, RsipMessage.INDICATOR ->
                value.length == 2 ? null : RsipMessage.parameterName(code) + " of " + value.length + " bytes, not 2";
            default -> null;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RsipParameter p && p.code == code && Arrays.equals(p.value, value);
    }

    @Override
    public int hashCode() {
        return code * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        String shown = switch (code) {
            case RsipMessage.ADDRESS -> value.length > 1 && (value[0] & 0xFF) == ADDRESS_FQDN
                    ? new String(value, 1, value.length - 1, StandardCharsets.US_ASCII)
                    : address().map(InetAddress::getHostAddress).orElse("unspecified");
            case RsipMessage.PORTS -> ports().map(String::valueOf).orElse("?");
            default -> value.length <= 4 && problem() == null ? Long.toString(unsigned())
                    : HexFormat.of().formatHex(value);
        };
        return RsipMessage.parameterName(code) + "=" + shown;
    }
}
