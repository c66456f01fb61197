package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.probe.sip.DigestCredentials;
import io.patchbay.probe.sip.SipChecks;
import io.patchbay.probe.sip.SipClient;
import io.patchbay.probe.sip.SipPorts;
import io.patchbay.probe.sip.SipResult;
import io.patchbay.probe.sip.SipServer;
import io.patchbay.probe.sip.SipServerConfig;
import io.patchbay.probe.sip.SipTimeoutException;
import io.patchbay.probe.sip.SipTransport;
import io.patchbay.probe.sip.SipVerdict;

/** Our SIP client against our SIP server on 127.0.0.1 over UDP, TCP and TLS, with and without Digest. */
class SipLoopbackTest {

    static final InetSocketAddress ANY_PORT = new InetSocketAddress(StunLoopbackTest.LOOPBACK, 0);
    static final DigestCredentials ALICE = new DigestCredentials("alice", "s3cret");

    @TempDir
    Path work;

    @Test
    void optionsIsAnsweredOverUdpAndTcpWithTheAddressTheServerSaw() throws Exception {
        try (SipServer server = SipServer.start(SipServerConfig.on(ANY_PORT))) {
            for (SipTransport transport : List.of(SipTransport.UDP, SipTransport.TCP)) {
                SipResult result = SipClient.of(transport).options(server.address(), "ping");
                assertAll(() -> assertEquals(200, result.statusCode(), result::summary),
                        () -> assertTrue(result.isSuccess()),
                        () -> assertEquals(Optional.of(result.local()), result.seenFrom()),
                        () -> assertEquals(Optional.of("Patchbay simulator"), result.serverSoftware()),
                        () -> assertTrue(result.roundTrip().toMillis() < 1000),
                        () -> assertEquals(transport, result.transport()));
            }
        }
    }

    @Test
    void registerWithDigestPassesAfterOneChallengeAndTheServerHoldsTheContact() throws Exception {
        try (SipServer server = SipServer.start(SipServerConfig.on(ANY_PORT).withCredentials(ALICE))) {
            for (SipTransport transport : List.of(SipTransport.UDP, SipTransport.TCP)) {
                SipResult result = SipClient.of(transport).register(server.address(), "alice", ALICE);
                SipServer.Registration held = server.registrations().get("sip:alice@127.0.0.1");
                assertAll(() -> assertEquals(200, result.statusCode(), result::summary),
                        () -> assertTrue(result.challenged()),
                        () -> assertEquals(1, result.contacts().size()),
                        () -> assertTrue(result.contacts().get(0).contains(result.local().getPort() + ";transport="
                                + transport.name().toLowerCase()), result.contacts()::toString),
                        () -> assertEquals(result.local(), held.source()),
                        () -> assertEquals(transport, held.transport()));
            }
        }
    }

    @Test
    void wrongOrMissingCredentialsEndIn401() throws Exception {
        try (SipServer server = SipServer.start(SipServerConfig.on(ANY_PORT).withCredentials(ALICE))) {
            SipResult wrong = SipClient.of(SipTransport.UDP).register(server.address(), "alice",
                    new DigestCredentials("alice", "guess"));
            SipResult none = SipClient.of(SipTransport.TCP).register(server.address(), "alice", null);
            SipResult options = SipClient.of(SipTransport.UDP).options(server.address(), "alice");
            assertAll(() -> assertEquals(401, wrong.statusCode()), () -> assertTrue(wrong.challenged()),
                    () -> assertEquals(401, none.statusCode()), () -> assertFalse(none.challenged()),
                    () -> assertTrue(none.response().header("WWW-Authenticate").orElse("").startsWith("Digest ")),
                    () -> assertEquals(200, options.statusCode()),
                    () -> assertTrue(server.registrations().isEmpty()));
        }
    }

    @Test
    void registerOverTlsIsCheckedAgainstTheCa() throws Exception {
        TestCertificates certificates = TestCertificates.create(work);
        try (SipServer server = SipServer.start(SipServerConfig.on(ANY_PORT).withCredentials(ALICE)
                .withTls(ANY_PORT, certificates.serverContext()))) {
            InetSocketAddress tls = server.tlsAddress().orElseThrow();
            SipResult result = SipClient.tls(certificates.clientContext().getSocketFactory()).register(tls, "alice",
                    ALICE);
            TestCertificates stranger = TestCertificates.create(work, "other-ca", "other-server");
            assertAll(() -> assertEquals(200, result.statusCode(), result::summary),
                    () -> assertEquals(SipTransport.TLS, server.registrations().get("sip:alice@127.0.0.1").transport()),
                    () -> assertThrows(javax.net.ssl.SSLHandshakeException.class,
                            () -> SipClient.tls(stranger.clientContext().getSocketFactory()).options(tls, "ping")));
        }
    }

    @Test
    void aSilentUdpPortTimesOutAfterRetransmittingAndAClosedTcpPortIsRefused() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(ANY_PORT)) {
            InetSocketAddress address = (InetSocketAddress) silent.getLocalSocketAddress();
            long start = System.nanoTime();
            SipTimeoutException e = assertThrows(SipTimeoutException.class,
                    () -> SipClient.of(SipTransport.UDP).timeout(Duration.ofMillis(1700)).options(address, "ping"));
            long ms = (System.nanoTime() - start) / 1_000_000;
            int received = 0;
            silent.setSoTimeout(50);
            byte[] buffer = new byte[4096];
            try {
                while (true) {
                    silent.receive(new DatagramPacket(buffer, buffer.length));
                    received++;
                }
            } catch (java.net.SocketTimeoutException done) {
                // all read
            }
            int sent = received;
            assertAll(() -> assertTrue(ms >= 1650 && ms < 3000, ms + " ms"),
                    () -> assertEquals(3, sent, "sent at 0, 500 and 1500 ms"),
                    () -> assertTrue(e.getMessage().contains("over UDP within 1700 ms"), e::getMessage));
        }
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, StunLoopbackTest.LOOPBACK)) {
            closedPort = probe.getLocalPort();
        }
        assertThrows(ConnectException.class, () -> SipClient.of(SipTransport.TCP)
                .options(new InetSocketAddress(StunLoopbackTest.LOOPBACK, closedPort), "ping"));
    }

    @Test
    void theClientSkipsGarbageAndOtherTransactionsAndTheServerIgnoresGarbage() throws Exception {
        try (DatagramSocket far = new DatagramSocket(ANY_PORT);
                SipServer server = SipServer.start(SipServerConfig.on(ANY_PORT))) {
            // a far side that first sends junk and a response to another branch, then forwards to our server
            Thread relay = Thread.ofVirtual().start(() -> {
                try {
                    byte[] buffer = new byte[65535];
                    DatagramPacket in = new DatagramPacket(buffer, buffer.length);
                    far.receive(in);
                    InetSocketAddress client = (InetSocketAddress) in.getSocketAddress();
                    byte[] junk = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP x;branch=z9hG4bKother\r\nCSeq: 1 OPTIONS\r\n\r\n"
                            .getBytes(StandardCharsets.UTF_8);
                    far.send(new DatagramPacket(new byte[] { 1, 2, 3 }, 3, client));
                    far.send(new DatagramPacket(junk, junk.length, client));
                    String text = new String(buffer, 0, in.getLength(), StandardCharsets.UTF_8);
                    byte[] trying = ("SIP/2.0 100 Trying\r\n" + text.substring(text.indexOf("\r\n") + 2))
                            .getBytes(StandardCharsets.UTF_8);
                    far.send(new DatagramPacket(trying, trying.length, client));
                    try (DatagramSocket inner = new DatagramSocket(ANY_PORT)) {
                        inner.send(new DatagramPacket(buffer, in.getLength(), server.address()));
                        DatagramPacket answer = new DatagramPacket(new byte[65535], 65535);
                        inner.receive(answer);
                        far.send(new DatagramPacket(answer.getData(), answer.getLength(), client));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            SipResult result = SipClient.of(SipTransport.UDP).options((InetSocketAddress) far.getLocalSocketAddress(),
                    "ping");
            relay.join();
            java.util.Random random = new java.util.Random(3);
            try (DatagramSocket sender = new DatagramSocket(ANY_PORT)) {
                for (int i = 0; i < 200; i++) {
                    byte[] bytes = new byte[random.nextInt(200)];
                    random.nextBytes(bytes);
                    sender.send(new DatagramPacket(bytes, bytes.length, server.address()));
                }
            }
            SipResult after = SipClient.of(SipTransport.UDP).options(server.address(), "ping");
            assertAll(() -> assertEquals(200, result.statusCode()), () -> assertEquals(200, after.statusCode()),
                    () -> assertEquals(2, server.answered()));
        }
    }

    @Test
    void theF22CheckPassesOnlyWhenTheExternalPortsAnswerAndTheInternalOnesDoNot() throws Exception {
        try (SipServer external = SipServer.start(SipServerConfig.on(ANY_PORT));
                SipServer internal = SipServer.start(SipServerConfig.on(ANY_PORT));
                DatagramSocket quiet = new DatagramSocket(ANY_PORT)) {
            int quietPort = quiet.getLocalPort();
            SipPorts good = new SipPorts(external.address().getPort(), external.address().getPort(), 0,
                    List.of(quietPort));
            SipPorts migrated = new SipPorts(external.address().getPort(), external.address().getPort(), 0,
                    List.of(internal.address().getPort()));
            SipPorts nothing = new SipPorts(quietPort, quietPort, 0, List.of());
            SipVerdict ok = SipChecks.externalPorts(StunLoopbackTest.LOOPBACK, good, null, Duration.ofMillis(600));
            SipVerdict leaking = SipChecks.externalPorts(StunLoopbackTest.LOOPBACK, migrated, null,
                    Duration.ofMillis(600));
            SipVerdict silent = SipChecks.externalPorts(StunLoopbackTest.LOOPBACK, nothing, null,
                    Duration.ofMillis(600));
            assertAll(() -> assertTrue(ok.ok(), ok::toString),
                    () -> assertFalse(leaking.ok()),
                    () -> assertTrue(leaking.message().contains("answers SIP on internal UDP "
                            + internal.address().getPort()), leaking::message),
                    () -> assertTrue(leaking.message().contains("(F-22)")),
                    () -> assertFalse(silent.ok()),
                    () -> assertTrue(silent.message().contains("does not answer SIP on UDP " + quietPort),
                            silent::message));
        }
    }

    @Test
    void theF24CheckComparesTheRegisteredContactWithThePublicAddress() throws Exception {
        try (SipServer server = SipServer.start(SipServerConfig.on(ANY_PORT))) {
            InetSocketAddress publicAddress = new InetSocketAddress("198.51.100.1", 40112);
            SipResult withPublic = SipClient.of(SipTransport.UDP).contact(publicAddress).register(server.address(),
                    "alice", null);
            SipResult withLocal = SipClient.of(SipTransport.UDP).register(server.address(), "bob", null);
            SipVerdict ok = SipChecks.contactIsPublic(withPublic, publicAddress);
            SipVerdict wrong = SipChecks.contactIsPublic(withLocal, publicAddress);
            assertAll(() -> assertTrue(ok.ok(), ok::toString),
                    () -> assertFalse(wrong.ok()),
                    () -> assertTrue(wrong.message().contains("does not name the public address 198.51.100.1:40112"),
                            wrong::message),
                    () -> assertTrue(SipChecks.contactIsPublic(withLocal, withLocal.seenFrom().orElseThrow()).ok()));
        }
    }
}
