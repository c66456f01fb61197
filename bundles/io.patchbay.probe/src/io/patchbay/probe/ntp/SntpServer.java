package io.patchbay.probe.ntp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny SNTP server for simulators and tests: it answers client-mode requests (versions 1–4) as a stratum-1 server
 * with reference id "LOCL", telling the time of this host shifted by a given offset, so that a test can stand in for
 * a device whose clock is wrong, or for a time server that lies. Everything else is ignored.
 *
 * @since 0.1
 */
public final class SntpServer implements AutoCloseable {

    private final DatagramSocket socket;
    private final Clock clock;
    private final Thread thread;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong ignored = new AtomicLong();

    private SntpServer(DatagramSocket socket, Clock clock) {
        this.socket = socket;
        this.clock = clock;
        this.thread = Thread.ofPlatform().daemon().name("sntp-server " + socket.getLocalSocketAddress())
                .start(this::serve);
    }

    /** Binds {@code address} (port 0: any free port) and answers with this host's time plus {@code lie}. */
    public static SntpServer start(InetSocketAddress address, Duration lie) throws IOException {
        return start(address, Clock.offset(Clock.systemUTC(), lie));
    }

    /** Binds {@code address} and answers with the time of {@code clock}. */
    public static SntpServer start(InetSocketAddress address, Clock clock) throws IOException {
        return new SntpServer(new DatagramSocket(address), clock);
    }

    /** The address and port actually bound. */
    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** How many requests were answered. */
    public long answered() {
        return answered.get();
    }

    /** How many datagrams were ignored because they were not client-mode NTP requests. */
    public long ignored() {
        return ignored.get();
    }

    private void serve() {
        byte[] buffer = new byte[512];
        DatagramPacket in = new DatagramPacket(buffer, buffer.length);
        while (!socket.isClosed()) {
            try {
                socket.receive(in);
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                continue;
            }
            Instant received = clock.instant();
            int version = buffer[0] >>> 3 & 7;
            if (in.getLength() < 48 || (buffer[0] & 7) != 3 || version < 1 || version > 4) {
                ignored.incrementAndGet();
                continue;
            }
            ByteBuffer request = ByteBuffer.wrap(buffer, 0, in.getLength());
            byte[] reply = new byte[48];
            ByteBuffer out = ByteBuffer.wrap(reply);
            reply[0] = (byte) (version << 3 | 4);
            reply[1] = 1; // stratum 1
            reply[2] = buffer[2]; // poll, echoed
            reply[3] = (byte) -20; // precision about a microsecond
            out.put(12, new byte[] { 'L', 'O', 'C', 'L' });
            out.putLong(16, NtpTimestamp.encode(received.minusSeconds(16)));
            out.putLong(24, request.getLong(40));
            out.putLong(32, NtpTimestamp.encode(received));
            out.putLong(40, NtpTimestamp.encode(clock.instant()));
            answered.incrementAndGet(); // before sending, so that a client that has its answer sees it counted
            try {
                socket.send(new DatagramPacket(reply, reply.length, in.getSocketAddress()));
            } catch (IOException e) {
                // the client went away; nothing to do
            }
        }
    }

    /** Stops answering and releases the socket and the thread. */
    @Override
    public void close() {
        socket.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
