package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.relay.Attempt;
import io.patchbay.probe.relay.AttemptOutcome;
import io.patchbay.probe.relay.ConnectionReport;
import io.patchbay.probe.relay.PacScript;
import io.patchbay.probe.relay.ProxyCredentials;
import io.patchbay.probe.relay.ProxyKind;
import io.patchbay.probe.relay.ProxyServer;
import io.patchbay.probe.relay.ProxySource;
import io.patchbay.probe.relay.Relay;
import io.patchbay.probe.relay.RelayProbe;
import io.patchbay.probe.relay.RelayProbeOptions;

/**
 * The relay probe through real proxies: Debian's tinyproxy (open, and with BasicAuth for the 407 case) and dante's
 * danted (SOCKS v4) in a network namespace where the relay (openssl s_server) listens on the namespace's own loopback,
 * so that from here only the proxies reach it — the firewall an operator's client sits behind.
 */
class RelayProxyPeerTest {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    @TempDir
    static Path work;

    static TestCertificates certificates;
    static ProxyNetwork network;

    @BeforeAll
    static void startNetwork() throws Exception {
        certificates = TestCertificates.create(work);
        network = ProxyNetwork.start(work, certificates);
    }

    @AfterAll
    static void stopNetwork() {
        if (network != null) {
            network.close();
        }
    }

    private static RelayProbeOptions tls() {
        return RelayProbeOptions.defaults().withTimeout(TIMEOUT).withTls(List.of(certificates.ca()), null);
    }

    private static ProxyServer http(int port, ProxySource source) {
        return new ProxyServer(ProxyKind.HTTP, new HostAndPort(network.address, port), source);
    }

    @Test
    void directRefusedThenTheOverrideProxyReachesTheRelayAndEveryAttemptIsALine() {
        Relay relay = new Relay("127.0.0.1", List.of(network.closedPort, network.relayPort));
        ConnectionReport report = RelayProbe.run(List.of(relay),
                tls().withProxy(http(network.openProxy, ProxySource.OVERRIDE)));
        List<Attempt> attempts = report.attempts();
        String text = report.text();
        System.out.print(text); // a sample report in the test output, as an operator would attach it
        assertAll(() -> assertEquals(4, attempts.size(), text),
                () -> assertEquals(AttemptOutcome.REFUSED, attempts.get(0).outcome(), text),
                () -> assertEquals("ECONNREFUSED", attempts.get(0).code()),
                () -> assertTrue(attempts.get(0).route().direct()),
                () -> assertEquals(AttemptOutcome.PROXY_TARGET_FAILED, attempts.get(1).outcome(), text),
                () -> assertEquals("HTTP 500", attempts.get(1).code()),
                () -> assertEquals(AttemptOutcome.REFUSED, attempts.get(2).outcome(), text),
                () -> assertEquals(AttemptOutcome.TLS_OK, attempts.get(3).outcome(), text),
                () -> assertEquals("HTTP 200", attempts.get(3).code()),
                () -> assertEquals(Optional.of("TLSv1.3"), attempts.get(3).tlsProtocol()),
                () -> assertTrue(report.everyRelayReached()),
                () -> assertTrue(text.contains("127.0.0.1:" + network.relayPort + "  via HTTP proxy " + network.address
                        + ":" + network.openProxy + " (override): TLS handshake completed, certificate trusted [HTTP 200, "),
                        text),
                () -> assertTrue(text.contains("verdict: 127.0.0.1 reachable on port " + network.relayPort + " via HTTP"
                        + " proxy"), text),
                () -> assertTrue(text.lines().skip(2).limit(4).allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT.*")),
                        text),
                () -> assertTrue(text.lines().toList().get(1).equals("setup: direct, then HTTP proxy " + network.address
                        + ":" + network.openProxy + " (override); TLS handshake (1 CA certificate given); 3000 ms per"
                        + " attempt"), text),
                () -> assertTrue(report.json().contains("\"outcome\": \"proxy_target_failed\""), report::json),
                () -> assertTrue(report.json().contains("\"code\": \"HTTP 500\""), report::json));
    }

    @Test
    void a407IsReportedAsProxyWantsCredentialsAndAnsweredWithBasicWhenGiven() {
        Relay relay = new Relay("127.0.0.1", List.of(network.relayPort));
        RelayProbeOptions viaAuth = tls().withProxy(http(network.authProxy, ProxySource.OVERRIDE));
        Attempt without = RelayProbe.run(List.of(relay), viaAuth).attempts().get(1);
        ConnectionReport with = RelayProbe.run(List.of(relay), viaAuth.withCredentials(
                new ProxyCredentials(ProxyNetwork.USER, ProxyNetwork.PASSWORD.toCharArray())));
        ConnectionReport wrong = RelayProbe.run(List.of(relay), viaAuth.withCredentials(
                new ProxyCredentials(ProxyNetwork.USER, "guess".toCharArray())));
        Attempt accepted = with.attempts().get(1);
        Attempt rejected = wrong.attempts().get(1);
        assertAll(() -> assertEquals(AttemptOutcome.PROXY_AUTH_REQUIRED, without.outcome(), without::toString),
                () -> assertEquals("HTTP 407", without.code()),
                () -> assertTrue(without.outcome().meaning().startsWith("proxy wants credentials")),
                () -> assertTrue(without.detail().contains("Basic"), without::detail),
                () -> assertEquals(AttemptOutcome.TLS_OK, accepted.outcome(), with::text),
                () -> assertTrue(accepted.detail().contains("after a 407, with the Basic credentials of user alice"),
                        accepted::detail),
                () -> assertEquals(AttemptOutcome.PROXY_AUTH_FAILED, rejected.outcome(), wrong::text),
                () -> assertFalse(with.text().contains(ProxyNetwork.PASSWORD) || with.json().contains(
                        ProxyNetwork.PASSWORD)),
                () -> assertFalse(wrong.text().contains("guess")));
    }

    @Test
    void aPacFileServedOverHttpChoosesTheProxyForTheRelay() throws Exception {
        String pac = """
                function FindProxyForURL(url, host) {
                  if (isPlainHostName(host) || dnsDomainIs(host, ".corp.example")) return "DIRECT";
                  if (isInNet(host, "127.0.0.0", "255.0.0.0") && shExpMatch(url, "https://127.0.0.1:*"))
                    return "PROXY %s:%d; DIRECT";
                  return "PROXY 192.0.2.1:3128";
                }
                """.formatted(network.address, network.openProxy);
        try (PacServer server = PacServer.start(pac)) {
            PacScript script = PacScript.load(server.url(), TIMEOUT);
            ConnectionReport report = RelayProbe.run(List.of(new Relay("127.0.0.1", List.of(network.relayPort))),
                    tls().withPac(script));
            List<Attempt> attempts = report.attempts();
            assertAll(() -> assertEquals(2, attempts.size(), report::text),
                    () -> assertEquals(AttemptOutcome.REFUSED, attempts.get(0).outcome()),
                    () -> assertEquals(AttemptOutcome.TLS_OK, attempts.get(1).outcome(), report::text),
                    () -> assertEquals(ProxySource.PAC, attempts.get(1).route().proxy().orElseThrow().source()),
                    () -> assertTrue(report.text().contains("via HTTP proxy " + network.address + ":"
                            + network.openProxy + " (PAC)"), report::text),
                    () -> assertTrue(report.notes().isEmpty(), report.notes()::toString));
        }
    }

    @Test
    void systemProxyVariablesAreTriedWhenAskedAndNoProxyExemptsAHost() {
        Relay relay = new Relay("127.0.0.1", List.of(network.relayPort));
        Map<String, String> environment = Map.of("https_proxy", "http://" + network.address + ":" + network.openProxy
                + "/");
        ConnectionReport proxied = RelayProbe.run(List.of(relay), tls().withSystemProxies(environment, null));
        ConnectionReport exempt = RelayProbe.run(List.of(relay), tls().withSystemProxies(Map.of("https_proxy",
                environment.get("https_proxy"), "no_proxy", "localhost,127.0.0.1"), null));
        ProxySelector javaSettings = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                // as https.proxyHost/https.proxyPort would give for https URIs
                return uri.getScheme().equals("https") ? List.of(new Proxy(Proxy.Type.HTTP, network.proxy(
                        network.openProxy))) : List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        };
        ConnectionReport selected = RelayProbe.run(List.of(relay), tls().withSystemProxies(Map.of(), javaSettings));
        assertAll(() -> assertEquals(AttemptOutcome.TLS_OK, proxied.attempts().get(1).outcome(), proxied::text),
                () -> assertEquals(AttemptOutcome.TLS_OK, selected.attempts().get(1).outcome(), selected::text),
                () -> assertEquals(ProxySource.SYSTEM, selected.attempts().get(1).route().proxy().orElseThrow()
                        .source()),
                () -> assertTrue(proxied.text().contains("(system): TLS handshake completed"), proxied::text),
                () -> assertEquals(1, exempt.attempts().size(), exempt::text),
                () -> assertFalse(exempt.everyRelayReached()),
                () -> assertTrue(exempt.text().contains("verdict: 127.0.0.1 not reachable on ports "
                        + network.relayPort + " by any route tried"), exempt::text));
    }

    @Test
    void socks4ThroughDanteReachesTheRelayAndAClosedPortIsRejected() {
        ProxyServer socks = new ProxyServer(ProxyKind.SOCKS4, new HostAndPort(network.address, network.socks),
                ProxySource.OVERRIDE);
        ConnectionReport report = RelayProbe.run(List.of(new Relay("127.0.0.1", List.of(network.closedPort,
                network.relayPort))), tls().withProxy(socks));
        List<Attempt> attempts = report.attempts();
        assertAll(() -> assertEquals(4, attempts.size(), report::text),
                () -> assertEquals(AttemptOutcome.PROXY_DENIED, attempts.get(1).outcome(), report::text),
                () -> assertEquals("SOCKS 91", attempts.get(1).code()),
                () -> assertEquals(AttemptOutcome.TLS_OK, attempts.get(3).outcome(), report::text),
                () -> assertEquals("SOCKS 90", attempts.get(3).code()),
                () -> assertTrue(report.text().contains("via SOCKS4 proxy " + network.address), report::text));
    }

    @Test
    void anHttpServerAnsweringTheTlsHelloIsReportedAsAMiddleboxDirectAndThroughATunnel() {
        // tinyproxy's own port stands for a firewall's transparent proxy on a port where the relay speaks TLS
        ConnectionReport direct = RelayProbe.run(List.of(new Relay(network.address, List.of(network.openProxy))),
                tls());
        ConnectionReport tunnelled = RelayProbe.run(List.of(new Relay("127.0.0.1", List.of(network.openProxy))),
                tls().withProxy(http(network.openProxy, ProxySource.OVERRIDE)));
        Attempt first = direct.attempts().get(0);
        Attempt second = tunnelled.attempts().get(tunnelled.attempts().size() - 1);
        assertAll(() -> assertEquals(AttemptOutcome.MIDDLEBOX, first.outcome(), direct::text),
                () -> assertEquals("HTTP 400", first.code()),
                () -> assertTrue(first.detail().contains("400 Bad Request"), first::detail),
                () -> assertTrue(direct.text().contains("a proxy or firewall answered with HTTP where the relay speaks"
                        + " TLS"), direct::text),
                () -> assertEquals(AttemptOutcome.MIDDLEBOX, second.outcome(), tunnelled::text),
                () -> assertTrue(second.route().proxy().isPresent()),
                () -> assertTrue(direct.json().contains("\"outcome\": \"middlebox\""), direct::json));
    }

    /** A loopback HTTP server that serves one PAC file to whoever asks, as a company's PAC server does. */
    record PacServer(ServerSocket socket, Thread thread) implements AutoCloseable {

        static PacServer start(String pac) throws IOException {
            ServerSocket socket = new ServerSocket(0, 50, StunLoopbackTest.LOOPBACK);
            byte[] body = pac.getBytes(StandardCharsets.UTF_8);
            Thread thread = Thread.ofPlatform().daemon().start(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        client.setSoTimeout(3000);
                        InputStream in = client.getInputStream();
                        int last = 0;
                        int b;
                        while ((b = in.read()) >= 0) { // up to the end of the request head
                            last = (last << 8 | b);
                            if (last == 0x0D0A0D0A) {
                                break;
                            }
                        }
                        OutputStream out = client.getOutputStream();
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-ns-proxy-autoconfig\r\n"
                                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        out.write(body);
                        out.flush();
                    } catch (IOException e) {
                        // closed, or a client that went away
                    }
                }
            });
            return new PacServer(socket, thread);
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/proxy.pac";
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(2000);
        }
    }
}
