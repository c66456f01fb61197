package io.patchbay.provisioning.rsip.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.patchbay.core.CommandResult;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.core.provisioning.ProvisioningException;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.Step;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.PortRange;
import io.patchbay.model.RsipClient;
import io.patchbay.model.RsipServer;
import io.patchbay.provisioning.rsip.RsipdConfFile;

/**
 * {@code /etc/rsipd.conf} of an RSIP server host from the estate (F-51), one setting per key, and the daemon
 * restarted to take it. Besides the keys it reads:
 * <ul>
 * <li>{@value #DAEMON}: {@code running} when {@code rsipdctl status} says so and the settings it runs with are the
 * file's, {@code running-older-file} when they are not (a restart is pending), {@code stopped} otherwise; the
 * estate wants {@code running}, so verify proves the restart took the new file;</li>
 * <li>facts of the host the estate does not set and a plan never changes: {@value #LOCAL_PORTS} (F-52) and the
 * interfaces' MTUs as {@code mtu IFACE} (F-54). A plan that breaks F-52 or F-54 against them is refused before
 * anything is written.</li>
 * </ul>
 * The file is written whole to a temporary file and renamed over the old one, so a lost connection never leaves half
 * a file; a restart that fails makes the step fail, and the engine writes the previous settings back and restarts
 * again.
 */
@Component(service = Provisioner.class, property = Provisioner.FEATURE + "=" + RsipdProvisioner.FEATURE)
public final class RsipdProvisioner implements Provisioner {

    public static final String FEATURE = "rsip";
    /** The setting for the daemon's state. */
    public static final String DAEMON = "rsipd";
    public static final String RUNNING = "running";
    public static final String STOPPED = "stopped";
    public static final String STALE = "running-older-file";
    /** The host's ephemeral ports, {@code FIRST-LAST} (read only). */
    public static final String LOCAL_PORTS = "ip_local_port_range";
    /** The prefix of the interfaces' MTUs (read only), e.g. {@code mtu eth0}. */
    public static final String MTU_OF = "mtu ";
    static final String LOCAL_PORTS_FILE = "/proc/sys/net/ipv4/ip_local_port_range";

    /** What a value in the file may hold: no quotes, no shell syntax, no line breaks. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9 ._,:/-]*");
    private static final Pattern LINK = Pattern.compile("^\\d+: ([^:@ ]+)(?:@[^:]*)?: .* mtu (\\d+)", Pattern.MULTILINE);

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public String description() {
        return "rsipd.conf on RSIP server hosts, restarted and verified (F-51, F-52, F-54)";
    }

    @Override
    public boolean appliesTo(ManagedDevice device) {
        return device instanceof RsipServer;
    }

    @Override
    public Map<String, String> readActual(ManagedDevice device, TransportSession session)
            throws TransportException, ProvisioningException {
        CommandResult file = session.exec("cat " + RsipdConfFile.PATH);
        Map<String, String> conf = file.succeeded() ? RsipdConfFile.parse(file.stdout()) : Map.of();
        if (!file.succeeded() && !file.stderr().contains("No such file")) {
            file.requireSuccess();
        }
        Map<String, String> actual = new LinkedHashMap<>(conf);
        CommandResult status = session.exec("rsipdctl status");
        if (status.exitCode() != 0 && status.exitCode() != 3) {
            throw new ProvisioningException(where(device), "'rsipdctl status' exited " + status.exitCode() + ": "
                    + firstLine(status.stderr() + status.stdout()), "Check that rsipd is installed on the host");
        }
        actual.put(DAEMON, status.exitCode() == 3 ? STOPPED
                : runsFile(status.stdout(), conf) ? RUNNING : STALE);
        String ports = session.exec("cat " + LOCAL_PORTS_FILE).requireSuccess().stdout().strip()
                .replaceAll("\\s+", "-");
        try {
            PortRange.parse(ports);
        } catch (IllegalArgumentException e) {
            throw new ProvisioningException(where(device), LOCAL_PORTS_FILE + " reads '" + ports
                    + "', not two port numbers", "Check the host's kernel settings (sysctl net.ipv4.ip_local_port_range)");
        }
        actual.put(LOCAL_PORTS, ports);
        Matcher link = LINK.matcher(session.exec("ip link show").requireSuccess().stdout());
        while (link.find()) {
            actual.put(MTU_OF + link.group(1), link.group(2));
        }
        return actual;
    }

    @Override
    public Map<String, String> desired(ManagedDevice device, Map<String, String> actual)
            throws ProvisioningException {
        RsipServer server = (RsipServer) device;
        Map<String, String> conf = RsipdConfFile.fromEstate(server);
        for (String required : List.of("PORT_RANGE", "INT_IF", "EXT_IF", "POOL")) {
            if (conf.get(required).isEmpty()) {
                throw new ProvisioningException(where(device), "the estate gives no " + required
                        + " (F-51)", "Set the RSIP server's " + attribute(required) + " in the estate");
            }
        }
        for (Map.Entry<String, String> setting : conf.entrySet()) {
            if (!SAFE.matcher(setting.getValue()).matches()) {
                throw new ProvisioningException(where(device), setting.getKey() + " '" + setting.getValue()
                        + "' holds characters rsipd.conf cannot take", "Use letters, digits and . , : / - only");
            }
        }
        checkF52(server, actual);
        checkF54(server, conf.get("EXT_IF"), actual);
        Map<String, String> desired = new LinkedHashMap<>();
        actual.keySet().forEach(key -> desired.put(key, "")); // a key the estate does not know goes away
        desired.putAll(conf);
        desired.put(DAEMON, RUNNING);
        actual.forEach((key, value) -> {
            if (key.equals(LOCAL_PORTS) || key.startsWith(MTU_OF)) {
                desired.put(key, value); // facts of the host, never written
            }
        });
        return desired;
    }

    /** F-52: PORT_RANGE must not overlap the host's own ip_local_port_range, as read from the host. */
    private static void checkF52(RsipServer server, Map<String, String> actual) throws ProvisioningException {
        String local = actual.get(LOCAL_PORTS);
        if (local == null || server.getPortRange() == null) {
            return;
        }
        PortRange ports = server.getPortRange();
        PortRange ephemeral = PortRange.parse(local);
        if (ports.overlaps(ephemeral)) {
            String below = ephemeral.first() - 1 >= ports.count() ? " (e.g. " + Math.max(1, ephemeral.first()
                    - ports.count()) + "-" + (ephemeral.first() - 1) + ")" : "";
            throw new ProvisioningException(where(server), "F-52: PORT_RANGE " + range(ports)
                    + " overlaps the host's own ip_local_port_range " + range(ephemeral),
                    "Move PORT_RANGE outside " + range(ephemeral) + below
                            + " in the estate, or narrow the host's net.ipv4.ip_local_port_range");
        }
    }

    /** F-54: the tunnel MTU below EXT_IF's MTU (as the host reports it), every client's below the server's. */
    private static void checkF54(RsipServer server, String extIf, Map<String, String> actual)
            throws ProvisioningException {
        int mtu = server.getMtu();
        if (mtu <= 0) {
            return;
        }
        String external = actual.get(MTU_OF + extIf);
        if (external != null && mtu >= Integer.parseInt(external)) {
            int ext = Integer.parseInt(external);
            throw new ProvisioningException(where(server), "F-54: MTU " + mtu + " is not below the MTU " + ext
                    + " of EXT_IF " + extIf + " on the host", "Set the RSIP server's MTU below " + ext + " (e.g. "
                            + (ext - 20) + ") in the estate");
        }
        for (RsipClient client : server.getClients()) {
            if (client.getMtu() > 0 && client.getMtu() >= mtu) {
                throw new ProvisioningException(where(server), "F-54: client " + client.getName() + " ("
                        + client.getId() + ") has MTU " + client.getMtu() + ", not below the server end's " + mtu,
                        "Set the client's MTU below " + mtu + " (e.g. " + (mtu - 80) + ") or raise the server's");
            }
        }
    }

    @Override
    public List<Step> write(ManagedDevice device, Map<String, String> values) {
        boolean fileChanges = false;
        for (Map.Entry<String, String> value : values.entrySet()) {
            String key = value.getKey();
            if (!key.equals(DAEMON) && !key.equals(LOCAL_PORTS) && !key.startsWith(MTU_OF)) {
                fileChanges = true;
            }
        }
        List<Step> steps = new ArrayList<>();
        if (fileChanges) {
            // the keys this write does not name keep the estate's value: they are unchanged on the device
            Map<String, String> whole = new LinkedHashMap<>(RsipdConfFile.fromEstate((RsipServer) device));
            values.forEach((key, value) -> {
                if (!key.equals(DAEMON) && !key.equals(LOCAL_PORTS) && !key.startsWith(MTU_OF)) {
                    whole.put(key, value);
                }
            });
            StringBuilder command = new StringBuilder("printf '%s\\n'");
            for (String line : RsipdConfFile.render(whole).split("\n")) {
                command.append(" '").append(line.replace("'", "")).append('\'');
            }
            String temp = RsipdConfFile.PATH + ".patchbay";
            command.append(" > ").append(temp).append(" && mv ").append(temp).append(' ').append(RsipdConfFile.PATH);
            steps.add(Step.of("write " + RsipdConfFile.PATH + " (" + String.join(", ", values.keySet().stream()
                    .filter(k -> !k.equals(DAEMON)).toList()) + ")", command.toString()));
        }
        String daemon = values.get(DAEMON);
        if (STOPPED.equals(daemon)) {
            steps.add(Step.of("stop rsipd, as it was", "rsipdctl stop"));
        } else if (fileChanges || daemon != null) {
            steps.add(Step.of("restart rsipd so that it reads " + RsipdConfFile.PATH, "rsipdctl restart"));
        }
        return steps;
    }

    /** Whether the settings line of {@code rsipdctl status} matches the file's settings. */
    private static boolean runsFile(String status, Map<String, String> conf) {
        String line = status.lines().filter(l -> l.startsWith("PORT_RANGE=")).findFirst().orElse(null);
        if (line == null) {
            return true; // a daemon that does not say what it runs with: trust the restart
        }
        Map<String, String> runs = new LinkedHashMap<>();
        for (String word : line.split(" ")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                runs.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        for (String key : RsipdConfFile.KEYS) {
            String want = conf.getOrDefault(key, "");
            if (!want.isEmpty() && !canonical(key, want).equals(canonical(key, runs.getOrDefault(key, "")))) {
                return false;
            }
        }
        return true;
    }

    private static String canonical(String key, String value) {
        try {
            return switch (key) {
                case "PORT_RANGE", "LISTEN_RANGE" -> value.isEmpty() ? "" : range(PortRange.parse(value));
                case "MAX_CLIENTS", "MTU", "LOG_LEVEL" -> String.valueOf(Integer.parseInt(value.strip()));
                case "POOL" -> String.join(",", value.strip().split("[,\\s]+"));
                default -> value.strip();
            };
        } catch (IllegalArgumentException e) {
            return value.strip();
        }
    }

    private static String range(PortRange range) {
        return range.first() + "-" + range.last();
    }

    private static String attribute(String key) {
        return switch (key) {
            case "PORT_RANGE" -> "port range";
            case "INT_IF" -> "internal interface";
            case "EXT_IF" -> "external interface";
            default -> "pool";
        };
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private static String where(ManagedDevice device) {
        return device.getName() + " (" + device.getId() + ")";
    }
}
