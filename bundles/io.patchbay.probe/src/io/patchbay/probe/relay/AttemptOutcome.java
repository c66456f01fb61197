package io.patchbay.probe.relay;

/**
 * What one attempt found, from the operator's side: each value says where to look next.
 *
 * @since 0.1
 */
public enum AttemptOutcome {
    /** The TCP connection (or the tunnel to the relay) is up; no TLS was asked for. */
    CONNECTED(true, "connected"),
    /** The TLS handshake with the relay completed and its certificate is trusted. */
    TLS_OK(true, "TLS handshake completed, certificate trusted"),
    /** The relay (or, through a SOCKS proxy, the path to it) answered with a reset. */
    REFUSED(false, "connection refused: nothing listens there, or a firewall rejects it"),
    /**
     * No answer in time: a firewall drops the packets, the host is down, or whatever accepted the connection stays
     * silent (the detail says which step waited).
     */
    TIMEOUT(false, "no answer in time: a firewall drops the packets, the host is down, or the far side stays silent"),
    /** No route to the host, or its name does not resolve. */
    UNREACHABLE(false, "host unreachable or its name does not resolve"),
    /** The proxy itself cannot be reached: check the proxy setting. */
    PROXY_UNREACHABLE(false, "the proxy cannot be reached: check the proxy address"),
    /** The proxy answered 407 (or 401) and no credentials were given, or it wants a scheme other than Basic. */
    PROXY_AUTH_REQUIRED(false, "proxy wants credentials: give a proxy user and password"),
    /** The proxy answered 407 (or 401) again to the credentials given. */
    PROXY_AUTH_FAILED(false, "proxy rejected the credentials: check the proxy user and password"),
    /** The proxy refused to open the tunnel (HTTP 403 and other 4xx, SOCKS 91–93): its policy forbids this target. */
    PROXY_DENIED(false, "the proxy refused the tunnel: its policy must allow this relay and port"),
    /** The proxy tried and could not reach the relay (HTTP 5xx). */
    PROXY_TARGET_FAILED(false, "the proxy could not reach the relay"),
    /** What came back from the proxy is not HTTP (or not SOCKS), or came back cut short. */
    PROXY_MALFORMED(false, "the proxy's answer is malformed: this may not be a proxy of that kind"),
    /**
     * A proxy or firewall in the path answered non-HTTP traffic with an HTTP error (F-62), e.g.
     * {@code HTTP/1.0 400 Bad Request} where the relay speaks TLS/OpenVPN: the traffic is inspected or intercepted.
     */
    MIDDLEBOX(false, "a proxy or firewall answered with HTTP where the relay speaks TLS: the firewall must let the"
            + " traffic through uninspected (F-41)"),
    /** The connection is up but no TLS handshake came about (not TLS, closed early, no common protocol). */
    TLS_FAILED(false, "TLS handshake failed"),
    /** The handshake reached the relay's certificate, which is not trusted (unknown CA, expired, wrong name). */
    NOT_TRUSTED(false, "certificate not trusted"),
    /** The route needs a proxy kind the probe does not speak (HTTPS proxy, SOCKS5). */
    UNSUPPORTED(false, "proxy kind not supported by the probe");

    private final boolean ok;
    private final String meaning;

    AttemptOutcome(boolean ok, String meaning) {
        this.ok = ok;
        this.meaning = meaning;
    }

    /** Whether the relay was reached. */
    public boolean ok() {
        return ok;
    }

    /** What the outcome means, in one phrase for an operator. */
    public String meaning() {
        return meaning;
    }
}
