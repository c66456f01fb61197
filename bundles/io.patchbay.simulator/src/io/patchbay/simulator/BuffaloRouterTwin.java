package io.patchbay.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

import io.patchbay.simulator.internal.BackgroundJobs;
import io.patchbay.simulator.internal.BusyBoxShell;
import io.patchbay.simulator.internal.DdWrtBanner;
import io.patchbay.simulator.internal.Firewall;
import io.patchbay.simulator.internal.Nvram;
import io.patchbay.simulator.internal.Spoa;
import io.patchbay.simulator.internal.TwinClock;
import io.patchbay.simulator.internal.TwinCommand;
import io.patchbay.simulator.internal.TwinFiles;
import io.patchbay.simulator.internal.TwinSshServer;

/**
 * A Buffalo router on DD-WRT v24-sp2 (F-44) as an SSH server on {@code 127.0.0.1}, for tests, rehearsals and the
 * demo: dropbear-like password login (and keys from NVRAM {@code sshd_authorized_keys}), a BusyBox shell behind a
 * large warning banner, {@code nvram get/set/unset/show/commit} with NVRAM persisted in the state folder (a reboot
 * keeps committed values only), and a clock without RTC started from {@code no_ntp_time}.
 * <p>
 * Port forwards live where DD-WRT keeps them, in NVRAM {@code forward_spec} ({@code name:on:proto:ext>ip:int}) and
 * {@code forward_port} ({@code name:on:proto:from:to>ip}); {@code stopservice firewall; startservice firewall} (or
 * {@code restart firewall}) rebuilds the NAT table that {@code iptables -t nat -L} shows from them.
 * <p>
 * Files: {@code cat}, {@code printf}, {@code test -f} and redirections work on a file system kept in the state
 * folder; a reboot empties {@code /tmp} and {@code /var}. With {@link #installSpoaPlugin} the router has the SPoA
 * scripts of F-45 and the log of F-46.
 * <p>
 * Faults can be switched on and off while it runs: {@link #refuseConnections}, {@link #rejectCredentials},
 * {@link #changeHostKey}, {@link #dropConnectionMidCommand}, {@link #dropConnectionAfterBytes}, {@link #slowAnswers}, {@link #ignoreNvramSet},
 * {@link #cutOffAfterFirewallRestart}. Background jobs ({@code ( … ) &}, {@code kill}) run on the twin past the session
 * that started them: {@link #backgroundJobs()}. A twin is started with
 * {@link #builder(Path)}…{@link Builder#start()} and stopped with {@link #close()}, which ends its threads.
 *
 * @since 0.1
 */
public final class BuffaloRouterTwin extends SshTwin {

    /** The user DD-WRT logs in as. */
    public static final String DEFAULT_USER = "root";

    private final Builder config;
    private final Nvram nvram;
    private final TwinClock clock = new TwinClock();
    private final BackgroundJobs jobs = new BackgroundJobs();
    private final Firewall firewall;
    private final TwinFiles files;
    private final Spoa spoa;
    private final TwinSshServer ssh;

    private BuffaloRouterTwin(Builder config) throws IOException {
        this.config = config;
        this.nvram = new Nvram(config.stateFolder.resolve("nvram.properties"));
        this.firewall = new Firewall(nvram);
        this.files = new TwinFiles(config.stateFolder.resolve("root"));
        this.spoa = new Spoa(nvram, files, clock);
        Map<String, BusyBoxShell.Program> programs = Map.of(Spoa.SCRIPT, spoa::run, "route", (args, console) -> {
            console.out(spoa.routeTable());
            return 0;
        });
        this.ssh = new TwinSshServer(config.username, config.password, config.legacyOnly, faults,
                this::authorizedKeys, line -> new TwinCommand(line, new BusyBoxShell(nvram, clock, firewall, faults,
                        files, BusyBoxShell.DD_WRT_UNAME, programs, jobs), faults, config.banner, c -> rebootFromSession()),
                config.stateFolder);
        clock.boot(nvram.get("no_ntp_time"));
    }

    /** Starts describing a twin whose NVRAM lives in {@code stateFolder} (created when missing). */
    public static Builder builder(Path stateFolder) {
        return new Builder(stateFolder);
    }

    public String username() {
        return config.username;
    }

    /** A copy of the password it accepts. */
    public char[] password() {
        return config.password.clone();
    }

    /** The banner printed before the first prompt of a shell. */
    public String banner() {
        return config.banner;
    }

    /**
     * Models a change that cuts the console off: while on, the forwards the router has now (the NAT table in force,
     * or the one its NVRAM asks for) keep the console's path to it open, and as soon as a firewall restart builds any
     * other table, new SSH connections are dropped as they arrive (sessions already open stay up) until a restart
     * brings such a table back. Off: every connection is accepted again.
     */
    public void cutOffAfterFirewallRestart(boolean cutOff) {
        Set<String> reachable = Set.copyOf(List.of(firewall.natTable(), firewall.natTableFromNvram()));
        faults.dropNewConnections = cutOff ? () -> !reachable.contains(firewall.natTable()) : null;
    }

    /** Whether new connections are dropped now because the firewall cut the console off. */
    public boolean isCutOff() {
        BooleanSupplier cutOff = faults.dropNewConnections;
        return cutOff != null && cutOff.getAsBoolean();
    }

    /** The background jobs running on the router now, as {@code PID COMMAND}, oldest first. */
    public List<String> backgroundJobs() {
        return jobs.running().stream().map(j -> j.pid() + " " + j.command()).toList();
    }

    /** {@code nvram set} exits 0 but changes nothing, so only reading back can tell that a write was lost. */
    public void ignoreNvramSet(boolean ignore) {
        faults.ignoreNvramSet = ignore;
    }

    /** Sets and commits an NVRAM variable, as the web UI does (e.g. to give a router forwards of its own). */
    public void setNvram(String name, String value) {
        nvram.set(name, value);
        nvram.commit();
    }

    /**
     * A DNAT rule in force: {@code protocol} ({@code tcp} or {@code udp}) on the outside ports {@code first..last} to
     * {@code toHost}, from port {@code toFirst} on.
     */
    public record Forward(String protocol, int first, int last, String toHost, int toFirst) {
    }

    /** The forwards of the NAT table in force (built at the last firewall start, not from NVRAM now). */
    public List<Forward> forwards() {
        return firewall.dnat().stream().map(d -> new Forward(d.protocol(), d.first(), d.last(), d.toHost(),
                d.toFirst())).toList();
    }

    /**
     * Runs {@code listener} after each firewall start (a {@code restart firewall} in a session, a reboot), on the
     * thread that restarted it: whoever carries the router's traffic follows {@link #forwards()}.
     */
    public void onFirewallRestart(Runnable listener) {
        firewall.onRestart(listener);
    }

    /** What {@code iptables -t nat -L} prints now: the NAT table of the last firewall start. */
    public String natTable() {
        return firewall.natTable();
    }

    /** Adds an OpenSSH public key line to NVRAM {@code sshd_authorized_keys} and commits, as the web UI does. */
    public void authorizeKey(String authorizedKeyLine) {
        String current = nvram.get("sshd_authorized_keys").orElse("");
        nvram.set("sshd_authorized_keys", current.isEmpty() ? authorizedKeyLine : current + "\n" + authorizedKeyLine);
        nvram.commit();
    }

    /** Power cycle: every session ends, uncommitted NVRAM is lost, the clock restarts from {@code no_ntp_time}. */
    public synchronized void reboot() {
        ssh.closeSessions();
        jobs.killAll();
        nvram.reboot();
        spoa.reboot();
        try {
            files.clear("/tmp");
            files.clear("/var");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the twin's /tmp and /var", e);
        }
        firewall.restart();
        clock.boot(nvram.get("no_ntp_time"));
    }

    /**
     * Installs the RSP.servicelink SPoA plugin's scripts in {@code /jffs/openvpncl} (F-45): {@code cp-spoa.sh}
     * ({@code -action add|delete -net NET/BITS -gw GW}, recorded in NVRAM {@code spoa_history} and in
     * {@code /tmp/openvpncl/cp-spoa-history.sh}; logged to {@code /var/log/openvpncl}, F-46) and, with
     * {@code withRoutesScript} (newer plugins), {@code cp-spoa-routes.sh}, which makes {@code cp-spoa.sh -r} reset
     * every route. {@code route -n} shows the routes through the tunnel.
     */
    public void installSpoaPlugin(boolean withRoutesScript) throws IOException {
        spoa.install(withRoutesScript);
    }

    /** The SPoA routes in the kernel now, as {@code NET/BITS via GATEWAY}. */
    public List<String> spoaRoutes() {
        return spoa.routes().stream().map(Spoa.Route::toString).toList();
    }

    /** The content of a file of the router ({@code /jffs} survives a reboot, {@code /tmp} and {@code /var} do not). */
    public Optional<String> file(String path) throws IOException {
        return files.read(path);
    }

    /** The running value of an NVRAM variable. */
    public Optional<String> nvram(String name) {
        return nvram.get(name);
    }

    /** The value a reboot would come up with. */
    public Optional<String> committedNvram(String name) {
        return Optional.ofNullable(nvram.committed().get(name));
    }

    /** Stops the server and ends every session and thread of this twin. Idempotent. */
    @Override
    protected TwinSshServer ssh() {
        return ssh;
    }

    @Override
    public void close() throws IOException {
        jobs.killAll();
        ssh.close();
    }

    @Override
    public String toString() {
        return "BuffaloRouterTwin[" + host() + ":" + port() + "]";
    }

    private BuffaloRouterTwin listen(int requestedPort) throws IOException {
        ssh.listen(requestedPort);
        return this;
    }

    private void rebootFromSession() {
        // the session that asked must not wait for itself
        Thread rebooting = new Thread(this::reboot, "buffalo-twin reboot");
        rebooting.setDaemon(true);
        rebooting.start();
    }

    private List<PublicKey> authorizedKeys() {
        String lines = nvram.get("sshd_authorized_keys").orElse("");
        return lines.lines().filter(l -> !l.isBlank()).map(line -> {
            try {
                return AuthorizedKeyEntry.parseAuthorizedKeyEntry(line).resolvePublicKey(null, null,
                        PublicKeyEntryResolver.IGNORING);
            } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                return null; // dropbear skips a line it cannot read
            }
        }).filter(Objects::nonNull).toList();
    }

    /** Describes a twin; every setting has a DD-WRT-like default. */
    public static final class Builder {
        private final Path stateFolder;
        private String username = DEFAULT_USER;
        private char[] password = "admin".toCharArray();
        private String banner = DdWrtBanner.text();
        private boolean legacyOnly;
        private int port;

        private Builder(Path stateFolder) {
            this.stateFolder = Objects.requireNonNull(stateFolder, "stateFolder");
        }

        public Builder username(String username) {
            this.username = Objects.requireNonNull(username);
            return this;
        }

        /** The password it accepts (copied); DD-WRT's factory default is {@code admin}. */
        public Builder password(char[] password) {
            this.password = password.clone();
            return this;
        }

        public Builder banner(String banner) {
            this.banner = Objects.requireNonNull(banner);
            return this;
        }

        /** Offer only {@code ssh-rsa} and SHA-1 key exchange, like an old dropbear build. */
        public Builder legacyAlgorithmsOnly(boolean legacyOnly) {
            this.legacyOnly = legacyOnly;
            return this;
        }

        /** A fixed port instead of an ephemeral one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Starts listening. */
        @SuppressWarnings("resource") // the caller owns the started twin
        public BuffaloRouterTwin start() throws IOException {
            try {
                return new BuffaloRouterTwin(this).listen(port);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
