package io.patchbay.probe.sip;

import java.util.List;

/**
 * The SIP ports a system should answer on, and those it should not.
 *
 * @param udp the external UDP port
 * @param tcp the external TCP port
 * @param tls the external TLS port
 * @param internal ports that must stay silent from outside
 * @since 0.1
 */
public record SipPorts(int udp, int tcp, int tls, List<Integer> internal) {

    /** F-22/F-23: UDP and TCP 5070, TLS 5071; never 5060, 5061, 5062. */
    public static final SipPorts F22 = new SipPorts(5070, 5070, 5071, List.of(5060, 5061, 5062));

    public SipPorts {
        internal = List.copyOf(internal);
    }
}
