package io.patchbay.probe.ntp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import io.patchbay.probe.HostAndPort;

/**
 * An SNTP client (RFC 4330; the on-wire protocol of RFC 5905 section 8).
 * <p>
 * One query sends a version 4 client-mode packet up to three times (at a third of the timeout each) and accepts only
 * a server-mode reply whose origin timestamp echoes our transmit timestamp, so stray or forged datagrams are ignored.
 * Our transmit timestamp carries random low bits, as RFC 5905 recommends, which makes it unguessable. The local clock is
 * read once at sending; the arrival time is derived from a monotonic timer, so a clock that steps during the exchange
 * does not distort the round trip.
 *
 * @since 0.1
 */
public final class SntpClient {

    /** The NTP port. */
    public static final int PORT = 123;

    private static final int PACKET = 48;

    private final Clock clock;

    private SntpClient(Clock clock) {
        this.clock = clock;
    }

    /** A client that compares the server with this host's clock. */
    public static SntpClient systemClock() {
        return new SntpClient(Clock.systemUTC());
    }

    /** A client that compares the server with {@code clock} (a device's clock in a simulator, a fixed one in a test). */
    public static SntpClient withClock(Clock clock) {
        return new SntpClient(clock);
    }

    /**
     * Asks {@code server} for the time.
     *
     * @throws NtpTimeoutException when no valid reply came within {@code timeout}
     * @throws NtpProbeException when the server refused (kiss-o'-death, e.g. RATE or DENY)
     * @throws IOException when the socket fails (no route, ICMP port unreachable on some systems)
     */
    public SntpResult query(InetSocketAddress server, Duration timeout) throws IOException, NtpProbeException {
        if (server.isUnresolved()) {
            throw new IOException("cannot resolve " + server.getHostString());
        }
        byte[] request = new byte[PACKET];
        request[0] = (byte) (0 << 6 | 4 << 3 | 3); // LI 0, version 4, mode 3 (client)
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(server);
            int attempts = 3;
            long perAttempt = Math.max(1, timeout.toNanos() / attempts);
            byte[] buffer = new byte[512];
            DatagramPacket in = new DatagramPacket(buffer, buffer.length);
            long start = System.nanoTime();
            for (int attempt = 0; attempt < attempts; attempt++) {
                Instant t1 = clock.instant();
                long t1Bits = NtpTimestamp.encode(t1) ^ (ThreadLocalRandom.current().nextLong() & 0xFFFL);
                ByteBuffer.wrap(request).putLong(40, t1Bits);
                long sentAt = System.nanoTime();
                socket.send(new DatagramPacket(request, request.length));
                long giveUp = sentAt + perAttempt;
                while (true) {
                    long remaining = giveUp - System.nanoTime();
                    if (remaining <= 0) {
                        break;
                    }
                    socket.setSoTimeout((int) Math.max(1, remaining / 1_000_000));
                    try {
                        socket.receive(in);
                    } catch (SocketTimeoutException e) {
                        break;
                    }
                    long arrivedAt = System.nanoTime();
                    SntpResult result = reply(server, buffer, in.getLength(), t1Bits, t1,
                            t1.plusNanos(arrivedAt - sentAt));
                    if (result != null) {
                        return result;
                    }
                }
            }
            throw new NtpTimeoutException("no NTP answer from " + HostAndPort.format(server) + " within "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms (" + attempts + " requests)");
        }
    }

    /** The result in a reply to our request, null when the datagram is not one. */
    private static SntpResult reply(InetSocketAddress server, byte[] bytes, int length, long t1Bits, Instant t1,
            Instant t4) throws NtpProbeException {
        if (length < PACKET) {
            return null;
        }
        ByteBuffer packet = ByteBuffer.wrap(bytes, 0, length);
        int first = bytes[0] & 0xFF;
        int leap = first >>> 6;
        int version = first >>> 3 & 7;
        int mode = first & 7;
        if (mode != 4 || version < 1 || packet.getLong(24) != t1Bits) {
            return null;
        }
        int stratum = bytes[1] & 0xFF;
        String referenceId = referenceId(stratum, bytes);
        if (stratum == 0) {
            throw new NtpProbeException(HostAndPort.format(server) + " refused to answer (kiss-o'-death "
                    + referenceId + ")");
        }
        long t2Bits = packet.getLong(32);
        long t3Bits = packet.getLong(40);
        if (t3Bits == 0) {
            return null; // RFC 4330 section 5: a reply with no transmit timestamp is to be discarded
        }
        Instant t2 = NtpTimestamp.decode(t2Bits, t1);
        Instant t3 = NtpTimestamp.decode(t3Bits, t1);
        Duration offset = Duration.between(t1, t2).plus(Duration.between(t4, t3)).dividedBy(2);
        Duration delay = Duration.between(t1, t4).minus(Duration.between(t2, t3));
        if (delay.isNegative()) {
            delay = Duration.ZERO;
        }
        return new SntpResult(server, offset, delay, t3, stratum, leap, version, referenceId);
    }

    private static String referenceId(int stratum, byte[] bytes) {
        if (stratum <= 1) {
            StringBuilder text = new StringBuilder();
            for (int i = 12; i < 16 && bytes[i] != 0; i++) {
                int c = bytes[i] & 0xFF;
                text.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
            }
            return text.toString();
        }
        return (bytes[12] & 0xFF) + "." + (bytes[13] & 0xFF) + "." + (bytes[14] & 0xFF) + "." + (bytes[15] & 0xFF);
    }
}
