package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.patchbay.probe.nat.Behaviour;
import io.patchbay.probe.nat.NatDiscovery;
import io.patchbay.probe.nat.NatReport;
import io.patchbay.probe.nat.NatType;
import io.patchbay.probe.stun.StunServer;
import io.patchbay.probe.stun.StunServerConfig;
import io.patchbay.probe.stun.StunTiming;

/** NAT discovery on loopback, where there is no NAT: "open internet", against our own servers. */
class NatDiscoveryLoopbackTest {

    @Test
    void loopbackAgainstAnRfc5780ServerIsOpenInternetWithinASecond() throws Exception {
        try (StunServer server = StunServer.start(StunServerConfig.on(new InetSocketAddress(StunLoopbackTest.LOOPBACK, 0))
                .withAlternate(new InetSocketAddress(StunLoopbackTest.LOOPBACK_2, 0)))) {
            NatReport report = NatDiscovery.discover(server.primaryAddress());
            assertAll(() -> assertFalse(report.nat()),
                    () -> assertEquals(Behaviour.ENDPOINT_INDEPENDENT, report.mapping()),
                    () -> assertEquals(Behaviour.ENDPOINT_INDEPENDENT, report.filtering()),
                    () -> assertEquals(NatType.OPEN_INTERNET, report.type()),
                    () -> assertEquals(server.otherAddress().orElseThrow(), report.otherAddress()),
                    () -> assertEquals(report.localAddress(), report.mappedAddress()),
                    () -> assertTrue(report.voipCapable()),
                    () -> assertEquals("open internet: not symmetric, Device@Home and SIP@Home can work behind this"
                            + " router", report.verdict()),
                    () -> assertTrue(report.elapsed().compareTo(Duration.ofSeconds(1)) < 0, report.elapsed()::toString));
        }
    }

    @Test
    void aServerWithoutRfc5780CannotClassifyAndSaysWhy() throws Exception {
        try (StunServer server = StunServer
                .start(StunServerConfig.on(new InetSocketAddress(StunLoopbackTest.LOOPBACK, 0)))) {
            NatReport report = NatDiscovery.discover(server.primaryAddress());
            assertEquals(NatType.UNKNOWN, report.type());
            assertFalse(report.nat());
            assertTrue(report.verdict().contains("does not support RFC 5780"), report.verdict());
            assertFalse(report.voipCapable());
        }
    }

    @Test
    void silenceIsUdpBlocked() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(StunLoopbackTest.LOOPBACK, 0))) {
            NatReport report = NatDiscovery.discover((InetSocketAddress) silent.getLocalSocketAddress(),
                    StunTiming.of(Duration.ofMillis(20), 2, 2));
            assertEquals(NatType.UDP_BLOCKED, report.type());
            assertTrue(report.verdict().startsWith("UDP blocked"), report.verdict());
        }
    }

    @Test
    void theClassicTypesFollowFromMappingAndFiltering() {
        Behaviour ei = Behaviour.ENDPOINT_INDEPENDENT;
        Behaviour ad = Behaviour.ADDRESS_DEPENDENT;
        Behaviour apd = Behaviour.ADDRESS_AND_PORT_DEPENDENT;
        assertAll(() -> assertEquals(NatType.FULL_CONE, NatType.of(true, ei, ei)),
                () -> assertEquals(NatType.RESTRICTED_CONE, NatType.of(true, ei, ad)),
                () -> assertEquals(NatType.PORT_RESTRICTED_CONE, NatType.of(true, ei, apd)),
                () -> assertEquals(NatType.SYMMETRIC, NatType.of(true, ad, apd)),
                () -> assertEquals(NatType.SYMMETRIC, NatType.of(true, apd, ei)),
                () -> assertEquals(NatType.OPEN_INTERNET, NatType.of(false, ei, ei)),
                () -> assertEquals(NatType.SYMMETRIC_UDP_FIREWALL, NatType.of(false, ei, apd)));
    }
}
