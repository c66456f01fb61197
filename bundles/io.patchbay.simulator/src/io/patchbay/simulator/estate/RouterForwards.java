package io.patchbay.simulator.estate;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.patchbay.simulator.BuffaloRouterTwin.Forward;
import io.patchbay.simulator.TcpForward;
import io.patchbay.simulator.UdpForward;

/**
 * A company router's public address carrying its DNAT rules on loopback: a {@link TcpForward} or {@link UdpForward}
 * per forwarded port towards a simulated system that listens there (a forward to a closed or unknown port stays
 * closed, as it would behind the real router, where nothing answers). {@link #follow} replaces the rules with another
 * table — the router twin's after each firewall start — keeping the listeners of unchanged rules, so a connection a
 * live test holds is not cut by an unrelated change. Ranges wider than 16 ports (RTP) are not carried: media is not
 * simulated.
 */
final class RouterForwards implements AutoCloseable {

    static final int WIDEST_FORWARD = 16;

    /** Where a forward's inside address leads: a simulated system's address and its open ports, or nothing. */
    interface Targets {
        /** The loopback address standing in for {@code host}, when a simulated system listens on {@code port}. */
        InetAddress listening(String host, String protocol, int port);
    }

    /** One carried port: protocol, outside port, the address and port inside. */
    private record Key(String protocol, int outside, InetSocketAddress inside) {
        String describe() {
            return protocol.toUpperCase(java.util.Locale.ROOT) + " " + outside + "->" + inside.getPort();
        }
    }

    private final InetAddress publicAddress;
    private final Targets targets;
    private final Map<Key, AutoCloseable> carried = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private boolean closed;

    RouterForwards(InetAddress publicAddress, Targets targets) {
        this.publicAddress = publicAddress;
        this.targets = targets;
    }

    /** Carries exactly {@code forwards} from now on. */
    synchronized void follow(List<Forward> forwards) {
        if (closed) {
            return;
        }
        Map<Key, Boolean> wanted = new java.util.LinkedHashMap<>();
        for (Forward forward : forwards) {
            int width = forward.last() - forward.first() + 1;
            if (width > WIDEST_FORWARD) {
                continue;
            }
            for (int i = 0; i < width; i++) {
                int inside = forward.toFirst() + i;
                InetAddress target = targets.listening(forward.toHost(), forward.protocol(), inside);
                if (target != null) {
                    wanted.put(new Key(forward.protocol(), forward.first() + i, new InetSocketAddress(target, inside)),
                            Boolean.TRUE);
                }
            }
        }
        for (var it = carried.entrySet().iterator(); it.hasNext();) {
            var entry = it.next();
            if (!wanted.containsKey(entry.getKey())) {
                closeQuietly(entry.getValue());
                it.remove();
            }
        }
        problems.clear();
        for (Key key : wanted.keySet()) {
            if (carried.containsKey(key)) {
                continue;
            }
            // a port both an old and a new rule want (another target now) is free again: its listener closed above
            boolean taken = carried.keySet().stream().anyMatch(k -> k.protocol().equals(key.protocol())
                    && k.outside() == key.outside());
            if (taken) {
                continue; // two rules for one outside port: the first one wins, as in iptables
            }
            try {
                InetSocketAddress listen = new InetSocketAddress(publicAddress, key.outside());
                carried.put(key, "udp".equals(key.protocol()) ? UdpForward.start(listen, key.inside())
                        : TcpForward.start(listen, key.inside()));
            } catch (IOException e) {
                problems.add(key.describe() + ": " + e.getMessage());
            }
        }
    }

    /** What is carried now, e.g. {@code TCP 4060->4060, UDP 5070->5070}, or {@code nothing}. */
    synchronized String describe() {
        List<String> now = carried.keySet().stream().sorted(java.util.Comparator.comparing(Key::protocol)
                .thenComparingInt(Key::outside)).map(Key::describe).toList();
        String text = now.isEmpty() ? "nothing" : String.join(", ", now);
        return problems.isEmpty() ? text : text + " (not carried: " + String.join("; ", problems) + ")";
    }

    @Override
    public synchronized void close() {
        closed = true;
        carried.values().forEach(RouterForwards::closeQuietly);
        carried.clear();
    }

    private static void closeQuietly(AutoCloseable listener) {
        try {
            listener.close();
        } catch (Exception e) {
            // closing a loopback listener: nothing the operator could act on
        }
    }
}
