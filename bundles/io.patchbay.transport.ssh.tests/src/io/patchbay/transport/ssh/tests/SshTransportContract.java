package io.patchbay.transport.ssh.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.patchbay.core.Cancellation;
import io.patchbay.core.CommandResult;
import io.patchbay.core.ConnectionSpec;
import io.patchbay.core.Credential;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.ShellSession;
import io.patchbay.core.Transport;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportException.Kind;
import io.patchbay.core.TransportSession;
import io.patchbay.testing.PeerProcess;
import io.patchbay.testing.Services;

/**
 * What the SSH transport promises, run against every kind of peer: the twin and real Debian daemons. Each subclass
 * starts its peer once; a peer that cannot run here makes the whole class skipped, with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SshTransportContract {

    protected SshPeer peer;
    protected Transport transport;
    protected Path folder;
    protected KnownHostsStore knownHosts;
    private final Services services = new Services();
    private String unavailable;

    /** Starts the peer in {@code folder}, or throws {@link PeerProcess.Unavailable} with the reason. */
    protected abstract SshPeer startPeer(Path folder) throws Exception;

    @BeforeAll
    void startPeerAndFindTransport() throws Exception {
        folder = Files.createTempDirectory("patchbay-ssh-peer");
        try {
            peer = startPeer(folder);
        } catch (PeerProcess.Unavailable e) {
            unavailable = e.getMessage();
            System.out.println("SKIPPED " + getClass().getSimpleName() + ": " + unavailable);
        }
        transport = services.get(Transport.class, "(" + Transport.PROTOCOL + "=ssh)");
    }

    @BeforeEach
    void requirePeer() throws IOException {
        Assumptions.assumeTrue(unavailable == null, () -> "peer not available: " + unavailable);
        knownHosts = KnownHostsStore.besideEstate(Files.createTempDirectory(folder, "estate").resolve("t.estate"));
    }

    @AfterEach
    void noSessionThreadLeftBehind() throws InterruptedException {
        if (unavailable != null) {
            return;
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<String> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                    .filter(name -> name.startsWith("Connect thread")).toList();
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < until);
        throw new AssertionError("SSH session threads left behind: " + left);
    }

    @AfterAll
    void stopPeer() throws IOException {
        services.close();
        if (peer != null) {
            peer.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (UncheckedIOException e) {
            // a daemon's leftovers; the folder is in the temp area anyway
        }
    }

    protected ConnectionSpec.Builder spec(Credential credential) {
        return ConnectionSpec.to(peer.address()).credential(credential).knownHosts(knownHosts)
                .connectTimeout(Duration.ofSeconds(10)).commandTimeout(Duration.ofSeconds(10));
    }

    protected TransportException failureOf(ConnectionSpec spec) {
        return assertThrows(TransportException.class, () -> transport.open(spec).close());
    }

    @Test
    void execReturnsOutputAndExitStatus() throws Exception {
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).build())) {
            CommandResult hello = session.exec("echo hello from patchbay");
            CommandResult failing = session.exec("false");
            CommandResult missing = session.exec("no-such-command-pb");

            assertAll(() -> assertEquals("hello from patchbay\n", hello.stdout()),
                    () -> assertEquals(0, hello.exitCode()),
                    () -> assertEquals(1, failing.exitCode()),
                    () -> assertEquals(127, missing.exitCode()),
                    () -> assertTrue(missing.stderr().contains("not found"), missing.stderr()),
                    () -> assertEquals(Kind.COMMAND_FAILED,
                            assertThrows(TransportException.class, failing::requireSuccess).kind()));
        }
    }

    @Test
    void theFirstConnectionRecordsTheHostKeyTheDeviceReports() throws Exception {
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).build())) {
            assertAll(() -> assertEquals(Optional.of(peer.hostKeyFingerprint()), knownHosts.fingerprint(
                    peer.address())),
                    () -> assertTrue(session.warnings().stream().anyMatch(w -> w.contains("trusted and recorded")),
                            session.warnings().toString()));
        }
        try (TransportSession again = transport.open(spec(peer.passwordLogin()).build())) {
            assertEquals(List.of(), again.warnings());
        }
    }

    @Test
    void aKeyLoginWorks() throws Exception {
        try (TransportSession session = transport.open(spec(peer.keyLogin()).build())) {
            assertEquals("key\n", session.exec("echo key").stdout());
        }
    }

    @Test
    void theShellWaitsThroughTheBannerAndRunsCommandsWithTheirStatus() throws Exception {
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).build());
                ShellSession shell = session.openShell()) {
            CommandResult first = shell.run("echo one");
            CommandResult second = shell.run("false");
            CommandResult third = shell.run("echo two; echo three");

            assertAll(() -> assertTrue(shell.banner().contains(peer.bannerLine()), shell.banner()),
                    () -> assertFalse(shell.prompt().isBlank(), "no prompt seen"),
                    () -> assertEquals("one\n", first.stdout()),
                    () -> assertEquals(0, first.exitCode()),
                    () -> assertEquals(1, second.exitCode()),
                    () -> assertEquals("two\nthree\n", third.stdout()));
        }
    }

    @Test
    void aWrongPasswordIsAuthFailedAndTheMessageHoldsNoSecret() {
        String wrong = "Wrong-Pa55-" + System.nanoTime();

        TransportException e = failureOf(spec(Credential.password("root", wrong.toCharArray())).build());

        assertAll(() -> assertEquals(Kind.AUTH_FAILED, e.kind()),
                () -> assertTrue(e.getMessage().startsWith(peer.address() + ": "), e.getMessage()),
                () -> assertFalse(e.toString().contains(wrong), e.toString()),
                () -> assertFalse(e.toString().contains(new String(peer.passwordLogin().secret()))));
    }

    @Test
    void aChangedHostKeyIsAHardMismatchNamingBothFingerprints() throws Exception {
        byte[] otherKey = otherEd25519Key();
        knownHosts.verify(peer.address(), "ssh-ed25519", otherKey);

        TransportException e = failureOf(spec(peer.passwordLogin()).build());

        assertAll(() -> assertEquals(Kind.HOST_KEY_MISMATCH, e.kind()),
                () -> assertEquals(Optional.of(KnownHostsStore.fingerprint(otherKey)), e.knownFingerprint()),
                () -> assertEquals(Optional.of(peer.hostKeyFingerprint()), e.presentedFingerprint()));
    }

    @Test
    void aStrictStoreRefusesAnUnknownDevice() {
        knownHosts = KnownHostsStore.at(knownHosts.file(), KnownHostsStore.Policy.STRICT);

        assertEquals(Kind.HOST_KEY_UNKNOWN, failureOf(spec(peer.passwordLogin()).build()).kind());
    }

    @Test
    void aCommandPastItsTimeoutIsTimeoutAndTheSessionStaysUsable() throws Exception {
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).build())) {
            long start = System.nanoTime();
            TransportException e = assertThrows(TransportException.class,
                    () -> session.exec("sleep 5", Duration.ofMillis(700)));
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertAll(() -> assertEquals(Kind.TIMEOUT, e.kind()),
                    () -> assertTrue(tookMillis < 3000, "took " + tookMillis + " ms"),
                    () -> assertEquals("still here\n", session.exec("echo still here").stdout()));
        }
    }

    @Test
    void cancellingARunningCommandEndsItAtOnce() throws Exception {
        Cancellation cancellation = new Cancellation();
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).cancellation(cancellation)
                .build())) {
            CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(cancellation::cancel);
            long start = System.nanoTime();

            TransportException e = assertThrows(TransportException.class, () -> session.exec("sleep 8"));

            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertAll(() -> assertEquals(Kind.CANCELLED, e.kind()),
                    () -> assertTrue(tookMillis < 3000, "took " + tookMillis + " ms"));
        }
    }

    @Test
    void aConnectionLostMidCommandSaysSoAndThatTheChangeMayHaveHappened() throws Exception {
        try (TransportSession session = transport.open(spec(peer.passwordLogin()).build())) {
            TransportException e = assertThrows(TransportException.class,
                    () -> session.exec(peer.commandThatLosesTheConnection()));

            assertAll(() -> assertEquals(Kind.CONNECTION_LOST, e.kind(), e.toString()),
                    () -> assertTrue(e.fix().contains("read the device's state back"), e.fix()),
                    () -> assertFalse(session.isOpen()));
        } finally {
            afterConnectionLost();
        }
    }

    /** Lets a twin switch its fault off again. */
    protected void afterConnectionLost() {
    }

    private static byte[] otherEd25519Key() {
        byte[] blob = new byte[4 + 11 + 4 + 32];
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(blob);
        buffer.putInt(11).put("ssh-ed25519".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(32);
        for (int i = 0; i < 32; i++) {
            buffer.put((byte) (i * 7 + 1));
        }
        return blob;
    }
}
