package io.patchbay.simulator.internal;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SPoA (RSP.servicelink over OpenVPN) client of a Buffalo router as F-45 and F-46 describe it: the script
 * {@value #SCRIPT} adds and deletes routes through the tunnel ({@code -action add|delete -net NET/BITS -gw GW}),
 * recording each added route in NVRAM {@code spoa_history} and, as the commands that undo it, in {@value #HISTORY};
 * with {@value #ROUTES_SCRIPT} installed (newer plugin) {@code -r} resets every route at once, older plugins do not
 * know {@code -r}. Everything it does is logged to {@value #LOG}. Routes live in the kernel: a reboot drops them,
 * as it empties {@code /tmp} and {@code /var}.
 * <p>
 * The Linux plugin (OSBiz S, Booster server, Linux servers; {@link #linux}) has the script at
 * {@value #LINUX_SCRIPT}, always knows {@code -r} (plugin 1.3.0.4), keeps no NVRAM history and logs to
 * {@value #LINUX_LOG}.
 */
public final class Spoa {

    public static final String SCRIPT = "/jffs/openvpncl/cp-spoa.sh";
    public static final String ROUTES_SCRIPT = "/jffs/openvpncl/cp-spoa-routes.sh";
    public static final String HISTORY = "/tmp/openvpncl/cp-spoa-history.sh";
    public static final String LOG = "/var/log/openvpncl";
    public static final String NVRAM_HISTORY = "spoa_history";
    /** The script of the Linux plugin (F-45). */
    public static final String LINUX_SCRIPT = "/opt/rsp-slp/cp-spoa.sh";
    /** The log of the Linux plugin (F-46). */
    public static final String LINUX_LOG = "/opt/rsp-sl/openvpn_logs";

    /** A route through the tunnel. */
    public record Route(String network, String gateway) {
        @Override
        public String toString() {
            return network + " via " + gateway;
        }
    }

    private final Nvram nvram;
    private final TwinFiles files;
    private final TwinClock clock;
    private final String script;
    /** Null: {@code -r} is always known. */
    private final String routesScript;
    /** Null: no history file. */
    private final String history;
    private final String log;
    private final Set<Route> routes = new LinkedHashSet<>();

    /** The plugin of a Buffalo router, with its history in {@code nvram}. */
    public Spoa(Nvram nvram, TwinFiles files, TwinClock clock) {
        this(nvram, files, clock, SCRIPT, ROUTES_SCRIPT, HISTORY, LOG);
    }

    private Spoa(Nvram nvram, TwinFiles files, TwinClock clock, String script, String routesScript, String history,
            String log) {
        this.nvram = nvram;
        this.files = files;
        this.clock = clock;
        this.script = script;
        this.routesScript = routesScript;
        this.history = history;
        this.log = log;
    }

    /** The Linux plugin of a server (OSBiz S, Booster server): {@value #LINUX_SCRIPT}, logging to {@value #LINUX_LOG}. */
    public static Spoa linux(TwinFiles files, TwinClock clock) {
        return new Spoa(null, files, clock, LINUX_SCRIPT, null, null, LINUX_LOG);
    }

    /** The path of the script, which is also the name the shell runs it by. */
    public String script() {
        return script;
    }

    /**
     * Installs the plugin's scripts, with or without the routes script of newer plugins (the Linux plugin knows
     * {@code -r} either way).
     */
    public void install(boolean withRoutesScript) throws IOException {
        files.write(script, "#!/bin/sh\n# RSP.servicelink SPoA client: routes through the OpenVPN tunnel\n", false);
        if (routesScript == null) {
            return;
        }
        if (withRoutesScript) {
            files.write(routesScript, "#!/bin/sh\n# RSP.servicelink SPoA routes (plugin 1.3)\n", false);
        } else {
            files.delete(routesScript);
        }
    }

    public synchronized List<Route> routes() {
        return List.copyOf(routes);
    }

    /** What a reboot does to SPoA: the kernel's routes are gone. */
    public synchronized void reboot() {
        routes.clear();
    }

    /** The script with its arguments; {@code not found} while the plugin is not installed. */
    public synchronized int run(List<String> args, BusyBoxShell.Console console) throws IOException {
        if (!files.exists(script)) {
            console.err("-sh: " + script + ": not found\n");
            return 127;
        }
        if (args.equals(List.of("-r"))) {
            if (routesScript != null && !files.exists(routesScript)) {
                console.err("cp-spoa.sh: unknown option -r\n");
                return 1;
            }
            reset();
            return 0;
        }
        if (args.size() == 6 && args.get(0).equals("-action") && args.get(2).equals("-net")
                && args.get(4).equals("-gw") && args.get(3).matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}")
                && args.get(5).matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            Route route = new Route(args.get(3), args.get(5));
            switch (args.get(1)) {
                case "add":
                    routes.add(route);
                    if (nvram != null) {
                        String entry = route.network() + ">" + route.gateway();
                        String kept = nvram.get(NVRAM_HISTORY).orElse("");
                        nvram.set(NVRAM_HISTORY, kept.isEmpty() ? entry : kept + " " + entry);
                        nvram.commit();
                    }
                    if (history != null) {
                        files.write(history, line("add", route) + line("delete", route), true);
                    }
                    log("route add " + route);
                    return 0;
                case "delete":
                    if (!routes.remove(route)) {
                        console.err("route: SIOCDELRT: No such process\n");
                        log("route delete " + route + " failed: no such route");
                        return 1;
                    }
                    log("route delete " + route);
                    return 0;
                default:
                    break;
            }
        }
        console.err("usage: cp-spoa.sh -r | -action add|delete -net NET/BITS -gw GATEWAY\n");
        return 1;
    }

    /** {@code -r}: every route of the history deleted, NVRAM history cleared and committed, the history emptied. */
    private void reset() throws IOException {
        routes.clear();
        if (nvram != null) {
            nvram.set(NVRAM_HISTORY, "");
            nvram.commit();
        }
        if (history != null) {
            files.write(history, "", false);
        }
        log("routes reset (-r)");
    }

    private String line(String action, Route route) {
        return script + " -action " + action + " -net " + route.network() + " -gw " + route.gateway() + "\n";
    }

    private void log(String what) throws IOException {
        files.write(log, clock.date() + " cp-spoa: " + what + "\n", true);
    }

    /** {@code route -n} as BusyBox prints it, with the router's own two routes and the SPoA routes on {@code tun1}. */
    public synchronized String routeTable() {
        StringBuilder out = new StringBuilder("Kernel IP routing table\n"
                + "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n"
                + row("0.0.0.0", "192.168.11.1", "0.0.0.0", "UG", "vlan2")
                + row("192.168.11.0", "0.0.0.0", "255.255.255.0", "U", "br0"));
        for (Route route : routes) {
            String[] net = route.network().split("/");
            int bits = Integer.parseInt(net[1]);
            long mask = bits == 0 ? 0 : 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL;
            String genmask = (mask >> 24 & 255) + "." + (mask >> 16 & 255) + "." + (mask >> 8 & 255) + "."
                    + (mask & 255);
            out.append(row(net[0], route.gateway(), genmask, "UG", "tun1"));
        }
        return out.toString();
    }

    private static String row(String destination, String gateway, String genmask, String flags, String iface) {
        return String.format("%-15s %-15s %-15s %-5s %-6s %-6s %3s %s%n", destination, gateway, genmask, flags, "0",
                "0", "0", iface);
    }
}
