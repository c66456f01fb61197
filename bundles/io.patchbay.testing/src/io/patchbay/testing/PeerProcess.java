package io.patchbay.testing;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real protocol peer (a Debian daemon) that a test starts on loopback and stops by the PID of the process it
 * started, with its children: the start, the wait until it serves, and the stop every peer needs, so that each test
 * suite only says how its daemon is configured and how to tell that it is up.
 *
 * <pre>{@code
 * PeerProcess snmpd = PeerProcess.start("snmpd", new ProcessBuilder(...), log, Duration.ofSeconds(10),
 *         () -> Files.readString(log).contains("NET-SNMP version"));
 * try (snmpd) { ... }
 * }</pre>
 */
public final class PeerProcess implements AutoCloseable {

    /** Thrown when the peer cannot run here; the test is then skipped with this message. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message) {
            super(message);
        }
    }

    /** Whether the started peer serves yet (a line in its log, a port that accepts). */
    @FunctionalInterface
    public interface Ready {
        boolean check() throws IOException;
    }

    private final String name;
    private final Process process;
    private final Path log;

    private PeerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code builder} (its output as the caller redirected it) and waits until {@code ready}.
     *
     * @param log the file whose text explains a failure to start (the peer's log or its redirected output)
     * @throws Unavailable when the process exits first (with the log's text) or is not ready {@code within} (it is
     *                     stopped then)
     */
    public static PeerProcess start(String name, ProcessBuilder builder, Path log, Duration within, Ready ready)
            throws Unavailable, IOException, InterruptedException {
        Process process = builder.start();
        PeerProcess peer = new PeerProcess(name, process, log);
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new Unavailable(name + " did not start (exit " + process.exitValue() + "): " + peer.logText());
            }
            if (ready.check()) {
                return peer;
            }
            Thread.sleep(50);
        }
        peer.close();
        throw new Unavailable(name + " did not come up within " + within.toSeconds() + " s: " + peer.logText());
    }

    private String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log).strip() : "";
    }

    /** Throws {@link Unavailable} naming the first of {@code programs} that is not installed. */
    public static void requireInstalled(String... programs) throws Unavailable {
        for (String program : programs) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new Unavailable(program + " is not installed: run releng/install-prerequisites");
            }
        }
    }

    /** Whether the tests run as root (some daemons need it for a private mount namespace or to drop to nobody). */
    public static boolean isRoot() throws IOException, InterruptedException {
        return run(Path.of("/"), "/usr/bin/id", "-u").strip().equals("0");
    }

    /** Runs a set-up command in {@code folder} and returns its output; a non-zero exit is an {@link IOException}. */
    public static String run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(command[0] + " failed: " + output.strip());
        }
        return output;
    }

    /** A loopback TCP port free now. */
    public static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A loopback UDP port free now. */
    public static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** {@code bytes} random bytes in hex: a fresh password or community per run. */
    public static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** The process started. */
    public Process process() {
        return process;
    }

    /** Stops the peer by the PID of the process started here (a wrapper passes the signal on), then its children. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public String toString() {
        return name + " (log " + log + ")";
    }
}
