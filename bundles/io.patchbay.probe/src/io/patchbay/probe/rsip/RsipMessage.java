package io.patchbay.probe.rsip;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * An RSIP message (RFC 3103 section 7): a 4-byte header (version 1, message type, overall length including the
 * header) and TLV parameters (a 1-byte code, a 2-byte length and the value). Codes and values are those of the IANA
 * RSIP registry. Messages are immutable; {@link #with} returns a copy with one more parameter.
 *
 * <p>{@link #decode} checks the header, that the parameters exactly fill the length and the size of every parameter
 * whose format is fixed, so the typed accessors of a decoded message never throw.
 *
 * @since 0.1
 */
public final class RsipMessage {

    /** The only RSIP version. */
    public static final int VERSION = 1;
    /** The RSIP control port, TCP and UDP (F-50). */
    public static final int PORT = 4555;
    /** The size of the header. */
    public static final int HEADER = 4;

    // message types (RFC 3103 / IANA "RSIP Message Types", as Wireshark's RSIP dissector decodes them)
    public static final int ERROR_RESPONSE = 1;
    public static final int REGISTER_REQUEST = 2;
    public static final int REGISTER_RESPONSE = 3;
    public static final int DEREGISTER_REQUEST = 4;
    public static final int DEREGISTER_RESPONSE = 5;
    public static final int ASSIGN_REQUEST_RSA_IP = 6;
    public static final int ASSIGN_RESPONSE_RSA_IP = 7;
    public static final int ASSIGN_REQUEST_RSAP_IP = 8;
    public static final int ASSIGN_RESPONSE_RSAP_IP = 9;
    public static final int EXTEND_REQUEST = 10;
    public static final int EXTEND_RESPONSE = 11;
    public static final int FREE_REQUEST = 12;
    public static final int FREE_RESPONSE = 13;
    public static final int QUERY_REQUEST = 14;
    public static final int QUERY_RESPONSE = 15;
    public static final int LISTEN_REQUEST = 16;
    public static final int LISTEN_RESPONSE = 17;

    // parameter codes (IANA "RSIP Parameters")
    public static final int ADDRESS = 1;
    public static final int PORTS = 2;
    public static final int LEASE_TIME = 3;
    public static final int CLIENT_ID = 4;
    public static final int BIND_ID = 5;
    public static final int TUNNEL_TYPE = 6;
    public static final int RSIP_METHOD = 7;
    public static final int ERROR = 8;
    public static final int FLOW_POLICY = 9;
    public static final int INDICATOR = 10;
    public static final int MESSAGE_COUNTER = 11;
    public static final int VENDOR_SPECIFIC = 12;

    // tunnel types, methods and flow policies
    public static final int TUNNEL_IP_IP = 1;
    public static final int TUNNEL_GRE = 2;
    public static final int TUNNEL_L2TP = 3;
    public static final int METHOD_RSA_IP = 1;
    public static final int METHOD_RSAP_IP = 2;
    public static final int FLOW_MACRO = 1;
    public static final int FLOW_MICRO = 2;
    public static final int FLOW_NONE = 3;

    // error codes (IANA "RSIP Error Codes")
    public static final int UNKNOWN_ERROR = 101;
    public static final int USE_TCP = 102;
    public static final int FLOW_POLICY_VIOLATION = 103;
    public static final int INTERNAL_SERVER_ERROR = 104;
    public static final int MESSAGE_COUNTER_REQUIRED = 105;
    public static final int UNSUPPORTED_RSIP_VERSION = 106;
    public static final int MISSING_PARAM = 201;
    public static final int DUPLICATE_PARAM = 202;
    public static final int EXTRA_PARAM = 203;
    public static final int ILLEGAL_PARAM = 204;
    public static final int BAD_PARAM = 205;
    public static final int ILLEGAL_MESSAGE = 206;
    public static final int BAD_MESSAGE = 207;
    public static final int UNSUPPORTED_MESSAGE = 208;
    public static final int REGISTER_FIRST = 301;
    public static final int ALREADY_REGISTERED = 302;
    public static final int ALREADY_UNREGISTERED = 303;
    public static final int REGISTRATION_DENIED = 304;
    public static final int BAD_CLIENT_ID = 305;
    public static final int BAD_BIND_ID = 306;
    public static final int BAD_TUNNEL_TYPE = 307;
    public static final int LOCAL_ADDR_UNAVAILABLE = 308;
    public static final int LOCAL_ADDRPORT_UNAVAILABLE = 309;
    public static final int LOCAL_ADDR_INUSE = 310;
    public static final int LOCAL_ADDRPORT_INUSE = 311;
    public static final int LOCAL_ADDR_UNALLOWED = 312;
    public static final int LOCAL_ADDRPORT_UNALLOWED = 313;
    public static final int REMOTE_ADDR_UNALLOWED = 314;
    public static final int REMOTE_ADDRPORT_UNALLOWED = 315;

    private static final String[] TYPE_NAMES = { "RESERVED", "ERROR_RESPONSE", "REGISTER_REQUEST",
            "REGISTER_RESPONSE", "DE-REGISTER_REQUEST", "DE-REGISTER_RESPONSE", "ASSIGN_REQUEST_RSA-IP",
            "ASSIGN_RESPONSE_RSA-IP", "ASSIGN_REQUEST_RSAP-IP", "ASSIGN_RESPONSE_RSAP-IP", "EXTEND_REQUEST",
            "EXTEND_RESPONSE", "FREE_REQUEST", "FREE_RESPONSE", "QUERY_REQUEST", "QUERY_RESPONSE", "LISTEN_REQUEST",
            "LISTEN_RESPONSE" };
    private static final String[] PARAMETER_NAMES = { "RESERVED", "ADDRESS", "PORTS", "LEASE_TIME", "CLIENT_ID",
            "BIND_ID", "TUNNEL_TYPE", "RSIP_METHOD", "ERROR", "FLOW_POLICY", "INDICATOR", "MESSAGE_COUNTER",
            "VENDOR_SPECIFIC" };

    private final int type;
    private final List<RsipParameter> parameters;

    private RsipMessage(int type, List<RsipParameter> parameters) {
        this.type = type;
        this.parameters = List.copyOf(parameters);
    }

    /** A message of {@code type} (0–255) without parameters. */
    public static RsipMessage of(int type) {
        if (type < 0 || type > 255) {
            throw new IllegalArgumentException("message type " + type + " is not 0–255");
        }
        return new RsipMessage(type, List.of());
    }

    /** A copy with {@code parameter} appended. */
    public RsipMessage with(RsipParameter parameter) {
        List<RsipParameter> more = new ArrayList<>(parameters);
        more.add(parameter);
        return new RsipMessage(type, more);
    }

    public RsipMessage withClientId(long id) {
        return with(RsipParameter.unsigned(CLIENT_ID, id, 4));
    }

    public RsipMessage withBindId(long id) {
        return with(RsipParameter.unsigned(BIND_ID, id, 4));
    }

    /** LEASE TIME in seconds. */
    public RsipMessage withLeaseTime(long seconds) {
        return with(RsipParameter.unsigned(LEASE_TIME, seconds, 4));
    }

    public RsipMessage withMessageCounter(long counter) {
        return with(RsipParameter.unsigned(MESSAGE_COUNTER, counter, 4));
    }

    public RsipMessage withError(int error) {
        return with(RsipParameter.unsigned(ERROR, error, 2));
    }

    public RsipMessage withTunnelType(int tunnelType) {
        return with(RsipParameter.unsigned(TUNNEL_TYPE, tunnelType, 1));
    }

    public RsipMessage withMethod(int method) {
        return with(RsipParameter.unsigned(RSIP_METHOD, method, 1));
    }

    /** FLOW POLICY: the local and the remote policy. */
    public RsipMessage withFlowPolicy(int local, int remote) {
        return with(RsipParameter.unsigned(FLOW_POLICY, (local & 0xFF) << 8 | remote & 0xFF, 2));
    }

    /** ADDRESS; {@code null} for an unspecified address. */
    public RsipMessage withAddress(InetAddress address) {
        return with(RsipParameter.address(address));
    }

    public RsipMessage withPorts(RsipPorts ports) {
        return with(RsipParameter.ports(ports));
    }

    public int type() {
        return type;
    }

    public List<RsipParameter> parameters() {
        return parameters;
    }

    /** The parameters with {@code code}, in order. */
    public List<RsipParameter> all(int code) {
        return parameters.stream().filter(p -> p.code() == code).toList();
    }

    /** The first parameter with {@code code}. */
    public Optional<RsipParameter> first(int code) {
        return parameters.stream().filter(p -> p.code() == code).findFirst();
    }

    private OptionalLong number(int code) {
        return first(code).filter(p -> p.problem() == null).map(p -> OptionalLong.of(p.unsigned()))
                .orElse(OptionalLong.empty());
    }

    public OptionalLong clientId() {
        return number(CLIENT_ID);
    }

    public OptionalLong bindId() {
        return number(BIND_ID);
    }

    /** LEASE TIME in seconds. */
    public OptionalLong leaseTime() {
        return number(LEASE_TIME);
    }

    public OptionalLong messageCounter() {
        return number(MESSAGE_COUNTER);
    }

    public OptionalInt error() {
        OptionalLong error = number(ERROR);
        return error.isPresent() ? OptionalInt.of((int) error.getAsLong()) : OptionalInt.empty();
    }

    public OptionalInt tunnelType() {
        OptionalLong value = number(TUNNEL_TYPE);
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    public OptionalInt method() {
        OptionalLong value = number(RSIP_METHOD);
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    /** The first ADDRESS that holds an IP address (RFC 3103 lists the local address first, then the remote). */
    public Optional<InetAddress> address() {
        return all(ADDRESS).stream().findFirst().flatMap(RsipParameter::address);
    }

    /** The first PORTS (the local ports). */
    public Optional<RsipPorts> ports() {
        return first(PORTS).flatMap(RsipParameter::ports);
    }

    /** The wire form. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(VERSION);
        out.write(type);
        out.write(0);
        out.write(0);
        for (RsipParameter parameter : parameters) {
            byte[] value = parameter.value();
            out.write(parameter.code());
            out.write(value.length >>> 8);
            out.write(value.length);
            out.writeBytes(value);
        }
        byte[] bytes = out.toByteArray();
        if (bytes.length > 65535) {
            throw new IllegalStateException("an RSIP message holds at most 65535 bytes, this one " + bytes.length);
        }
        bytes[2] = (byte) (bytes.length >>> 8);
        bytes[3] = (byte) bytes.length;
        return bytes;
    }

    public static RsipMessage decode(byte[] bytes) throws RsipParseException {
        return decode(bytes, 0, bytes.length);
    }

    /** Parses {@code length} bytes from {@code offset}: exactly one message. */
    public static RsipMessage decode(byte[] bytes, int offset, int length) throws RsipParseException {
        if (bytes == null || offset < 0 || length < 0 || offset + length > bytes.length || offset + length < 0) {
            throw new RsipParseException("no bytes to parse", 0);
        }
        if (length < HEADER) {
            throw new RsipParseException("an RSIP message needs a " + HEADER + "-byte header, got " + length, length);
        }
        if ((bytes[offset] & 0xFF) != VERSION) {
            throw new RsipParseException("RSIP version " + (bytes[offset] & 0xFF) + ", not 1", 0);
        }
        int type = bytes[offset + 1] & 0xFF;
        int overall = (bytes[offset + 2] & 0xFF) << 8 | bytes[offset + 3] & 0xFF;
        if (overall != length) {
            throw new RsipParseException("the header says " + overall + " bytes, there are " + length, 2);
        }
        List<RsipParameter> parameters = new ArrayList<>();
        int at = HEADER;
        while (at < length) {
            if (at + 3 > length) {
                throw new RsipParseException("a parameter header cut short", at);
            }
            int code = bytes[offset + at] & 0xFF;
            int valueLength = (bytes[offset + at + 1] & 0xFF) << 8 | bytes[offset + at + 2] & 0xFF;
            if (at + 3 + valueLength > length) {
                throw new RsipParseException(parameterName(code) + " of " + valueLength + " bytes runs past the end",
                        at + 1);
            }
            byte[] value = new byte[valueLength];
            System.arraycopy(bytes, offset + at + 3, value, 0, valueLength);
            RsipParameter parameter = new RsipParameter(code, value);
            String problem = parameter.problem();
            if (problem != null) {
                throw new RsipParseException(problem, at);
            }
            parameters.add(parameter);
            at += 3 + valueLength;
        }
        return new RsipMessage(type, parameters);
    }

    /** Reads the overall length from a header (the first 4 bytes), checking the version. */
    public static int length(byte[] header) throws RsipParseException {
        if (header.length < HEADER || (header[0] & 0xFF) != VERSION) {
            throw new RsipParseException("not an RSIP version 1 header", 0);
        }
        int overall = (header[2] & 0xFF) << 8 | header[3] & 0xFF;
        if (overall < HEADER) {
            throw new RsipParseException("an overall length of " + overall + " is shorter than the header", 2);
        }
        return overall;
    }

    /** {@code REGISTER_REQUEST}, … or {@code TYPE-n}. */
    public static String typeName(int type) {
        return type >= 0 && type < TYPE_NAMES.length ? TYPE_NAMES[type] : "TYPE-" + type;
    }

    /** {@code CLIENT_ID}, … or {@code PARAMETER-n}. */
    public static String parameterName(int code) {
        return code >= 0 && code < PARAMETER_NAMES.length ? PARAMETER_NAMES[code] : "PARAMETER-" + code;
    }

    /** The name of an RSIP error code, e.g. {@code REGISTRATION_DENIED}, or {@code ERROR-n}. */
    public static String errorName(int error) {
        return switch (error) {
            case UNKNOWN_ERROR -> "UNKNOWN_ERROR";
            case USE_TCP -> "USE_TCP";
            case FLOW_POLICY_VIOLATION -> "FLOW_POLICY_VIOLATION";
            case INTERNAL_SERVER_ERROR -> "INTERNAL_SERVER_ERROR";
            case MESSAGE_COUNTER_REQUIRED -> "MESSAGE_COUNTER_REQUIRED";
            case UNSUPPORTED_RSIP_VERSION -> "UNSUPPORTED_RSIP_VERSION";
            case MISSING_PARAM -> "MISSING_PARAM";
            case DUPLICATE_PARAM -> "DUPLICATE_PARAM";
            case EXTRA_PARAM -> "EXTRA_PARAM";
            case ILLEGAL_PARAM -> "ILLEGAL_PARAM";
            case BAD_PARAM -> "BAD_PARAM";
            case ILLEGAL_MESSAGE -> "ILLEGAL_MESSAGE";
            case BAD_MESSAGE -> "BAD_MESSAGE";
            case UNSUPPORTED_MESSAGE -> "UNSUPPORTED_MESSAGE";
            case REGISTER_FIRST -> "REGISTER_FIRST";
            case ALREADY_REGISTERED -> "ALREADY_REGISTERED";
            case ALREADY_UNREGISTERED -> "ALREADY_UNREGISTERED";
            case REGISTRATION_DENIED -> "REGISTRATION_DENIED";
            case BAD_CLIENT_ID -> "BAD_CLIENT_ID";
            case BAD_BIND_ID -> "BAD_BIND_ID";
            case BAD_TUNNEL_TYPE -> "BAD_TUNNEL_TYPE";
            case LOCAL_ADDR_UNAVAILABLE -> "LOCAL_ADDR_UNAVAILABLE";
            case LOCAL_ADDRPORT_UNAVAILABLE -> "LOCAL_ADDRPORT_UNAVAILABLE";
            case LOCAL_ADDR_INUSE -> "LOCAL_ADDR_INUSE";
            case LOCAL_ADDRPORT_INUSE -> "LOCAL_ADDRPORT_INUSE";
            case LOCAL_ADDR_UNALLOWED -> "LOCAL_ADDR_UNALLOWED";
            case LOCAL_ADDRPORT_UNALLOWED -> "LOCAL_ADDRPORT_UNALLOWED";
            case REMOTE_ADDR_UNALLOWED -> "REMOTE_ADDR_UNALLOWED";
            case REMOTE_ADDRPORT_UNALLOWED -> "REMOTE_ADDRPORT_UNALLOWED";
            default -> "ERROR-" + error;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RsipMessage m && m.type == type && m.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return type * 31 + parameters.hashCode();
    }

    @Override
    public String toString() {
        return typeName(type) + parameters.stream().map(String::valueOf).collect(Collectors.joining(", ", " [", "]"));
    }
}
