package io.patchbay.probe.stun;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;

import io.patchbay.probe.internal.StunServerEngine;

/**
 * A small STUN server for simulators and tests: it answers Binding requests over UDP (and TCP) with XOR-MAPPED-ADDRESS.
 * <p>
 * In RFC 5780 mode (a {@link StunServerConfig#alternate() alternate} address) it listens on the four combinations of
 * primary/alternate address and port, answers CHANGE-REQUEST from the socket asked for, sends the response to the
 * RESPONSE-PORT a request names, mirrors its PADDING, and adds RESPONSE-ORIGIN and OTHER-ADDRESS. Without it,
 * CHANGE-REQUEST, RESPONSE-PORT and PADDING are answered with 420 (Unknown Attribute). Requests with unknown
 * comprehension-required attributes get 420 with UNKNOWN-ATTRIBUTES; with credentials configured, a request without
 * USERNAME and MESSAGE-INTEGRITY gets 400 and a wrong one 401. Responses carry FINGERPRINT when the request did.
 * Anything that is not a STUN request is ignored; a TCP connection that stops speaking STUN is closed.
 *
 * @since 0.1
 */
public final class StunServer implements AutoCloseable {

    private final StunServerEngine engine;

    private StunServer(StunServerEngine engine) {
        this.engine = engine;
    }

    /**
     * Binds the sockets and starts answering.
     *
     * @throws IOException when an address cannot be bound (with port 0, after trying many free ports)
     */
    public static StunServer start(StunServerConfig config) throws IOException {
        return new StunServer(new StunServerEngine(config));
    }

    /** The primary address with the port actually bound: where clients send their requests. */
    public InetSocketAddress primaryAddress() {
        return engine.address(0, 0);
    }

    /** In RFC 5780 mode, the alternate address and port (what OTHER-ADDRESS says to the primary socket). */
    public Optional<InetSocketAddress> otherAddress() {
        return engine.rfc5780() ? Optional.of(engine.address(1, 1)) : Optional.empty();
    }

    /** How many requests were answered (with success or error) since the start. */
    public long answered() {
        return engine.answered();
    }

    /** How many datagrams and TCP frames were dropped because they were not STUN requests. */
    public long ignored() {
        return engine.ignored();
    }

    /** Stops answering and releases every socket and thread. */
    @Override
    public void close() {
        engine.close();
    }
}
