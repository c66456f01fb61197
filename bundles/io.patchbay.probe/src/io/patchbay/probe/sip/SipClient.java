package io.patchbay.probe.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.sip.SipMessage.Header;

/**
 * A SIP user agent client for probes: OPTIONS and REGISTER over UDP, TCP or TLS, answering a Digest challenge
 * (401 or 407) once.
 * <p>
 * Over UDP a request is retransmitted on RFC 3261's timer E schedule (T1 = 500 ms, doubling up to T2 = 4 s) until a
 * final response with our Via branch arrives; provisional responses, other transactions and bytes that are not SIP
 * are skipped. Over TCP and TLS the request goes out once on a fresh connection (kept for the repeated request after
 * a challenge). The Via asks for {@code rport}, so a server that follows RFC 3581 tells the address it saw us from,
 * which is the NAT mapping of the SIP port. Instances are immutable; each probe opens and closes its own socket.
 *
 * @since 0.1
 */
public final class SipClient {

    private static final Duration T1 = Duration.ofMillis(500);
    private static final Duration T2 = Duration.ofSeconds(4);

    private final SipTransport transport;
    private final SSLSocketFactory tls;
    private final Duration timeout;
    private final InetSocketAddress contact;
    private final InetAddress localAddress;

    private SipClient(SipTransport transport, SSLSocketFactory tls, Duration timeout, InetSocketAddress contact,
            InetAddress localAddress) {
        this.transport = transport;
        this.tls = tls;
        this.timeout = timeout;
        this.contact = contact;
        this.localAddress = localAddress;
    }

    /** A client over UDP or TCP (for TLS use {@link #tls(SSLSocketFactory)}), with a 5 s timeout. */
    public static SipClient of(SipTransport transport) {
        if (transport == SipTransport.TLS) {
            throw new IllegalArgumentException("TLS needs a socket factory that knows the CA: use SipClient.tls()");
        }
        return new SipClient(transport, null, Duration.ofSeconds(5), null, null);
    }

    /** A client over TLS whose server certificate is checked by {@code factory} (its trust managers). */
    public static SipClient tls(SSLSocketFactory factory) {
        return new SipClient(SipTransport.TLS, factory, Duration.ofSeconds(5), null, null);
    }

    /** The longest a probe waits for its final response (for UDP: all retransmissions included). */
    public SipClient timeout(Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("timeout " + value + " is not positive");
        }
        return new SipClient(transport, tls, value, contact, localAddress);
    }

    /**
     * The address to put in Contact (e.g. the STUN-mapped public address, as F-24 asks of an endpoint); by default
     * the local address and port of the socket.
     */
    public SipClient contact(InetSocketAddress value) {
        return new SipClient(transport, tls, timeout, value, localAddress);
    }

    /** The local address to send from (port chosen by the system); by default the one routed towards the server. */
    public SipClient localAddress(InetAddress value) {
        return new SipClient(transport, tls, timeout, contact, value);
    }

    public SipTransport transport() {
        return transport;
    }

    /**
     * Sends OPTIONS to {@code sip:user@server} and returns the final response, whatever its code.
     *
     * @throws SipTimeoutException when no final response came within the timeout
     * @throws SipProbeException when the connection closed before a response or the server spoke something else
     * @throws IOException when the connection was refused or the socket failed
     */
    public SipResult options(InetSocketAddress server, String user) throws IOException, SipProbeException {
        return probe("OPTIONS", server, user, null);
    }

    /**
     * Registers {@code sip:user@server} with our Contact, answering one Digest challenge with {@code credentials}
     * (may be null: then a 401 or 407 is returned as the result).
     *
     * @throws SipTimeoutException when no final response came within the timeout
     * @throws SipProbeException when the connection closed before a response, the server spoke something else or
     *             challenged with an algorithm we do not speak
     * @throws IOException when the connection was refused or the socket failed
     */
    public SipResult register(InetSocketAddress server, String user, DigestCredentials credentials)
            throws IOException, SipProbeException {
        return probe("REGISTER", server, user, credentials);
    }

    private SipResult probe(String method, InetSocketAddress server, String user, DigestCredentials credentials)
            throws IOException, SipProbeException {
        if (server.isUnresolved()) {
            throw new IOException("cannot resolve " + server.getHostString());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Channel channel = open(server, deadline)) {
            String callId = random() + "@patchbay";
            String fromTag = random();
            String serverHost = uriHost(server);
            String requestUri = method.equals("REGISTER") ? "sip:" + serverHost : "sip:" + user + "@" + serverHost;
            String aor = "<sip:" + user + "@" + serverHost + ">";
            InetSocketAddress local = channel.local();
            InetSocketAddress contactAddress = contact != null ? contact : local;
            List<Header> headers = new ArrayList<>();
            headers.add(new Header("Max-Forwards", "70"));
            headers.add(new Header("From", aor + ";tag=" + fromTag));
            headers.add(new Header("To", aor));
            headers.add(new Header("Call-ID", callId));
            headers.add(new Header("Contact", "<sip:" + user + "@" + HostAndPort.format(contactAddress)
                    + ";transport=" + transport.name().toLowerCase(java.util.Locale.ROOT) + ">"));
            if (method.equals("REGISTER")) {
                headers.add(new Header("Expires", "3600"));
            } else {
                headers.add(new Header("Accept", "application/sdp"));
            }
            headers.add(new Header("User-Agent", "Patchbay probe"));
            Exchange first = transact(channel, method, requestUri, headers, 1, local, deadline);
            int code = first.response.statusCode();
            if ((code == 401 || code == 407) && credentials != null) {
                String challengeHeader = code == 401 ? "WWW-Authenticate" : "Proxy-Authenticate";
                String answerHeader = code == 401 ? "Authorization" : "Proxy-Authorization";
                Optional<String> challengeText = first.response.headers(challengeHeader).stream()
                        .filter(v -> v.regionMatches(true, 0, "Digest", 0, 6)).findFirst();
                if (challengeText.isEmpty()) {
                    throw new SipProbeException(HostAndPort.format(server) + " answered " + code
                            + " without a Digest " + challengeHeader);
                }
                DigestChallenge challenge;
                try {
                    challenge = DigestChallenge.parse(challengeText.get());
                } catch (SipParseException e) {
                    throw new SipProbeException(HostAndPort.format(server) + " sent a challenge we cannot read: "
                            + e.getMessage());
                }
                List<Header> again = new ArrayList<>(headers);
                again.add(new Header(answerHeader, credentials.authorization(challenge, method, requestUri)));
                Exchange second = transact(channel, method, requestUri, again, 2, local, deadline);
                return result(method, server, local, second, true);
            }
            return result(method, server, local, first, false);
        }
    }

    private SipResult result(String method, InetSocketAddress server, InetSocketAddress local, Exchange exchange,
            boolean challenged) {
        Optional<InetSocketAddress> seen = Optional.empty();
        try {
            Optional<SipVia> via = exchange.response.topVia();
            if (via.isPresent() && (via.get().received().isPresent() || via.get().rport().isPresent())) {
                String host = via.get().received().orElse(via.get().host());
                int port = via.get().rport().orElse(via.get().port() > 0 ? via.get().port() : local.getPort());
                seen = Optional.of(literal(host, port));
            }
        } catch (SipParseException | IllegalArgumentException e) {
            // a Via we cannot read says nothing about the path; the response code still counts
        }
        return new SipResult(method, transport, server, local, exchange.response, exchange.roundTrip, challenged,
                seen);
    }

    /** An address literal without a DNS query; a name stays unresolved. */
    static InetSocketAddress literal(String host, int port) {
        if (host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || host.indexOf(':') >= 0) {
            try {
                return new InetSocketAddress(InetAddress.getByName(host), port);
            } catch (java.net.UnknownHostException e) {
                // not a literal after all
            }
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    private record Exchange(SipMessage response, java.time.Duration roundTrip) {
    }

    private Exchange transact(Channel channel, String method, String requestUri, List<Header> headers, long cseq,
            InetSocketAddress local, long deadline) throws IOException, SipProbeException {
        String branch = SipVia.BRANCH_COOKIE + random();
        List<Header> all = new ArrayList<>();
        all.add(new Header("Via", "SIP/2.0/" + transport + " " + HostAndPort.format(local) + ";branch=" + branch
                + ";rport"));
        all.addAll(headers);
        all.add(new Header("CSeq", cseq + " " + method));
        byte[] request = SipMessage.request(method, requestUri, all).encode();
        long start = System.nanoTime();
        channel.send(request);
        long interval = T1.toNanos();
        long nextSend = start + interval;
        boolean provisional = false;
        while (true) {
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                throw new SipTimeoutException("no final answer to " + method + " from "
                        + HostAndPort.format(channel.server()) + " over " + transport + " within "
                        + timeout.toMillis() + " ms" + (provisional ? " (only a provisional response)" : ""));
            }
            if (channel.datagram() && now - nextSend >= 0) {
                channel.send(request);
                interval = provisional ? T2.toNanos() : Math.min(interval * 2, T2.toNanos());
                nextSend = now + interval;
            }
            long wake = channel.datagram() ? Math.min(nextSend, deadline) : deadline;
            SipMessage message = channel.receive(Math.max(1, (wake - now + 999_999) / 1_000_000));
            if (message == null || message.isRequest()) {
                continue;
            }
            try {
                Optional<SipVia> via = message.topVia();
                Optional<SipMessage.CSeq> answered = message.cseq();
                if (via.isEmpty() || !via.get().branch().orElse("").equals(branch) || answered.isEmpty()
                        || !answered.get().method().equals(method)) {
                    continue;
                }
            } catch (SipParseException e) {
                continue;
            }
            if (message.statusCode() < 200) {
                provisional = true;
                continue;
            }
            return new Exchange(message, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private Channel open(InetSocketAddress server, long deadline) throws IOException, SipProbeException {
        InetAddress from = localAddress != null ? localAddress : routedFrom(server);
        if (transport == SipTransport.UDP) {
            DatagramSocket socket = new DatagramSocket(new InetSocketAddress(from, 0));
            socket.connect(server);
            return new UdpChannel(socket, server);
        }
        Socket socket = transport == SipTransport.TLS ? tls.createSocket() : new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.bind(new InetSocketAddress(from, 0));
            try {
                socket.connect(server, (int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (SocketTimeoutException e) {
                throw new SipTimeoutException("no " + transport + " connection to " + HostAndPort.format(server)
                        + " within " + timeout.toMillis() + " ms");
            }
            if (socket instanceof SSLSocket ssl) {
                ssl.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                try {
                    ssl.startHandshake();
                } catch (SocketTimeoutException e) {
                    throw new SipTimeoutException("no TLS handshake with " + HostAndPort.format(server) + " within "
                            + timeout.toMillis() + " ms");
                }
            }
            return new StreamChannel(socket, server);
        } catch (IOException | SipProbeException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static InetAddress routedFrom(InetSocketAddress server) throws IOException {
        try (DatagramSocket route = new DatagramSocket()) {
            route.connect(server);
            return route.getLocalAddress();
        }
    }

    private static String uriHost(InetSocketAddress server) {
        return HostAndPort.format(server);
    }

    private static String random() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** One socket towards the server, datagram or stream. */
    private interface Channel extends AutoCloseable {
        boolean datagram();

        InetSocketAddress server();

        InetSocketAddress local();

        void send(byte[] bytes) throws IOException;

        /** The next message within {@code millis}, or null (timeout, or bytes that are not SIP on a datagram). */
        SipMessage receive(long millis) throws IOException, SipProbeException;

        @Override
        void close() throws IOException;
    }

    private record UdpChannel(DatagramSocket socket, InetSocketAddress server, byte[] buffer) implements Channel {

        UdpChannel(DatagramSocket socket, InetSocketAddress server) {
            this(socket, server, new byte[SipMessage.MAX_SIZE]);
        }

        @Override
        public boolean datagram() {
            return true;
        }

        @Override
        public InetSocketAddress local() {
            return (InetSocketAddress) socket.getLocalSocketAddress();
        }

        @Override
        public void send(byte[] bytes) throws IOException {
            socket.send(new DatagramPacket(bytes, bytes.length));
        }

        @Override
        public SipMessage receive(long millis) throws IOException {
            DatagramPacket in = new DatagramPacket(buffer, buffer.length);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, millis));
            try {
                socket.receive(in);
                return SipMessage.decode(buffer, 0, in.getLength());
            } catch (SocketTimeoutException | SipParseException e) {
                return null;
            }
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    private record StreamChannel(Socket socket, InetSocketAddress server) implements Channel {

        @Override
        public boolean datagram() {
            return false;
        }

        @Override
        public InetSocketAddress local() {
            return (InetSocketAddress) socket.getLocalSocketAddress();
        }

        @Override
        public void send(byte[] bytes) throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
        }

        @Override
        public SipMessage receive(long millis) throws IOException, SipProbeException {
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, millis));
            InputStream in = socket.getInputStream();
            try {
                SipMessage message = SipMessage.read(in);
                if (message == null) {
                    throw new SipProbeException(HostAndPort.format(server) + " closed the connection without a "
                            + "final answer");
                }
                return message;
            } catch (SocketTimeoutException e) {
                return null;
            } catch (SipParseException e) {
                throw new SipProbeException(HostAndPort.format(server) + " answered with something that is not SIP: "
                        + e.getMessage());
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
