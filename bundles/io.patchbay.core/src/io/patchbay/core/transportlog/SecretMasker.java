package io.patchbay.core.transportlog;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.security.auth.Destroyable;

import io.patchbay.core.Credential;

/**
 * Replaces secrets in transport log text with {@value #MASK}, at the source, before a line leaves the transport.
 * Two kinds of secret are masked:
 * <ul>
 * <li>every secret known for the connection, as the transport got it from the vault: the password or passphrase, the
 * community, the SNMPv3 authentication and privacy pass phrases, and each line of a private key
 * ({@link Builder#credential}, {@link Builder#secret});</li>
 * <li>generic patterns that hold secrets whatever the device: assignments to names containing {@code passw},
 * {@code secret}, {@code passphrase}, {@code community}, {@code psk} or ending in {@code _key} or {@code _token}
 * ({@code nvram set http_passwd=…}, {@code 'wl0_wpa_psk=…'}, {@code nvram show} lines), and SNMP values of
 * OIDs known to hold secrets ({@link #isSecretOid}: the USM key changes, {@code snmpCommunityName}, and any added
 * with {@link Builder#secretOid}).</li>
 * </ul>
 * Ordinary text is left alone. A masker holds copies of the session's secrets; {@link #destroy()} wipes them (the
 * transport does so when the session closes). Its {@link #toString()} never shows a secret. Safe for use from many
 * threads.
 *
 * @since 0.1
 */
public final class SecretMasker implements Destroyable {

    /** What a secret is replaced with. */
    public static final String MASK = "****";

    /** OIDs whose values are secrets on every device (RFC 3414 key changes, RFC 3584 community name). */
    private static final List<String> STANDARD_SECRET_OIDS = List.of(
            "1.3.6.1.6.3.15.1.2.2.1.6", // usmUserAuthKeyChange
            "1.3.6.1.6.3.15.1.2.2.1.7", // usmUserOwnAuthKeyChange
            "1.3.6.1.6.3.15.1.2.2.1.9", // usmUserPrivKeyChange
            "1.3.6.1.6.3.15.1.2.2.1.10", // usmUserOwnPrivKeyChange
            "1.3.6.1.6.3.18.1.1.1.2"); // snmpCommunityName

    /**
     * A name followed by {@code =}, the name taken whole (possessive: linear in the text, whatever its length); whether
     * it names a secret is decided in code ({@link #isSecretName}).
     */
    private static final Pattern NAME_EQUALS = Pattern.compile("(?<![A-Za-z0-9_.\\-])([A-Za-z0-9_.\\-]++)=");
    /** Words of which one must occur (any case) before a text is searched for assignments at all. */
    private static final String[] SECRET_WORDS = {"pass", "secret", "community", "psk", "_key", "_token"};

    private static final SecretMasker PATTERNS_ONLY = new SecretMasker(List.of(), List.of());

    private final List<char[]> secrets;
    private final List<String> secretOids;
    private volatile boolean destroyed;

    private SecretMasker(List<char[]> secrets, List<String> secretOids) {
        // longest first, so that a secret containing another is masked whole
        List<char[]> sorted = new ArrayList<>(secrets);
        sorted.sort((a, b) -> Integer.compare(b.length, a.length));
        this.secrets = List.copyOf(sorted);
        this.secretOids = List.copyOf(secretOids);
    }

    /** A masker that knows no connection secrets and masks the generic patterns only. */
    public static SecretMasker patternsOnly() {
        return PATTERNS_ONLY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code text} with every known secret and every secret-holding assignment replaced by {@value #MASK}; the same
     * string when there is nothing to mask. After {@link #destroy()} only the patterns are masked.
     */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String result = text;
        if (!destroyed) {
            for (char[] secret : secrets) {
                result = replace(result, secret);
            }
        }
        return result.indexOf('=') >= 0 ? maskAssignmentLines(result) : result;
    }

    /**
     * Masks assignments in the lines that mention a secret word (any case); the many lines that cannot hold one (a
     * long {@code nvram show} has a handful) are not searched at all.
     */
    private static String maskAssignmentLines(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return maskAssignments(text); // a case mapping changed the length: no index shortcuts
        }
        java.util.TreeSet<Integer> lineStarts = null;
        for (String word : SECRET_WORDS) {
            for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + word.length())) {
                if (lineStarts == null) {
                    lineStarts = new java.util.TreeSet<>();
                }
                lineStarts.add(lower.lastIndexOf('\n', i) + 1);
            }
        }
        if (lineStarts == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int copied = 0;
        for (int start : lineStarts) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            out.append(text, copied, start).append(maskAssignments(text.substring(start, end)));
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Whether an assigned name holds a secret: {@code *passw*}, {@code *secret*}, {@code *_key} … */
    static boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("passw") || lower.contains("secret") || lower.contains("passphrase")
                || lower.contains("community") || lower.contains("psk") || lower.endsWith("_key")
                || lower.endsWith("_token");
    }

    /**
     * Replaces the value of each assignment to a secret name: {@code name=value} up to a blank or shell operator,
     * {@code name="value"}, {@code name='value'}, and {@code 'name=value'} (the whole assignment quoted).
     */
    private static String maskAssignments(String text) {
        Matcher matcher = NAME_EQUALS.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            from = matcher.end();
            if (!isSecretName(matcher.group(1))) {
                continue; // the value may hold an assignment of its own: search on right after '='
            }
            int valueStart = matcher.end();
            int valueEnd;
            char before = matcher.start() > 0 ? text.charAt(matcher.start() - 1) : ' ';
            if (before == '\'' || before == '"') {
                valueEnd = endOf(text, valueStart, before);
            } else if (valueStart < text.length() && (text.charAt(valueStart) == '\''
                    || text.charAt(valueStart) == '"')) {
                valueEnd = Math.min(text.length(), endOf(text, valueStart + 1, text.charAt(valueStart)) + 1);
            } else {
                valueEnd = valueStart;
                while (valueEnd < text.length() && " \t\n'\";&|".indexOf(text.charAt(valueEnd)) < 0) {
                    valueEnd++;
                }
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, valueStart).append(MASK);
            copied = valueEnd;
            from = Math.max(from, valueEnd);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The index of the closing {@code quote} from {@code start}, or of the line's end when it is missing. */
    private static int endOf(String text, int start, char quote) {
        int i = start;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** Whether the value of {@code oid} (an instance or a column) is a secret that is never shown. */
    public boolean isSecretOid(String oid) {
        String plain = oid.startsWith(".") ? oid.substring(1) : oid;
        for (String root : STANDARD_SECRET_OIDS) {
            if (plain.equals(root) || plain.startsWith(root + ".")) {
                return true;
            }
        }
        for (String root : secretOids) {
            if (plain.equals(root) || plain.startsWith(root + ".")) {
                return true;
            }
        }
        return false;
    }

    /** How an SNMP value is shown: {@value #MASK} for a {@linkplain #isSecretOid secret OID}, else masked text. */
    public String maskSnmpValue(String oid, String value) {
        return isSecretOid(oid) ? MASK : mask(value);
    }

    /**
     * Wipes the copies of the secrets; afterwards only the generic patterns are masked. The shared
     * {@linkplain #patternsOnly() patterns-only} masker holds no secret and stays as it is.
     */
    @Override
    public void destroy() {
        if (this == PATTERNS_ONLY) {
            return;
        }
        destroyed = true;
        for (char[] secret : secrets) {
            Arrays.fill(secret, '\0');
        }
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "SecretMasker[" + secrets.size() + " secrets, " + secretOids.size() + " extra OIDs"
                + (destroyed ? ", destroyed" : "") + "]";
    }

    /** Replaces each occurrence of {@code secret}, compared char by char so that the secret never becomes a String. */
    private static String replace(String text, char[] secret) {
        int n = secret.length;
        if (n == 0 || n > text.length()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        char first = secret[0];
        for (int i = text.indexOf(first); i >= 0 && i <= text.length() - n; i = text.indexOf(first, i)) {
            int j = 1;
            while (j < n && text.charAt(i + j) == secret[j]) {
                j++;
            }
            if (j == n) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(MASK);
                i += n;
                copied = i;
            } else {
                i++;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Collects the secrets of one connection. Every array given is copied; the caller wipes its own. */
    public static final class Builder {
        private final List<char[]> secrets = new ArrayList<>();
        private final List<String> secretOids = new ArrayList<>();

        private Builder() {
        }

        /** A secret as text (password, passphrase, community, pass phrase); empty ones are ignored. */
        public Builder secret(char[] secret) {
            if (secret != null && secret.length > 0) {
                secrets.add(secret.clone());
            }
            return this;
        }

        /** A secret as UTF-8 bytes (how JSch and SNMP4J hold them). */
        public Builder secret(byte[] utf8) {
            if (utf8 != null && utf8.length > 0) {
                CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(utf8));
                char[] secret = new char[chars.remaining()];
                chars.get(secret);
                Arrays.fill(chars.array(), '\0');
                secrets.add(secret);
            }
            return this;
        }

        /**
         * The secrets of a credential: its password or passphrase, and for a private key each line of the key text
         * (so that a key printed by a device, whole or in part, is masked line by line).
         */
        public Builder credential(Credential credential) {
            if (credential == null || credential.isDestroyed()) {
                return this;
            }
            char[] secret = credential.secret();
            secret(secret);
            Arrays.fill(secret, '\0');
            if (credential.kind() == Credential.Kind.PRIVATE_KEY) {
                byte[] key = credential.privateKeyBytes();
                int start = 0;
                for (int i = 0; i <= key.length; i++) {
                    if (i == key.length || key[i] == '\n' || key[i] == '\r') {
                        int length = i - start;
                        // the key's body lines; its BEGIN/END lines are no secret
                        if (length >= 16 && key[start] != '-') {
                            byte[] line = Arrays.copyOfRange(key, start, i);
                            secret(line);
                            Arrays.fill(line, (byte) 0);
                        }
                        start = i + 1;
                    }
                }
                Arrays.fill(key, (byte) 0);
            }
            return this;
        }

        /** An OID (or a column/subtree) whose values are secrets on this device, e.g. a vendor's password object. */
        public Builder secretOid(String oid) {
            secretOids.add(oid.startsWith(".") ? oid.substring(1) : oid);
            return this;
        }

        public SecretMasker build() {
            SecretMasker masker = new SecretMasker(secrets, secretOids);
            secrets.clear();
            return masker;
        }
    }
}
