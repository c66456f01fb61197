package io.patchbay.probe.relay;

import java.util.ArrayList;
import java.util.List;

import io.patchbay.probe.HostAndPort;

/**
 * A relay server and the ports to try on it, in order (F-60: e.g. 8200, 443, 80).
 *
 * @param host a name or an address literal (IPv6 without brackets)
 * @param ports the ports to try, first to last; at least one, each 1–65535
 * @since 0.1
 */
public record Relay(String host, List<Integer> ports) {

    public Relay {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a relay needs a host");
        }
        ports = List.copyOf(ports);
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("relay " + host + " has no port to try");
        }
        for (int port : ports) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " of relay " + host + " is not between 1 and 65535");
            }
        }
    }

    /**
     * Parses {@code host}, {@code host:port} or {@code host:port,port,…} (IPv6 in brackets), using
     * {@code defaultPorts} when the text names none.
     *
     * @throws IllegalArgumentException with a message that says what is wrong with the text
     */
    public static Relay parse(String text, List<Integer> defaultPorts) {
        String value = text == null ? "" : text.strip();
        int split;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            split = close >= 0 && value.startsWith(":", close + 1) ? close + 1 : -1;
        } else {
            split = value.indexOf(':') == value.lastIndexOf(':') ? value.indexOf(':') : -1; // else a bare IPv6
        }
        if (split < 0) {
            HostAndPort host = HostAndPort.parse(value, 1);
            return new Relay(host.host(), defaultPorts);
        }
        HostAndPort host = HostAndPort.parse(value.substring(0, split), 1);
        List<Integer> ports = new ArrayList<>();
        for (String port : value.substring(split + 1).split(",")) {
            try {
                ports.add(Integer.parseInt(port.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + port.strip() + "' in '" + text + "' is not a port number");
            }
        }
        return new Relay(host.host(), ports);
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":"
                + String.join(",", ports.stream().map(String::valueOf).toList());
    }
}
