package io.patchbay.model.validation;

import io.patchbay.model.PortRange;
import io.patchbay.model.TransportProtocol;

/**
 * One forward a company router must carry for a feature in use: {@code protocol external -> host:internal}.
 *
 * @param ruleId   the rule that asks for it, {@code "F-10"} or {@code "F-23"}
 * @param service  what it is for, e.g. {@code "HFA"}, {@code "RTP"}, {@code "SIP@Home TLS"}
 * @param protocol TCP, UDP or both
 * @param external the ports the router listens on
 * @param internal the ports on {@code host} (same count as {@code external})
 * @param host     the LAN address of the system the router forwards to
 * @since 0.1
 */
public record RequiredForward(String ruleId, String service, TransportProtocol protocol, PortRange external,
        PortRange internal, String host) {

    /** {@code TCP/UDP 4060 → 10.10.0.20:4062}: the form messages and plans use. */
    public String describe() {
        return protocolText(protocol) + " " + external + " \u2192 " + host + ":" + internal;
    }

    /** {@code TCP/UDP} for both, else the protocol's name. */
    public static String protocolText(TransportProtocol protocol) {
        return protocol == TransportProtocol.TCP_UDP ? "TCP/UDP" : String.valueOf(protocol);
    }
}
