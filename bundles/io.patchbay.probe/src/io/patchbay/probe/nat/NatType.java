package io.patchbay.probe.nat;

/**
 * The classic (RFC 3489) name for a combination of mapping and filtering behaviour.
 *
 * @since 0.1
 */
public enum NatType {
    /** No NAT, no filtering. */
    OPEN_INTERNET("open internet"),
    /** Endpoint-independent mapping and filtering. */
    FULL_CONE("full cone"),
    /** Endpoint-independent mapping, address-dependent filtering. */
    RESTRICTED_CONE("restricted cone"),
    /** Endpoint-independent mapping, address-and-port-dependent filtering. */
    PORT_RESTRICTED_CONE("port-restricted cone"),
    /** Address-dependent or address-and-port-dependent mapping. */
    SYMMETRIC("symmetric"),
    /** No NAT, but a firewall that filters what was not sent to first. */
    SYMMETRIC_UDP_FIREWALL("symmetric UDP firewall"),
    /** The STUN server did not answer at all. */
    UDP_BLOCKED("UDP blocked"),
    /** The server cannot tell (no RFC 5780 support) or gave no usable answer. */
    UNKNOWN("unknown");

    private final String label;

    NatType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The type for a mapping and a filtering behaviour behind a NAT ({@code nat}) or without one. */
    public static NatType of(boolean nat, Behaviour mapping, Behaviour filtering) {
        if (!nat) {
            return switch (filtering) {
            case ENDPOINT_INDEPENDENT -> OPEN_INTERNET;
            case UNKNOWN -> UNKNOWN;
            default -> SYMMETRIC_UDP_FIREWALL;
            };
        }
        if (mapping == Behaviour.ADDRESS_DEPENDENT || mapping == Behaviour.ADDRESS_AND_PORT_DEPENDENT) {
            return SYMMETRIC;
        }
        if (mapping == Behaviour.UNKNOWN) {
            return UNKNOWN;
        }
        return switch (filtering) {
        case ENDPOINT_INDEPENDENT -> FULL_CONE;
        case ADDRESS_DEPENDENT -> RESTRICTED_CONE;
        case ADDRESS_AND_PORT_DEPENDENT -> PORT_RESTRICTED_CONE;
        case UNKNOWN -> UNKNOWN;
        };
    }
}
