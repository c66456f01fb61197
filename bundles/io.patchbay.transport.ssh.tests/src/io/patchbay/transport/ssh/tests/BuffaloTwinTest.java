package io.patchbay.transport.ssh.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.patchbay.core.Cancellation;
import io.patchbay.core.ConnectionSpec;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportException.Kind;
import io.patchbay.core.TransportSession;
import io.patchbay.simulator.BuffaloRouterTwin;

/** The transport suite against the Buffalo/DD-WRT twin, plus each fault the twin injects and its NVRAM. */
class BuffaloTwinTest extends SshTransportContract {

    private BuffaloRouterTwin twin() {
        return ((TwinPeer) peer).twin;
    }

    @Override
    protected SshPeer startPeer(Path folder) throws Exception {
        return new TwinPeer(folder.resolve("twin"));
    }

    @Override
    protected void afterConnectionLost() {
        twin().dropConnectionMidCommand(false);
    }

    @AfterEach
    void noTwinSessionLeftBehind() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (twin().activeSessions() > 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertEquals(0, twin().activeSessions(), "sessions still open on the twin");
    }

    @Test
    void aRouterRefusingConnectionsIsUnreachableAndReachableAgainAfterwards() throws Exception {
        twin().refuseConnections(true);
        try {
            TransportException e = failureOf(spec(peer.passwordLogin()).build());
            assertAll(() -> assertEquals(Kind.UNREACHABLE, e.kind()),
                    () -> assertTrue(e.fix().contains("no firewall blocks the port"), e.fix()));
        } finally {
            twin().refuseConnections(false);
        }
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).build())) {
            assertEquals(0, session.exec("true").exitCode());
        }
    }

    @Test
    void aRouterRejectingTheStoredPasswordIsAuthFailed() {
        twin().rejectCredentials(true);
        try {
            assertEquals(Kind.AUTH_FAILED, failureOf(spec(peer.passwordLogin()).build()).kind());
        } finally {
            twin().rejectCredentials(false);
        }
    }

    @Test
    void aRouterWithANewHostKeyIsAMismatchUntilTheOperatorForgetsTheOldOne() throws Exception {
        transport.open(spec(peer.passwordLogin()).build()).close();
        String before = twin().hostKeyFingerprint();
        twin().changeHostKey();

        TransportException e = failureOf(spec(peer.passwordLogin()).build());
        assertAll(() -> assertEquals(Kind.HOST_KEY_MISMATCH, e.kind()),
                () -> assertEquals(Optional.of(before), e.knownFingerprint()),
                () -> assertEquals(Optional.of(twin().hostKeyFingerprint()), e.presentedFingerprint()));

        knownHosts.forget(peer.address());
        transport.open(spec(peer.passwordLogin()).build()).close();
        assertEquals(Optional.of(twin().hostKeyFingerprint()), knownHosts.fingerprint(peer.address()));
    }

    @Test
    void aSlowRouterRunsIntoTheCommandTimeout() throws Exception {
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).build())) {
            twin().slowAnswers(Duration.ofSeconds(3));
            TransportException e = assertThrows(TransportException.class,
                    () -> session.exec("nvram get lan_ipaddr", Duration.ofMillis(500)));
            assertEquals(Kind.TIMEOUT, e.kind());
        } finally {
            twin().slowAnswers(Duration.ZERO);
        }
    }

    @Test
    void aRebootKeepsCommittedNvramOnly() throws Exception {
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).build())) {
            session.exec("nvram set pb_committed=yes && nvram commit").requireSuccess();
            session.exec("nvram set pb_uncommitted=lost").requireSuccess();
            assertEquals("lost\n", session.exec("nvram get pb_uncommitted").stdout());
        }
        twin().reboot();
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).build())) {
            assertAll(() -> assertEquals("yes\n", session.exec("nvram get pb_committed").stdout()),
                    () -> assertEquals("\n", session.exec("nvram get pb_uncommitted").stdout()),
                    () -> assertTrue(session.exec("nvram show").stdout().contains("pb_committed=yes\n")));
        }
    }

    @Test
    void withoutAClockTheRouterStartsAtNoNtpTime() throws Exception {
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).build())) {
            session.exec("nvram set no_ntp_time=202501150830; nvram commit").requireSuccess();
        }
        twin().reboot();
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).build())) {
            String date = session.exec("date").stdout();
            assertTrue(date.startsWith("Wed Jan 15 08:3"), date);
            assertTrue(date.endsWith(" UTC 2025\n"), date);
        }
    }

    @Test
    void aShellCommandCanChangeNvramLikeAnOperatorWould() throws Exception {
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).build());
                var shell = session.openShell()) {
            assertEquals(0, shell.run("nvram set lan_ipaddr=192.168.11.2").exitCode());
            assertEquals("192.168.11.2\n", shell.run("nvram get lan_ipaddr").stdout());
            assertEquals("root@DD-WRT:~# ", shell.prompt());
        }
        assertEquals(Optional.of("192.168.11.2"), twin().nvram("lan_ipaddr"));
    }

    @Test
    void anOldDropbearNeedsLegacyAlgorithmsEnabledPerDeviceAndSaysSo() throws Exception {
        try (BuffaloRouterTwin old = BuffaloRouterTwin.builder(Files.createTempDirectory(folder, "old"))
                .legacyAlgorithmsOnly(true).start()) {
            ConnectionSpec.Builder spec = ConnectionSpec.to(DeviceAddress.of(old.host(), old.port()))
                    .credential(io.patchbay.core.Credential.password(old.username(), old.password()))
                    .knownHosts(knownHosts);

            TransportException modern = failureOf(spec.build());
            assertAll(() -> assertEquals(Kind.PROTOCOL_ERROR, modern.kind()),
                    () -> assertTrue(modern.fix().contains("enable legacy algorithms for this device"),
                            modern.fix()));

            try (TransportSession session = transport.open(spec.legacyAlgorithms(true).build())) {
                assertAll(() -> assertEquals("old\n", session.exec("echo old").stdout()),
                        () -> assertTrue(session.warnings().stream().anyMatch(w -> w.contains(
                                "legacy SSH algorithms")), session.warnings().toString()));
            }
        }
    }

    @Test
    void aPortThatNeverSpeaksSshTimesOutAndConnectingCanBeCancelled() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.accept();
                } catch (java.io.IOException e) {
                    return null;
                }
            });
            ConnectionSpec.Builder spec = ConnectionSpec.to(DeviceAddress.of("127.0.0.1", silent.getLocalPort()))
                    .credential(peer.passwordLogin()).knownHosts(knownHosts);

            long start = System.nanoTime();
            TransportException timeout = failureOf(spec.connectTimeout(Duration.ofSeconds(1)).build());
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertAll(() -> assertEquals(Kind.TIMEOUT, timeout.kind()),
                    () -> assertTrue(tookMillis < 4000, "took " + tookMillis + " ms"));

            Cancellation cancellation = new Cancellation();
            CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(cancellation::cancel);
            TransportException cancelled = failureOf(spec.connectTimeout(Duration.ofSeconds(30))
                    .cancellation(cancellation).build());
            assertEquals(Kind.CANCELLED, cancelled.kind());
            Socket socket = accepted.getNow(null);
            if (socket != null) {
                socket.close();
            }
        }
    }

    @Test
    void theStoreFileIsOneOpenSshCanRead() throws Exception {
        transport.open(spec(peer.passwordLogin()).build()).close();

        String line = Files.readString(knownHosts.file()).strip();

        assertTrue(line.matches("\\[127\\.0\\.0\\.1\\]:" + twin().port() + " " + twin().hostKeyType()
                + " [A-Za-z0-9+/=]+"), line);
        assertEquals(KnownHostsStore.at(knownHosts.file()).fingerprint(peer.address()), Optional.of(
                twin().hostKeyFingerprint()));
    }
}
