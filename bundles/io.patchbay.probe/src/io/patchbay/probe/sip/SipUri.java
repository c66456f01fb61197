package io.patchbay.probe.sip;

import java.util.Locale;

/**
 * The host and port of a {@code sip:} or {@code sips:} URI, as far as a probe needs them.
 *
 * @param scheme {@code sip}, {@code sips} or {@code tel}, in lower case
 * @param user the user part, "" when absent
 * @param host the host (IPv6 without brackets)
 * @param port the port, 0 when absent
 * @since 0.1
 */
public record SipUri(String scheme, String user, String host, int port) {

    /**
     * Parses a URI, bare or in a name-addr ({@code "Alice" <sip:alice@192.0.2.1:5070;transport=udp>;expires=60}).
     */
    public static SipUri parse(String text) throws SipParseException {
        String value = text.strip();
        int open = value.indexOf('<');
        if (open >= 0) {
            int close = value.indexOf('>', open);
            if (close < 0) {
                throw new SipParseException("'" + SipMessage.printable(text) + "' has '<' without '>'");
            }
            value = value.substring(open + 1, close);
        } else {
            int semicolon = value.indexOf(';');
            value = semicolon < 0 ? value : value.substring(0, semicolon); // header parameters of an addr-spec
        }
        int colon = value.indexOf(':');
        if (colon <= 0) {
            throw new SipParseException("'" + SipMessage.printable(text) + "' has no URI scheme");
        }
        String scheme = value.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = value.substring(colon + 1);
        int parameters = indexOfAny(rest, ";?");
        if (parameters >= 0) {
            rest = rest.substring(0, parameters);
        }
        String user = "";
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            user = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        if (scheme.equals("tel")) {
            return new SipUri(scheme, rest, "", 0);
        }
        String host;
        String port = null;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw new SipParseException("'" + SipMessage.printable(text) + "' has '[' without ']'");
            }
            host = rest.substring(1, close);
            if (rest.length() > close + 1) {
                if (rest.charAt(close + 1) != ':') {
                    throw new SipParseException("'" + SipMessage.printable(text) + "' has text after ']'");
                }
                port = rest.substring(close + 2);
            }
        } else {
            int portColon = rest.indexOf(':');
            host = portColon < 0 ? rest : rest.substring(0, portColon);
            port = portColon < 0 ? null : rest.substring(portColon + 1);
        }
        if (host.isEmpty()) {
            throw new SipParseException("'" + SipMessage.printable(text) + "' names no host");
        }
        int portNumber = 0;
        if (port != null) {
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65535) {
                throw new SipParseException("'" + SipMessage.printable(text) + "' has no valid port");
            }
            portNumber = Integer.parseInt(port);
        }
        return new SipUri(scheme, user, host, portNumber);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code host:port} with brackets around IPv6 and the default port 5060 (5061 for sips) filled in. */
    public String hostPort() {
        int p = port > 0 ? port : scheme.equals("sips") ? 5061 : 5060;
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + p;
    }
}
