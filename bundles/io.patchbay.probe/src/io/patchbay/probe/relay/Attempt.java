package io.patchbay.probe.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of a connection report: one relay, one port, one route.
 *
 * @param time when the attempt started
 * @param relay the relay's host as given
 * @param port the relay's port
 * @param route direct, or through which proxy
 * @param outcome the verdict
 * @param code the error code or status behind it, as the system or the peer gave it: {@code ECONNREFUSED},
 *            {@code ETIMEDOUT}, {@code HTTP 407}, {@code SOCKS 91}, {@code TLS}…; "" when there is none
 * @param elapsed how long the attempt took
 * @param tlsProtocol the negotiated TLS protocol when a handshake completed
 * @param detail more for the ticket (the proxy's status line, the handshake error); "" when nothing more
 * @since 0.1
 */
public record Attempt(Instant time, String relay, int port, Route route, AttemptOutcome outcome, String code,
        Duration elapsed, Optional<String> tlsProtocol, String detail) {

    public Attempt {
        code = code == null ? "" : code;
        detail = detail == null ? "" : detail;
        tlsProtocol = tlsProtocol == null ? Optional.empty() : tlsProtocol;
    }

    /** Whether this attempt reached the relay. */
    public boolean ok() {
        return outcome.ok();
    }

    /** The target as people write it: {@code relay.example.net:443}, {@code [2001:db8::1]:443}. */
    public String target() {
        return (relay.indexOf(':') >= 0 ? "[" + relay + "]" : relay) + ":" + port;
    }
}
