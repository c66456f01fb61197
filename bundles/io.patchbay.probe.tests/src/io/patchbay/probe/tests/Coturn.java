package io.patchbay.probe.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.patchbay.probe.stun.StunClient;
import io.patchbay.probe.stun.StunTiming;

/**
 * Debian's coturn as an RFC 5780 STUN server ({@code turnserver --stun-only}) on two addresses and two ports, started
 * by the test and stopped by its PID. A missing or failing coturn skips the test with the reason.
 */
final class Coturn implements AutoCloseable {

    private final Process process;
    private final InetSocketAddress primary;
    private final InetSocketAddress other;
    private final Path log;

    private Coturn(Process process, InetSocketAddress primary, InetSocketAddress other, Path log) {
        this.process = process;
        this.primary = primary;
        this.other = other;
        this.log = log;
    }

    /** Starts coturn on {@code address}:p and {@code alternate}:p+1, run by {@code prefix} (e.g. ip netns exec). */
    static Coturn start(Path work, InetAddress address, InetAddress alternate, List<String> prefix)
            throws IOException, InterruptedException {
        Path turnserver = Peers.requireProgram("turnserver", "coturn");
        int port = Peers.freePortPair(address, alternate);
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(turnserver.toString(), "-n", "--log-file=stdout", "--simple-log", "--no-cli",
                "--stun-only", "-L", address.getHostAddress(), "-L", alternate.getHostAddress(), "--listening-port",
                Integer.toString(port), "--alt-listening-port", Integer.toString(port + 1), "--no-tls", "--no-dtls",
                "--db", work.resolve("turndb.sqlite").toString(), "--pidfile", work.resolve("turnserver.pid").toString()));
        Path log = work.resolve("coturn.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Coturn coturn = new Coturn(process, new InetSocketAddress(address, port),
                new InetSocketAddress(alternate, port + 1), log);
        if (prefix.isEmpty()) {
            coturn.awaitAnswer();
        }
        return coturn;
    }

    /** Waits until coturn answers a Binding request, or skips the test with its log. */
    void awaitAnswer() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (StunClient client = StunClient.udp()) {
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    if (client.binding(primary, StunTiming.of(Duration.ofMillis(50), 2, 2)).isSuccess()) {
                        return;
                    }
                } catch (io.patchbay.probe.stun.StunProbeException e) {
                    Thread.sleep(100);
                }
            }
        }
        String tail = Files.exists(log) ? Files.readString(log) : "";
        close();
        Peers.requirePeer(false, "coturn did not answer on " + primary + " within 10 s; its log:\n"
                + tail.substring(Math.max(0, tail.length() - 2000)));
    }

    InetSocketAddress primary() {
        return primary;
    }

    InetSocketAddress other() {
        return other;
    }

    long pid() {
        return process.pid();
    }

    /** Stops coturn by its PID: SIGTERM, then SIGKILL after 5 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
