package io.patchbay.probe.relay;

import java.net.ProxySelector;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a relay probe runs: the time allowed per attempt, which proxies to try after the direct route, credentials for
 * a proxy's 407, and whether to complete a TLS handshake with the relay. Immutable; each {@code with…} returns a copy.
 *
 * @since 0.1
 */
public final class RelayProbeOptions {

    private final Duration timeout;
    private final Optional<ProxyServer> override;
    private final Optional<PacScript> pac;
    private final boolean systemProxies;
    private final Map<String, String> environment;
    private final ProxySelector selector;
    private final Optional<ProxyCredentials> credentials;
    private final boolean tls;
    private final List<X509Certificate> trusted;
    private final String serverName;
    private final boolean stopAtFirstReached;

    private RelayProbeOptions(Duration timeout, Optional<ProxyServer> override, Optional<PacScript> pac,
            boolean systemProxies, Map<String, String> environment, ProxySelector selector,
            Optional<ProxyCredentials> credentials, boolean tls, List<X509Certificate> trusted, String serverName,
            boolean stopAtFirstReached) {
        this.timeout = timeout;
        this.override = override;
        this.pac = pac;
        this.systemProxies = systemProxies;
        this.environment = environment;
        this.selector = selector;
        this.credentials = credentials;
        this.tls = tls;
        this.trusted = trusted;
        this.serverName = serverName;
        this.stopAtFirstReached = stopAtFirstReached;
    }

    /** Direct only, TCP only, 3 s per attempt, every relay and port tried. */
    public static RelayProbeOptions defaults() {
        return new RelayProbeOptions(Duration.ofSeconds(3), Optional.empty(), Optional.empty(), false, Map.of(), null,
                Optional.empty(), false, List.of(), null, false);
    }

    /** The time one attempt may take, from the first connect to the end of the TLS handshake. */
    public RelayProbeOptions withTimeout(Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("the timeout per attempt must be positive");
        }
        return new RelayProbeOptions(value, override, pac, systemProxies, environment, selector, credentials, tls,
                trusted, serverName, stopAtFirstReached);
    }

    /** An explicit proxy ({@code Proxy=host:port}), tried right after the direct route. */
    public RelayProbeOptions withProxy(ProxyServer value) {
        return new RelayProbeOptions(timeout, Optional.of(value), pac, systemProxies, environment, selector,
                credentials, tls, trusted, serverName, stopAtFirstReached);
    }

    /** A PAC file whose answer for each relay and port names further proxies. */
    public RelayProbeOptions withPac(PacScript value) {
        return new RelayProbeOptions(timeout, override, Optional.of(value), systemProxies, environment, selector,
                credentials, tls, trusted, serverName, stopAtFirstReached);
    }

    /**
     * Also try the system's proxies: the {@code https_proxy}-style variables of {@code variables} (usually
     * {@code System.getenv()}) and {@code selector} (usually {@link ProxySelector#getDefault()}; null: none).
     */
    public RelayProbeOptions withSystemProxies(Map<String, String> variables, ProxySelector proxySelector) {
        return new RelayProbeOptions(timeout, override, pac, true, Map.copyOf(variables), proxySelector, credentials,
                tls, trusted, serverName, stopAtFirstReached);
    }

    /** Credentials to answer an HTTP proxy's 407 with (Basic); the user is also the SOCKS4 user id. */
    public RelayProbeOptions withCredentials(ProxyCredentials value) {
        return new RelayProbeOptions(timeout, override, pac, systemProxies, environment, selector,
                Optional.ofNullable(value), tls, trusted, serverName, stopAtFirstReached);
    }

    /**
     * Complete a TLS handshake with the relay once the connection or tunnel is up.
     *
     * @param caCertificates the CAs to trust; empty: the Java runtime's default trust store
     * @param name the name to send in SNI and to check the certificate against; null: the relay's host as given
     */
    public RelayProbeOptions withTls(List<X509Certificate> caCertificates, String name) {
        return new RelayProbeOptions(timeout, override, pac, systemProxies, environment, selector, credentials, true,
                List.copyOf(caCertificates), name, stopAtFirstReached);
    }

    /** Stop at the first relay and port reached, as a client would; by default every relay and port is tried. */
    public RelayProbeOptions stoppingAtFirstReached() {
        return new RelayProbeOptions(timeout, override, pac, systemProxies, environment, selector, credentials, tls,
                trusted, serverName, true);
    }

    public Duration timeout() {
        return timeout;
    }

    public Optional<ProxyServer> proxy() {
        return override;
    }

    public Optional<PacScript> pac() {
        return pac;
    }

    public boolean systemProxies() {
        return systemProxies;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public Optional<ProxySelector> proxySelector() {
        return Optional.ofNullable(selector);
    }

    public Optional<ProxyCredentials> credentials() {
        return credentials;
    }

    public boolean tls() {
        return tls;
    }

    public List<X509Certificate> trusted() {
        return trusted;
    }

    public Optional<String> serverName() {
        return Optional.ofNullable(serverName);
    }

    public boolean stopAtFirstReached() {
        return stopAtFirstReached;
    }
}
