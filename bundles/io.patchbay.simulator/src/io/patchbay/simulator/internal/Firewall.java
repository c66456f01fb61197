package io.patchbay.simulator.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The NAT table a DD-WRT router builds from NVRAM when its firewall (re)starts: one DNAT rule per protocol of each
 * enabled {@code forward_spec} ({@code name:on:proto:ext>ip:int}) and {@code forward_port}
 * ({@code name:on:proto:from:to>ip}) entry. Until the next restart the table keeps what it was built from, as on the
 * real router, where {@code nvram set} alone changes nothing in iptables.
 */
public final class Firewall {

    private final Nvram nvram;
    private List<String> prerouting = List.of();

    public Firewall(Nvram nvram) {
        this.nvram = nvram;
        restart();
    }

    /** Rebuilds the NAT table from the running NVRAM. */
    public synchronized void restart() {
        prerouting = build();
    }

    /** What {@code iptables -t nat -L} would print after a restart now, without restarting. */
    public synchronized String natTableFromNvram() {
        return print(build());
    }

    private List<String> build() {
        List<String> rules = new ArrayList<>();
        for (String entry : words(nvram.get("forward_spec").orElse(""))) {
            // name:on:proto:ext>ip:int
            String[] sides = entry.split(">", 2);
            String[] left = sides[0].split(":");
            String[] right = sides.length > 1 ? sides[1].split(":") : new String[0];
            if (left.length < 4 || right.length < 2 || !"on".equals(left[1])) {
                continue;
            }
            for (String proto : protocols(left[2])) {
                rules.add(rule(proto, "dpt:" + left[3], right[0] + ":" + right[1]));
            }
        }
        for (String entry : words(nvram.get("forward_port").orElse(""))) {
            // name:on:proto:from:to>ip
            String[] sides = entry.split(">", 2);
            String[] left = sides[0].split(":");
            if (left.length < 5 || sides.length < 2 || !"on".equals(left[1])) {
                continue;
            }
            for (String proto : protocols(left[2])) {
                rules.add(rule(proto, "dpts:" + left[3] + ":" + left[4], sides[1]));
            }
        }
        return List.copyOf(rules);
    }

    /** What {@code iptables -t nat -L} prints. */
    public synchronized String natTable() {
        return print(prerouting);
    }

    private static String print(List<String> prerouting) {
        StringBuilder text = new StringBuilder();
        text.append("Chain PREROUTING (policy ACCEPT)\n");
        text.append("target     prot opt source               destination\n");
        prerouting.forEach(r -> text.append(r).append('\n'));
        text.append("\nChain POSTROUTING (policy ACCEPT)\n");
        text.append("target     prot opt source               destination\n");
        text.append("MASQUERADE  0    --  anywhere             anywhere\n");
        return text.toString();
    }

    private static String rule(String proto, String ports, String to) {
        return String.format("DNAT       %-4s --  anywhere             anywhere            %s %s to:%s", proto, proto,
                ports, to);
    }

    private static List<String> protocols(String proto) {
        return "both".equals(proto) ? List.of("tcp", "udp") : List.of(proto);
    }

    private static List<String> words(String value) {
        return value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }
}
