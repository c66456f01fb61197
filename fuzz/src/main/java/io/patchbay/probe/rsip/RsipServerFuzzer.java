package io.patchbay.probe.rsip;

import static io.patchbay.fuzz.Budget.require;

import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import io.patchbay.fuzz.Budget;

/**
 * The RSIP server's message handling, {@link RsipServer#answer} (package-private, hence this package on the fuzz
 * classpath), driven by a conversation: the input is a stream of RSIP messages as over TCP, each decoded and
 * answered in turn by a server that starts empty for every input. Every answer is a response (or ERROR_RESPONSE)
 * that encodes and decodes to itself; the server's binds stay within its PORT_RANGE and LISTEN_RANGE, never overlap
 * between clients, number no more than the ports it has, and a client listens on a port once (F-51–F-53): a client
 * cannot make the server hold state without bound by repeating a request.
 * <p>
 * The first input byte says where the conversation comes from: inside the internal prefix or outside it.
 */
public final class RsipServerFuzzer {

    private static final RsipServer SERVER;
    private static final InetAddress INSIDE;
    private static final InetAddress OUTSIDE;

    static {
        try {
            INSIDE = InetAddress.getByName("127.0.0.2");
            OUTSIDE = InetAddress.getByName("192.0.2.99");
            RsipServerConfig config = RsipServerConfig
                    .on(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), InetAddress.getByName("198.51.100.1"))
                    .withPortRange(new RsipServerConfig.PortRange(20000, 20999))
                    .withListenRange(new RsipServerConfig.PortRange(5060, 5063)).withMaxClients(3);
            SERVER = RsipServer.start(config);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RsipServerFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        Budget.check("RsipServer.answer", input, () -> run(input));
    }

    static void run(byte[] input) throws Exception {
        reset();
        InetAddress source = (input[0] & 1) == 0 ? INSIDE : OUTSIDE;
        int at = 1;
        while (at + RsipMessage.HEADER <= input.length) {
            int length;
            try {
                length = RsipMessage.length(java.util.Arrays.copyOfRange(input, at, at + RsipMessage.HEADER));
            } catch (RsipParseException e) {
                return; // the server answers with an error and hangs up
            }
            if (at + length > input.length) {
                return; // the stream ends inside a message
            }
            RsipMessage request;
            try {
                request = RsipMessage.decode(input, at, length);
            } catch (RsipParseException e) {
                at += length; // answered with BAD_MESSAGE; the stream goes on
                continue;
            }
            at += length;
            RsipMessage response = SERVER.answer(request, source);
            check(request, response);
        }
    }

    private static void check(RsipMessage request, RsipMessage response) {
        int type = response.type();
        require(type == RsipMessage.ERROR_RESPONSE || type % 2 == 1 && type <= RsipMessage.LISTEN_RESPONSE,
                () -> "the server answered " + request + " with " + response);
        try {
            require(RsipMessage.decode(response.encode()).equals(response), () -> "the answer " + response
                    + " decodes to something else");
        } catch (RsipParseException e) {
            throw new Budget.PropertyViolated("the answer " + response + " does not decode: " + e.getMessage());
        }
        RsipServerConfig config = SERVER.config();
        List<RsipServer.Bind> binds = SERVER.binds();
        int ports = config.portRange().size() + config.listenRange().size();
        require(binds.size() <= ports, () -> binds.size() + " binds held for " + ports + " ports, after " + request);
        int clients = SERVER.clients();
        require(clients <= config.clientLimit(), () -> clients + " clients registered, the limit is "
                + config.clientLimit());
        for (RsipServer.Bind bind : binds) {
            int last = bind.firstPort() + bind.count() - 1;
            boolean inRange = config.portRange().contains(bind.firstPort()) && config.portRange().contains(last)
                    || config.listenRange().contains(bind.firstPort()) && config.listenRange().contains(last);
            require(inRange, () -> "bind " + bind + " lies outside PORT_RANGE and LISTEN_RANGE");
            for (RsipServer.Bind other : binds) {
                boolean overlap = bind.firstPort() <= other.firstPort() + other.count() - 1
                        && other.firstPort() <= last;
                require(bind.clientId() == other.clientId() || !overlap, () -> "binds " + bind + " and " + other
                        + " of two clients share ports");
                require(bind == other || !bind.listen() || !other.listen() || bind.clientId() != other.clientId()
                        || bind.firstPort() != other.firstPort(), () -> "client " + bind.clientId() + " holds two"
                                + " listen binds of port " + bind.firstPort() + ": each LISTEN_REQUEST adds state");
            }
        }
    }

    /** Forgets every client and bind, so that each input is one reproducible conversation. */
    private static void reset() throws ReflectiveOperationException {
        synchronized (SERVER) {
            for (String name : new String[] { "clients", "binds" }) {
                Field field = RsipServer.class.getDeclaredField(name);
                field.setAccessible(true);
                ((Map<?, ?>) field.get(SERVER)).clear();
            }
            for (String name : new String[] { "nextClientId", "nextBindId" }) {
                Field field = RsipServer.class.getDeclaredField(name);
                field.setAccessible(true);
                field.setLong(SERVER, 1);
            }
        }
    }
}
