package io.patchbay.probe.rsip;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.PortUnreachableException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * An RSIP host's side of the control channel (RFC 3103) over TCP (one connection, requests answered in order) or
 * UDP (one message a datagram, sent again while no answer comes), each answer within the timeout. Every request carries a MESSAGE COUNTER; an answer with another counter is a protocol error.
 * Refusals and missing answers are {@link RsipProbeException}s with the F-56 cause.
 *
 * <pre>
 * try (RsipClient rsip = RsipClient.connect(server, null, Duration.ofSeconds(3))) {
 *     rsip.register();
 *     RsipLease lease = rsip.assignPorts(0);
 *     rsip.deregister();
 * }
 * </pre>
 *
 * @since 0.1
 */
public final class RsipClient implements AutoCloseable {

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final DatagramSocket datagram;
    private final int timeoutMillis;
    private long counter;
    private long clientId = -1;
    private Duration registrationLease = Duration.ZERO;

    private RsipClient(Socket socket, int timeoutMillis) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.datagram = null;
        this.timeoutMillis = timeoutMillis;
    }

    private RsipClient(DatagramSocket datagram, int timeoutMillis) {
        this.socket = null;
        this.in = null;
        this.out = null;
        this.datagram = datagram;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Talks to {@code server} over UDP, from {@code local} if given, every answer within {@code timeout}. A port
     * nobody listens on shows at the first request: {@link RsipCause#CONNECTION_REFUSED} when the host says so,
     * otherwise {@link RsipCause#NO_ANSWER}.
     */
    public static RsipClient udp(InetSocketAddress server, InetAddress local, Duration timeout) throws IOException {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(local, 0));
        try {
            socket.connect(server);
            return new RsipClient(socket, millis);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Connects to {@code server}, from {@code local} if given (another loopback address, say), with {@code timeout}
     * for the connection and for every answer.
     *
     * @throws RsipProbeException with {@link RsipCause#CONNECTION_REFUSED} when nothing listens, or
     *             {@link RsipCause#NO_ANSWER} when the connection times out
     */
    public static RsipClient connect(InetSocketAddress server, InetAddress local, Duration timeout)
            throws IOException, RsipProbeException {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        Socket socket = new Socket();
        try {
            if (local != null) {
                socket.bind(new InetSocketAddress(local, 0));
            }
            socket.connect(server, millis);
            socket.setSoTimeout(millis);
            socket.setTcpNoDelay(true);
            return new RsipClient(socket, millis);
        } catch (ConnectException e) {
            socket.close();
            throw new RsipProbeException(RsipCause.CONNECTION_REFUSED, 0, "nothing accepts RSIP on " + server);
        } catch (SocketTimeoutException e) {
            socket.close();
            throw new RsipProbeException(RsipCause.NO_ANSWER, 0, "no connection to " + server + " within "
                    + millis + " ms");
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The local address of the control connection. */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) (socket != null ? socket.getLocalSocketAddress()
                : datagram.getLocalSocketAddress());
    }

    /** The CLIENT ID of the registration, or -1 before {@link #register()}. */
    public long clientId() {
        return clientId;
    }

    /** The registration's lease as the server gave it. */
    public Duration registrationLease() {
        return registrationLease;
    }

    /** REGISTER_REQUEST; returns the CLIENT ID. A refusal has the cause "Unable to register". */
    public long register() throws IOException, RsipProbeException {
        RsipMessage response = exchange(RsipMessage.of(RsipMessage.REGISTER_REQUEST),
                RsipMessage.REGISTER_RESPONSE);
        clientId = response.clientId().orElseThrow(() -> missing(response, "CLIENT_ID"));
        registrationLease = Duration.ofSeconds(response.leaseTime().orElse(0));
        return clientId;
    }

    /**
     * ASSIGN_REQUEST_RSAP-IP for {@code count} ports (0: the server's default bind, 255 for rsipd) over IP-IP.
     * A refusal has the cause "Unable to get port assignments".
     */
    public RsipLease assignPorts(int count) throws IOException, RsipProbeException {
        RsipMessage request = RsipMessage.of(RsipMessage.ASSIGN_REQUEST_RSAP_IP).withClientId(registered())
                .withAddress(null).withPorts(RsipPorts.any(count)).withAddress(null).withPorts(RsipPorts.any(0))
                .withTunnelType(RsipMessage.TUNNEL_IP_IP);
        return lease(exchange(request, RsipMessage.ASSIGN_RESPONSE_RSAP_IP));
    }

    /** ASSIGN_REQUEST_RSA-IP: the whole external address. */
    public RsipLease assignAddress() throws IOException, RsipProbeException {
        RsipMessage request = RsipMessage.of(RsipMessage.ASSIGN_REQUEST_RSA_IP).withClientId(registered())
                .withAddress(null).withAddress(null).withTunnelType(RsipMessage.TUNNEL_IP_IP);
        return lease(exchange(request, RsipMessage.ASSIGN_RESPONSE_RSA_IP));
    }

    /** LISTEN_REQUEST for {@code port} on the external address. */
    public RsipLease listen(int port) throws IOException, RsipProbeException {
        RsipMessage request = RsipMessage.of(RsipMessage.LISTEN_REQUEST).withClientId(registered())
                .withAddress(null).withPorts(RsipPorts.range(port, 1)).withAddress(null).withPorts(RsipPorts.any(0))
                .withTunnelType(RsipMessage.TUNNEL_IP_IP);
        return lease(exchange(request, RsipMessage.LISTEN_RESPONSE));
    }

    /** EXTEND_REQUEST for a bind; returns the new lease time. */
    public Duration extend(long bindId) throws IOException, RsipProbeException {
        RsipMessage response = exchange(RsipMessage.of(RsipMessage.EXTEND_REQUEST).withClientId(registered())
                .withBindId(bindId), RsipMessage.EXTEND_RESPONSE);
        return Duration.ofSeconds(response.leaseTime().orElse(0));
    }

    /** QUERY_REQUEST; rsipd does not support it (F-50), so expect an RsipProbeException with UNSUPPORTED_MESSAGE. */
    public RsipMessage query() throws IOException, RsipProbeException {
        return exchange(RsipMessage.of(RsipMessage.QUERY_REQUEST).withClientId(registered()),
                RsipMessage.QUERY_RESPONSE);
    }

    /** DE-REGISTER_REQUEST: gives back the registration and all its binds. */
    public void deregister() throws IOException, RsipProbeException {
        exchange(RsipMessage.of(RsipMessage.DEREGISTER_REQUEST).withClientId(registered()),
                RsipMessage.DEREGISTER_RESPONSE);
        clientId = -1;
    }

    /** Sends {@code request} and returns the answer of {@code expected} type; an ERROR_RESPONSE is thrown. */
    public RsipMessage exchange(RsipMessage request, int expected) throws IOException, RsipProbeException {
        long sent = ++counter & 0xFFFFFFFFL;
        RsipMessage response = datagram != null ? overUdp(request, sent) : overTcp(request, sent);
        if (response.messageCounter().isPresent() && response.messageCounter().getAsLong() != sent) {
            throw new RsipProbeException(RsipCause.PROTOCOL_ERROR, 0, "the answer carries message counter "
                    + response.messageCounter().getAsLong() + ", the request " + sent);
        }
        if (response.type() == RsipMessage.ERROR_RESPONSE) {
            int error = response.error().orElse(RsipMessage.UNKNOWN_ERROR);
            throw new RsipProbeException(RsipCause.of(request.type(), error), error, "the server answered "
                    + RsipMessage.typeName(request.type()) + " with " + error + " " + RsipMessage.errorName(error));
        }
        if (response.type() != expected) {
            throw new RsipProbeException(RsipCause.PROTOCOL_ERROR, 0, "expected " + RsipMessage.typeName(expected)
                    + ", got " + RsipMessage.typeName(response.type()));
        }
        return response;
    }

    private RsipMessage overTcp(RsipMessage request, long sent) throws IOException, RsipProbeException {
        out.write(request.withMessageCounter(sent).encode());
        out.flush();
        try {
            byte[] header = new byte[RsipMessage.HEADER];
            in.readFully(header);
            int length = RsipMessage.length(header);
            byte[] bytes = new byte[length];
            System.arraycopy(header, 0, bytes, 0, RsipMessage.HEADER);
            in.readFully(bytes, RsipMessage.HEADER, length - RsipMessage.HEADER);
            return RsipMessage.decode(bytes);
        } catch (SocketTimeoutException e) {
            throw new RsipProbeException(RsipCause.NO_ANSWER, 0, "no answer to "
                    + RsipMessage.typeName(request.type()) + " within " + timeoutMillis + " ms");
        } catch (EOFException e) {
            throw new RsipProbeException(RsipCause.PROTOCOL_ERROR, 0, "the server closed the connection after "
                    + RsipMessage.typeName(request.type()));
        } catch (RsipParseException e) {
            throw new RsipProbeException(RsipCause.PROTOCOL_ERROR, 0, "malformed answer to "
                    + RsipMessage.typeName(request.type()) + ": " + e.getMessage());
        }
    }

    private RsipMessage overUdp(RsipMessage request, long sent) throws IOException, RsipProbeException {
        byte[] bytes = request.withMessageCounter(sent).encode();
        byte[] buffer = new byte[65535];
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        int interval = Math.max(1, Math.min(500, timeoutMillis / 4));
        long resend = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                throw new RsipProbeException(RsipCause.NO_ANSWER, 0, "no answer to "
                        + RsipMessage.typeName(request.type()) + " over UDP within " + timeoutMillis + " ms");
            }
            if (now - resend >= 0) {
                datagram.send(new DatagramPacket(bytes, bytes.length));
                resend = now + interval * 1_000_000L;
            }
            datagram.setSoTimeout((int) Math.max(1, Math.min(interval, (deadline - now) / 1_000_000L)));
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                datagram.receive(packet);
            } catch (SocketTimeoutException e) {
                continue;
            } catch (PortUnreachableException e) {
                throw new RsipProbeException(RsipCause.CONNECTION_REFUSED, 0, "nothing accepts RSIP on "
                        + datagram.getRemoteSocketAddress() + " over UDP");
            }
            try {
                RsipMessage response = RsipMessage.decode(buffer, 0, packet.getLength());
                if (response.messageCounter().orElse(sent) == sent) {
                    return response;
                }
            } catch (RsipParseException e) {
                // not an answer to this request; keep waiting
            }
        }
    }

    private long registered() {
        if (clientId < 0) {
            throw new IllegalStateException("register first");
        }
        return clientId;
    }

    private static RsipLease lease(RsipMessage response) throws RsipProbeException {
        long bindId = response.bindId().orElseThrow(() -> missing(response, "BIND_ID"));
        InetAddress address = response.address().orElseThrow(() -> missing(response, "ADDRESS"));
        return new RsipLease(bindId, address, response.ports().orElse(RsipPorts.any(0)),
                Duration.ofSeconds(response.leaseTime().orElse(0)));
    }

    private static RsipProbeException missing(RsipMessage response, String parameter) {
        return new RsipProbeException(RsipCause.PROTOCOL_ERROR, 0, RsipMessage.typeName(response.type())
                + " without " + parameter);
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        } else {
            datagram.close();
        }
    }
}
