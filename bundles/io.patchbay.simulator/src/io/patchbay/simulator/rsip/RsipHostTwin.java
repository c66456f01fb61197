package io.patchbay.simulator.rsip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import io.patchbay.probe.rsip.RsipServer;
import io.patchbay.simulator.SshTwin;
import io.patchbay.simulator.internal.BusyBoxShell;
import io.patchbay.simulator.internal.TwinClock;
import io.patchbay.simulator.internal.TwinCommand;
import io.patchbay.simulator.internal.TwinFiles;
import io.patchbay.simulator.internal.TwinSshServer;
import io.patchbay.simulator.rsip.internal.Rsipd;

/**
 * A Linux host running an RSIP server (F-50 to F-56) as an SSH server on {@code 127.0.0.1}, for tests, rehearsals
 * and the demo. Over SSH (password login, exec and shell) it offers what a provisioner and an operator use:
 * <ul>
 * <li>{@code /etc/rsipd.conf} ({@code KEY=VALUE} lines with the F-51 keys), read with {@code cat} and written with a
 * redirection, e.g. {@code printf '%s\n' 'PORT_RANGE=20000-24999' … > /etc/rsipd.conf.new && mv /etc/rsipd.conf.new
 * /etc/rsipd.conf}; files live below the state folder, so they survive a restart of the twin;</li>
 * <li>{@code rsipdctl start|stop|restart|status|dump}: starting reads the file (a bad file keeps the daemon stopped
 * and names the line and the reason, exit 1) and runs the probe bundle's {@link RsipServer} on the
 * {@linkplain #controlPort() control port} (TCP and UDP, loopback); {@code status} exits 3 while stopped;
 * {@code dump} prints one line per bind (F-55) as described in the bundle's {@code RSIP.md};</li>
 * <li>{@code cat /proc/sys/net/ipv4/ip_local_port_range} (F-52) and {@code ip link [show [dev] NAME]} with the
 * interfaces' MTUs (F-54).</li>
 * </ul>
 * At start, as at boot, the daemon is started when the file is there and good. Faults can be switched on and off
 * while it runs: {@link #refuseConnections}, {@link #rejectCredentials}, {@link #changeHostKey},
 * {@link #dropConnectionMidCommand}, {@link #dropConnectionAfterBytes}, {@link #slowAnswers}.
 *
 * @since 0.1
 */
public final class RsipHostTwin extends SshTwin {

    /** The user it accepts. */
    public static final String DEFAULT_USER = "root";
    /** Where rsipd reads its configuration. */
    public static final String CONF = Rsipd.CONF;
    /** The {@code rsipd.conf} a fresh host has, as the package installs it. */
    public static final String DEFAULT_CONF = """
            # /etc/rsipd.conf: RSIP gateway (RFC 3103) as the package installs it
            PORT_RANGE=10000-19999
            MAX_CLIENTS=0
            INT_IF=eth1
            EXT_IF=eth0
            POOL=192.0.2.1
            LOG_LEVEL=1
            """;
    /** The kernel's ephemeral ports, which PORT_RANGE must not overlap (F-52). */
    public static final String IP_LOCAL_PORT_RANGE = "/proc/sys/net/ipv4/ip_local_port_range";

    private final Builder config;
    private final TwinClock clock = new TwinClock();
    private final TwinFiles files;
    private final NavigableMap<String, Integer> mtus = new ConcurrentSkipListMap<>();
    private volatile String localPortRange;
    private final Rsipd rsipd;
    private final TwinSshServer ssh;

    private RsipHostTwin(Builder config, int controlPort) throws IOException {
        this.config = config;
        this.files = new TwinFiles(config.stateFolder.resolve("root"));
        this.mtus.putAll(config.interfaces);
        this.localPortRange = config.localPortRange;
        files.generate(IP_LOCAL_PORT_RANGE, () -> localPortRange.replace("-", "\t") + "\n");
        if (config.initialConf != null && files.read(CONF).isEmpty()) {
            files.write(CONF, config.initialConf, false);
        }
        this.rsipd = new Rsipd(files, mtus, controlPort, config.lease);
        String prompt = "root@" + config.hostname + ":~# ";
        String uname = "Linux " + config.hostname + " 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 "
                + "x86_64 GNU/Linux";
        this.ssh = new TwinSshServer(config.username, config.password, false, faults, List::of,
                line -> new TwinCommand(line, new BusyBoxShell(null, clock, null, faults, files, uname,
                        Map.of("rsipdctl", rsipd, "ip", this::ip)), faults, config.banner, prompt, "rsip-twin",
                        channel -> { }), config.stateFolder);
    }

    /** Starts describing a twin whose files live in {@code stateFolder} (created when missing). */
    public static Builder builder(Path stateFolder) {
        return new Builder(stateFolder);
    }

    /** The RSIP control port (TCP and UDP on loopback) the daemon listens on while it runs. */
    public int controlPort() {
        return rsipd.controlPort();
    }

    public String username() {
        return config.username;
    }

    /** A copy of the password it accepts. */
    public char[] password() {
        return config.password.clone();
    }

    /** The content of {@code /etc/rsipd.conf}, or empty when there is none. */
    public Optional<String> rsipdConf() {
        try {
            return files.read(CONF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code /etc/rsipd.conf} as an operator's editor would; the daemon reads it at its next start. */
    public void writeRsipdConf(String content) throws IOException {
        files.write(CONF, content, false);
    }

    /** Whether rsipd runs now. */
    public boolean isRsipdRunning() {
        return rsipd.isRunning();
    }

    /** Stops rsipd, as an operator's {@code rsipdctl stop} would. */
    public void stopRsipd() {
        rsipd.stop();
    }

    /** The running daemon's binds (what {@code rsipdctl dump} prints); empty while it is stopped. */
    public List<RsipServer.Bind> binds() {
        return rsipd.binds();
    }

    /** Sets the kernel's {@code ip_local_port_range}, as {@code sysctl} would. */
    public void setIpLocalPortRange(int first, int last) {
        localPortRange = first + "-" + last;
    }

    /** Sets an interface's MTU (adding the interface if it is new), as {@code ip link set NAME mtu N} would. */
    public void setInterfaceMtu(String name, int mtu) {
        mtus.put(name, mtu);
    }

    /** Stops the daemon and the SSH server and ends their threads. Idempotent. */
    @Override
    protected TwinSshServer ssh() {
        return ssh;
    }

    @Override
    public void close() throws IOException {
        rsipd.close();
        ssh.close();
    }

    @Override
    public String toString() {
        return "RsipHostTwin[" + host() + ":" + port() + ", rsip " + controlPort() + "]";
    }

    /** {@code ip link [show [dev] NAME]}, as iproute2 prints it. */
    private int ip(List<String> args, BusyBoxShell.Console console) throws IOException {
        List<String> words = args.stream().filter(a -> !a.equals("dev")).toList();
        if (words.isEmpty() || !"link".startsWith(words.get(0)) || words.size() > 1 && !words.get(1).equals("show")
                || words.size() > 3) {
            console.err("ip: only 'ip link [show [dev] NAME]' is simulated\n");
            return 255;
        }
        String only = words.size() == 3 ? words.get(2) : null;
        if (only != null && !mtus.containsKey(only)) {
            console.err("Device \"" + only + "\" does not exist.\n");
            return 1;
        }
        StringBuilder out = new StringBuilder();
        int index = 0;
        for (Map.Entry<String, Integer> link : mtus.entrySet()) {
            index++;
            if (only != null && !only.equals(link.getKey())) {
                continue;
            }
            boolean loopback = link.getKey().equals("lo");
            out.append(index).append(": ").append(link.getKey()).append(": ")
                    .append(loopback ? "<LOOPBACK,UP,LOWER_UP>" : "<BROADCAST,MULTICAST,UP,LOWER_UP>")
                    .append(" mtu ").append(link.getValue()).append(loopback ? " qdisc noqueue state UNKNOWN"
                            : " qdisc pfifo_fast state UP").append(" mode DEFAULT group default qlen 1000\n")
                    .append(loopback ? "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n"
                            : String.format("    link/ether 52:54:00:12:34:%02x brd ff:ff:ff:ff:ff:ff%n", index));
        }
        console.out(out.toString());
        return 0;
    }

    /** Describes a twin; every setting has a default of a small Debian gateway. */
    public static final class Builder {
        private final Path stateFolder;
        private String username = DEFAULT_USER;
        private char[] password = "rsip".toCharArray();
        private String hostname = "rsip-gw";
        private String banner = "\nThe programs included with the Debian GNU/Linux system are free software.\n\n";
        private final NavigableMap<String, Integer> interfaces = new ConcurrentSkipListMap<>(
                Map.of("lo", 65536, "eth0", 1500, "eth1", 1500));
        private String localPortRange = "32768-60999";
        private String initialConf = DEFAULT_CONF;
        private Duration lease = Duration.ofMinutes(5);
        private int port;
        private int controlPort;

        private Builder(Path stateFolder) {
            this.stateFolder = Objects.requireNonNull(stateFolder, "stateFolder");
        }

        public Builder username(String username) {
            this.username = Objects.requireNonNull(username);
            return this;
        }

        /** The password it accepts (copied). */
        public Builder password(char[] password) {
            this.password = password.clone();
            return this;
        }

        /** The host name in the prompt and in {@code uname -a}. */
        public Builder hostname(String hostname) {
            this.hostname = Objects.requireNonNull(hostname);
            return this;
        }

        /** An interface and its MTU; {@code lo}, {@code eth0} and {@code eth1} (1500) exist unless changed. */
        public Builder interfaceMtu(String name, int mtu) {
            interfaces.put(name, mtu);
            return this;
        }

        /** The kernel's {@code ip_local_port_range}; Debian's default is 32768–60999. */
        public Builder ipLocalPortRange(int first, int last) {
            this.localPortRange = first + "-" + last;
            return this;
        }

        /**
         * The content of {@code /etc/rsipd.conf} when the state folder has none yet ({@link #DEFAULT_CONF} unless
         * set); null for a host without the file.
         */
        public Builder rsipdConf(String content) {
            this.initialConf = content;
            return this;
        }

        /** The lease time of registrations and binds. */
        public Builder lease(Duration lease) {
            this.lease = Objects.requireNonNull(lease);
            return this;
        }

        /** A fixed SSH port instead of an ephemeral one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** A fixed RSIP control port (4555 on a real host) instead of a free one chosen at start. */
        public Builder controlPort(int controlPort) {
            this.controlPort = controlPort;
            return this;
        }

        /** Starts listening for SSH and starts rsipd if its file is there and good. */
        @SuppressWarnings("resource") // the caller owns the started twin
        public RsipHostTwin start() throws IOException {
            int control = controlPort;
            if (control == 0) {
                // fixed for the twin's life, so the estate can point at it while the daemon is stopped
                try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    control = probe.getLocalPort();
                }
            }
            RsipHostTwin twin = new RsipHostTwin(this, control);
            try {
                twin.ssh.listen(port);
                twin.rsipd.start();
                return twin;
            } catch (IOException | RuntimeException e) {
                twin.close();
                throw e;
            }
        }
    }
}
