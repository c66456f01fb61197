package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.probe.port.PortOutcome;
import io.patchbay.probe.port.PortProbe;
import io.patchbay.probe.port.PortResult;

/**
 * TCP and TLS reachability against loopback servers started here with a throwaway CA, and against Debian's openssl
 * s_server (stopped by its PID).
 */
class PortProbeTest {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    @TempDir
    Path work;

    @Test
    void anOpenPortIsOpenAndAClosedOneRefused() throws Exception {
        int closed;
        try (ServerSocket listener = new ServerSocket(0, 50, StunLoopbackTest.LOOPBACK)) {
            PortResult open = PortProbe.tcp((InetSocketAddress) listener.getLocalSocketAddress(), TIMEOUT);
            closed = listener.getLocalPort();
            assertAll(() -> assertEquals(PortOutcome.OPEN, open.outcome(), open::summary),
                    () -> assertTrue(open.ok()),
                    () -> assertTrue(open.connectTime().orElseThrow().toMillis() < 1000));
        }
        PortResult refused = PortProbe.tcp(new InetSocketAddress(StunLoopbackTest.LOOPBACK, closed), TIMEOUT);
        assertAll(() -> assertEquals(PortOutcome.REFUSED, refused.outcome(), refused::summary),
                () -> assertFalse(refused.ok()),
                () -> assertTrue(refused.summary().contains("connection refused")));
    }

    @Test
    void aTlsServerWithOurCaIsTrustedAndReportsProtocolCipherAndChain() throws Exception {
        TestCertificates certificates = TestCertificates.create(work);
        try (TlsServer server = TlsServer.start(certificates)) {
            PortResult result = PortProbe.tls(server.address(), TIMEOUT, List.of(certificates.ca()), null);
            assertAll(() -> assertEquals(PortOutcome.TLS_TRUSTED, result.outcome(), result::summary),
                    () -> assertEquals(Optional.of("TLSv1.3"), result.protocol()),
                    () -> assertTrue(result.cipherSuite().orElseThrow().startsWith("TLS_")),
                    () -> assertEquals(2, result.chain().size()),
                    () -> assertEquals("CN=127.0.0.1", result.chain().get(0).getSubjectX500Principal().getName()),
                    () -> assertEquals(certificates.ca(), result.chain().get(1)),
                    () -> assertTrue(result.handshakeTime().isPresent()));
        }
    }

    @Test
    void anotherCaAWrongNameAndThePlatformStoreAreNotTrustedYetTheChainIsShown() throws Exception {
        TestCertificates certificates = TestCertificates.create(work);
        TestCertificates stranger = TestCertificates.create(work, "other-ca", "other-server");
        try (TlsServer server = TlsServer.start(certificates)) {
            PortResult otherCa = PortProbe.tls(server.address(), TIMEOUT, List.of(stranger.ca()), null);
            PortResult wrongName = PortProbe.tls(server.address(), TIMEOUT, List.of(certificates.ca()),
                    "osbiz.example.net");
            PortResult platform = PortProbe.tls(server.address(), TIMEOUT, List.of(), null);
            assertAll(() -> assertEquals(PortOutcome.NOT_TRUSTED, otherCa.outcome(), otherCa::summary),
                    () -> assertTrue(otherCa.detail().contains("path"), otherCa::detail),
                    () -> assertEquals(2, otherCa.chain().size()),
                    () -> assertEquals(PortOutcome.NOT_TRUSTED, wrongName.outcome(), wrongName::summary),
                    () -> assertTrue(wrongName.detail().contains("osbiz.example.net"), wrongName::detail),
                    () -> assertEquals(PortOutcome.NOT_TRUSTED, platform.outcome(), platform::summary),
                    () -> assertTrue(platform.summary().startsWith("127.0.0.1:" + server.address().getPort()
                            + ": certificate not trusted")));
        }
    }

    @Test
    void aPortThatSpeaksSomethingElseIsATlsFailureAndASilentOneATimeout() throws Exception {
        try (ServerSocket banner = new ServerSocket(0, 50, StunLoopbackTest.LOOPBACK);
                ServerSocket silent = new ServerSocket(0, 50, StunLoopbackTest.LOOPBACK)) {
            Thread ssh = Thread.ofVirtual().start(() -> {
                try (Socket socket = banner.accept(); OutputStream out = socket.getOutputStream()) {
                    out.write("SSH-2.0-dropbear_2022.83\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    socket.getInputStream().read(new byte[4096]);
                } catch (IOException e) {
                    // the probe hung up
                }
            });
            PortResult notTls = PortProbe.tls((InetSocketAddress) banner.getLocalSocketAddress(), TIMEOUT, List.of(),
                    null);
            long start = System.nanoTime();
            PortResult quiet = PortProbe.tls((InetSocketAddress) silent.getLocalSocketAddress(), Duration.ofMillis(700),
                    List.of(), null);
            long ms = (System.nanoTime() - start) / 1_000_000;
            ssh.join(2000);
            assertAll(() -> assertEquals(PortOutcome.TLS_FAILED, notTls.outcome(), notTls::summary),
                    () -> assertTrue(notTls.connectTime().isPresent()),
                    () -> assertEquals(PortOutcome.TIMEOUT, quiet.outcome(), quiet::summary),
                    () -> assertTrue(quiet.detail().contains("open but no TLS handshake"), quiet::detail),
                    () -> assertTrue(ms >= 600 && ms < 2500, ms + " ms"));
        }
    }

    @Test
    void openSslServerIsTrustedWithTheNegotiatedProtocolAndCipher() throws Exception {
        Path openssl = Peers.requireProgram("openssl", "openssl");
        TestCertificates certificates = TestCertificates.create(work);
        int port = Peers.freePortPair(StunLoopbackTest.LOOPBACK);
        Process server = new ProcessBuilder(openssl.toString(), "s_server", "-accept", "127.0.0.1:" + port, "-cert",
                certificates.serverPem().toString(), "-cert_chain", certificates.caPem().toString(), "-key",
                certificates.serverKeyPem().toString(), "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256",
                "-naccept", "5", "-quiet").redirectErrorStream(true)
                .redirectOutput(work.resolve("s_server.log").toFile()).start();
        try {
            InetSocketAddress address = new InetSocketAddress(StunLoopbackTest.LOOPBACK, port);
            PortResult result = null;
            for (int attempt = 0; attempt < 50; attempt++) {
                Peers.requirePeer(server.isAlive(), "openssl s_server (pid " + server.pid() + ") exited: "
                        + java.nio.file.Files.readString(work.resolve("s_server.log")));
                result = PortProbe.tls(address, TIMEOUT, List.of(certificates.ca()), null);
                if (result.outcome() != PortOutcome.REFUSED) {
                    break;
                }
                Thread.sleep(100);
            }
            PortResult found = result;
            assertAll(() -> assertEquals(PortOutcome.TLS_TRUSTED, found.outcome(), found::summary),
                    () -> assertEquals(Optional.of("TLSv1.2"), found.protocol()),
                    () -> assertEquals(Optional.of("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"), found.cipherSuite()),
                    () -> assertEquals(2, found.chain().size()));
        } finally {
            server.destroy();
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** A TLS server with the test certificate that completes handshakes and closes. */
    record TlsServer(SSLServerSocket socket, Thread thread) implements AutoCloseable {

        static TlsServer start(TestCertificates certificates) throws Exception {
            SSLServerSocket socket = (SSLServerSocket) certificates.serverContext().getServerSocketFactory()
                    .createServerSocket(0, 50, StunLoopbackTest.LOOPBACK);
            List<Socket> open = new ArrayList<>();
            Thread thread = Thread.ofPlatform().daemon().start(() -> {
                while (!socket.isClosed()) {
                    try {
                        SSLSocket client = (SSLSocket) socket.accept();
                        open.add(client);
                        Thread.ofVirtual().start(() -> {
                            try (client) {
                                client.startHandshake();
                                client.getInputStream().read();
                            } catch (IOException e) {
                                // the probe hung up, or did not trust us
                            }
                        });
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            return new TlsServer(socket, thread);
        }

        InetSocketAddress address() {
            return (InetSocketAddress) socket.getLocalSocketAddress();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(2000);
        }
    }
}
