package io.patchbay.probe.relay;

import java.util.Locale;

import io.patchbay.probe.HostAndPort;

/**
 * A proxy the probe may go through.
 *
 * @param kind how it is spoken to
 * @param address where it listens
 * @param source where it came from
 * @since 0.1
 */
public record ProxyServer(ProxyKind kind, HostAndPort address, ProxySource source) {

    public ProxyServer {
        if (kind == null || address == null || source == null) {
            throw new IllegalArgumentException("a proxy needs a kind, an address and a source");
        }
    }

    /**
     * Parses an operator's proxy setting: {@code host:port} or {@code http://host:port} (an HTTP proxy),
     * {@code socks4://host:port}, {@code socks4a://host:port} ({@code socks://} is SOCKS4). A port is required.
     *
     * @throws IllegalArgumentException naming what is wrong and the accepted forms
     */
    public static ProxyServer parse(String text, ProxySource source) {
        String value = text == null ? "" : text.strip();
        ProxyKind kind = ProxyKind.HTTP;
        int scheme = value.indexOf("://");
        if (scheme >= 0) {
            String name = value.substring(0, scheme).toLowerCase(Locale.ROOT);
            kind = switch (name) {
            case "http" -> ProxyKind.HTTP;
            case "https" -> ProxyKind.HTTPS;
            case "socks", "socks4" -> ProxyKind.SOCKS4;
            case "socks4a" -> ProxyKind.SOCKS4A;
            case "socks5", "socks5h" -> ProxyKind.SOCKS5;
            default -> throw new IllegalArgumentException("proxy '" + text + "' has an unknown scheme '" + name
                    + "'; use host:port, http://, socks4:// or socks4a://");
            };
            value = value.substring(scheme + 3);
        }
        if (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        int at = value.lastIndexOf('@');
        if (at >= 0) {
            // user:password@ in a proxy variable: the credentials are the caller's business, never kept here
            value = value.substring(at + 1);
        }
        HostAndPort one = HostAndPort.parse(value, 1);
        HostAndPort two = HostAndPort.parse(value, 2);
        if (one.port() != two.port()) {
            throw new IllegalArgumentException("proxy '" + text + "' names no port; write host:port");
        }
        return new ProxyServer(kind, one, source);
    }

    /** {@code HTTP proxy 127.0.0.1:3128 (PAC)}. */
    @Override
    public String toString() {
        return kind.label() + " " + address + " (" + source.label() + ")";
    }
}
