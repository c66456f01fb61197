package io.patchbay.simulator.estate;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Addresses of 127.0.0.0/8 handed out to one simulation: each simulated system and router gets its own, so that its
 * peers can listen on the real port numbers of F-10, F-22 and F-23 (4060, 5070, 5071 …) without colliding with
 * another simulation or with a program bound to 127.0.0.1.
 */
final class LoopbackAddresses {

    private final Set<InetAddress> given = new HashSet<>();

    /** A fresh loopback address that nothing of this simulation uses yet and that can be bound. */
    InetAddress next() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            InetAddress candidate = InetAddress.getByAddress(new byte[] { 127, (byte) random.nextInt(100, 200),
                    (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255) });
            if (given.contains(candidate)) {
                continue;
            }
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(candidate, 0));
            } catch (IOException e) {
                continue; // not bindable on this system: try another
            }
            given.add(candidate);
            return candidate;
        }
        throw new IOException("no free loopback address in 127.100.0.0-127.199.255.255 could be bound");
    }
}
