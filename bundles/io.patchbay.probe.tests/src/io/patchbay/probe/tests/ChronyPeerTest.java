package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.probe.ntp.ClockVerdict;
import io.patchbay.probe.ntp.NtpProbeException;
import io.patchbay.probe.ntp.SntpClient;
import io.patchbay.probe.ntp.SntpResult;

/**
 * Our SNTP client against Debian's chronyd serving its local clock on a loopback high port. chronyd runs with
 * {@code -x}, so it never touches this host's clock, and is stopped by its PID.
 */
class ChronyPeerTest {

    @TempDir
    Path work;

    @Test
    void chronydOnLoopbackAgreesWithOurClock() throws Exception {
        Path chronyd = Peers.requireProgram("chronyd", "chrony");
        int port = Peers.freePortPair(StunLoopbackTest.LOOPBACK);
        Files.writeString(work.resolve("chrony.conf"), String.join("\n", "port " + port, "bindaddress 127.0.0.1",
                "local stratum 8", "allow 127.0.0.1", "cmdport 0", "driftfile " + work.resolve("drift"),
                "pidfile " + work.resolve("chronyd.pid"), ""));
        Process process = new ProcessBuilder(chronyd.toString(), "-f", work.resolve("chrony.conf").toString(), "-d",
                "-x").redirectErrorStream(true).redirectOutput(work.resolve("chronyd.log").toFile()).start();
        try {
            InetSocketAddress server = new InetSocketAddress(StunLoopbackTest.LOOPBACK, port);
            SntpResult result = firstAnswer(process, server);
            assertAll(() -> assertTrue(result.offset().abs().toMillis() < 100, result::toString),
                    () -> assertEquals(8, result.stratum(), result::toString),
                    () -> assertTrue(result.serverSynchronised(), result::toString),
                    () -> assertTrue(ClockVerdict.of(result, ClockVerdict.DEFAULT_THRESHOLD).ok()));
        } finally {
            process.destroy();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * chronyd needs a moment to bind; it is given up to 10 s. If it exits, the test is skipped with its log; if it
     * runs but never answers our client, the test fails.
     */
    private SntpResult firstAnswer(Process process, InetSocketAddress server) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        NtpProbeException last = null;
        while (System.nanoTime() < giveUp) {
            Peers.requirePeer(process.isAlive(), "chronyd (pid " + process.pid() + ") exited: " + log());
            try {
                return SntpClient.systemClock().query(server, Duration.ofMillis(900));
            } catch (NtpProbeException | IOException e) {
                last = e instanceof NtpProbeException n ? n : new NtpProbeException(e.getMessage());
            }
        }
        throw new AssertionError("chronyd (pid " + process.pid() + ") runs but never answered: " + last + "; " + log());
    }

    private String log() throws IOException {
        return Files.readString(work.resolve("chronyd.log"));
    }
}
