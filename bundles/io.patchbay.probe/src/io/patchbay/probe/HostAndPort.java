package io.patchbay.probe;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * A probe target as an operator writes it: {@code host}, {@code host:port}, {@code [v6-address]} or
 * {@code [v6-address]:port}.
 *
 * @param host a name or an address literal (IPv6 without brackets)
 * @param port 1–65535
 * @since 0.1
 */
public record HostAndPort(String host, int port) {

    public HostAndPort {
        if (host == null || host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("no host given");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
    }

    /**
     * Parses {@code text}, using {@code defaultPort} when it names no port.
     *
     * @throws IllegalArgumentException with a message that says what is wrong with the text
     */
    public static HostAndPort parse(String text, int defaultPort) {
        String host = text == null ? "" : text.strip();
        String port = null;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("'" + text + "' has no closing ']'");
            }
            String rest = host.substring(close + 1);
            host = host.substring(1, close);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("'" + text + "' has text after ']' that is not ':PORT'");
                }
                port = rest.substring(1);
            }
        } else if (host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            port = host.substring(host.indexOf(':') + 1);
            host = host.substring(0, host.indexOf(':'));
        } // more than one ':' without brackets: a bare IPv6 address
        if (host.isEmpty() || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + text + "' names no host");
        }
        if (port == null) {
            return new HostAndPort(host, defaultPort);
        }
        try {
            return new HostAndPort(host, Integer.parseInt(port));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + port + "' in '" + text + "' is not a port number");
        }
    }

    /** Resolves the host (a DNS query unless it is a literal). */
    public InetSocketAddress resolve() throws UnknownHostException {
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }

    /** {@code 192.0.2.1:3478} or {@code [2001:db8::1]:3478}: an address as people write it, without a host name. */
    public static String format(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        String host = ip == null ? address.getHostString() : ip.getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
