package io.patchbay.probe.sip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A SIP user's name and password, and the Digest computation both sides need (RFC 2617 with {@code qop=auth} or
 * without qop; RFC 7616's MD5 and SHA-256, without the {@code -sess} variants).
 *
 * @param username the authentication user name (for a Yealink account, the register name; F-25)
 * @param password the password, never logged or shown
 * @since 0.1
 */
public record DigestCredentials(String username, String password) {

    public DigestCredentials {
        if (username == null || username.isEmpty()) {
            throw new IllegalArgumentException("no user name given");
        }
        if (password == null) {
            throw new IllegalArgumentException("no password given");
        }
    }

    /**
     * The value of an Authorization (or Proxy-Authorization) header answering {@code challenge} for a request of
     * {@code method} to {@code uri}.
     *
     * @throws SipProbeException when the challenge asks for an algorithm we do not speak
     */
    public String authorization(DigestChallenge challenge, String method, String uri) throws SipProbeException {
        String algorithm = challenge.algorithm();
        String javaName = javaAlgorithm(algorithm);
        if (javaName == null) {
            throw new SipProbeException("the server asks for Digest algorithm " + algorithm
                    + ", which the probe does not speak (MD5 and SHA-256 only)");
        }
        StringBuilder header = new StringBuilder("Digest username=\"").append(quote(username))
                .append("\", realm=\"").append(quote(challenge.realm())).append("\", nonce=\"")
                .append(quote(challenge.nonce())).append("\", uri=\"").append(quote(uri)).append('"');
        String response;
        if (challenge.offersAuthQop()) {
            String nc = "00000001";
            String cnonce = HexFormat.of().formatHex(randomBytes());
            response = response(javaName, challenge.realm(), challenge.nonce(), method, uri, nc, cnonce, "auth");
            header.append(", response=\"").append(response).append("\", qop=auth, nc=").append(nc)
                    .append(", cnonce=\"").append(cnonce).append('"');
        } else {
            response = response(javaName, challenge.realm(), challenge.nonce(), method, uri, null, null, null);
            header.append(", response=\"").append(response).append('"');
        }
        header.append(", algorithm=").append(algorithm);
        challenge.get("opaque").ifPresent(opaque -> header.append(", opaque=\"").append(quote(opaque)).append('"'));
        return header.toString();
    }

    /** Whether {@code authorization} (parsed) carries the right response for these credentials and {@code method}. */
    public boolean verifies(DigestChallenge authorization, String method) {
        String javaName = javaAlgorithm(authorization.algorithm());
        if (javaName == null || !authorization.get("username").map(username::equals).orElse(false)) {
            return false;
        }
        String expected = response(javaName, authorization.realm(), authorization.nonce(), method,
                authorization.get("uri").orElse(""), authorization.get("nc").orElse(null),
                authorization.get("cnonce").orElse(null), authorization.get("qop").orElse(null));
        byte[] given = authorization.get("response").orElse("").toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given);
    }

    String response(String javaName, String realm, String nonce, String method, String uri, String nc, String cnonce,
            String qop) {
        String ha1 = hash(javaName, username + ":" + realm + ":" + password);
        String ha2 = hash(javaName, method + ":" + uri);
        if (qop == null) {
            return hash(javaName, ha1 + ":" + nonce + ":" + ha2);
        }
        return hash(javaName, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }

    private static String javaAlgorithm(String algorithm) {
        return switch (algorithm.toUpperCase(Locale.ROOT)) {
        case "MD5" -> "MD5";
        case "SHA-256" -> "SHA-256";
        default -> null;
        };
    }

    private static String hash(String javaName, String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance(javaName).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(javaName + " is missing from this Java runtime", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static String quote(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "DigestCredentials[username=" + username + "]";
    }
}
