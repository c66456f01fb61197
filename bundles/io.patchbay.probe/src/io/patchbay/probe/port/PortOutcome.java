package io.patchbay.probe.port;

/**
 * What a port probe found, from the operator's side: each value says where to look next.
 *
 * @since 0.1
 */
public enum PortOutcome {
    /** The TCP connection was accepted (no TLS asked for). */
    OPEN(true, "port open"),
    /** The TLS handshake completed and the chain is trusted for the target. */
    TLS_TRUSTED(true, "TLS handshake completed, certificate trusted"),
    /** Something answered with a reset: nothing listens there, or a firewall rejects. */
    REFUSED(false, "connection refused: nothing listens on that port, or a firewall rejects it"),
    /** No answer in time: a firewall drops the packets, the router does not forward the port, or the host is down. */
    TIMEOUT(false, "no answer in time: a firewall drops the packets, the port is not forwarded, or the host is down"),
    /** No route to the host, or the name does not resolve. */
    UNREACHABLE(false, "host unreachable"),
    /** The port is open but no TLS handshake came about (not TLS, no common protocol or cipher, closed early). */
    TLS_FAILED(false, "TLS handshake failed"),
    /** The handshake reached the certificate, which is not trusted (unknown CA, expired, wrong name). */
    NOT_TRUSTED(false, "certificate not trusted");

    private final boolean ok;
    private final String meaning;

    PortOutcome(boolean ok, String meaning) {
        this.ok = ok;
        this.meaning = meaning;
    }

    /** Whether the probe passed. */
    public boolean ok() {
        return ok;
    }

    /** What the outcome means, in one phrase for an operator. */
    public String meaning() {
        return meaning;
    }
}
