package io.patchbay.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The NAT table a DD-WRT router builds from NVRAM when its firewall (re)starts: one DNAT rule per protocol of each
 * enabled {@code forward_spec} ({@code name:on:proto:ext>ip:int}) and {@code forward_port}
 * ({@code name:on:proto:from:to>ip}) entry. Until the next restart the table keeps what it was built from, as on the
 * real router, where {@code nvram set} alone changes nothing in iptables.
 */
public final class Firewall {

    /**
     * One DNAT rule: {@code protocol} ({@code tcp} or {@code udp}) on the outside ports {@code first..last} to
     * {@code toHost} from port {@code toFirst} on (a {@code forward_port} range keeps the ports).
     */
    public record Dnat(String protocol, int first, int last, String toHost, int toFirst) {
    }

    private final Nvram nvram;
    private final List<Runnable> restartListeners = new CopyOnWriteArrayList<>();
    private List<Dnat> prerouting = List.of();

    public Firewall(Nvram nvram) {
        this.nvram = nvram;
        restart();
    }

    /** Rebuilds the NAT table from the running NVRAM, then tells whoever listens. */
    public void restart() {
        synchronized (this) {
            prerouting = build();
        }
        restartListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} after each restart (on the thread that restarted the firewall). */
    public void onRestart(Runnable listener) {
        restartListeners.add(listener);
    }

    /** The DNAT rules in force: those of the last restart. */
    public synchronized List<Dnat> dnat() {
        return prerouting;
    }

    /** What {@code iptables -t nat -L} would print after a restart now, without restarting. */
    public synchronized String natTableFromNvram() {
        return print(build());
    }

    private List<Dnat> build() {
        List<Dnat> rules = new ArrayList<>();
        for (String entry : words(nvram.get("forward_spec").orElse(""))) {
            // name:on:proto:ext>ip:int
            String[] sides = entry.split(">", 2);
            String[] left = sides[0].split(":");
            String[] right = sides.length > 1 ? sides[1].split(":") : new String[0];
            if (left.length < 4 || right.length < 2 || !"on".equals(left[1])) {
                continue;
            }
            Integer outside = port(left[3]);
            Integer inside = port(right[1]);
            if (outside == null || inside == null) {
                continue;
            }
            for (String proto : protocols(left[2])) {
                rules.add(new Dnat(proto, outside, outside, right[0], inside));
            }
        }
        for (String entry : words(nvram.get("forward_port").orElse(""))) {
            // name:on:proto:from:to>ip
            String[] sides = entry.split(">", 2);
            String[] left = sides[0].split(":");
            if (left.length < 5 || sides.length < 2 || !"on".equals(left[1])) {
                continue;
            }
            Integer from = port(left[3]);
            Integer to = port(left[4]);
            if (from == null || to == null || to < from) {
                continue;
            }
            for (String proto : protocols(left[2])) {
                rules.add(new Dnat(proto, from, to, sides[1], from));
            }
        }
        return List.copyOf(rules);
    }

    /** What {@code iptables -t nat -L} prints. */
    public synchronized String natTable() {
        return print(prerouting);
    }

    private static String print(List<Dnat> prerouting) {
        StringBuilder text = new StringBuilder();
        text.append("Chain PREROUTING (policy ACCEPT)\n");
        text.append("target     prot opt source               destination\n");
        prerouting.forEach(r -> text.append(rule(r)).append('\n'));
        text.append("\nChain POSTROUTING (policy ACCEPT)\n");
        text.append("target     prot opt source               destination\n");
        text.append("MASQUERADE  0    --  anywhere             anywhere\n");
        return text.toString();
    }

    private static String rule(Dnat dnat) {
        boolean single = dnat.first() == dnat.last();
        String ports = single ? "dpt:" + dnat.first() : "dpts:" + dnat.first() + ":" + dnat.last();
        String to = single ? dnat.toHost() + ":" + dnat.toFirst() : dnat.toHost();
        return String.format("DNAT       %-4s --  anywhere             anywhere            %s %s to:%s",
                dnat.protocol(), dnat.protocol(), ports, to);
    }

    private static Integer port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            return port >= 1 && port <= 65535 ? port : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> protocols(String proto) {
        return "both".equals(proto) ? List.of("tcp", "udp") : List.of(proto);
    }

    private static List<String> words(String value) {
        return value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }
}
