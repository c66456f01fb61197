package io.patchbay.simulator.rsip.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.patchbay.probe.rsip.RsipServerConfig.PortRange;

/**
 * {@code /etc/rsipd.conf} as rsipd reads it at start (F-51): {@code KEY=VALUE} lines, {@code #} comments and blank
 * lines ignored, the keys {@code PORT_RANGE LISTEN_RANGE MAX_CLIENTS INT_IF EXT_IF POOL MTU LOG_LEVEL}. The first
 * line the daemon cannot use stops it, with the line number and the reason, as {@link Invalid}.
 *
 * @param poolAddresses POOL's addresses (blank- or comma-separated IPv4 addresses), at least one
 * @param listenRange   null when not set
 * @param mtu           0 when not set
 * @param logLevel      0–7; 3 when not set
 */
public record RsipdConf(PortRange portRange, PortRange listenRange, int maxClients, String internalInterface,
        String externalInterface, List<InetAddress> poolAddresses, int mtu, int logLevel) {

    /** The keys of F-51, in the order a rendered file lists them. */
    public static final List<String> KEYS = List.of("PORT_RANGE", "LISTEN_RANGE", "MAX_CLIENTS", "INT_IF", "EXT_IF",
            "POOL", "MTU", "LOG_LEVEL");

    /** Why the daemon will not start: the file, the line (0 for the file as a whole) and the reason. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        public Invalid(String file, int line, String reason) {
            super(file + (line > 0 ? ":" + line : "") + ": " + reason);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /**
     * Reads {@code text} (the content of {@code file}) against the host's interfaces and their MTUs.
     *
     * @throws Invalid at the first line rsipd cannot use, or when a required key is missing
     */
    public static RsipdConf parse(String file, String text, Map<String, Integer> interfaceMtus) throws Invalid {
        PortRange ports = null;
        PortRange listen = null;
        int maxClients = 0;
        String intIf = null;
        String extIf = null;
        int extIfLine = 0;
        List<InetAddress> pool = List.of();
        int mtu = 0;
        int mtuLine = 0;
        int logLevel = 3;
        Set<String> seen = new java.util.HashSet<>();
        int number = 0;
        for (String raw : text.split("\n", -1)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new Invalid(file, number, "expected KEY=VALUE, found '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = unquote(line.substring(eq + 1).strip());
            if (!KEYS.contains(key)) {
                throw new Invalid(file, number, "unknown parameter " + key + " (known: " + String.join(" ", KEYS)
                        + ")");
            }
            if (!seen.add(key)) {
                throw new Invalid(file, number, key + " is set twice");
            }
            switch (key) {
                case "PORT_RANGE" -> ports = range(file, number, key, value);
                case "LISTEN_RANGE" -> listen = value.isEmpty() ? null : range(file, number, key, value);
                case "MAX_CLIENTS" -> maxClients = number(file, number, key, value, 0, 65535);
                case "INT_IF" -> intIf = iface(file, number, key, value, interfaceMtus);
                case "EXT_IF" -> {
                    extIf = iface(file, number, key, value, interfaceMtus);
                    extIfLine = number;
                }
                case "POOL" -> pool = pool(file, number, value);
                case "MTU" -> {
                    mtu = number(file, number, key, value, 576, 65535);
                    mtuLine = number;
                }
                case "LOG_LEVEL" -> logLevel = number(file, number, key, value, 0, 7);
                default -> throw new IllegalStateException(key);
            }
        }
        for (String required : List.of("PORT_RANGE", "INT_IF", "EXT_IF", "POOL")) {
            if (!seen.contains(required)) {
                throw new Invalid(file, 0, required + " is missing");
            }
        }
        if (mtu > 0 && mtu >= interfaceMtus.get(extIf)) {
            throw new Invalid(file, mtuLine, "MTU " + mtu + " is not below the MTU " + interfaceMtus.get(extIf)
                    + " of EXT_IF " + extIf + " (F-54)");
        }
        if (listen != null && ports != null && overlap(listen, ports)) {
            throw new Invalid(file, 0, "LISTEN_RANGE " + listen + " overlaps PORT_RANGE " + ports);
        }
        if (extIfLine > 0 && extIf.equals("lo")) {
            throw new Invalid(file, extIfLine, "EXT_IF cannot be the loopback interface");
        }
        return new RsipdConf(ports, listen, maxClients, intIf, extIf, pool, mtu, logLevel);
    }

    private static boolean overlap(PortRange a, PortRange b) {
        return a.first() <= b.last() && b.first() <= a.last();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static PortRange range(String file, int line, String key, String value) throws Invalid {
        try {
            return value.contains("-") ? PortRange.parse(value) : new PortRange(Integer.parseInt(value),
                    Integer.parseInt(value));
        } catch (IllegalArgumentException e) {
            throw new Invalid(file, line, key + " '" + value + "' is not FIRST-LAST within 1-65535");
        }
    }

    private static int number(String file, int line, String key, String value, int min, int max) throws Invalid {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Invalid(file, line, key + " '" + value + "' is not a number from " + min + " to " + max);
    }

    private static String iface(String file, int line, String key, String value, Map<String, Integer> mtus)
            throws Invalid {
        if (!mtus.containsKey(value)) {
            throw new Invalid(file, line, key + " " + (value.isEmpty() ? "is empty" : value + ": no such interface")
                    + " (this host has " + String.join(" ", new java.util.TreeSet<>(mtus.keySet())) + ")");
        }
        return value;
    }

    private static List<InetAddress> pool(String file, int line, String value) throws Invalid {
        List<InetAddress> addresses = new ArrayList<>();
        for (String part : value.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                    || java.util.Arrays.stream(part.split("\\.")).anyMatch(o -> Integer.parseInt(o) > 255)) {
                throw new Invalid(file, line, "POOL '" + part + "' is not an IPv4 address");
            }
            try {
                addresses.add(InetAddress.getByName(part));
            } catch (UnknownHostException e) {
                throw new Invalid(file, line, "POOL '" + part + "' is not an IPv4 address");
            }
        }
        if (addresses.isEmpty()) {
            throw new Invalid(file, line, "POOL names no address");
        }
        return List.copyOf(addresses);
    }
}
