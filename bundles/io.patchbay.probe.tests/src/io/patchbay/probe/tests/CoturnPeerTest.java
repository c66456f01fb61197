package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.nat.Behaviour;
import io.patchbay.probe.nat.NatDiscovery;
import io.patchbay.probe.nat.NatReport;
import io.patchbay.probe.nat.NatType;
import io.patchbay.probe.stun.StunClient;
import io.patchbay.probe.stun.StunResponse;
import io.patchbay.probe.stun.StunServer;
import io.patchbay.probe.stun.StunServerConfig;

/**
 * Interoperability with an independent implementation: our client and NAT discovery against Debian's coturn, and
 * coturn's turnutils_stunclient and turnutils_natdiscovery against our server, all on 127.0.0.1 and 127.0.0.2.
 */
class CoturnPeerTest {

    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path work;

    @Test
    void ourClientGetsAnswersFromCoturnOverUdpAndTcp() throws Exception {
        try (Coturn coturn = Coturn.start(work, StunLoopbackTest.LOOPBACK, StunLoopbackTest.LOOPBACK_2, List.of());
                StunClient client = StunClient.udp(new InetSocketAddress(StunLoopbackTest.LOOPBACK, 0))) {
            StunResponse udp = client.binding(coturn.primary(), StunLoopbackTest.FAST);
            StunResponse tcp = StunClient.tcpBinding(coturn.primary(), Duration.ofSeconds(5));
            assertAll(() -> assertTrue(udp.isSuccess()),
                    () -> assertEquals(Optional.of(client.localAddress()), udp.message().xorMappedAddress()),
                    () -> assertEquals(Optional.of(coturn.other()), udp.message().otherAddress()),
                    () -> assertEquals(Optional.of(coturn.primary()), udp.message().responseOrigin()),
                    () -> assertTrue(tcp.isSuccess()),
                    () -> assertEquals(Optional.of(tcp.local()), tcp.message().xorMappedAddress()));
        }
    }

    @Test
    void ourDiscoveryAgainstCoturnAgreesWithTurnutilsNatdiscovery() throws Exception {
        Path natdiscovery = Peers.requireProgram("turnutils_natdiscovery", "coturn");
        try (Coturn coturn = Coturn.start(work, StunLoopbackTest.LOOPBACK, StunLoopbackTest.LOOPBACK_2, List.of())) {
            NatReport ours = NatDiscovery.discover(coturn.primary());
            String theirs = Peers.run(TOOL_TIMEOUT, natdiscovery.toString(), "-m", "-f", "-p",
                    Integer.toString(coturn.primary().getPort()), "127.0.0.1");
            assertAll(() -> assertEquals(NatType.OPEN_INTERNET, ours.type(), ours::toString),
                    () -> assertFalse(ours.nat()),
                    () -> assertEquals(coturn.other(), ours.otherAddress()),
                    () -> assertEquals(Peers.natdiscoveryMapping(theirs), ours.mapping(), theirs),
                    () -> assertEquals(Peers.natdiscoveryFiltering(theirs), ours.filtering(), theirs),
                    () -> assertEquals(Behaviour.ENDPOINT_INDEPENDENT, Peers.natdiscoveryMapping(theirs), theirs));
        }
    }

    @Test
    void turnutilsStunclientGetsAnswersFromOurServer() throws Exception {
        Path stunclient = Peers.requireProgram("turnutils_stunclient", "coturn");
        try (StunServer server = rfc5780Server()) {
            String output = Peers.run(TOOL_TIMEOUT, stunclient.toString(), "-p",
                    Integer.toString(server.primaryAddress().getPort()), "127.0.0.1");
            String other = HostAndPort.format(server.otherAddress().orElseThrow());
            assertAll(() -> assertTrue(output.contains("UDP reflexive addr: 127.0.0.1:"), output),
                    () -> assertTrue(output.contains("Other addr: : " + other), output),
                    () -> assertTrue(output.contains("Response origin: : " + other), "after CHANGE-REQUEST:\n" + output),
                    () -> assertFalse(output.contains("error"), output));
        }
    }

    @Test
    void turnutilsNatdiscoveryAgainstOurServerAgreesWithOurDiscovery() throws Exception {
        Path natdiscovery = Peers.requireProgram("turnutils_natdiscovery", "coturn");
        try (StunServer server = rfc5780Server()) {
            String theirs = Peers.run(TOOL_TIMEOUT, natdiscovery.toString(), "-m", "-f", "-p",
                    Integer.toString(server.primaryAddress().getPort()), "127.0.0.1");
            NatReport ours = NatDiscovery.discover(server.primaryAddress());
            assertAll(() -> assertEquals(Behaviour.ENDPOINT_INDEPENDENT, Peers.natdiscoveryMapping(theirs), theirs),
                    () -> assertEquals(Behaviour.ENDPOINT_INDEPENDENT, Peers.natdiscoveryFiltering(theirs), theirs),
                    () -> assertEquals(Peers.natdiscoveryMapping(theirs), ours.mapping()),
                    () -> assertEquals(Peers.natdiscoveryFiltering(theirs), ours.filtering()));
        }
    }

    private static StunServer rfc5780Server() throws Exception {
        return StunServer.start(StunServerConfig.on(new InetSocketAddress(StunLoopbackTest.LOOPBACK, 0))
                .withAlternate(new InetSocketAddress(StunLoopbackTest.LOOPBACK_2, 0)));
    }
}
