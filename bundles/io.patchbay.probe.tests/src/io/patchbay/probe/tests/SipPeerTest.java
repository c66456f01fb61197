package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.sip.DigestCredentials;
import io.patchbay.probe.sip.SipClient;
import io.patchbay.probe.sip.SipProbeException;
import io.patchbay.probe.sip.SipResult;
import io.patchbay.probe.sip.SipServer;
import io.patchbay.probe.sip.SipServerConfig;
import io.patchbay.probe.sip.SipTransport;

/**
 * Interoperability with independent SIP implementations on 127.0.0.1: our client against Debian's sipp as UAS (UDP
 * and TCP, a plain 200 scenario and a Digest challenge that sipp verifies), and sipsak as a client of our server. Each
 * sipp is stopped by its PID.
 */
class SipPeerTest {

    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(20);

    /** The shared/peers scenario: any OPTIONS or REGISTER gets 200. */
    static final String UAS_200 = """
            <?xml version="1.0" encoding="ISO-8859-1" ?>
            <scenario name="uas options/register">
              <recv request="OPTIONS|REGISTER" regexp_match="true" />
              <send><![CDATA[
                  SIP/2.0 200 OK
                  [last_Via:]
                  [last_From:]
                  [last_To:];tag=[pid]SIPpTag01[call_number]
                  [last_Call-ID:]
                  [last_CSeq:]
                  [last_Contact:]
                  Expires: 3600
                  Server: sipp-uas-test
                  Content-Length: 0

              ]]></send>
            </scenario>
            """;

    /** REGISTER is challenged; the repeated REGISTER is checked by sipp itself (verifyauth): 200 if right, else 403. */
    static final String UAS_DIGEST = """
            <?xml version="1.0" encoding="ISO-8859-1" ?>
            <scenario name="uas register with digest">
              <recv request="REGISTER" />
              <send><![CDATA[
                  SIP/2.0 401 Unauthorized
                  [last_Via:]
                  [last_From:]
                  [last_To:];tag=[pid]SIPpTag01[call_number]
                  [last_Call-ID:]
                  [last_CSeq:]
                  WWW-Authenticate: Digest realm="sipp", nonce="[pid]n[call_number]x", qop="auth", algorithm=MD5
                  Server: sipp-uas-test
                  Content-Length: 0

              ]]></send>
              <recv request="REGISTER">
                <action>
                  <verifyauth assign_to="authvalid" username="alice" password="s3cret" />
                </action>
              </recv>
              <nop hide="true" test="authvalid" next="good" />
              <send next="done"><![CDATA[
                  SIP/2.0 403 Forbidden
                  [last_Via:]
                  [last_From:]
                  [last_To:];tag=[pid]SIPpTag01[call_number]
                  [last_Call-ID:]
                  [last_CSeq:]
                  Server: sipp-uas-test
                  Content-Length: 0

              ]]></send>
              <label id="good" />
              <send><![CDATA[
                  SIP/2.0 200 OK
                  [last_Via:]
                  [last_From:]
                  [last_To:];tag=[pid]SIPpTag01[call_number]
                  [last_Call-ID:]
                  [last_CSeq:]
                  [last_Contact:]
                  Expires: 3600
                  Server: sipp-uas-test
                  Content-Length: 0

              ]]></send>
              <label id="done" />
            </scenario>
            """;

    @TempDir
    Path work;

    @Test
    void ourOptionsAndRegisterGet200FromSippOverUdpAndTcp() throws Exception {
        for (SipTransport transport : List.of(SipTransport.UDP, SipTransport.TCP)) {
            try (Sipp sipp = Sipp.start(work, UAS_200, transport)) {
                SipResult options = sipp.firstAnswer(c -> c.options(sipp.address(), "ping"));
                SipResult register = SipClient.of(transport).register(sipp.address(), "alice", null);
                assertAll(() -> assertEquals(200, options.statusCode(), options::summary),
                        () -> assertEquals(Optional.of("sipp-uas-test"), options.serverSoftware()),
                        () -> assertEquals(200, register.statusCode(), register::summary),
                        () -> assertFalse(register.challenged()),
                        () -> assertTrue(register.contacts().get(0).contains(":" + register.local().getPort()),
                                register.contacts()::toString));
            }
        }
    }

    @Test
    void sippVerifiesOurDigestAnswerAndRefusesAWrongPassword() throws Exception {
        for (SipTransport transport : List.of(SipTransport.UDP, SipTransport.TCP)) {
            try (Sipp sipp = Sipp.start(work, UAS_DIGEST, transport)) {
                SipResult right = sipp.firstAnswer(
                        c -> c.register(sipp.address(), "alice", new DigestCredentials("alice", "s3cret")));
                SipResult wrong = SipClient.of(transport).register(sipp.address(), "alice",
                        new DigestCredentials("alice", "guess"));
                assertAll(() -> assertEquals(200, right.statusCode(), right::summary),
                        () -> assertTrue(right.challenged()),
                        () -> assertEquals(403, wrong.statusCode(), wrong::summary),
                        () -> assertTrue(wrong.challenged()));
            }
        }
    }

    @Test
    void ourTlsClientRegistersThroughStunnelInFrontOfSippOverTcp() throws Exception {
        Path stunnel = Peers.requireProgram("stunnel4", "stunnel4");
        TestCertificates certificates = TestCertificates.create(work);
        try (Sipp sipp = Sipp.start(work, UAS_DIGEST, SipTransport.TCP)) {
            sipp.awaitTcpListener();
            int port = Peers.freePortPair(StunLoopbackTest.LOOPBACK);
            Path config = work.resolve("stunnel.conf");
            Files.writeString(config, String.join("\n", "foreground = yes", "pid = " + work.resolve("stunnel.pid"),
                    "[sips]", "accept = 127.0.0.1:" + port, "connect = " + HostAndPort.format(sipp.address()),
                    "cert = " + certificates.serverPem(), "key = " + certificates.serverKeyPem(), ""));
            Process tunnel = new ProcessBuilder(stunnel.toString(), config.toString()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("stunnel.log").toFile()).start();
            try {
                InetSocketAddress tls = new InetSocketAddress(StunLoopbackTest.LOOPBACK, port);
                SipClient client = SipClient.tls(certificates.clientContext().getSocketFactory());
                SipResult result = null;
                for (int attempt = 0; attempt < 50 && result == null; attempt++) {
                    Peers.requirePeer(tunnel.isAlive(), "stunnel4 (pid " + tunnel.pid() + ") exited: "
                            + Files.readString(work.resolve("stunnel.log")));
                    try {
                        result = client.register(tls, "alice", SipLoopbackTest.ALICE);
                    } catch (java.net.ConnectException e) {
                        Thread.sleep(100); // stunnel is not listening yet
                    }
                }
                SipResult found = result;
                assertAll(() -> assertEquals(200, found.statusCode(), found::summary),
                        () -> assertEquals(SipTransport.TLS, found.transport()),
                        () -> assertTrue(found.challenged()),
                        () -> assertEquals(Optional.of("sipp-uas-test"), found.serverSoftware()));
            } finally {
                tunnel.destroy();
                if (!tunnel.waitFor(5, TimeUnit.SECONDS)) {
                    tunnel.destroyForcibly().waitFor();
                }
            }
        }
    }

    @Test
    void sipsakGets200FromOurServerOverUdpAndTcp() throws Exception {
        Path sipsak = Peers.requireProgram("sipsak", "sipsak");
        try (SipServer server = SipServer.start(SipServerConfig.on(SipLoopbackTest.ANY_PORT))) {
            String uri = "sip:ping@127.0.0.1:" + server.address().getPort();
            String udp = Peers.run(TOOL_TIMEOUT, sipsak.toString(), "-vv", "-s", uri);
            String tcp = Peers.run(TOOL_TIMEOUT, sipsak.toString(), "-vv", "-E", "tcp", "-s", uri);
            assertAll(() -> assertTrue(udp.contains("SIP/2.0 200 OK"), udp),
                    () -> assertTrue(tcp.contains("SIP/2.0 200 OK"), tcp),
                    () -> assertEquals(2, server.answered()));
        }
    }

    @Test
    void sipsakRegistersWithOurServersDigestChallengeOnlyWithTheRightPassword() throws Exception {
        Path sipsak = Peers.requireProgram("sipsak", "sipsak");
        try (SipServer server = SipServer.start(
                SipServerConfig.on(SipLoopbackTest.ANY_PORT).withCredentials(SipLoopbackTest.ALICE))) {
            String uri = "sip:alice@127.0.0.1:" + server.address().getPort();
            String wrong = Peers.run(TOOL_TIMEOUT, sipsak.toString(), "-vv", "-i", "-U", "-C", "sip:alice@127.0.0.1:5999",
                    "-s", uri, "-u", "alice", "-a", "guess");
            boolean heldAfterWrong = server.registrations().containsKey("sip:alice@127.0.0.1");
            String right = Peers.run(TOOL_TIMEOUT, sipsak.toString(), "-vv", "-i", "-U", "-C", "sip:alice@127.0.0.1:5999",
                    "-s", uri, "-u", "alice", "-a", "s3cret");
            SipServer.Registration held = server.registrations().get("sip:alice@127.0.0.1");
            assertAll(() -> assertFalse(heldAfterWrong, wrong),
                    () -> assertTrue(held != null && held.contact().contains("sip:alice@127.0.0.1:5999"), right),
                    () -> assertTrue(wrong.contains("authorization failed"), wrong),
                    () -> assertTrue(right.contains("All usrloc tests completed successful"), right));
        }
    }

    /** An action of our client against sipp. */
    interface Probe {
        SipResult run(SipClient client) throws IOException, SipProbeException;
    }

    /** sipp as UAS with a scenario, on a free loopback port, stopped by its PID. */
    record Sipp(Process process, InetSocketAddress address, SipTransport transport, Path log) implements AutoCloseable {

        static Sipp start(Path work, String scenario, SipTransport transport) throws Exception {
            Path sipp = Peers.requireProgram("sipp", "sip-tester");
            Path dir = Files.createTempDirectory(work, "sipp");
            Path file = dir.resolve("uas.xml");
            Files.writeString(file, scenario);
            int port = Peers.freePortPair(StunLoopbackTest.LOOPBACK);
            Path log = dir.resolve("sipp.out");
            Process process = new ProcessBuilder(sipp.toString(), "-sf", file.toString(), "-i", "127.0.0.1", "-p",
                    Integer.toString(port), "-t", transport == SipTransport.UDP ? "u1" : "t1", "-nostdin",
                    "-trace_err").directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            process.getOutputStream().close();
            return new Sipp(process, new InetSocketAddress(StunLoopbackTest.LOOPBACK, port), transport, log);
        }

        /**
         * The first answer to {@code probe}, retried while sipp starts (up to 10 s). If sipp exits, the test is
         * skipped with its output; if it runs and never answers, the last failure is thrown.
         */
        SipResult firstAnswer(Probe probe) throws Exception {
            long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (true) {
                Peers.requirePeer(process.isAlive(), "sipp (pid " + process.pid() + ") exited: " + output());
                try {
                    return probe.run(SipClient.of(transport).timeout(Duration.ofSeconds(2)));
                } catch (IOException | SipProbeException e) {
                    if (System.nanoTime() > giveUp) {
                        throw new AssertionError("sipp (pid " + process.pid() + ") runs but never answered: " + e
                                + "\n" + output(), e);
                    }
                    Thread.sleep(200);
                }
            }
        }

        /** Waits until sipp accepts TCP connections (up to 10 s); skips if it exits. */
        void awaitTcpListener() throws Exception {
            for (int attempt = 0; attempt < 100; attempt++) {
                Peers.requirePeer(process.isAlive(), "sipp (pid " + process.pid() + ") exited: " + output());
                if (io.patchbay.probe.port.PortProbe.tcp(address, Duration.ofSeconds(1)).ok()) {
                    return;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("sipp (pid " + process.pid() + ") runs but does not listen: " + output());
        }

        String output() throws IOException {
            return Files.exists(log) ? Files.readString(log) : "";
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
