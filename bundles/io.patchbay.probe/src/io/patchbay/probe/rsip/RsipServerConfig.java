package io.patchbay.probe.rsip;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * How an {@link RsipServer} listens and what it hands out: the {@code rsipd.conf} parameters of F-51 that matter on
 * the control channel.
 *
 * @param control the TCP address and port to listen on (port 0: any free port)
 * @param publicAddress the one external address leased to clients
 * @param portRange PORT_RANGE, the ports for clients' ordinary sockets, as {@code first-last}
 * @param listenRange LISTEN_RANGE, the well-known ports clients may LISTEN on besides PORT_RANGE, or null
 * @param maxClients MAX_CLIENTS; 0 means the default of one public address, at most 5 clients
 * @param internalPrefix only clients from this prefix (e.g. {@code 127.0.0.1/32}, the INT_IF side) may register
 * @param lease the lease time of registrations and binds
 * @param bindSize the ports of a default RSAP-IP bind (255, F-53)
 * @since 0.1
 */
public record RsipServerConfig(InetSocketAddress control, InetAddress publicAddress, PortRange portRange,
        PortRange listenRange, int maxClients, String internalPrefix, Duration lease, int bindSize) {

    /** The clients one public address serves when MAX_CLIENTS is 0 (F-51). */
    public static final int DEFAULT_CLIENTS = 5;
    /** The default bind of F-53. */
    public static final int DEFAULT_BIND = 255;

    /** A range of ports, both ends included. */
    public record PortRange(int first, int last) {
        public PortRange {
            if (first < 1 || last > 65535 || first > last) {
                throw new IllegalArgumentException("port range " + first + "-" + last + " is not within 1-65535");
            }
        }

        /** {@code 20000-29999}. */
        public static PortRange parse(String text) {
            String[] ends = text.strip().split("-", 2);
            try {
                return new PortRange(Integer.parseInt(ends[0].strip()),
                        Integer.parseInt(ends[ends.length - 1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a port range FIRST-LAST");
            }
        }

        public int size() {
            return last - first + 1;
        }

        public boolean contains(int port) {
            return port >= first && port <= last;
        }

        @Override
        public String toString() {
            return first + "-" + last;
        }
    }

    public RsipServerConfig {
        if (control == null || control.isUnresolved() || publicAddress == null || portRange == null
                || internalPrefix == null || lease == null) {
            throw new IllegalArgumentException("an RSIP server needs a resolved control address, a public address,"
                    + " a PORT_RANGE, an internal prefix and a lease time");
        }
        if (maxClients < 0) {
            throw new IllegalArgumentException("MAX_CLIENTS must be 0 or more");
        }
        if (lease.isNegative() || lease.isZero() || lease.toSeconds() > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("the lease time must be positive");
        }
        if (bindSize < 1 || bindSize > 255) {
            throw new IllegalArgumentException("a bind holds 1-255 ports");
        }
        matches(internalPrefix, publicAddress); // checks the prefix
    }

    /**
     * A server on {@code control} leasing {@code publicAddress}, PORT_RANGE 20000-29999, MAX_CLIENTS 0, clients from
     * anywhere in 127.0.0.0/8, leases of 5 minutes, binds of 255 ports.
     */
    public static RsipServerConfig on(InetSocketAddress control, InetAddress publicAddress) {
        return new RsipServerConfig(control, publicAddress, new PortRange(20000, 29999), null, 0, "127.0.0.0/8",
                Duration.ofMinutes(5), DEFAULT_BIND);
    }

    public RsipServerConfig withPortRange(PortRange range) {
        return new RsipServerConfig(control, publicAddress, range, listenRange, maxClients, internalPrefix, lease,
                bindSize);
    }

    public RsipServerConfig withListenRange(PortRange range) {
        return new RsipServerConfig(control, publicAddress, portRange, range, maxClients, internalPrefix, lease,
                bindSize);
    }

    public RsipServerConfig withMaxClients(int max) {
        return new RsipServerConfig(control, publicAddress, portRange, listenRange, max, internalPrefix, lease,
                bindSize);
    }

    public RsipServerConfig withInternalPrefix(String prefix) {
        return new RsipServerConfig(control, publicAddress, portRange, listenRange, maxClients, prefix, lease,
                bindSize);
    }

    /** Leases of {@code time}; whole seconds on the wire (at least 1), exact in the server's bookkeeping. */
    public RsipServerConfig withLease(Duration time) {
        return new RsipServerConfig(control, publicAddress, portRange, listenRange, maxClients, internalPrefix, time,
                bindSize);
    }

    /** How many clients may be registered at once. */
    public int clientLimit() {
        return maxClients == 0 ? DEFAULT_CLIENTS : maxClients;
    }

    /** Whether {@code address} lies in {@code prefix} ({@code ADDRESS/BITS}, or an address alone for all bits). */
    public static boolean matches(String prefix, InetAddress address) {
        int slash = prefix.indexOf('/');
        byte[] network;
        try {
            network = InetAddress.getByName(slash < 0 ? prefix.strip() : prefix.substring(0, slash).strip())
                    .getAddress();
        } catch (UnknownHostException | RuntimeException e) {
            throw new IllegalArgumentException("'" + prefix + "' is not an ADDRESS/BITS prefix");
        }
        int bits;
        try {
            bits = slash < 0 ? network.length * 8 : Integer.parseInt(prefix.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + prefix + "' is not an ADDRESS/BITS prefix");
        }
        if (bits < 0 || bits > network.length * 8) {
            throw new IllegalArgumentException("'" + prefix + "' has a prefix length out of range");
        }
        byte[] raw = address.getAddress();
        if (raw.length != network.length) {
            return false;
        }
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >>> (i % 8);
            if ((raw[i / 8] & mask) != (network[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
