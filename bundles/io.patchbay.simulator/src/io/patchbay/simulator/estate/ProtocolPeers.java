package io.patchbay.simulator.estate;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.net.ssl.SSLContext;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Device;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.ItspTrunk;
import io.patchbay.model.LanInterface;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.OutboundAllowance;
import io.patchbay.model.PortForwardingRule;
import io.patchbay.model.PortRange;
import io.patchbay.model.ServicelinkEndpoint;
import io.patchbay.model.ServicelinkEndpoints;
import io.patchbay.model.TransportProtocol;
import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.ntp.SntpServer;
import io.patchbay.probe.sip.SipServer;
import io.patchbay.probe.sip.SipServerConfig;
import io.patchbay.probe.stun.StunServer;
import io.patchbay.probe.stun.StunServerConfig;
import io.patchbay.simulator.BuffaloRouterTwin;
import io.patchbay.simulator.BuffaloRouterTwin.Forward;

/**
 * The protocol peers of a simulated estate, for the live tests: what a system, its company router, the STUN and time
 * servers and the RSP.servicelink endpoints answer on the internet, on loopback. (RSIP servers are twins of their own,
 * {@code RsipHostTwin}, whose control port the copy already names.)
 * <p>
 * Every system and every company router gets a loopback address of its own, so the real port numbers stay (HFA 4062,
 * SIP 5070/5071 …, which the rules F-10, F-22 and F-23 name): a system's SIP registrar and service ports listen on
 * the system's address; a company router's public address carries the port forwards its twin's NAT table holds
 * (following each firewall start, see {@link RouterForwards}) towards ports a system listens on, as a router's DNAT
 * does (a forward to a closed or wrong port refuses like the real one); so a forward is open once it has been pushed.
 * The copy of the estate is rewritten to point at all of it and stays valid (no finding the original does not have);
 * the original is never touched.
 */
final class ProtocolPeers {

    private static final int DLI = 18443;
    private static final int DLI_HTTPS = 8804;

    /** What one simulated system listens on. */
    private record SystemPeer(OsbizSystem system, InetAddress address, Set<Integer> tcp, Set<Integer> udp) {
    }

    private final LoopbackAddresses addresses = new LoopbackAddresses();
    private final List<AutoCloseable> running;
    private final List<ProtocolPeer> peers = new ArrayList<>();

    private ProtocolPeers(List<AutoCloseable> running) {
        this.running = running;
    }

    /** Starting one peer, which may fail because its address or port is taken. */
    private interface PeerStart {
        void run() throws IOException;
    }

    /**
     * Starts the peers of {@code estate} (the copy being simulated) and points the copy at them. A peer that cannot
     * start (a port taken by another program) does not stop the simulation: it is listed with protocol
     * {@code unavailable} and the reason, and the live tests that need it fail and say where.
     */
    static List<ProtocolPeer> start(Estate estate, List<AutoCloseable> running,
            Map<String, BuffaloRouterTwin> routerTwins) {
        ProtocolPeers peers = new ProtocolPeers(running);
        List<OsbizSystem> systems = all(estate, OsbizSystem.class);
        peers.bestEffort("STUN server", () -> peers.stun(systems));
        Map<String, SystemPeer> byInternalAddress = new HashMap<>();
        for (OsbizSystem system : systems) {
            String internal = internalAddress(system);
            if (internal != null) {
                peers.bestEffort(EstateLabels.describe(system),
                        () -> byInternalAddress.put(internal, peers.system(system)));
            }
        }
        for (CompanyRouter router : all(estate, CompanyRouter.class)) {
            peers.bestEffort(EstateLabels.describe(router),
                    () -> peers.companyRouter(router, byInternalAddress, routerTwins.get(router.getId())));
        }
        for (SystemPeer system : byInternalAddress.values()) {
            peers.publicAddress(system);
        }
        peers.bestEffort("time server", () -> peers.timeServers(all(estate, BuffaloRouter.class)));
        peers.bestEffort("RSP.servicelink endpoints", () -> peers.servicelink(estate));
        return List.copyOf(peers.peers);
    }

    private void bestEffort(String serves, PeerStart start) {
        try {
            start.run();
        } catch (IOException | RuntimeException e) {
            peers.add(new ProtocolPeer(serves, "unavailable", "", 0, "not started: " + e.getMessage()));
        }
    }

    /** One RFC 5780 STUN server (two addresses) for every system and ITSP trunk that names a STUN server (F-05). */
    private void stun(List<OsbizSystem> systems) throws IOException {
        boolean wanted = systems.stream().anyMatch(s -> !blank(s.getStunServer())
                || s.getItspTrunks().stream().anyMatch(t -> !blank(t.getStunServer())));
        if (!wanted) {
            return;
        }
        StunServer stun = StunServer.start(StunServerConfig.on(new InetSocketAddress(addresses.next(), 0))
                .withAlternate(new InetSocketAddress(addresses.next(), 0)));
        running.add(stun);
        InetSocketAddress primary = stun.primaryAddress();
        for (OsbizSystem system : systems) {
            if (!blank(system.getStunServer())) {
                system.setStunServer(primary.getAddress().getHostAddress());
                system.setStunPort(primary.getPort());
            }
            for (ItspTrunk trunk : system.getItspTrunks()) {
                if (!blank(trunk.getStunServer())) {
                    trunk.setStunServer(primary.getAddress().getHostAddress());
                    trunk.setStunPort(primary.getPort());
                }
            }
        }
        peers.add(new ProtocolPeer("STUN server", "stun", primary.getAddress().getHostAddress(), primary.getPort(),
                "RFC 5780, other address " + HostAndPort.format(stun.otherAddress().orElseThrow())));
    }

    /** A system's SIP registrar (UDP/TCP and TLS on its SIP internet ports) and its service ports. */
    private SystemPeer system(OsbizSystem system) throws IOException {
        InetAddress address = addresses.next();
        String label = EstateLabels.describe(system);
        SSLContext tls = SelfSignedTls.forAddress(label, address);
        Set<Integer> tcp = new TreeSet<>();
        Set<Integer> udp = new TreeSet<>();
        SipServer sip = SipServer.start(SipServerConfig.on(new InetSocketAddress(address, system.getSipInternetPort()))
                .withTls(new InetSocketAddress(address, system.getSipInternetTlsPort()), tls));
        running.add(sip);
        tcp.add(system.getSipInternetPort());
        tcp.add(system.getSipInternetTlsPort());
        udp.add(system.getSipInternetPort());
        listen(address, system.getHfaPort(), null, tcp);
        listen(address, system.getHfaTlsPort(), tls, tcp);
        listen(address, system.getHttpsPort(), tls, tcp);
        if (system.isDliEnabled()) {
            listen(address, DLI, tls, tcp);
            listen(address, DLI_HTTPS, tls, tcp);
        }
        if (system.getInternetInterface() == LanInterface.LAN1_WAN) {
            system.setLan1Address(address.getHostAddress());
        } else {
            system.setLan2Address(address.getHostAddress());
        }
        peers.add(new ProtocolPeer(label, "sip", address.getHostAddress(), system.getSipInternetPort(),
                "SIP registrar on UDP/TCP " + system.getSipInternetPort() + " and TLS "
                        + system.getSipInternetTlsPort() + "; TCP service ports " + tcp + " (self-signed TLS)"));
        return new SystemPeer(system, address, tcp, udp);
    }

    private void listen(InetAddress address, int port, SSLContext tls, Set<Integer> ports) throws IOException {
        if (ports.contains(port)) {
            return;
        }
        running.add(ServiceListener.start(new InetSocketAddress(address, port), tls));
        ports.add(port);
    }

    /**
     * The router's public address carrying its forwards towards the ports the simulated systems listen on. A router
     * with a twin forwards what the twin's NAT table says, and follows it after every firewall start there — so a
     * forward is open once Patchbay has pushed it, not before. A router the estate does not manage (no twin) forwards
     * the estate's enabled rules. The copy's rules name the system's loopback address inside, so what is pushed to
     * the twin leads to the simulated system.
     */
    private void companyRouter(CompanyRouter router, Map<String, SystemPeer> systems,
            BuffaloRouterTwin twin) throws IOException {
        InetAddress publicAddress = addresses.next();
        Map<String, SystemPeer> byAnyAddress = new HashMap<>(systems);
        systems.values().forEach(peer -> byAnyAddress.put(peer.address().getHostAddress(), peer));
        RouterForwards forwards = new RouterForwards(publicAddress, (host, protocol, port) -> {
            SystemPeer target = host == null ? null : byAnyAddress.get(host.strip());
            boolean open = target != null && ("udp".equals(protocol) ? target.udp() : target.tcp()).contains(port);
            return open ? target.address() : null;
        });
        running.add(forwards);
        List<Forward> fromEstate = new ArrayList<>();
        for (PortForwardingRule rule : router.getPortForwardingRules()) {
            SystemPeer target = rule.getInternalHost() == null ? null : systems.get(rule.getInternalHost());
            PortRange external = rule.getExternalPorts();
            PortRange internal = rule.getInternalPorts() != null ? rule.getInternalPorts() : external;
            if (target == null || external == null) {
                continue;
            }
            rule.setInternalHost(target.address().getHostAddress());
            if (!rule.isEnabled() || internal.count() != external.count()) {
                continue;
            }
            for (String protocol : protocols(rule.getProtocol())) {
                fromEstate.add(new Forward(protocol, external.first(), external.last(),
                        target.address().getHostAddress(), internal.first()));
            }
        }
        String follows;
        if (twin != null) {
            twin.onFirewallRestart(() -> forwards.follow(twin.forwards()));
            forwards.follow(twin.forwards());
            follows = "the router twin's NAT table";
        } else {
            forwards.follow(fromEstate);
            follows = "the estate's rules (no twin)";
        }
        // the systems behind it keep their public name (DynDNS, F-18): the live tests go to the router's address
        router.setPublicAddress(publicAddress.getHostAddress());
        peers.add(new ProtocolPeer(EstateLabels.describe(router), "forward", publicAddress.getHostAddress(), 0,
                "public address forwarding as " + follows + " says; at start: " + forwards.describe()));
    }

    private static List<String> protocols(TransportProtocol protocol) {
        return protocol == TransportProtocol.UDP ? List.of("udp")
                : protocol == TransportProtocol.TCP ? List.of("tcp") : List.of("tcp", "udp");
    }

    /**
     * A system that is not behind a company router is reached at its own public address: the copy names the system's
     * loopback address there, and its devices at home that named the old one as gateway or DLS address follow (F-12,
     * F-25). A dynamic address stays a DynDNS name (F-18), which the simulation cannot stand in for.
     */
    private void publicAddress(SystemPeer peer) {
        OsbizSystem system = peer.system();
        if (system.getAccessRouter() instanceof CompanyRouter || system.isPublicAddressDynamic()) {
            return;
        }
        String old = system.getPublicAddress();
        String now = peer.address().getHostAddress();
        system.setPublicAddress(now);
        for (Device device : system.getDevices()) {
            if (old != null && old.equals(device.getGateway())) {
                device.setGateway(now);
            }
            if (old != null && old.equals(device.getDlsAddress())) {
                device.setDlsAddress(now);
            }
        }
    }

    /** An SNTP server telling this host's time, for every Buffalo router that names an NTP server (F-42). */
    private void timeServers(List<BuffaloRouter> routers) throws IOException {
        if (routers.stream().allMatch(r -> blank(r.getNtpServer()))) {
            return;
        }
        SntpServer ntp = SntpServer.start(new InetSocketAddress(addresses.next(), 0), Duration.ZERO);
        running.add(ntp);
        String where = HostAndPort.format(ntp.address());
        for (BuffaloRouter router : routers) {
            if (!blank(router.getNtpServer())) {
                router.setNtpServer(where);
            }
        }
        peers.add(new ProtocolPeer("time server", "ntp", ntp.address().getAddress().getHostAddress(),
                ntp.address().getPort(), "SNTP with this host's clock"));
    }

    /**
     * A stand-in per RSP.servicelink endpoint (F-41): a TLS port on loopback in place of the real service, which a
     * simulation never reaches. The copy lists the stand-ins as its endpoints.
     */
    private void servicelink(Estate estate) throws IOException {
        List<ServicelinkEndpoint> standIns = new ArrayList<>();
        for (ServicelinkEndpoint endpoint : ServicelinkEndpoints.of(estate)) {
            InetAddress address = addresses.next();
            ServiceListener listener = ServiceListener.start(new InetSocketAddress(address, 0),
                    SelfSignedTls.forAddress("RSP.servicelink " + endpoint.getRole(), address));
            running.add(listener);
            ServicelinkEndpoint standIn = EstateFactory.eINSTANCE.createServicelinkEndpoint();
            standIn.setRole(endpoint.getRole());
            standIn.setHost(address.getHostAddress());
            standIn.setPort(listener.address().getPort());
            standIns.add(standIn);
            peers.add(new ProtocolPeer("RSP.servicelink " + endpoint.getRole(), "tls", address.getHostAddress(),
                    standIn.getPort(), "stands in for " + endpoint.getHost() + ":" + endpoint.getPort()));
        }
        // routers that filter outbound traffic let the stand-ins through where they let the real endpoints (F-41)
        List<ServicelinkEndpoint> originals = ServicelinkEndpoints.of(estate);
        for (CompanyRouter router : all(estate, CompanyRouter.class)) {
            for (OutboundAllowance allowance : router.getOutboundAllowances()) {
                for (int i = 0; i < originals.size(); i++) {
                    ServicelinkEndpoint original = originals.get(i);
                    if (original.getHost() != null && original.getHost().equals(allowance.getHost())
                            && original.getPort() == allowance.getPort()) {
                        allowance.setHost(standIns.get(i).getHost());
                        allowance.setPort(standIns.get(i).getPort());
                        break;
                    }
                }
            }
        }
        estate.getServicelinkEndpoints().clear();
        estate.getServicelinkEndpoints().addAll(standIns);
    }

    private static String internalAddress(OsbizSystem system) {
        String address = system.getInternetInterface() == LanInterface.LAN1_WAN ? system.getLan1Address()
                : system.getLan2Address();
        return blank(address) ? null : address.strip();
    }

    private static <T> List<T> all(Estate estate, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (EObject object : (Iterable<EObject>) estate::eAllContents) {
            if (type.isInstance(object)) {
                found.add(type.cast(object));
            }
        }
        return found;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
