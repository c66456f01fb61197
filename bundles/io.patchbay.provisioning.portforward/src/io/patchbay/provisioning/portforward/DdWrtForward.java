package io.patchbay.provisioning.portforward;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.patchbay.model.PortRange;
import io.patchbay.model.TransportProtocol;

/**
 * One port forward as DD-WRT stores it in NVRAM: a single port in {@code forward_spec} as
 * {@code name:on:proto:ext>ip:int}, a range in {@code forward_port} as {@code name:on:proto:from:to>ip} (same ports
 * inside); entries are separated by blanks, {@code proto} is {@code tcp}, {@code udp} or {@code both}, and
 * {@code off} instead of {@code on} disables an entry.
 *
 * @param name     the entry's name (no blanks or colons)
 * @param enabled  {@code on} or {@code off}
 * @param protocol TCP, UDP or both
 * @param external the ports the router listens on
 * @param host     the LAN address it forwards to
 * @param internal the ports on the host (equal to {@code external} for a range)
 * @param text     the entry as the router holds it (kept verbatim for entries Patchbay does not own)
 * @since 0.1
 */
public record DdWrtForward(String name, boolean enabled, TransportProtocol protocol, PortRange external, String host,
        PortRange internal, String text) {

    /** The NVRAM variable of single-port forwards. */
    public static final String SINGLE_PORTS = "forward_spec";

    /** The NVRAM variable of port-range forwards. */
    public static final String RANGES = "forward_port";

    /** A forward built by Patchbay; its text is the canonical DD-WRT form. */
    public static DdWrtForward of(String name, TransportProtocol protocol, PortRange external, String host,
            PortRange internal) {
        String proto = protocol == TransportProtocol.TCP_UDP ? "both" : protocol.name().toLowerCase(Locale.ROOT);
        String text = external.count() == 1
                ? name + ":on:" + proto + ":" + external.first() + ">" + host + ":" + internal.first()
                : name + ":on:" + proto + ":" + external.first() + ":" + external.last() + ">" + host;
        return new DdWrtForward(name, true, protocol, external, host, internal, text);
    }

    /** Whether it belongs in {@link #SINGLE_PORTS} (else in {@link #RANGES}). */
    public boolean isSinglePort() {
        return external.count() == 1;
    }

    /**
     * The entries of an NVRAM value; an entry that cannot be read is kept as an opaque entry (no ports) so that it
     * survives a rewrite untouched.
     */
    public static List<DdWrtForward> parse(String value, boolean ranges) {
        List<DdWrtForward> entries = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return entries;
        }
        for (String text : value.strip().split("\\s+")) {
            entries.add(parseOne(text, ranges).orElse(new DdWrtForward("", false, null, null, null, null, text)));
        }
        return entries;
    }

    private static Optional<DdWrtForward> parseOne(String text, boolean ranges) {
        try {
            String[] sides = text.split(">", 2);
            String[] left = sides[0].split(":");
            if (sides.length < 2 || left.length != (ranges ? 5 : 4)) {
                return Optional.empty();
            }
            TransportProtocol protocol = switch (left[2]) {
                case "tcp" -> TransportProtocol.TCP;
                case "udp" -> TransportProtocol.UDP;
                case "both" -> TransportProtocol.TCP_UDP;
                default -> null;
            };
            if (protocol == null) {
                return Optional.empty();
            }
            boolean enabled = "on".equals(left[1]);
            if (ranges) {
                PortRange ports = PortRange.of(Integer.parseInt(left[3]), Integer.parseInt(left[4]));
                return Optional.of(new DdWrtForward(left[0], enabled, protocol, ports, sides[1], ports, text));
            }
            String[] right = sides[1].split(":");
            if (right.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new DdWrtForward(left[0], enabled, protocol, PortRange.of(Integer.parseInt(left[3])),
                    right[0], PortRange.of(Integer.parseInt(right[1])), text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether it could be read (an opaque entry has no ports). */
    public boolean isReadable() {
        return external != null;
    }

    /** Whether it shares a protocol and an external port with {@code other}. */
    public boolean collidesWith(TransportProtocol otherProtocol, PortRange otherExternal) {
        if (!isReadable() || !enabled) {
            return false;
        }
        boolean sharesProtocol = protocol == otherProtocol || protocol == TransportProtocol.TCP_UDP
                || otherProtocol == TransportProtocol.TCP_UDP;
        return sharesProtocol && external.overlaps(otherExternal);
    }
}
