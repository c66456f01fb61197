package io.patchbay.probe.sip;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Digest challenge from a WWW-Authenticate (401) or Proxy-Authenticate (407) header (RFC 2617, RFC 7616), and the
 * Digest parameters of an Authorization header, which share the syntax.
 *
 * @param parameters names in lower case, values unquoted
 * @since 0.1
 */
public record DigestChallenge(Map<String, String> parameters) {

    public DigestChallenge {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Parses {@code Digest realm="…", nonce="…", …}. */
    public static DigestChallenge parse(String value) throws SipParseException {
        String text = value.strip();
        if (!text.regionMatches(true, 0, "Digest", 0, 6) || (text.length() > 6 && text.charAt(6) != ' ')) {
            throw new SipParseException("'" + SipMessage.printable(value) + "' is not a Digest challenge");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = 6;
        while (i < text.length()) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= text.length()) {
                break;
            }
            int equals = text.indexOf('=', i);
            if (equals < 0) {
                throw new SipParseException("Digest parameter without '=' in '" + SipMessage.printable(value) + "'");
            }
            String name = text.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            i = equals + 1;
            StringBuilder parameterValue = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    parameterValue.append(text.charAt(i++));
                }
                if (i >= text.length()) {
                    throw new SipParseException("unclosed quote in '" + SipMessage.printable(value) + "'");
                }
                i++;
            } else {
                while (i < text.length() && text.charAt(i) != ',') {
                    parameterValue.append(text.charAt(i++));
                }
            }
            if (name.isEmpty()) {
                throw new SipParseException("Digest parameter without name in '" + SipMessage.printable(value) + "'");
            }
            parameters.put(name, parameterValue.toString().strip());
        }
        return new DigestChallenge(parameters);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    public String realm() {
        return parameters.getOrDefault("realm", "");
    }

    public String nonce() {
        return parameters.getOrDefault("nonce", "");
    }

    /** MD5 unless the challenge names another algorithm. */
    public String algorithm() {
        return parameters.getOrDefault("algorithm", "MD5");
    }

    /** Whether the challenge offers {@code qop=auth}. */
    public boolean offersAuthQop() {
        String qop = parameters.get("qop");
        if (qop == null) {
            return false;
        }
        for (String option : qop.split(",")) {
            if (option.strip().equalsIgnoreCase("auth")) {
                return true;
            }
        }
        return false;
    }
}
