package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.patchbay.probe.nat.Behaviour;

/** Debian's programs as test peers: finding them, running them with a time limit, reading their verdicts. */
final class Peers {

    private Peers() {
    }

    /** Skips the test, printing why, unless {@code condition} holds. */
    static void requirePeer(boolean condition, String reason) {
        if (!condition) {
            System.out.println("SKIPPED: " + reason);
        }
        assumeTrue(condition, reason);
    }

    static Path program(String name) {
        for (String dir : List.of("/usr/bin", "/usr/sbin", "/bin", "/sbin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Skips unless {@code name} is installed; returns its path. */
    static Path requireProgram(String name, String debianPackage) {
        Path path = program(name);
        requirePeer(path != null, name + " is not installed (Debian package " + debianPackage
                + ", installed by releng/install-prerequisites)");
        return path;
    }

    /** Runs a command to its end (or kills it by PID after {@code timeout}); returns stdout and stderr together. */
    static String run(Duration timeout, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[][] output = new byte[1][];
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                output[0] = process.getInputStream().readAllBytes();
            } catch (IOException e) {
                output[0] = new byte[0];
            }
        });
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        reader.join();
        return new String(output[0], StandardCharsets.UTF_8);
    }

    /** A port p such that p and p + 1 are free for UDP and TCP on every given address. */
    static int freePortPair(InetAddress... addresses) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 45_000);
            if (free(port, addresses) && free(port + 1, addresses)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port pair on " + List.of(addresses));
    }

    private static boolean free(int port, InetAddress... addresses) {
        for (InetAddress address : addresses) {
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(address, port));
                    ServerSocket tcp = new ServerSocket()) {
                tcp.bind(new InetSocketAddress(address, port));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The mapping behaviour in {@code turnutils_natdiscovery -m} output. */
    static Behaviour natdiscoveryMapping(String output) {
        return behaviour(output, "Mapping");
    }

    /** The filtering behaviour in {@code turnutils_natdiscovery -f} output. */
    static Behaviour natdiscoveryFiltering(String output) {
        return behaviour(output, "Filtering");
    }

    private static Behaviour behaviour(String output, String kind) {
        if (output.contains("Address and Port Dependent " + kind)) {
            return Behaviour.ADDRESS_AND_PORT_DEPENDENT;
        }
        if (output.contains("Address Dependent " + kind)) {
            return Behaviour.ADDRESS_DEPENDENT;
        }
        if (output.contains("Endpoint Independent " + kind)) {
            return Behaviour.ENDPOINT_INDEPENDENT;
        }
        return Behaviour.UNKNOWN;
    }
}
