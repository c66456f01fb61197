package io.patchbay.probe.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.patchbay.probe.sip.SipMessage.Header;

/**
 * A small SIP registrar for simulators and tests: it answers OPTIONS with 200 and REGISTER with 200 (optionally
 * after a Digest challenge, RFC 2617 MD5 with {@code qop=auth}), over UDP and TCP on one port and over TLS on
 * another.
 * <p>
 * Like a real system it fills in {@code received} and {@code rport} in the top Via (RFC 3581), so a client learns the
 * address it was seen from, and it keeps, per address of record, the Contact registered and the address the REGISTER
 * came from: the two that F-27 says the system uses over UDP and over TLS. Other methods get 405; ACK and responses
 * are ignored, as is anything that is not SIP (a TCP connection that stops speaking SIP is closed).
 *
 * @since 0.1
 */
public final class SipServer implements AutoCloseable {

    /** A binding the server holds. */
    public record Registration(String contact, InetSocketAddress source, SipTransport transport) {
    }

    private final SipServerConfig config;
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final ServerSocket tls;
    private final List<Thread> threads = new ArrayList<>();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private final Map<String, Registration> registrations = new ConcurrentHashMap<>();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong ignored = new AtomicLong();
    private final String toTag = random();

    private SipServer(SipServerConfig config, DatagramSocket udp, ServerSocket tcp, ServerSocket tls) {
        this.config = config;
        this.udp = udp;
        this.tcp = tcp;
        this.tls = tls;
        threads.add(Thread.ofPlatform().daemon().name("sip-server udp " + udp.getLocalSocketAddress())
                .start(this::serveUdp));
        threads.add(Thread.ofPlatform().daemon().name("sip-server tcp " + tcp.getLocalSocketAddress())
                .start(() -> accept(tcp, SipTransport.TCP)));
        if (tls != null) {
            threads.add(Thread.ofPlatform().daemon().name("sip-server tls " + tls.getLocalSocketAddress())
                    .start(() -> accept(tls, SipTransport.TLS)));
        }
    }

    /**
     * Binds the sockets and starts answering.
     *
     * @throws IOException when an address cannot be bound
     */
    public static SipServer start(SipServerConfig config) throws IOException {
        DatagramSocket udp = null;
        ServerSocket tcp = null;
        ServerSocket tls = null;
        try {
            InetSocketAddress address = config.address();
            for (int attempt = 0;; attempt++) {
                udp = new DatagramSocket(address);
                tcp = new ServerSocket();
                tcp.setReuseAddress(true);
                try {
                    tcp.bind(new InetSocketAddress(address.getAddress(), udp.getLocalPort()));
                    break;
                } catch (IOException e) {
                    udp.close();
                    tcp.close();
                    if (address.getPort() != 0 || attempt > 50) {
                        throw e;
                    }
                }
            }
            if (config.tls().isPresent()) {
                tls = config.tls().get().context().getServerSocketFactory().createServerSocket();
                tls.bind(config.tls().get().address());
            }
            return new SipServer(config, udp, tcp, tls);
        } catch (IOException | RuntimeException e) {
            for (AutoCloseable socket : new AutoCloseable[] { udp, tcp, tls }) {
                try {
                    if (socket != null) {
                        socket.close();
                    }
                } catch (Exception ignoredToo) {
                    // closing what was half opened
                }
            }
            throw e;
        }
    }

    /** The UDP and TCP address and port actually bound. */
    public InetSocketAddress address() {
        return (InetSocketAddress) udp.getLocalSocketAddress();
    }

    /** The TLS address and port actually bound, when TLS is configured. */
    public Optional<InetSocketAddress> tlsAddress() {
        return tls == null ? Optional.empty() : Optional.of((InetSocketAddress) tls.getLocalSocketAddress());
    }

    /** The bindings held, by address of record ({@code sip:user@host}). */
    public Map<String, Registration> registrations() {
        return Map.copyOf(registrations);
    }

    /** How many requests were answered (any code). */
    public long answered() {
        return answered.get();
    }

    /** How many datagrams and stream messages were ignored (not SIP, responses, ACK). */
    public long ignored() {
        return ignored.get();
    }

    private void serveUdp() {
        byte[] buffer = new byte[SipMessage.MAX_SIZE];
        DatagramPacket in = new DatagramPacket(buffer, buffer.length);
        while (!udp.isClosed()) {
            try {
                udp.receive(in);
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                continue;
            }
            InetSocketAddress source = (InetSocketAddress) in.getSocketAddress();
            SipMessage answer;
            try {
                answer = answer(SipMessage.decode(buffer, 0, in.getLength()), source, SipTransport.UDP);
            } catch (SipParseException e) {
                answer = null;
            }
            if (answer == null) {
                ignored.incrementAndGet();
                continue;
            }
            byte[] bytes = answer.encode();
            answered.incrementAndGet(); // before sending, so that a client that has its answer sees it counted
            try {
                // RFC 3581: to the source address and port, not to the Via's sent-by
                udp.send(new DatagramPacket(bytes, bytes.length, source));
            } catch (IOException e) {
                // the client went away
            }
        }
    }

    private void accept(ServerSocket listener, SipTransport transport) {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
                continue;
            }
            connections.add(socket);
            Thread.ofVirtual().start(() -> serveStream(socket, transport));
        }
    }

    private void serveStream(Socket socket, SipTransport transport) {
        try (socket) {
            socket.setSoTimeout(60_000);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            InetSocketAddress source = (InetSocketAddress) socket.getRemoteSocketAddress();
            while (true) {
                SipMessage message;
                try {
                    message = SipMessage.read(in);
                } catch (SipParseException e) {
                    ignored.incrementAndGet();
                    return;
                }
                if (message == null) {
                    return;
                }
                SipMessage answer;
                try {
                    answer = answer(message, source, transport);
                } catch (SipParseException e) {
                    answer = null;
                }
                if (answer == null) {
                    ignored.incrementAndGet();
                    continue;
                }
                answered.incrementAndGet();
                out.write(answer.encode());
                out.flush();
            }
        } catch (IOException e) {
            // the connection broke or timed out; the client sees that
        } finally {
            connections.remove(socket);
        }
    }

    /** The response to {@code request}, null when nothing is to be sent. */
    private SipMessage answer(SipMessage request, InetSocketAddress source, SipTransport transport)
            throws SipParseException {
        if (!request.isRequest() || request.method().equals("ACK")) {
            return null;
        }
        List<String> vias = request.headers("Via");
        Optional<SipMessage.CSeq> cseq = request.cseq();
        if (vias.isEmpty() || cseq.isEmpty() || request.header("From").isEmpty() || request.header("To").isEmpty()
                || request.header("Call-ID").isEmpty()) {
            return null; // RFC 3261 section 8.2.6 needs these to build any response
        }
        List<Header> headers = new ArrayList<>();
        SipVia top = SipVia.parse(vias.get(0));
        Map<String, String> parameters = new java.util.LinkedHashMap<>(top.parameters());
        parameters.put("received", source.getAddress().getHostAddress());
        if (parameters.containsKey("rport")) {
            parameters.put("rport", Integer.toString(source.getPort()));
        }
        headers.add(new Header("Via", new SipVia(top.transport(), top.host(), top.port(), parameters).format()));
        for (int i = 1; i < vias.size(); i++) {
            headers.add(new Header("Via", vias.get(i)));
        }
        headers.add(new Header("From", request.header("From").get()));
        String to = request.header("To").get();
        headers.add(new Header("To", to.contains(";tag=") ? to : to + ";tag=" + toTag));
        headers.add(new Header("Call-ID", request.header("Call-ID").get()));
        headers.add(new Header("CSeq", request.header("CSeq").get()));
        headers.add(new Header("Server", "Patchbay simulator"));
        String method = request.method();
        if (method.equals("OPTIONS")) {
            headers.add(new Header("Allow", "OPTIONS, REGISTER"));
            headers.add(new Header("Accept", "application/sdp"));
            return SipMessage.response(200, "OK", headers);
        }
        if (!method.equals("REGISTER")) {
            headers.add(new Header("Allow", "OPTIONS, REGISTER"));
            return SipMessage.response(405, "Method Not Allowed", headers);
        }
        if (config.credentials().isPresent() && !authorised(request, config.credentials().get())) {
            String nonce = random();
            if (nonces.size() > 10_000) {
                nonces.clear(); // a simulator, not a registrar under attack: forget old nonces rather than grow
            }
            nonces.add(nonce);
            headers.add(new Header("WWW-Authenticate", "Digest realm=\"" + config.realm() + "\", nonce=\"" + nonce
                    + "\", qop=\"auth\", algorithm=MD5"));
            return SipMessage.response(401, "Unauthorized", headers);
        }
        String contact = request.header("Contact").orElse("");
        String aor;
        try {
            SipUri uri = SipUri.parse(to);
            aor = uri.scheme() + ":" + uri.user() + "@" + uri.host();
        } catch (SipParseException e) {
            aor = to;
        }
        String expires = request.header("Expires").orElse("3600").strip();
        if (!contact.isEmpty()) {
            if (expires.equals("0") || contact.contains("expires=0")) {
                registrations.remove(aor);
            } else {
                registrations.put(aor, new Registration(contact, source, transport));
                headers.add(new Header("Contact", contact.contains("expires=") ? contact
                        : contact + ";expires=" + (expires.matches("[0-9]{1,9}") ? expires : "3600")));
            }
        }
        return SipMessage.response(200, "OK", headers);
    }

    private boolean authorised(SipMessage request, DigestCredentials credentials) {
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty()) {
            return false;
        }
        try {
            DigestChallenge authorization = DigestChallenge.parse(header.get());
            return nonces.contains(authorization.nonce()) && authorization.realm().equals(config.realm())
                    && credentials.verifies(authorization, request.method());
        } catch (SipParseException e) {
            return false;
        }
    }

    private static String random() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Stops answering and releases every socket and thread. */
    @Override
    public void close() {
        udp.close();
        try {
            tcp.close();
            if (tls != null) {
                tls.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        for (Thread thread : threads) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
