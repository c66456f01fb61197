package io.patchbay.transport.snmp.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

import io.patchbay.core.Cancellation;
import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.SnmpErrorStatus;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.SnmpSpec;
import io.patchbay.core.SnmpTransport;
import io.patchbay.core.SnmpValue;
import io.patchbay.core.SnmpVarBind;
import io.patchbay.core.Transport;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportException.Kind;
import io.patchbay.testing.PeerProcess;
import io.patchbay.testing.Services;

/**
 * What the SNMP transport promises, against every kind of agent: the OSBiz twin and Debian's net-snmp snmpd. Each
 * subclass starts its peer once; a peer that cannot run here makes the whole class skipped, with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SnmpTransportContract {

    static final String SYSTEM = "1.3.6.1.2.1.1";
    static final String SYS_DESCR = "1.3.6.1.2.1.1.1.0";
    static final String SYS_OBJECT_ID = "1.3.6.1.2.1.1.2.0";
    static final String SYS_UP_TIME = "1.3.6.1.2.1.1.3.0";
    static final String SYS_CONTACT = "1.3.6.1.2.1.1.4.0";
    static final String SYS_NAME = "1.3.6.1.2.1.1.5.0";
    static final String SYS_LOCATION = "1.3.6.1.2.1.1.6.0";

    protected SnmpPeer peer;
    protected SnmpTransport transport;
    protected Path folder;
    private final Services services = new Services();
    private String unavailable;
    private Set<Thread> threadsBefore;

    /** Starts the peer in {@code folder}, or throws {@link PeerProcess.Unavailable} with the reason. */
    protected abstract SnmpPeer startPeer(Path folder) throws Exception;

    @BeforeAll
    void startPeerAndFindTransport() throws Exception {
        folder = Files.createTempDirectory("patchbay-snmp-peer");
        try {
            peer = startPeer(folder);
        } catch (PeerProcess.Unavailable e) {
            unavailable = e.getMessage();
            System.out.println("SKIPPED " + getClass().getSimpleName() + ": " + unavailable);
        }
        transport = services.get(SnmpTransport.class, "(" + Transport.PROTOCOL + "=snmp)");
    }

    @BeforeEach
    void requirePeer() {
        Assumptions.assumeTrue(unavailable == null, () -> "peer not available: " + unavailable);
        threadsBefore = Thread.getAllStackTraces().keySet();
    }

    /** A session owns a UDP listener thread and a timer thread; closing it must end both. */
    @AfterEach
    void noSessionThreadLeftBehind() throws InterruptedException {
        if (unavailable != null) {
            return;
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        Set<String> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream().filter(t -> !threadsBefore.contains(t))
                    .filter(Thread::isAlive).map(Thread::getName)
                    .filter(name -> name.contains("UDPTransportMapping") || name.startsWith("Timer-")
                            || name.contains("SNMP"))
                    .collect(Collectors.toSet());
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < until);
        throw new AssertionError("SNMP session threads left behind: " + left);
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

    protected SnmpSpec.Builder v2c() {
        return SnmpSpec.v2c(peer.address(), peer.community()).timeout(Duration.ofSeconds(2)).retries(1);
    }

    protected SnmpSpec.Builder v3() {
        return SnmpSpec.v3(peer.address(), peer.v3User()).privacy(peer.v3Privacy())
                .authProtocol(peer.authProtocol()).timeout(Duration.ofSeconds(2)).retries(1);
    }

    protected TransportException failureOf(Executable executable) {
        return assertThrows(TransportException.class, executable);
    }

    @Test
    void v2cReadsSeveralObjectsInOneGet() throws Exception {
        try (SnmpSession session = transport.open(v2c().build())) {
            List<SnmpVarBind> answer = session.get(List.of(SYS_DESCR, SYS_OBJECT_ID, SYS_UP_TIME));
            assertAll(() -> assertEquals(3, answer.size()),
                    () -> assertEquals(SYS_DESCR, answer.get(0).oid()),
                    () -> assertEquals(SnmpValue.Type.OCTET_STRING, answer.get(0).value().type()),
                    () -> assertEquals(SnmpValue.Type.OBJECT_IDENTIFIER, answer.get(1).value().type()),
                    () -> assertEquals(SnmpValue.Type.TIME_TICKS, answer.get(2).value().type()),
                    () -> assertTrue(session.warnings().stream().anyMatch(w -> w.contains("clear text"))));
        }
    }

    @Test
    void v3AuthPrivWithSha256AndAesReadsWithoutWarnings() throws Exception {
        try (SnmpSession session = transport.open(v3().build())) {
            assertAll(() -> assertFalse(session.get(SYS_DESCR).asText().isEmpty()),
                    () -> assertEquals(List.of(), session.warnings()));
        }
    }

    @Test
    void v2cSetsNameContactAndLocationInOneSetAndReadsThemBack() throws Exception {
        setAndReadBack(v2c().build(), "v2c");
    }

    @Test
    void v3SetsNameContactAndLocationInOneSetAndReadsThemBack() throws Exception {
        setAndReadBack(v3().build(), "v3");
    }

    private void setAndReadBack(SnmpSpec spec, String tag) throws Exception {
        try (SnmpSession session = transport.open(spec)) {
            session.set(List.of(SnmpVarBind.of(SYS_NAME, SnmpValue.string("pbx-" + tag)),
                    SnmpVarBind.of(SYS_CONTACT, SnmpValue.string("noc-" + tag + "@example.net")),
                    SnmpVarBind.of(SYS_LOCATION, SnmpValue.string("Rack 4, " + tag))));
            List<SnmpVarBind> back = session.get(List.of(SYS_NAME, SYS_CONTACT, SYS_LOCATION));
            assertAll(() -> assertEquals("pbx-" + tag, back.get(0).value().asText()),
                    () -> assertEquals("noc-" + tag + "@example.net", back.get(1).value().asText()),
                    () -> assertEquals("Rack 4, " + tag, back.get(2).value().asText()));
        }
    }

    @Test
    void aWalkOfTheSystemGroupReturnsItsObjectsInOrderAndStopsAtItsEnd() throws Exception {
        try (SnmpSession session = transport.open(v3().maxRepetitions(3).build())) {
            List<SnmpVarBind> walk = session.walk(SYSTEM);
            List<String> oids = walk.stream().map(SnmpVarBind::oid).toList();
            assertAll(() -> assertTrue(oids.containsAll(List.of(SYS_DESCR, SYS_OBJECT_ID, SYS_UP_TIME, SYS_CONTACT,
                    SYS_NAME, SYS_LOCATION)), oids.toString()),
                    () -> assertTrue(oids.stream().allMatch(o -> SnmpVarBind.inSubtree(o, SYSTEM)), oids.toString()),
                    () -> assertEquals(oids.size(), oids.stream().distinct().count()));
            SnmpVarBind next = session.getNext(SYS_DESCR);
            assertEquals(SYS_OBJECT_ID, next.oid());
        }
    }

    @Test
    void aReadOnlyObjectIsRefusedAsNotWritableWithTheOidAndTheFix() throws Exception {
        try (SnmpSession session = transport.open(v2c().build())) {
            TransportException e = failureOf(() -> session.set(SYS_DESCR, SnmpValue.string("changed")));
            assertAll(() -> assertEquals(Kind.REFUSED, e.kind()),
                    () -> assertEquals(SnmpErrorStatus.NOT_WRITABLE, e.snmpError().orElseThrow()),
                    () -> assertEquals(SYS_DESCR, e.oid().orElseThrow()),
                    () -> assertTrue(e.getMessage().contains("notWritable for " + SYS_DESCR), e.getMessage()),
                    () -> assertTrue(e.getMessage().contains(peer.address().toString()), e.getMessage()));
        }
    }

    @Test
    void aWrongV3PassphraseIsAuthFailedAndNamesTheUserButNoSecret() {
        Credential wrong = Credential.password(peer.v3User().username(), "not-the-pass-phrase".toCharArray());
        TransportException e = failureOf(() -> transport.open(SnmpSpec.v3(peer.address(), wrong)
                .privacy(peer.v3Privacy()).timeout(Duration.ofSeconds(1)).retries(0).build()));
        assertAll(() -> assertEquals(Kind.AUTH_FAILED, e.kind(), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("'" + peer.v3User().username() + "'"), e.getMessage()),
                () -> assertFalse(e.toString().contains("not-the-pass-phrase")),
                () -> assertFalse(e.toString().contains(new String(peer.v3User().secret()))));
    }

    @Test
    void aWrongCommunityIsSilenceAndEndsInATimeoutThatNamesTheCommunity() {
        Credential wrong = Credential.password("", "not-the-community".toCharArray());
        TransportException e = failureOf(() -> transport.open(SnmpSpec.v2c(peer.address(), wrong)
                .timeout(Duration.ofMillis(300)).retries(1).build()));
        assertAll(() -> assertEquals(Kind.TIMEOUT, e.kind()),
                () -> assertTrue(e.fix().contains("community"), e.fix()),
                () -> assertFalse(e.toString().contains("not-the-community")));
    }

    @Test
    void aPortWithoutAgentTimesOutAfterEveryTryAndCanBeCancelledEarly() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            DeviceAddress nobody = DeviceAddress.of("127.0.0.1", silent.getLocalPort());
            long start = System.nanoTime();
            TransportException timeout = failureOf(() -> transport.open(SnmpSpec.v2c(nobody, peer.community())
                    .timeout(Duration.ofMillis(300)).retries(2).build()));
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertAll(() -> assertEquals(Kind.TIMEOUT, timeout.kind()),
                    () -> assertTrue(took >= 850 && took < 3000, "took " + took + " ms"),
                    () -> assertTrue(timeout.getMessage().contains("3 tries"), timeout.getMessage()));

            Cancellation cancellation = new Cancellation();
            CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(cancellation::cancel);
            start = System.nanoTime();
            TransportException cancelled = failureOf(() -> transport.open(SnmpSpec.v3(nobody, peer.v3User())
                    .timeout(Duration.ofSeconds(10)).cancellation(cancellation).build()));
            long tookCancelled = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertAll(() -> assertEquals(Kind.CANCELLED, cancelled.kind()),
                    () -> assertTrue(tookCancelled < 3000, "took " + tookCancelled + " ms"));
        }
    }

    @Test
    void aClosedSessionRefusesFurtherRequests() throws Exception {
        SnmpSession session = transport.open(v2c().build());
        session.close();
        session.close();
        assertAll(() -> assertFalse(session.isOpen()),
                () -> assertEquals(Kind.CONNECTION_LOST, failureOf(() -> session.get(SYS_NAME)).kind()));
    }

    @Test
    void anUnknownObjectComesBackAsNoSuchObjectNotAsAnError() throws Exception {
        try (SnmpSession session = transport.open(v3().build())) {
            assertTrue(session.get("1.3.6.1.4.1.32473.99.1.0").isException());
        }
    }
}
