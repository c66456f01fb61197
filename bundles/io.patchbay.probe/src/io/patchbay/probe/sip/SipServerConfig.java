package io.patchbay.probe.sip;

import java.net.InetSocketAddress;
import java.util.Optional;

import javax.net.ssl.SSLContext;

/**
 * What a {@link SipServer} listens on and whom it lets register.
 *
 * @param address UDP and TCP on this address and port (port 0: a port free for both)
 * @param tls TLS on this address and port, with this context's key (empty: no TLS)
 * @param credentials when present, REGISTER is challenged with a Digest 401 and only these credentials pass; OPTIONS
 *            is always answered, as a registrar does for keep-alive pings
 * @param realm the Digest realm
 * @since 0.1
 */
public record SipServerConfig(InetSocketAddress address, Optional<Tls> tls, Optional<DigestCredentials> credentials,
        String realm) {

    /** A TLS listener. */
    public record Tls(InetSocketAddress address, SSLContext context) {
    }

    /** UDP and TCP on {@code address}, no TLS, no challenge. */
    public static SipServerConfig on(InetSocketAddress address) {
        return new SipServerConfig(address, Optional.empty(), Optional.empty(), "patchbay");
    }

    public SipServerConfig withCredentials(DigestCredentials value) {
        return new SipServerConfig(address, tls, Optional.of(value), realm);
    }

    public SipServerConfig withTls(InetSocketAddress tlsAddress, SSLContext context) {
        return new SipServerConfig(address, Optional.of(new Tls(tlsAddress, context)), credentials, realm);
    }
}
