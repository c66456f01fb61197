package io.patchbay.model.validation.internal;

import java.util.ArrayList;
import java.util.List;

import io.patchbay.model.OsbizSystem;
import io.patchbay.model.PortRange;
import io.patchbay.model.Router;
import io.patchbay.model.TransportProtocol;
import io.patchbay.model.validation.RequiredForward;

/** The forwards a system needs (F-10, F-23): shared by the rules and {@code RequiredForwarding}. */
public final class ForwardingNeeds {

    /** The internal SIP ports that must never be forwarded (F-23). */
    public static final PortRange INTERNAL_SIP = PortRange.of(5060, 5062);

    private ForwardingNeeds() {
    }

    public static List<OsbizSystem> servedBy(Router router) {
        return Systems.servedBy(router);
    }

    /** F-10: what Device@Home needs on the company router, empty when the system uses no internet devices. */
    public static List<RequiredForward> deviceAtHome(OsbizSystem system) {
        List<RequiredForward> needed = new ArrayList<>();
        String host = Systems.internalAddress(system);
        if (!Systems.usesInternetDevices(system) || host == null) {
            return needed;
        }
        needed.add(f10("HFA", TransportProtocol.TCP_UDP, PortRange.of(4060), PortRange.of(4062), host));
        needed.add(f10("HFA encrypted (SPE)", TransportProtocol.TCP_UDP, PortRange.of(4061), PortRange.of(4063),
                host));
        if (Systems.usesHttpsAtHome(system)) {
            needed.add(f10("HTTPS", TransportProtocol.TCP, PortRange.of(8802), PortRange.of(8802), host));
        }
        if (system.isDliEnabled()) {
            needed.add(f10("DLI", TransportProtocol.TCP, PortRange.of(18443), PortRange.of(18443), host));
            needed.add(f10("DLI HTTPS", TransportProtocol.TCP, PortRange.of(8804), PortRange.of(8804), host));
        }
        PortRange rtp = Systems.rtpRange(system);
        if (rtp != null) {
            needed.add(f10("RTP", TransportProtocol.UDP, rtp, rtp, host));
        }
        return needed;
    }

    /** F-23: what SIP@Home needs, same port outside and inside; empty when no SIP station is on the internet. */
    public static List<RequiredForward> sipAtHome(OsbizSystem system) {
        List<RequiredForward> needed = new ArrayList<>();
        String host = Systems.internalAddress(system);
        if (Systems.usesSipAtHome(system) && host != null) {
            PortRange sip = PortRange.of(system.getSipInternetPort());
            PortRange tls = PortRange.of(system.getSipInternetTlsPort());
            needed.add(new RequiredForward("F-23", "SIP@Home UDP", TransportProtocol.UDP, sip, sip, host));
            needed.add(new RequiredForward("F-23", "SIP@Home TCP", TransportProtocol.TCP, sip, sip, host));
            needed.add(new RequiredForward("F-23", "SIP@Home TLS", TransportProtocol.TCP, tls, tls, host));
        }
        return needed;
    }

    private static RequiredForward f10(String service, TransportProtocol protocol, PortRange external,
            PortRange internal, String host) {
        return new RequiredForward("F-10", service, protocol, external, internal, host);
    }
}
