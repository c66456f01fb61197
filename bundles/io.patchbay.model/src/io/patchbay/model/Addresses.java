package io.patchbay.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks for the address attributes of the estate (MAC addresses, IPv4 addresses, DNS names).
 * <p>
 * These attributes are kept as text in the model, not as value types: an estate file, a CSV import and a device's own
 * configuration all write them in several spellings ({@code 02:00:5E:10:00:01}, {@code 02-00-5e-10-00-01},
 * {@code 02005E100001}), and a wrong value must not make a whole file unreadable. Validation reports a malformed
 * value on the object that holds it, and compares MAC addresses in their {@link #normalizeMac(String) normal form}.
 */
public final class Addresses {

    private static final Pattern MAC = Pattern.compile(
            "(?i)[0-9a-f]{2}([:-]?)[0-9a-f]{2}(\\1[0-9a-f]{2}){4}");
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern LABEL = Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private Addresses() {
    }

    /**
     * Tells whether a text is a MAC address: six hexadecimal bytes, separated by {@code :} or {@code -} or not at all.
     *
     * @param text a text, may be {@code null}
     * @return whether it is a MAC address
     */
    public static boolean isMac(String text) {
        return text != null && MAC.matcher(text.strip()).matches();
    }

    /**
     * Returns a MAC address in normal form: lower case, bytes separated by {@code :}.
     *
     * @param text a MAC address in any form {@link #isMac(String)} accepts
     * @return e.g. {@code "02:00:5e:10:00:01"}
     * @throws IllegalArgumentException if the text is not a MAC address
     */
    public static String normalizeMac(String text) {
        if (!isMac(text)) {
            throw new IllegalArgumentException("not a MAC address: '" + text + "'");
        }
        String hex = text.strip().replaceAll("[:-]", "").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                b.append(':');
            }
            b.append(hex, i, i + 2);
        }
        return b.toString();
    }

    /**
     * Tells whether a text is an IPv4 address in dotted-decimal form.
     *
     * @param text a text, may be {@code null}
     * @return whether it is an IPv4 address such as {@code 203.0.113.10}
     */
    public static boolean isIpv4(String text) {
        return text != null && IPV4.matcher(text).matches();
    }

    /**
     * Tells whether a text is a DNS host name (labels of letters, digits and hyphens, separated by dots; not an
     * IPv4 address).
     *
     * @param text a text, may be {@code null}
     * @return whether it is a host name such as {@code pbx.example.com}
     */
    public static boolean isDnsName(String text) {
        if (text == null || text.isEmpty() || text.length() > 253 || isIpv4(text) || text.matches("[0-9.]+")) {
            return false;
        }
        for (String label : text.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a text is a host: an IPv4 address or a DNS name.
     *
     * @param text a text, may be {@code null}
     * @return {@code isIpv4(text) || isDnsName(text)}
     */
    public static boolean isHost(String text) {
        return isIpv4(text) || isDnsName(text);
    }
}
