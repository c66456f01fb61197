package io.patchbay.probe.nat;

/**
 * A NAT's mapping or filtering behaviour in the terms of RFC 4787.
 *
 * @since 0.1
 */
public enum Behaviour {
    ENDPOINT_INDEPENDENT("endpoint-independent"),
    ADDRESS_DEPENDENT("address-dependent"),
    ADDRESS_AND_PORT_DEPENDENT("address-and-port-dependent"),
    /** Not determined: no answer, or a server without RFC 5780 support. */
    UNKNOWN("unknown");

    private final String label;

    Behaviour(String label) {
        this.label = label;
    }

    /** The RFC 4787 term, e.g. "address-and-port-dependent". */
    public String label() {
        return label;
    }
}
