package io.patchbay.probe.relay;

/**
 * Where a proxy came from (F-61), shown on every report line that goes through it.
 *
 * @since 0.1
 */
public enum ProxySource {
    /** Given explicitly by the operator ({@code Proxy=host:port}). */
    OVERRIDE("override"),
    /** Named by the PAC file's {@code FindProxyForURL}. */
    PAC("PAC"),
    /** From the system's settings: Java's {@link java.net.ProxySelector} or the {@code https_proxy}-style variables. */
    SYSTEM("system");

    private final String label;

    ProxySource(String label) {
        this.label = label;
    }

    /** As the report shows it. */
    public String label() {
        return label;
    }
}
