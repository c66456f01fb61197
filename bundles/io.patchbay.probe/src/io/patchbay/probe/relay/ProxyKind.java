package io.patchbay.probe.relay;

/**
 * How a proxy is spoken to. The probe speaks {@link #HTTP}, {@link #SOCKS4} and {@link #SOCKS4A}; the others are
 * recognised in PAC results and settings so that the report can say a route was skipped and why.
 *
 * @since 0.1
 */
public enum ProxyKind {
    /** An HTTP proxy opening a tunnel with {@code CONNECT} (PAC {@code PROXY}, {@code HTTP}). */
    HTTP("HTTP proxy", true),
    /** SOCKS v4: the probe resolves the relay's name itself and sends the address (PAC {@code SOCKS}, {@code SOCKS4}). */
    SOCKS4("SOCKS4 proxy", true),
    /** SOCKS v4a: the proxy resolves the relay's name. */
    SOCKS4A("SOCKS4a proxy", true),
    /** An HTTP proxy reached over TLS (PAC {@code HTTPS}): not spoken by the probe. */
    HTTPS("HTTPS proxy", false),
    /** SOCKS v5 (PAC {@code SOCKS5}): not spoken by the probe. */
    SOCKS5("SOCKS5 proxy", false);

    private final String label;
    private final boolean supported;

    ProxyKind(String label, boolean supported) {
        this.label = label;
        this.supported = supported;
    }

    /** {@code HTTP proxy}, {@code SOCKS4 proxy}, …: as the report names it. */
    public String label() {
        return label;
    }

    /** Whether the probe can open a tunnel through this kind of proxy. */
    public boolean supported() {
        return supported;
    }
}
