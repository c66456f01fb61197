package io.patchbay.probe.sip;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One Via value (RFC 3261 section 20.42, with {@code rport} of RFC 3581): {@code SIP/2.0/UDP host:port;branch=…}.
 *
 * @param transport UDP, TCP, TLS… in upper case
 * @param host the sent-by host (IPv6 without brackets)
 * @param port the sent-by port, 0 when absent
 * @param parameters the parameters in order; a parameter without value maps to ""
 * @since 0.1
 */
public record SipVia(String transport, String host, int port, Map<String, String> parameters) {

    /** The magic cookie of RFC 3261 branches. */
    public static final String BRANCH_COOKIE = "z9hG4bK";

    public SipVia {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public static SipVia parse(String value) throws SipParseException {
        String text = value.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("SIP/2.0/")) {
            throw new SipParseException("Via '" + SipMessage.printable(value) + "' does not start with SIP/2.0/");
        }
        int space = firstBlank(text, 8);
        if (space < 0) {
            throw new SipParseException("Via '" + SipMessage.printable(value) + "' has no sent-by");
        }
        String transport = upper.substring(8, space).strip();
        String rest = text.substring(space).strip();
        String[] parts = rest.split(";", -1);
        String sentBy = parts[0].strip();
        String host;
        String port = null;
        if (sentBy.startsWith("[")) {
            int close = sentBy.indexOf(']');
            if (close < 0) {
                throw new SipParseException("Via sent-by '" + SipMessage.printable(sentBy) + "' has no ']'");
            }
            host = sentBy.substring(1, close);
            if (sentBy.length() > close + 1) {
                if (sentBy.charAt(close + 1) != ':') {
                    throw new SipParseException("Via sent-by '" + SipMessage.printable(sentBy) + "' is malformed");
                }
                port = sentBy.substring(close + 2).strip();
            }
        } else {
            int colon = sentBy.indexOf(':');
            host = colon < 0 ? sentBy : sentBy.substring(0, colon).strip();
            port = colon < 0 ? null : sentBy.substring(colon + 1).strip();
        }
        if (host.isEmpty() || transport.isEmpty()) {
            throw new SipParseException("Via '" + SipMessage.printable(value) + "' has no transport or host");
        }
        int portNumber = 0;
        if (port != null) {
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65535) {
                throw new SipParseException("Via port '" + SipMessage.printable(port) + "' is not a port");
            }
            portNumber = Integer.parseInt(port);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = (equals < 0 ? parameter : parameter.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
            parameters.put(name, equals < 0 ? "" : parameter.substring(equals + 1).strip());
        }
        return new SipVia(transport, host, portNumber, parameters);
    }

    private static int firstBlank(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == ' ' || text.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }

    public Optional<String> branch() {
        return Optional.ofNullable(parameters.get("branch"));
    }

    /** The {@code received} parameter: the source address the next hop saw, when it differed from sent-by. */
    public Optional<String> received() {
        return Optional.ofNullable(parameters.get("received")).filter(s -> !s.isEmpty());
    }

    /** The {@code rport} value the next hop filled in: the source port it saw (RFC 3581). */
    public Optional<Integer> rport() {
        String value = parameters.get("rport");
        if (value == null || !value.matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }

    /** The Via as written in a header. */
    public String format() {
        StringBuilder text = new StringBuilder("SIP/2.0/").append(transport).append(' ')
                .append(host.indexOf(':') >= 0 ? "[" + host + "]" : host);
        if (port > 0) {
            text.append(':').append(port);
        }
        // a parameter without a name was received as ";=…": write it so, or it would not read back
        parameters.forEach((name, value) -> text.append(';').append(name)
                .append(value.isEmpty() && !name.isEmpty() ? "" : "=" + value));
        return text.toString();
    }
}
