package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.patchbay.probe.ntp.ClockVerdict;
import io.patchbay.probe.ntp.NtpTimeoutException;
import io.patchbay.probe.ntp.SntpClient;
import io.patchbay.probe.ntp.SntpResult;
import io.patchbay.probe.ntp.SntpServer;

/** Our SNTP client against our SNTP server on 127.0.0.1: offsets, verdicts, silence and garbage. */
class SntpLoopbackTest {

    static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(StunLoopbackTest.LOOPBACK, 0);
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Test
    void anHonestServerGivesAnOffsetNearZeroAndThePassingVerdict() throws Exception {
        try (SntpServer server = SntpServer.start(ANY_LOOPBACK_PORT, Duration.ZERO)) {
            SntpResult result = SntpClient.systemClock().query(server.address(), TIMEOUT);
            ClockVerdict verdict = ClockVerdict.of(result, ClockVerdict.DEFAULT_THRESHOLD);
            assertAll(() -> assertTrue(result.offset().abs().toMillis() < 50, result::toString),
                    () -> assertTrue(result.roundTrip().toMillis() < 200, result::toString),
                    () -> assertEquals(1, result.stratum()),
                    () -> assertEquals("LOCL", result.referenceId()),
                    () -> assertEquals(4, result.version()),
                    () -> assertTrue(result.serverSynchronised()),
                    () -> assertTrue(verdict.ok(), verdict::message),
                    () -> assertEquals(1, server.answered()));
        }
    }

    @Test
    void aServerTwelveMinutesAheadFailsTheCertificateClockCheck() throws Exception {
        try (SntpServer server = SntpServer.start(ANY_LOOPBACK_PORT, Duration.ofMinutes(12))) {
            SntpResult result = SntpClient.systemClock().query(server.address(), TIMEOUT);
            ClockVerdict verdict = ClockVerdict.of(result, Duration.ofMinutes(1));
            assertAll(() -> assertTrue(result.offset().minusMinutes(12).abs().toMillis() < 50, result::toString),
                    () -> assertFalse(verdict.ok()),
                    () -> assertEquals("clock is 12 min behind: certificate validation will fail (F-42); set NTP",
                            verdict.message()));
        }
    }

    @Test
    void aServerBehindGivesANegativeOffsetAndTheThresholdIsConfigurable() throws Exception {
        try (SntpServer server = SntpServer.start(ANY_LOOPBACK_PORT, Duration.ofSeconds(-90))) {
            SntpResult result = SntpClient.systemClock().query(server.address(), TIMEOUT);
            assertAll(() -> assertTrue(result.offset().plusSeconds(90).abs().toMillis() < 50, result::toString),
                    () -> assertFalse(ClockVerdict.of(result, Duration.ofSeconds(60)).ok()),
                    () -> assertTrue(ClockVerdict.of(result, Duration.ofMinutes(5)).ok()),
                    () -> assertTrue(ClockVerdict.of(result, Duration.ofMinutes(5)).message()
                            .startsWith("clock is 1.5 min ahead")));
        }
    }

    @Test
    void offsetsAcrossTheNtpEraBoundaryOf2036AreDecoded() throws Exception {
        // our clock just before 2036-02-07T06:28:16Z, the server's just after: NTP seconds wrap to 0
        java.time.Instant beforeWrap = java.time.Instant.parse("2036-02-07T06:28:10Z");
        java.time.Clock ours = java.time.Clock.fixed(beforeWrap, java.time.ZoneOffset.UTC);
        java.time.Clock theirs = java.time.Clock.fixed(beforeWrap.plusSeconds(10), java.time.ZoneOffset.UTC);
        try (SntpServer server = SntpServer.start(ANY_LOOPBACK_PORT, theirs)) {
            SntpResult result = SntpClient.withClock(ours).query(server.address(), TIMEOUT);
            assertEquals(10, Math.round(result.offset().toMillis() / 1000.0), result::toString);
        }
    }

    @Test
    void aSilentPortTimesOutWithinTheGivenTime() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            long start = System.nanoTime();
            NtpTimeoutException e = assertThrows(NtpTimeoutException.class, () -> SntpClient.systemClock()
                    .query((InetSocketAddress) silent.getLocalSocketAddress(), Duration.ofMillis(600)));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertAll(() -> assertTrue(ms >= 550 && ms < 2000, ms + " ms"),
                    () -> assertTrue(e.getMessage().startsWith("no NTP answer from 127.0.0.1:"), e::getMessage));
        }
    }

    @Test
    void theServerIgnoresGarbageAndKeepsAnswering() throws Exception {
        try (SntpServer server = SntpServer.start(ANY_LOOPBACK_PORT, Duration.ZERO);
                DatagramSocket sender = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            java.util.Random random = new java.util.Random(42);
            for (int i = 0; i < 200; i++) {
                byte[] junk = new byte[random.nextInt(100)];
                random.nextBytes(junk);
                if (junk.length > 0 && (junk[0] & 7) == 3) {
                    junk[0] ^= 1; // never a client-mode request
                }
                sender.send(new DatagramPacket(junk, junk.length, server.address()));
            }
            SntpResult result = SntpClient.systemClock().query(server.address(), TIMEOUT);
            assertAll(() -> assertTrue(result.offset().abs().toMillis() < 50),
                    () -> assertEquals(1, server.answered()));
        }
    }
}
