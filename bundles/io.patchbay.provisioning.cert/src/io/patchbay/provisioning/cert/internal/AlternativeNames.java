package io.patchbay.provisioning.cert.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Subject alternative names as the command line takes them: {@code DNS:name}, {@code IP:address}, or bare. */
public final class AlternativeNames {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern DNS = Pattern.compile(
            "(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private AlternativeNames() {
    }

    /**
     * {@code entry} as {@code DNS:name} or {@code IP:address}, or {@code null} when it is neither a DNS name nor an IP
     * address.
     */
    public static String normalize(String entry) {
        String value = entry.strip();
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.startsWith("IP:")) {
            InetAddress address = literal(value.substring(3).strip());
            return address == null ? null : "IP:" + address.getHostAddress();
        }
        if (upper.startsWith("DNS:")) {
            String name = value.substring(4).strip();
            return isDnsName(name) ? "DNS:" + name.toLowerCase(Locale.ROOT) : null;
        }
        InetAddress address = literal(value);
        if (address != null) {
            return "IP:" + address.getHostAddress();
        }
        return isDnsName(value) ? "DNS:" + value.toLowerCase(Locale.ROOT) : null;
    }

    /** Whether {@code value} is a host name or an IP address (what a CN may be copied into the SAN from). */
    public static boolean isHost(String value) {
        return value != null && (literal(value.strip()) != null || isDnsName(value.strip()));
    }

    /** The address an IPv4 or IPv6 literal stands for, or {@code null}; never a DNS lookup. */
    public static InetAddress literal(String value) {
        boolean ipv6 = value != null && value.contains(":") && value.matches("[0-9A-Fa-f:.]+");
        if (value == null || !(IPV4.matcher(value).matches() || ipv6)) {
            return null;
        }
        if (IPV4.matcher(value).matches()) {
            for (String part : value.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
            }
        }
        try {
            return InetAddress.getByName(value); // a literal: resolved without asking DNS
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean isDnsName(String name) {
        return name.length() <= 253 && DNS.matcher(name).matches() && !IPV4.matcher(name).matches()
                && name.chars().anyMatch(Character::isLetter);
    }
}
