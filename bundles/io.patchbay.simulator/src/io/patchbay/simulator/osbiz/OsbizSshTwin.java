package io.patchbay.simulator.osbiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.patchbay.simulator.SshTwin;
import io.patchbay.simulator.internal.BusyBoxShell;
import io.patchbay.simulator.internal.Spoa;
import io.patchbay.simulator.internal.TwinClock;
import io.patchbay.simulator.internal.TwinCommand;
import io.patchbay.simulator.internal.TwinFiles;
import io.patchbay.simulator.internal.TwinSshServer;

/**
 * The Linux side of an OpenScape Business <b>S</b> (or a Booster server) as an SSH server on {@code 127.0.0.1}, for
 * tests, rehearsals and the demo; the system's telephony side is {@link OsbizSnmpTwin}. Over SSH (password login,
 * exec and shell) it offers what a provisioner and an operator use on such a server:
 * <ul>
 * <li>the RSP.servicelink SPoA plugin for Linux: {@value #SPOA_SCRIPT} {@code -r} resets every SPoA route (F-45),
 * {@code -action add|delete -net NET/BITS -gw GW} adds and deletes one; everything it does is logged to
 * {@value #SPOA_LOG} (F-46);</li>
 * <li>{@code date} (UTC, right as NTP keeps it, F-42), {@code uname -a} and {@code cat /etc/os-release} of a SUSE
 * Linux Enterprise Server 15 SP5;</li>
 * <li>the system's release in {@value #RELEASE_FILE} as {@code KEY=VALUE} lines ({@code RELEASE=V2R7}, the form
 * the estate's {@code release} has) — this twin's stand-in for what the installed OSBiz package reports;</li>
 * <li>{@code cat}, {@code printf}, {@code test}, {@code mv}, {@code rm} and redirections on files kept below the
 * state folder, so they survive a restart of the twin, as the host key does.</li>
 * </ul>
 * Faults can be switched on and off while it runs: {@link #refuseConnections}, {@link #rejectCredentials},
 * {@link #changeHostKey}, {@link #dropConnectionAfterBytes}, {@link #slowAnswers}.
 *
 * @since 0.1
 */
public final class OsbizSshTwin extends SshTwin {

    /** The user it accepts unless the builder names another. */
    public static final String DEFAULT_USER = "root";
    /** The SPoA script of the Linux plugin (F-45). */
    public static final String SPOA_SCRIPT = Spoa.LINUX_SCRIPT;
    /** The SPoA log of the Linux plugin (F-46). */
    public static final String SPOA_LOG = Spoa.LINUX_LOG;
    /** Where the system's release is written, e.g. {@code RELEASE=V2R7}. */
    public static final String RELEASE_FILE = "/etc/osbiz-release";
    /** What {@code cat /etc/os-release} prints. */
    public static final String OS_RELEASE = """
            NAME="SLES"
            VERSION="15-SP5"
            VERSION_ID="15.5"
            PRETTY_NAME="SUSE Linux Enterprise Server 15 SP5"
            ID="sles"
            ID_LIKE="suse"
            ANSI_COLOR="0;32"
            CPE_NAME="cpe:/o:suse:sles:15:sp5"
            DOCUMENTATION_URL="https://documentation.suse.com/"
            """;

    private final Builder config;
    private final TwinClock clock = new TwinClock();
    private final TwinFiles files;
    private final Spoa spoa;
    private final TwinSshServer ssh;

    private OsbizSshTwin(Builder config) throws IOException {
        this.config = config;
        this.files = new TwinFiles(config.stateFolder.resolve("root"));
        this.spoa = Spoa.linux(files, clock);
        clock.set(LocalDateTime.now(ZoneOffset.UTC));
        files.generate("/etc/os-release", () -> OS_RELEASE);
        files.generate(RELEASE_FILE, () -> "NAME=\"OpenScape Business " + (config.boosterServer ? "Booster Server"
                : "S") + "\"\nRELEASE=" + config.release + "\n");
        if (config.spoaPlugin) {
            spoa.install(true);
        }
        // as SUSE's bash prompts: "osbiz-s:~ # " for root, "patchbay@osbiz-s:~> " for anyone else
        String prompt = config.username.equals("root") ? config.hostname + ":~ # "
                : config.username + "@" + config.hostname + ":~> ";
        String uname = "Linux " + config.hostname + " 5.14.21-150500.55.39-default #1 SMP PREEMPT_DYNAMIC Tue Nov 21 "
                + "09:18:14 UTC 2023 (6a3d9b3) x86_64 x86_64 x86_64 GNU/Linux";
        this.ssh = new TwinSshServer(config.username, config.password, false, faults, List::of,
                line -> new TwinCommand(line, new BusyBoxShell(null, clock, null, faults, files, uname,
                        Map.of(spoa.script(), spoa::run)), faults, config.banner, prompt, "osbiz-s-twin",
                        channel -> { }), config.stateFolder);
    }

    /** Starts describing a twin whose files and host key live in {@code stateFolder} (created when missing). */
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

    /** The release it reports, e.g. {@code V2R7}. */
    public String release() {
        return config.release;
    }

    /** The SPoA routes in the kernel now, as {@code NET/BITS via GATEWAY}. */
    public List<String> spoaRoutes() {
        return spoa.routes().stream().map(Spoa.Route::toString).toList();
    }

    /** The content of a file of the host, or empty when there is none. */
    public Optional<String> file(String path) {
        try {
            return files.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the SSH server and ends its threads. Idempotent. */
    @Override
    protected TwinSshServer ssh() {
        return ssh;
    }

    @Override
    public void close() throws IOException {
        ssh.close();
    }

    @Override
    public String toString() {
        return "OsbizSshTwin[" + host() + ":" + port() + "]";
    }

    /** Describes a twin; every setting has a default of an OSBiz S on SLES 15 SP5 with the SPoA plugin. */
    public static final class Builder {
        private final Path stateFolder;
        private String username = DEFAULT_USER;
        private char[] password = "osbiz".toCharArray();
        private String hostname = "osbiz-s";
        private String release = "V2R7";
        private boolean boosterServer;
        private boolean spoaPlugin = true;
        private String banner = "";
        private int port;

        private Builder(Path stateFolder) {
            this.stateFolder = Objects.requireNonNull(stateFolder, "stateFolder");
        }

        /** The user it accepts ({@code root} unless set). */
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

        /** The system's release as the vendor writes it, e.g. {@code V2R7} (the default). */
        public Builder release(String release) {
            this.release = Objects.requireNonNull(release);
            return this;
        }

        /** A Booster server rather than an OSBiz S (what {@value #RELEASE_FILE} names). */
        public Builder boosterServer(boolean boosterServer) {
            this.boosterServer = boosterServer;
            return this;
        }

        /** Whether the SPoA plugin ({@value #SPOA_SCRIPT}) is installed; it is unless switched off. */
        public Builder spoaPlugin(boolean installed) {
            this.spoaPlugin = installed;
            return this;
        }

        /** Text printed before the first prompt of a shell (none unless set). */
        public Builder banner(String banner) {
            this.banner = Objects.requireNonNull(banner);
            return this;
        }

        /** A fixed SSH port instead of an ephemeral one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Starts listening for SSH. */
        @SuppressWarnings("resource") // the caller owns the started twin
        public OsbizSshTwin start() throws IOException {
            OsbizSshTwin twin = new OsbizSshTwin(this);
            try {
                twin.ssh.listen(port);
                return twin;
            } catch (IOException | RuntimeException e) {
                twin.close();
                throw e;
            }
        }
    }
}
