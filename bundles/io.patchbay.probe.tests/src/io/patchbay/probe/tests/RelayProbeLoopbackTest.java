package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.relay.Attempt;
import io.patchbay.probe.relay.AttemptOutcome;
import io.patchbay.probe.relay.ConnectionReport;
import io.patchbay.probe.relay.ProxyKind;
import io.patchbay.probe.relay.ProxyServer;
import io.patchbay.probe.relay.ProxySource;
import io.patchbay.probe.relay.Relay;
import io.patchbay.probe.relay.RelayProbe;
import io.patchbay.probe.relay.RelayProbeOptions;

/**
 * The relay probe on loopback: a relay reached directly, and proxies that answer badly (garbage, silence, a trickle,
 * a flood, a hang-up, HTTP on a SOCKS port). None may hold the probe past its timeout or throw out of it.
 */
class RelayProbeLoopbackTest {

    static final Duration TIMEOUT = Duration.ofMillis(1500);

    @TempDir
    Path work;

    @Test
    void aRelayReachedDirectlyIsOneLineAndNoProxyIsTried() throws Exception {
        TestCertificates certificates = TestCertificates.create(work);
        try (PortProbeTest.TlsServer relay = PortProbeTest.TlsServer.start(certificates)) {
            int port = relay.address().getPort();
            ConnectionReport report = RelayProbe.run(List.of(new Relay("127.0.0.1", List.of(port))),
                    RelayProbeOptions.defaults().withTimeout(TIMEOUT).withTls(List.of(certificates.ca()), null)
                            .withProxy(ProxyServer.parse("192.0.2.1:3128", ProxySource.OVERRIDE)));
            Attempt only = report.attempts().get(0);
            assertAll(() -> assertEquals(1, report.attempts().size(), report::text),
                    () -> assertEquals(AttemptOutcome.TLS_OK, only.outcome(), report::text),
                    () -> assertTrue(only.route().direct()),
                    () -> assertEquals(Optional.of("TLSv1.3"), only.tlsProtocol()),
                    () -> assertTrue(report.everyRelayReached()),
                    () -> assertTrue(report.text().contains("127.0.0.1:" + port + "  direct: TLS handshake completed,"
                            + " certificate trusted ["), report::text),
                    () -> assertTrue(report.json().contains("\"reachable\": true"), report::json));
        }
    }

    @Test
    void withoutTlsAnOpenPortIsConnectedAndTheNextRelayIsStillTried() throws Exception {
        try (ServerSocket open = new ServerSocket(0, 50, StunLoopbackTest.LOOPBACK)) {
            int closed;
            try (ServerSocket gone = new ServerSocket(0, 50, StunLoopbackTest.LOOPBACK)) {
                closed = gone.getLocalPort();
            }
            Relay first = new Relay("127.0.0.1", List.of(closed, open.getLocalPort()));
            Relay second = Relay.parse("127.0.0.1:" + closed, List.of(443));
            ConnectionReport report = RelayProbe.run(List.of(first, second),
                    RelayProbeOptions.defaults().withTimeout(TIMEOUT));
            ConnectionReport first1 = RelayProbe.run(List.of(first, second),
                    RelayProbeOptions.defaults().withTimeout(TIMEOUT).stoppingAtFirstReached());
            assertAll(() -> assertEquals(List.of(AttemptOutcome.REFUSED, AttemptOutcome.CONNECTED,
                    AttemptOutcome.REFUSED), report.attempts().stream().map(Attempt::outcome).toList(), report::text),
                    () -> assertTrue(report.reached(first).isPresent()),
                    () -> assertTrue(report.reached(second).isEmpty()),
                    () -> assertTrue(!report.everyRelayReached() && report.anyRelayReached()),
                    () -> assertEquals(2, first1.attempts().size(), first1::text));
        }
    }

    @Test
    void socks4aSendsTheRelaysNameForTheProxyToResolve() throws Exception {
        TestCertificates certificates = TestCertificates.create(work);
        int closed;
        try (ServerSocket gone = new ServerSocket(0, 50, StunLoopbackTest.LOOPBACK)) {
            closed = gone.getLocalPort();
        }
        try (PortProbeTest.TlsServer relay = PortProbeTest.TlsServer.start(certificates);
                Socks4aServer proxy = Socks4aServer.start(relay.address())) {
            ConnectionReport report = RelayProbe.run(List.of(new Relay("localhost", List.of(closed))),
                    RelayProbeOptions.defaults().withTimeout(TIMEOUT).withTls(List.of(certificates.ca()), "127.0.0.1")
                            .withProxy(ProxyServer.parse("socks4a://127.0.0.1:" + proxy.port(),
                                    ProxySource.OVERRIDE)));
            Attempt proxied = report.attempts().get(1);
            assertAll(() -> assertEquals(AttemptOutcome.REFUSED, report.attempts().get(0).outcome(), report::text),
                    () -> assertEquals(AttemptOutcome.TLS_OK, proxied.outcome(), report::text),
                    () -> assertEquals("SOCKS 90", proxied.code()),
                    () -> assertEquals(List.of("localhost:" + closed), proxy.requested),
                    () -> assertTrue(report.text().contains("via SOCKS4a proxy 127.0.0.1:" + proxy.port()
                            + " (override)"), report::text));
        }
    }

    @Test
    void proxiesThatAnswerBadlyBecomeReportLinesWithinTheTimeout() throws Exception {
        int closed;
        try (ServerSocket gone = new ServerSocket(0, 50, StunLoopbackTest.LOOPBACK)) {
            closed = gone.getLocalPort();
        }
        List<Behaviour> behaviours = List.of(
                new Behaviour("ssh banner", AttemptOutcome.PROXY_MALFORMED, "NOT-HTTP",
                        (in, out) -> out.write("SSH-2.0-dropbear_2022.83\r\n".getBytes(StandardCharsets.US_ASCII))),
                new Behaviour("silence", AttemptOutcome.TIMEOUT, "ETIMEDOUT", (in, out) -> sleep(5000)),
                new Behaviour("trickle", AttemptOutcome.TIMEOUT, "ETIMEDOUT", (in, out) -> {
                    out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 100; i++) {
                        out.write('X');
                        out.flush();
                        sleep(100);
                    }
                }),
                new Behaviour("hang-up", AttemptOutcome.PROXY_MALFORMED, "EOF", (in, out) -> {
                }),
                new Behaviour("flood", AttemptOutcome.PROXY_MALFORMED, "TOO-LONG", (in, out) -> {
                    out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
                    byte[] header = "X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".getBytes(
                            StandardCharsets.US_ASCII);
                    for (int i = 0; i < 2000; i++) {
                        out.write(header);
                    }
                }),
                new Behaviour("bad status", AttemptOutcome.PROXY_MALFORMED, "NOT-HTTP",
                        (in, out) -> out.write("HTTP/1.1 2000 Fine\r\n\r\n".getBytes(StandardCharsets.US_ASCII))),
                new Behaviour("cut short", AttemptOutcome.PROXY_MALFORMED, "EOF",
                        (in, out) -> out.write("HTTP/1.1 200 Conn".getBytes(StandardCharsets.US_ASCII))),
                new Behaviour("tunnel to garbage", AttemptOutcome.TLS_FAILED, "TLS", (in, out) -> {
                    out.write("HTTP/1.1 200 Connection established\r\n\r\nSSH-2.0-OpenSSH_9.2\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    sleep(300);
                }),
                new Behaviour("tunnel to silence", AttemptOutcome.TIMEOUT, "ETIMEDOUT", (in, out) -> {
                    out.write("HTTP/1.0 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    sleep(5000);
                }));
        for (Behaviour behaviour : behaviours) {
            try (HostileServer proxy = HostileServer.start(behaviour.action)) {
                long start = System.nanoTime();
                ConnectionReport report = RelayProbe.run(List.of(new Relay("127.0.0.1", List.of(closed))),
                        RelayProbeOptions.defaults().withTimeout(TIMEOUT).withTls(List.of(), null)
                                .withProxy(new ProxyServer(ProxyKind.HTTP, new HostAndPort("127.0.0.1", proxy.port()),
                                        ProxySource.OVERRIDE)));
                long ms = (System.nanoTime() - start) / 1_000_000;
                Attempt proxied = report.attempts().get(1);
                String why = behaviour.name + ": " + report.text();
                assertAll(() -> assertEquals(behaviour.outcome, proxied.outcome(), why),
                        () -> assertEquals(behaviour.code, proxied.code(), why),
                        () -> assertTrue(ms < TIMEOUT.toMillis() + 1000, behaviour.name + " took " + ms + " ms"));
            }
        }
    }

    @Test
    void aSocksProxyThatSpeaksHttpOrHangsUpMidReplyIsMalformed() throws Exception {
        List<Behaviour> behaviours = List.of(
                new Behaviour("http on the socks port", AttemptOutcome.PROXY_MALFORMED, "NOT-SOCKS",
                        (in, out) -> out.write("HTTP/1.0 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII))),
                new Behaviour("three bytes", AttemptOutcome.PROXY_MALFORMED, "EOF",
                        (in, out) -> out.write(new byte[] { 0, 90, 1 })),
                new Behaviour("unknown status", AttemptOutcome.PROXY_MALFORMED, "SOCKS 7",
                        (in, out) -> out.write(new byte[] { 0, 7, 0, 0, 0, 0, 0, 0 })));
        for (Behaviour behaviour : behaviours) {
            try (HostileServer proxy = HostileServer.start(behaviour.action)) {
                ConnectionReport report = RelayProbe.run(List.of(new Relay("127.0.0.1", List.of(1))),
                        RelayProbeOptions.defaults().withTimeout(TIMEOUT).withProxy(ProxyServer.parse(
                                "socks4://127.0.0.1:" + proxy.port(), ProxySource.OVERRIDE)));
                Attempt proxied = report.attempts().get(1);
                String why = behaviour.name + ": " + report.text();
                assertAll(() -> assertEquals(behaviour.outcome, proxied.outcome(), why),
                        () -> assertEquals(behaviour.code, proxied.code(), why));
            }
        }
    }

    @Test
    void proxyAndRelaySettingsParseAsOperatorsWriteThem() {
        assertAll(() -> assertEquals(new Relay("relay.example.net", List.of(8200, 443, 80)),
                Relay.parse("relay.example.net:8200,443,80", List.of(443))),
                () -> assertEquals(new Relay("2001:db8::1", List.of(443)), Relay.parse("2001:db8::1", List.of(443))),
                () -> assertEquals(new Relay("2001:db8::1", List.of(80, 443)), Relay.parse("[2001:db8::1]:80,443",
                        List.of(8200))),
                () -> assertEquals(ProxyKind.HTTP, ProxyServer.parse("proxy:3128", ProxySource.OVERRIDE).kind()),
                () -> assertEquals(ProxyKind.SOCKS4A, ProxyServer.parse("socks4a://p:1080", ProxySource.OVERRIDE)
                        .kind()),
                () -> assertEquals("HTTP proxy p:8080 (system)", ProxyServer.parse("http://user:pw@p:8080/",
                        ProxySource.SYSTEM).toString()),
                () -> assertEquals("ProxyCredentials[user=alice, password=***]",
                        new io.patchbay.probe.relay.ProxyCredentials("alice", "pw".toCharArray()).toString()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    interface Action {
        void run(InputStream in, OutputStream out) throws IOException;
    }

    record Behaviour(String name, AttemptOutcome outcome, String code, Action action) {
    }

    /** A loopback server that treats every client with one behaviour, then hangs up. */
    record HostileServer(ServerSocket socket, Thread thread) implements AutoCloseable {

        static HostileServer start(Action action) throws IOException {
            ServerSocket socket = new ServerSocket(0, 50, StunLoopbackTest.LOOPBACK);
            Thread thread = Thread.ofPlatform().daemon().start(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket client = socket.accept();
                        Thread.ofVirtual().start(() -> {
                            try (client) {
                                client.getInputStream().read(new byte[4096]);
                                action.run(client.getInputStream(), client.getOutputStream());
                                client.getOutputStream().flush();
                            } catch (IOException e) {
                                // the probe gave up on us
                            }
                        });
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            return new HostileServer(socket, thread);
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(2000);
        }
    }
}
