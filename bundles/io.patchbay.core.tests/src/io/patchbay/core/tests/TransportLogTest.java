package io.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.internal.RingTransportLog;
import io.patchbay.core.transportlog.SecretMasker;
import io.patchbay.core.transportlog.TransportLog;
import io.patchbay.core.transportlog.TransportLogEntry;
import io.patchbay.core.transportlog.TransportLogEntry.Direction;
import io.patchbay.core.transportlog.TransportLogWriter;

/** The ring buffer of recent entries, its subscribers, and the writer that masks and truncates. */
class TransportLogTest {

    private static final DeviceAddress ROUTER = DeviceAddress.of("127.0.0.1", 2222);

    @Test
    void theLogKeepsTheMostRecentEntriesInOrderAndDropsTheOldest() {
        RingTransportLog log = new RingTransportLog(5, Clock.systemUTC());
        TransportLogWriter writer = log.writer("hh-router", ROUTER, "ssh", SecretMasker.patternsOnly());

        for (int i = 1; i <= 12; i++) {
            writer.sent("nvram get line" + i);
        }

        List<TransportLogEntry> recent = log.recent();
        assertAll(() -> assertEquals(5, recent.size()),
                () -> assertEquals(List.of("nvram get line8", "nvram get line9", "nvram get line10",
                        "nvram get line11", "nvram get line12"), texts(recent)),
                () -> assertEquals(List.of(8L, 9L, 10L, 11L, 12L),
                        recent.stream().map(TransportLogEntry::sequence).toList()),
                () -> assertEquals("hh-router (127.0.0.1:2222)", recent.get(0).deviceLabel()));

        log.clear();
        writer.event("closed");
        assertEquals(List.of("closed"), texts(log.recent()));
    }

    @Test
    void aLateSubscriberGetsTheRecentEntriesThenTheLiveOnesEachExactlyOnce() throws Exception {
        RingTransportLog log = new RingTransportLog(100_000, Clock.systemUTC());
        TransportLogWriter writer = log.writer("hh-router", ROUTER, "ssh", SecretMasker.patternsOnly());
        ExecutorService writers = Executors.newFixedThreadPool(4);
        CountDownLatch started = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            writers.execute(() -> {
                started.countDown();
                for (int i = 0; i < 5_000; i++) {
                    writer.received("t" + thread + " line " + i);
                }
            });
        }
        started.await();
        List<TransportLogEntry> seen = Collections.synchronizedList(new ArrayList<>());
        try (TransportLog.Subscription subscription = log.subscribe(seen::add, true)) {
            writers.shutdown();
            assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
        }

        List<Long> sequences = seen.stream().map(TransportLogEntry::sequence).toList();
        assertEquals(LongStreamRange.of(1, 20_000), sequences);
    }

    @Test
    void anUnsubscribedListenerHearsNothingMore() {
        RingTransportLog log = new RingTransportLog(10, Clock.systemUTC());
        TransportLogWriter writer = log.writer(null, ROUTER, "snmp", SecretMasker.patternsOnly());
        List<TransportLogEntry> seen = new ArrayList<>();
        TransportLog.Subscription subscription = log.subscribe(seen::add, false);
        writer.sent("GET 1.3.6.1.2.1.1.5.0");
        subscription.close();
        writer.received("1.3.6.1.2.1.1.5.0 = pbx-hh");

        assertAll(() -> assertEquals(List.of("GET 1.3.6.1.2.1.1.5.0"), texts(seen)),
                () -> assertEquals(2, log.recent().size()),
                () -> assertEquals("127.0.0.1:2222", seen.get(0).deviceLabel()));
    }

    @Test
    void whatReachesTheLogIsMaskedAlready() {
        RingTransportLog log = new RingTransportLog(10, Clock.systemUTC());
        SecretMasker masker = SecretMasker.builder()
                .credential(Credential.password("root", "Buffalo-Twin-9".toCharArray())).build();
        TransportLogWriter writer = log.writer("hh-router", ROUTER, "ssh", masker);

        writer.sent("nvram set http_passwd=NewPass-1 && nvram commit");
        writer.received("http_passwd=NewPass-1\nroot password is Buffalo-Twin-9\n");
        writer.error("login Buffalo-Twin-9 refused");

        String all = log.recent().stream().map(TransportLogEntry::toString).collect(Collectors.joining("\n"));
        assertAll(() -> assertFalse(all.contains("Buffalo-Twin-9"), all),
                () -> assertFalse(all.contains("NewPass-1"), all),
                () -> assertEquals(List.of("nvram set http_passwd=**** && nvram commit", "http_passwd=****",
                        "root password is ****", "login **** refused"), texts(log.recent())),
                () -> assertEquals(List.of(Direction.SENT, Direction.RECEIVED, Direction.RECEIVED, Direction.ERROR),
                        log.recent().stream().map(TransportLogEntry::direction).toList()));
    }

    @Test
    void aLongAnswerIsLoggedLineByLineAndCutSensibly() {
        RingTransportLog log = new RingTransportLog(1_000, Clock.systemUTC());
        TransportLogWriter writer = log.writer("hh-router", ROUTER, "ssh", SecretMasker.patternsOnly());
        String output = IntStream.rangeClosed(1, 500).mapToObj(i -> "var" + i + "=value" + i)
                .collect(Collectors.joining("\n", "", "\n"));

        writer.received(output);
        writer.received("x".repeat(5_000));

        List<String> texts = texts(log.recent());
        assertAll(() -> assertEquals(TransportLogWriter.MAX_LINES + 2, texts.size()),
                () -> assertEquals("var1=value1", texts.get(0)),
                () -> assertEquals("var200=value200", texts.get(199)),
                () -> assertTrue(texts.get(200).startsWith("\u2026 300 more lines"), texts.get(200)),
                () -> assertTrue(texts.get(201).endsWith("\u2026 (4000 more characters)"),
                        texts.get(201).substring(990)));
    }

    @Test
    void withoutALogServiceTheTransportWritesNowhere() {
        assertAll(() -> assertFalse(TransportLogWriter.NONE.isEnabled()),
                () -> TransportLogWriter.NONE.sent("nvram show"));
    }

    @Test
    void aFaultyListenerDoesNotBreakTheWriter() {
        RingTransportLog log = new RingTransportLog(10, Clock.systemUTC());
        log.subscribe(entry -> {
            throw new IllegalStateException("broken console");
        }, false);
        TransportLogWriter writer = log.writer("hh-router", ROUTER, "ssh", SecretMasker.patternsOnly());

        writer.sent("nvram get lan_ipaddr");

        assertEquals(List.of("nvram get lan_ipaddr"), texts(log.recent()));
    }

    @Test
    void theLogIsAServiceKeepingTenThousandEntries() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(RingTransportLog.class).getBundleContext();
        if (context == null) {
            FrameworkUtil.getBundle(RingTransportLog.class).start();
            context = FrameworkUtil.getBundle(RingTransportLog.class).getBundleContext();
        }
        ServiceTracker<TransportLog, TransportLog> tracker = new ServiceTracker<>(context, TransportLog.class, null);
        tracker.open();
        try {
            TransportLog log = tracker.waitForService(10_000);
            assertNotNull(log, "no TransportLog service registered");
            assertEquals(10_000, log.capacity());
        } finally {
            tracker.close();
        }
    }

    private static List<String> texts(List<TransportLogEntry> entries) {
        return entries.stream().map(TransportLogEntry::text).toList();
    }

    /** The numbers from..to as a list, for comparing with sequences. */
    private static final class LongStreamRange {
        static List<Long> of(long from, long to) {
            return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
        }
    }
}
