package io.patchbay.probe.relay;

import java.util.Optional;

/**
 * How an attempt reaches a relay: direct, or through one proxy.
 *
 * @param proxy the proxy; empty for a direct connection
 * @since 0.1
 */
public record Route(Optional<ProxyServer> proxy) {

    /** The direct route. */
    public static final Route DIRECT = new Route(Optional.empty());

    public Route {
        proxy = proxy == null ? Optional.empty() : proxy;
    }

    /** Through {@code proxy}. */
    public static Route via(ProxyServer proxy) {
        return new Route(Optional.of(proxy));
    }

    /** Whether this is the direct route. */
    public boolean direct() {
        return proxy.isEmpty();
    }

    /** {@code direct} or {@code via HTTP proxy 127.0.0.1:3128 (PAC)}. */
    @Override
    public String toString() {
        return proxy.map(p -> "via " + p).orElse("direct");
    }
}
