package io.patchbay.probe.relay.internal;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.relay.ProxyKind;
import io.patchbay.probe.relay.ProxyServer;
import io.patchbay.probe.relay.ProxySource;

/**
 * The proxies the system's settings name for a relay: the {@code https_proxy}, {@code http_proxy} and
 * {@code all_proxy} variables (either case) unless {@code no_proxy} exempts the host, then Java's
 * {@link ProxySelector} for {@code https://host:port} and {@code socket://host:port}.
 */
public final class SystemProxies {

    private static final List<String> VARIABLES = List.of("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY",
            "all_proxy", "ALL_PROXY");

    private SystemProxies() {
    }

    public static List<ProxyServer> find(String host, int port, Map<String, String> environment,
            ProxySelector selector, List<String> notes) {
        List<ProxyServer> proxies = new ArrayList<>();
        if (!exempt(host, environment)) {
            for (String variable : VARIABLES) {
                String value = environment.get(variable);
                if (value == null || value.isBlank()) {
                    continue;
                }
                try {
                    proxies.add(ProxyServer.parse(value, ProxySource.SYSTEM));
                } catch (IllegalArgumentException e) {
                    String note = variable + " is not a usable proxy setting (" + withoutUserInfo(value) + "): "
                            + withoutUserInfo(e.getMessage());
                    if (!notes.contains(note)) {
                        notes.add(note);
                    }
                }
            }
        }
        if (selector != null) {
            String authority = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
            for (String scheme : List.of("https://", "socket://")) {
                List<Proxy> selected;
                try {
                    selected = selector.select(URI.create(scheme + authority + "/"));
                } catch (RuntimeException e) {
                    continue;
                }
                for (Proxy proxy : selected == null ? List.<Proxy>of() : selected) {
                    if (proxy.type() == Proxy.Type.DIRECT || !(proxy.address() instanceof InetSocketAddress address)) {
                        continue;
                    }
                    ProxyKind kind = proxy.type() == Proxy.Type.HTTP ? ProxyKind.HTTP : ProxyKind.SOCKS4;
                    proxies.add(new ProxyServer(kind, new HostAndPort(address.getHostString(), address.getPort()),
                            ProxySource.SYSTEM));
                }
            }
        }
        return proxies;
    }

    /** Whether {@code no_proxy} names the host: {@code *}, the host itself, or a domain suffix. */
    static boolean exempt(String host, Map<String, String> environment) {
        String value = environment.getOrDefault("no_proxy", environment.getOrDefault("NO_PROXY", ""));
        String name = host.toLowerCase(Locale.ROOT);
        for (String entry : value.split(",")) {
            String item = entry.strip().toLowerCase(Locale.ROOT);
            if (item.isEmpty()) {
                continue;
            }
            if (item.equals("*") || item.equals(name)) {
                return true;
            }
            String suffix = item.startsWith(".") ? item : "." + item;
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** A proxy URL without {@code user:password@}: a setting may carry a password, a report must not. */
    static String withoutUserInfo(String text) {
        return text == null ? "" : text.replaceAll("(?<=://)[^/@\\s]*@", "").replaceAll("^[^/@\\s:]*:[^/@\\s]*@", "");
    }
}
