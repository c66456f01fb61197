package io.patchbay.probe.stun;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

import io.patchbay.probe.HostAndPort;

/**
 * A STUN client on one local UDP socket, and STUN over TCP.
 * <p>
 * Over UDP a transaction sends the request on the schedule of its {@link StunTiming} until a response with the same
 * transaction id arrives; datagrams that are not STUN, or belong to another transaction, are ignored. All
 * transactions of one client leave from the same local port, which is what NAT behaviour discovery relies on. A client
 * is not thread-safe: run one transaction at a time.
 * <p>
 * Over TCP ({@link #tcpTransact}) there is no retransmission: the request goes out once on a fresh connection, the
 * answer is read from the stream (STUN messages back to back, framed by their length field), and
 * {@link StunTiming#total()} bounds the whole exchange.
 *
 * @since 0.1
 */
public final class StunClient implements AutoCloseable {

    private static final int MAX_DATAGRAM = 65_535;

    private final DatagramSocket socket;
    private final byte[] buffer = new byte[MAX_DATAGRAM];

    private StunClient(DatagramSocket socket) {
        this.socket = socket;
    }

    /** A client on an ephemeral port of every local address. */
    public static StunClient udp() throws IOException {
        return udp(new InetSocketAddress(0));
    }

    /**
     * A client on an ephemeral port of the local address the system routes {@code server} from, so that
     * {@link #localAddress()} can be compared with a mapped address (a connected UDP socket sends nothing).
     */
    public static StunClient udpTowards(InetSocketAddress server) throws IOException {
        try (DatagramSocket route = new DatagramSocket()) {
            route.connect(server);
            return udp(new InetSocketAddress(route.getLocalAddress(), 0));
        }
    }

    /** A client bound to {@code local} (port 0: any free port). */
    public static StunClient udp(InetSocketAddress local) throws IOException {
        return new StunClient(new DatagramSocket(local));
    }

    /** The local address and port the client sends from. */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** A Binding request without attributes. */
    public StunResponse binding(InetSocketAddress server, StunTiming timing) throws IOException, StunProbeException {
        return transact(server, StunMessage.request(StunMessage.BINDING).build(), timing);
    }

    /**
     * Sends {@code request} to {@code server} and waits for the response with its transaction id.
     *
     * @throws StunTimeoutException when no response came within the schedule
     * @throws IOException when the socket fails (no route, closed)
     */
    public StunResponse transact(InetSocketAddress server, StunMessage request, StunTiming timing)
            throws IOException, StunTimeoutException {
        byte[] bytes = request.encode();
        DatagramPacket out = new DatagramPacket(bytes, bytes.length, server);
        DatagramPacket in = new DatagramPacket(buffer, buffer.length);
        long start = System.nanoTime();
        long limit = start + timing.limit().toNanos();
        long interval = timing.rto().toNanos();
        long nextSend = start;
        long giveUp = limit;
        int sent = 0;
        while (true) {
            long now = System.nanoTime();
            if (sent < timing.transmissions() && now - nextSend >= 0) {
                socket.send(out);
                sent++;
                if (sent == timing.transmissions()) {
                    giveUp = Math.min(limit, nextSend + timing.rto().toNanos() * timing.lastWaitMultiplier());
                } else {
                    nextSend += interval;
                    interval *= 2;
                }
            }
            long wake = sent < timing.transmissions() ? Math.min(nextSend, giveUp) : giveUp;
            if (now - giveUp >= 0) {
                throw new StunTimeoutException("no answer from " + HostAndPort.format(server) + " over UDP within "
                        + Duration.ofNanos(now - start).toMillis() + " ms (" + sent + " transmission"
                        + (sent == 1 ? "" : "s") + ")", sent, Duration.ofNanos(now - start));
            }
            socket.setSoTimeout((int) Math.max(1, (wake - now + 999_999) / 1_000_000));
            try {
                socket.receive(in);
            } catch (SocketTimeoutException e) {
                continue;
            }
            StunMessage message = answerTo(request, buffer, in.getLength());
            if (message != null) {
                return new StunResponse(message, (InetSocketAddress) in.getSocketAddress(), localAddress(),
                        Duration.ofNanos(System.nanoTime() - start), sent, false);
            }
        }
    }

    /** The response to {@code request} in these bytes, or null for anything else (garbage, other transactions). */
    private static StunMessage answerTo(StunMessage request, byte[] bytes, int length) {
        try {
            StunMessage message = StunMessage.decode(bytes, 0, length);
            boolean response = message.messageClass() == StunClass.SUCCESS_RESPONSE
                    || message.messageClass() == StunClass.ERROR_RESPONSE;
            return response && message.sameTransaction(request) ? message : null;
        } catch (StunParseException e) {
            return null;
        }
    }

    /** A Binding request over TCP. */
    public static StunResponse tcpBinding(InetSocketAddress server, Duration timeout)
            throws IOException, StunProbeException {
        return tcpTransact(server, StunMessage.request(StunMessage.BINDING).build(), timeout);
    }

    /**
     * Sends {@code request} over a new TCP connection and reads the response with its transaction id.
     *
     * @throws StunTimeoutException when no connection or no answer came within {@code timeout}
     * @throws StunProbeException when the server answered with bytes that are not STUN, or closed the connection
     * @throws IOException when the connection was refused or failed
     */
    public static StunResponse tcpTransact(InetSocketAddress server, StunMessage request, Duration timeout)
            throws IOException, StunProbeException {
        long start = System.nanoTime();
        long limit = start + timeout.toNanos();
        String where = HostAndPort.format(server);
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            try {
                socket.connect(server, (int) Math.max(1, timeout.toMillis()));
            } catch (SocketTimeoutException e) {
                throw new StunTimeoutException("no TCP connection to " + where + " within " + timeout.toMillis()
                        + " ms", 0, Duration.ofNanos(System.nanoTime() - start));
            }
            socket.getOutputStream().write(request.encode());
            socket.getOutputStream().flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            while (true) {
                long remaining = limit - System.nanoTime();
                if (remaining <= 0) {
                    throw timeout(where, start);
                }
                socket.setSoTimeout((int) Math.max(1, remaining / 1_000_000));
                byte[] frame;
                try {
                    frame = readFrame(in, where);
                } catch (SocketTimeoutException e) {
                    throw timeout(where, start);
                } catch (EOFException e) {
                    throw new StunProbeException(where + " closed the TCP connection without answering");
                }
                StunMessage message;
                try {
                    message = StunMessage.decode(frame);
                } catch (StunParseException e) {
                    continue; // framing is intact: skip the message, keep reading
                }
                if (message.sameTransaction(request) && message.messageClass() != StunClass.REQUEST
                        && message.messageClass() != StunClass.INDICATION) {
                    return new StunResponse(message, server, (InetSocketAddress) socket.getLocalSocketAddress(),
                            Duration.ofNanos(System.nanoTime() - start), 1, true);
                }
            }
        }
    }

    /** One STUN message from a TCP stream: the 20-byte header, then as many bytes as its length field says. */
    private static byte[] readFrame(InputStream in, String where) throws IOException, StunProbeException {
        byte[] header = new byte[StunMessage.HEADER_LENGTH];
        new DataInputStream(in).readFully(header);
        if ((header[0] & 0xC0) != 0 || StunMessage.int32(header, 4) != StunMessage.MAGIC_COOKIE) {
            throw new StunProbeException(where + " answered over TCP with bytes that are not STUN");
        }
        int length = StunMessage.uint16(header, 2);
        byte[] frame = new byte[StunMessage.HEADER_LENGTH + length];
        System.arraycopy(header, 0, frame, 0, header.length);
        new DataInputStream(in).readFully(frame, header.length, length);
        return frame;
    }

    private static StunTimeoutException timeout(String where, long start) {
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        return new StunTimeoutException("no answer from " + where + " over TCP within " + waited.toMillis() + " ms",
                1, waited);
    }

    @Override
    public void close() {
        socket.close();
    }
}
