package io.patchbay.probe.rsip;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small RSIP server (RFC 3103) over TCP for simulators and tests, enforcing the rules of F-51–F-53:
 * <ul>
 * <li>only clients whose source lies in the internal prefix may register, and no more than the client limit
 * (MAX_CLIENTS, 0 ⇒ 5) at once: otherwise REGISTRATION_DENIED;</li>
 * <li>ASSIGN_REQUEST_RSAP-IP binds a contiguous block of PORT_RANGE (255 ports unless the request asks for fewer):
 * LOCAL_ADDRPORT_UNAVAILABLE when none is free; ASSIGN_REQUEST_RSA-IP takes the whole range for one client:
 * LOCAL_ADDR_INUSE while any other client holds ports, LOCAL_ADDR_UNAVAILABLE for others while it is held;</li>
 * <li>LISTEN_REQUEST for a port bound to another client: LOCAL_ADDRPORT_INUSE; outside PORT_RANGE and LISTEN_RANGE:
 * LOCAL_ADDRPORT_UNALLOWED; again for a port the client listens on: the same bind, renewed;</li>
 * <li>binds expire after their lease unless extended (EXTEND_REQUEST); a registration expires when it holds no bind
 * and the client sent nothing for a lease time; then BAD_CLIENT_ID / BAD_BIND_ID;</li>
 * <li>QUERY_REQUEST is not supported (F-50): UNSUPPORTED_MESSAGE.</li>
 * </ul>
 * Responses echo the request's MESSAGE COUNTER. The server answers over TCP and, on the same port, over UDP (one
 * message a datagram).
 *
 * @since 0.1
 */
public final class RsipServer implements AutoCloseable {

    /**
     * A bind as the status dump shows it (F-55).
     *
     * @param client the client host's address, as the server saw it on the control channel
     * @param tunnelType the tunnel the client uses for this bind ({@link RsipMessage#TUNNEL_IP_IP} or
     *            {@link RsipMessage#TUNNEL_GRE})
     */
    public record Bind(long clientId, long bindId, InetAddress address, int firstPort, int count, boolean wholeAddress,
            boolean listen, Instant expires, InetAddress client, int tunnelType) {
    }

    private static final class Client {
        final long id;
        final InetAddress source;
        Instant lastSeen;

        Client(long id, InetAddress source, Instant now) {
            this.id = id;
            this.source = source;
            this.lastSeen = now;
        }
    }

    private final RsipServerConfig config;
    private final Clock clock;
    private final ServerSocket listener;
    private final Thread acceptor;
    private final DatagramSocket datagrams;
    private final Thread udp;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Map<Long, Client> clients = new LinkedHashMap<>();
    private final Map<Long, Bind> binds = new LinkedHashMap<>();
    private long nextClientId = 1;
    private long nextBindId = 1;

    private RsipServer(RsipServerConfig config, Clock clock) throws IOException {
        this.config = config;
        this.clock = clock;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(config.control(), 50);
        try {
            this.datagrams = new DatagramSocket(new InetSocketAddress(config.control().getAddress(),
                    listener.getLocalPort()));
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        this.udp = Thread.ofPlatform().daemon().name("rsip-server udp " + datagrams.getLocalSocketAddress())
                .start(this::serveDatagrams);
        this.acceptor = Thread.ofPlatform().daemon().name("rsip-server " + listener.getLocalSocketAddress())
                .start(this::accept);
    }

    /** Starts a server with {@code config}. */
    public static RsipServer start(RsipServerConfig config) throws IOException {
        return new RsipServer(config, Clock.systemUTC());
    }

    /** The control address and port actually bound. */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    public RsipServerConfig config() {
        return config;
    }

    /** The live binds (expired ones dropped first), oldest first. */
    public synchronized List<Bind> binds() {
        expire(clock.instant());
        return List.copyOf(binds.values());
    }

    /** How many clients are registered now. */
    public synchronized int clients() {
        expire(clock.instant());
        return clients.size();
    }

    private void accept() {
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
            Thread.ofVirtual().name("rsip-connection " + socket.getRemoteSocketAddress()).start(() -> serve(socket));
        }
    }

    private void serveDatagrams() {
        byte[] buffer = new byte[65535];
        DatagramPacket in = new DatagramPacket(buffer, buffer.length);
        while (!datagrams.isClosed()) {
            try {
                datagrams.receive(in);
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                continue;
            }
            RsipMessage response;
            try {
                response = answer(RsipMessage.decode(buffer, 0, in.getLength()), in.getAddress());
            } catch (RsipParseException e) {
                boolean rsip = in.getLength() > 0 && (buffer[0] & 0xFF) == RsipMessage.VERSION;
                response = RsipMessage.of(RsipMessage.ERROR_RESPONSE)
                        .withError(rsip ? RsipMessage.BAD_MESSAGE : RsipMessage.UNSUPPORTED_RSIP_VERSION);
            }
            byte[] bytes = response.encode();
            try {
                datagrams.send(new DatagramPacket(bytes, bytes.length, in.getSocketAddress()));
            } catch (IOException e) {
                // the client went away
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            InetAddress source = socket.getInetAddress();
            while (true) {
                byte[] header = new byte[RsipMessage.HEADER];
                in.readFully(header);
                int length;
                try {
                    length = RsipMessage.length(header);
                } catch (RsipParseException e) {
                    // the stream cannot be resynchronised: say why and hang up
                    int error = (header[0] & 0xFF) != RsipMessage.VERSION ? RsipMessage.UNSUPPORTED_RSIP_VERSION
                            : RsipMessage.BAD_MESSAGE;
                    out.write(RsipMessage.of(RsipMessage.ERROR_RESPONSE).withError(error).encode());
                    return;
                }
                byte[] bytes = new byte[length];
                System.arraycopy(header, 0, bytes, 0, RsipMessage.HEADER);
                in.readFully(bytes, RsipMessage.HEADER, length - RsipMessage.HEADER);
                RsipMessage response;
                try {
                    response = answer(RsipMessage.decode(bytes), source);
                } catch (RsipParseException e) {
                    response = RsipMessage.of(RsipMessage.ERROR_RESPONSE).withError(RsipMessage.BAD_MESSAGE);
                }
                out.write(response.encode());
                out.flush();
            }
        } catch (EOFException | SocketException e) {
            // the client hung up or the server closes
        } catch (IOException e) {
            // a broken connection ends only itself
        } finally {
            connections.remove(socket);
        }
    }

    /** The answer to one request from {@code source}. */
    synchronized RsipMessage answer(RsipMessage request, InetAddress source) {
        Instant now = clock.instant();
        expire(now);
        RsipMessage response = switch (request.type()) {
            case RsipMessage.REGISTER_REQUEST -> register(source, now);
            case RsipMessage.DEREGISTER_REQUEST -> deregister(request);
            case RsipMessage.ASSIGN_REQUEST_RSAP_IP -> assignPorts(request, now);
            case RsipMessage.ASSIGN_REQUEST_RSA_IP -> assignAddress(request, now);
            case RsipMessage.LISTEN_REQUEST -> listen(request, now);
            case RsipMessage.EXTEND_REQUEST -> extend(request, now);
            default -> error(RsipMessage.UNSUPPORTED_MESSAGE, request); // QUERY_REQUEST among them (F-50)
        };
        if (request.messageCounter().isPresent()) {
            response = response.withMessageCounter(request.messageCounter().getAsLong());
        }
        return response;
    }

    private RsipMessage register(InetAddress source, Instant now) {
        if (!RsipServerConfig.matches(config.internalPrefix(), source)) {
            return error(RsipMessage.REGISTRATION_DENIED, null); // not on INT_IF (F-51)
        }
        if (clients.size() >= config.clientLimit()) {
            return error(RsipMessage.REGISTRATION_DENIED, null); // MAX_CLIENTS (F-51)
        }
        Client client = new Client(nextClientId++, source, now);
        clients.put(client.id, client);
        return RsipMessage.of(RsipMessage.REGISTER_RESPONSE).withClientId(client.id).withLeaseTime(leaseSeconds())
                .withFlowPolicy(RsipMessage.FLOW_MACRO, RsipMessage.FLOW_NONE)
                .withMethod(RsipMessage.METHOD_RSAP_IP).withMethod(RsipMessage.METHOD_RSA_IP)
                .withTunnelType(RsipMessage.TUNNEL_IP_IP).withTunnelType(RsipMessage.TUNNEL_GRE);
    }

    private RsipMessage deregister(RsipMessage request) {
        Client client = client(request);
        if (client == null) {
            return error(RsipMessage.BAD_CLIENT_ID, request);
        }
        clients.remove(client.id);
        binds.values().removeIf(bind -> bind.clientId() == client.id);
        return RsipMessage.of(RsipMessage.DEREGISTER_RESPONSE).withClientId(client.id);
    }

    private RsipMessage assignPorts(RsipMessage request, Instant now) {
        Client client = client(request);
        if (client == null) {
            return error(RsipMessage.BAD_CLIENT_ID, request);
        }
        client.lastSeen = now;
        if (request.tunnelType().orElse(RsipMessage.TUNNEL_IP_IP) == RsipMessage.TUNNEL_L2TP) {
            return error(RsipMessage.BAD_TUNNEL_TYPE, request); // L2TP not supported (F-50)
        }
        if (binds.values().stream().anyMatch(b -> b.wholeAddress() && b.clientId() != client.id)) {
            return error(RsipMessage.LOCAL_ADDR_UNAVAILABLE, request);
        }
        int count = request.ports().map(RsipPorts::count).filter(n -> n > 0 && n <= config.bindSize())
                .orElse(config.bindSize());
        int first = freeBlock(config.portRange().first(), config.portRange().last(), count);
        if (first < 0) {
            return error(RsipMessage.LOCAL_ADDRPORT_UNAVAILABLE, request); // resources exhausted (F-56)
        }
        Bind bind = new Bind(client.id, nextBindId++, config.publicAddress(), first, count, false, false,
                now.plus(config.lease()), client.source, tunnel(request));
        binds.put(bind.bindId(), bind);
        return granted(RsipMessage.ASSIGN_RESPONSE_RSAP_IP, bind, request);
    }

    private RsipMessage assignAddress(RsipMessage request, Instant now) {
        Client client = client(request);
        if (client == null) {
            return error(RsipMessage.BAD_CLIENT_ID, request);
        }
        client.lastSeen = now;
        if (!binds.isEmpty()) {
            boolean held = binds.values().stream().anyMatch(Bind::wholeAddress);
            return error(held ? RsipMessage.LOCAL_ADDR_UNAVAILABLE : RsipMessage.LOCAL_ADDR_INUSE, request);
        }
        Bind bind = new Bind(client.id, nextBindId++, config.publicAddress(), config.portRange().first(),
                config.portRange().size(), true, false, now.plus(config.lease()), client.source, tunnel(request));
        binds.put(bind.bindId(), bind);
        return RsipMessage.of(RsipMessage.ASSIGN_RESPONSE_RSA_IP).withClientId(client.id).withBindId(bind.bindId())
                .withAddress(bind.address()).withAddress(null).withLeaseTime(leaseSeconds())
                .withTunnelType(request.tunnelType().orElse(RsipMessage.TUNNEL_IP_IP));
    }

    private RsipMessage listen(RsipMessage request, Instant now) {
        Client client = client(request);
        if (client == null) {
            return error(RsipMessage.BAD_CLIENT_ID, request);
        }
        client.lastSeen = now;
        int port = request.ports().map(RsipPorts::first).orElse(0);
        if (port == 0) {
            return error(RsipMessage.MISSING_PARAM, request);
        }
        if (!config.portRange().contains(port)
                && (config.listenRange() == null || !config.listenRange().contains(port))) {
            return error(RsipMessage.LOCAL_ADDRPORT_UNALLOWED, request);
        }
        Bind held = null;
        for (Bind bind : binds.values()) {
            if (bind.clientId() != client.id && port >= bind.firstPort() && port < bind.firstPort() + bind.count()) {
                return error(RsipMessage.LOCAL_ADDRPORT_INUSE, request); // F-53
            }
            if (bind.clientId() == client.id && bind.listen() && bind.firstPort() == port) {
                held = bind;
            }
        }
        // listening again on a port it listens on renews that bind: repeating a request must not add state
        Bind bind = held != null
                ? new Bind(client.id, held.bindId(), held.address(), port, 1, false, true, now.plus(config.lease()),
                        client.source, tunnel(request))
                : new Bind(client.id, nextBindId++, config.publicAddress(), port, 1, false, true,
                        now.plus(config.lease()), client.source, tunnel(request));
        binds.put(bind.bindId(), bind);
        return granted(RsipMessage.LISTEN_RESPONSE, bind, request);
    }

    private RsipMessage extend(RsipMessage request, Instant now) {
        Client client = client(request);
        if (client == null) {
            return error(RsipMessage.BAD_CLIENT_ID, request);
        }
        client.lastSeen = now;
        Bind bind = binds.get(request.bindId().orElse(-1));
        if (bind == null || bind.clientId() != client.id) {
            return error(RsipMessage.BAD_BIND_ID, request);
        }
        Bind extended = new Bind(bind.clientId(), bind.bindId(), bind.address(), bind.firstPort(), bind.count(),
                bind.wholeAddress(), bind.listen(), now.plus(config.lease()), bind.client(), bind.tunnelType());
        binds.put(bind.bindId(), extended);
        return RsipMessage.of(RsipMessage.EXTEND_RESPONSE).withClientId(client.id).withBindId(bind.bindId())
                .withLeaseTime(leaseSeconds());
    }

    private RsipMessage granted(int type, Bind bind, RsipMessage request) {
        return RsipMessage.of(type).withClientId(bind.clientId()).withBindId(bind.bindId())
                .withAddress(bind.address()).withPorts(RsipPorts.range(bind.firstPort(), bind.count()))
                .withAddress(null).withPorts(RsipPorts.any(0)).withLeaseTime(leaseSeconds())
                .withTunnelType(request.tunnelType().orElse(RsipMessage.TUNNEL_IP_IP));
    }

    private static int tunnel(RsipMessage request) {
        return request.tunnelType().orElse(RsipMessage.TUNNEL_IP_IP);
    }

    private Client client(RsipMessage request) {
        return request.clientId().isPresent() ? clients.get(request.clientId().getAsLong()) : null;
    }

    /** The first port of {@code count} free contiguous ports in first–last, or -1. */
    private int freeBlock(int first, int last, int count) {
        List<Bind> taken = new ArrayList<>(binds.values());
        taken.sort((a, b) -> Integer.compare(a.firstPort(), b.firstPort()));
        int candidate = first;
        for (Bind bind : taken) {
            if (bind.firstPort() + bind.count() <= candidate) {
                continue;
            }
            if (bind.firstPort() >= candidate + count) {
                break;
            }
            candidate = bind.firstPort() + bind.count();
        }
        return candidate + count - 1 <= last ? candidate : -1;
    }

    private long leaseSeconds() {
        return Math.max(1, config.lease().toSeconds());
    }

    private void expire(Instant now) {
        binds.values().removeIf(bind -> !bind.expires().isAfter(now));
        for (Iterator<Client> it = clients.values().iterator(); it.hasNext();) {
            Client client = it.next();
            boolean holds = binds.values().stream().anyMatch(b -> b.clientId() == client.id);
            if (!holds && !client.lastSeen.plus(config.lease()).isAfter(now)) {
                it.remove();
            }
        }
    }

    private static RsipMessage error(int error, RsipMessage request) {
        RsipMessage response = RsipMessage.of(RsipMessage.ERROR_RESPONSE).withError(error);
        if (request != null && request.clientId().isPresent()) {
            response = response.withClientId(request.clientId().getAsLong());
        }
        return response;
    }

    /** Stops listening and drops every connection. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        datagrams.close();
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        try {
            acceptor.join(2000);
            udp.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
