package io.patchbay.probe.sip;

/**
 * How SIP travels: F-22 puts UDP and TCP on port 5070 and TLS on 5071.
 *
 * @since 0.1
 */
public enum SipTransport {
    UDP, TCP, TLS;

    /** The port F-22 assigns to the transport on the system's external side. */
    public int externalPort() {
        return this == TLS ? 5071 : 5070;
    }
}
