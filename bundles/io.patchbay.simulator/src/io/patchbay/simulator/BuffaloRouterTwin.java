package io.patchbay.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.session.helpers.AbstractSession;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;

import io.patchbay.simulator.internal.BackgroundJobs;
import io.patchbay.simulator.internal.BusyBoxShell;
import io.patchbay.simulator.internal.DdWrtBanner;
import io.patchbay.simulator.internal.Firewall;
import io.patchbay.simulator.internal.Nvram;
import io.patchbay.simulator.internal.TwinClock;
import io.patchbay.simulator.internal.TwinCommand;
import io.patchbay.simulator.internal.TwinFaults;

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
 * Faults can be switched on and off while it runs: {@link #refuseConnections}, {@link #rejectCredentials},
 * {@link #changeHostKey}, {@link #dropConnectionMidCommand}, {@link #slowAnswers}, {@link #ignoreNvramSet},
 * {@link #cutOffAfterFirewallRestart}. Background jobs ({@code ( … ) &}, {@code kill}) run on the twin past the session
 * that started them: {@link #backgroundJobs()}. A twin is started with
 * {@link #builder(Path)}…{@link Builder#start()} and stopped with {@link #close()}, which ends its threads.
 *
 * @since 0.1
 */
public final class BuffaloRouterTwin implements AutoCloseable {

    /** The user DD-WRT logs in as. */
    public static final String DEFAULT_USER = "root";

    private final Builder config;
    private final Nvram nvram;
    private final TwinClock clock = new TwinClock();
    private final TwinFaults faults = new TwinFaults();
    private final BackgroundJobs jobs = new BackgroundJobs();
    private final Firewall firewall;
    private volatile KeyPair hostKey;
    private SshServer server;
    private int port;

    private BuffaloRouterTwin(Builder config) {
        this.config = config;
        this.nvram = new Nvram(config.stateFolder.resolve("nvram.properties"));
        this.hostKey = generateHostKey();
        this.firewall = new Firewall(nvram);
        clock.boot(nvram.get("no_ntp_time"));
    }

    /** Starts describing a twin whose NVRAM lives in {@code stateFolder} (created when missing). */
    public static Builder builder(Path stateFolder) {
        return new Builder(stateFolder);
    }

    public String host() {
        return "127.0.0.1";
    }

    /** The port it listens on (chosen by the system unless the builder fixed one); kept across faults. */
    public int port() {
        return port;
    }

    public String username() {
        return config.username;
    }

    /** A copy of the password it accepts. */
    public char[] password() {
        return config.password.clone();
    }

    /** The host key's type, e.g. {@code ecdsa-sha2-nistp256}, or {@code ssh-rsa} with legacy algorithms only. */
    public String hostKeyType() {
        return KeyUtils.getKeyType(hostKey.getPublic());
    }

    /** OpenSSH's fingerprint of the current host key, {@code SHA256:…}. */
    public String hostKeyFingerprint() {
        return fingerprint(hostKey.getPublic());
    }

    /** The banner printed before the first prompt of a shell. */
    public String banner() {
        return config.banner;
    }

    /** Stops listening, so connections are refused, or listens again on the same port. */
    public synchronized void refuseConnections(boolean refuse) throws IOException {
        if (refuse && server != null) {
            server.stop(true);
            server = null;
        } else if (!refuse && server == null) {
            listen(port);
        }
    }

    /**
     * Models a change that cuts the console off: while on, the forwards the router has now (the NAT table in force,
     * or the one its NVRAM asks for) keep the console's path to it open, and as soon as a firewall restart builds any
     * other table, new SSH connections are dropped as they arrive (sessions already open stay up) until a restart
     * brings such a table back. Off: every connection is accepted again.
     */
    public void cutOffAfterFirewallRestart(boolean cutOff) {
        faults.reachableOnlyWithNat = cutOff ? Set.copyOf(List.of(firewall.natTable(), firewall.natTableFromNvram())) : null;
    }

    /** Whether new connections are dropped now because the firewall cut the console off. */
    public boolean isCutOff() {
        Set<String> reachable = faults.reachableOnlyWithNat;
        return reachable != null && !reachable.contains(firewall.natTable());
    }

    /** The background jobs running on the router now, as {@code PID COMMAND}, oldest first. */
    public List<String> backgroundJobs() {
        return jobs.running().stream().map(j -> j.pid() + " " + j.command()).toList();
    }

    /** Rejects every login (as after someone changed the router's password), or accepts the right ones again. */
    public void rejectCredentials(boolean reject) {
        faults.rejectCredentials = reject;
    }

    /** Each command prints a few bytes and then the connection drops, as when a router loses power. */
    public void dropConnectionMidCommand(boolean drop) {
        faults.dropMidCommand = drop;
    }

    /** Every command waits {@code delay} before it runs; {@link Duration#ZERO} for normal speed. */
    public void slowAnswers(Duration delay) {
        faults.slowAnswers = Objects.requireNonNull(delay);
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

    /** What {@code iptables -t nat -L} prints now: the NAT table of the last firewall start. */
    public String natTable() {
        return firewall.natTable();
    }

    /** A new host key from now on, as after a factory reset (or a device in between). */
    public void changeHostKey() {
        hostKey = generateHostKey();
    }

    /** Adds an OpenSSH public key line to NVRAM {@code sshd_authorized_keys} and commits, as the web UI does. */
    public void authorizeKey(String authorizedKeyLine) {
        String current = nvram.get("sshd_authorized_keys").orElse("");
        nvram.set("sshd_authorized_keys", current.isEmpty() ? authorizedKeyLine : current + "\n" + authorizedKeyLine);
        nvram.commit();
    }

    /** Power cycle: every session ends, uncommitted NVRAM is lost, the clock restarts from {@code no_ntp_time}. */
    public synchronized void reboot() {
        closeSessions();
        jobs.killAll();
        nvram.reboot();
        firewall.restart();
        clock.boot(nvram.get("no_ntp_time"));
    }

    /** The running value of an NVRAM variable. */
    public Optional<String> nvram(String name) {
        return nvram.get(name);
    }

    /** The value a reboot would come up with. */
    public Optional<String> committedNvram(String name) {
        return Optional.ofNullable(nvram.committed().get(name));
    }

    /** Sessions open right now (a client that closed properly leaves none). */
    public synchronized int activeSessions() {
        return server == null ? 0 : server.getActiveSessions().size();
    }

    /** Stops the server and ends every session and thread of this twin. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        jobs.killAll();
        if (server != null) {
            server.stop(true);
            server = null;
        }
    }

    @Override
    public String toString() {
        return "BuffaloRouterTwin[" + host() + ":" + port + "]";
    }

    @SuppressWarnings("deprecation") // SHA-1 key exchange is deprecated: that is the point of the legacy mode
    private synchronized BuffaloRouterTwin listen(int requestedPort) throws IOException {
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(host());
        sshd.setPort(requestedPort);
        sshd.setKeyPairProvider(session -> List.of(hostKey));
        if (config.legacyOnly) {
            // what old dropbear builds offer: SHA-1 Diffie-Hellman and ssh-rsa signatures, nothing newer
            sshd.setKeyExchangeFactories(NamedFactory.setUpTransformedFactories(false,
                    List.of(BuiltinDHFactories.dhg14, BuiltinDHFactories.dhg1), ServerBuilder.DH2KEX));
            sshd.setSignatureFactories(List.of(BuiltinSignatures.rsa));
        }
        sshd.setPasswordAuthenticator((user, password, session) -> !faults.rejectCredentials
                && config.username.equals(user) && constantTimeEquals(config.password, password));
        sshd.setPublickeyAuthenticator((user, key, session) -> !faults.rejectCredentials
                && config.username.equals(user) && authorizedKeys().stream().anyMatch(k -> KeyUtils.compareKeys(k,
                        key)));
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                if (isCutOff()) {
                    session.close(true); // the firewall drops the console's new connections
                }
            }
        });
        sshd.setShellFactory(channel -> new TwinCommand(null, new BusyBoxShell(nvram, clock, firewall, faults, jobs),
                faults, config.banner, c -> rebootFromSession()));
        sshd.setCommandFactory((channel, command) -> new TwinCommand(command,
                new BusyBoxShell(nvram, clock, firewall, faults, jobs), faults, config.banner, c -> rebootFromSession()));
        sshd.start();
        server = sshd;
        port = sshd.getPort();
        return this;
    }

    private void rebootFromSession() {
        // the session that asked must not wait for itself
        Thread rebooting = new Thread(this::reboot, "buffalo-twin reboot");
        rebooting.setDaemon(true);
        rebooting.start();
    }

    private void closeSessions() {
        if (server != null) {
            for (AbstractSession session : server.getActiveSessions()) {
                session.close(true);
            }
        }
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

    private KeyPair generateHostKey() {
        try {
            if (config.legacyOnly) {
                KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
                rsa.initialize(2048);
                return rsa.generateKeyPair();
            }
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp256r1"));
            return ec.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime cannot make an EC or RSA key", e);
        }
    }

    private static String fingerprint(PublicKey key) {
        try {
            String line = PublicKeyEntry.toString(key);
            byte[] blob = Base64.getDecoder().decode(line.split(" ")[1]);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean constantTimeEquals(char[] expected, String given) {
        byte[] want = new String(expected).getBytes(StandardCharsets.UTF_8);
        boolean same = MessageDigest.isEqual(want, given.getBytes(StandardCharsets.UTF_8));
        Arrays.fill(want, (byte) 0);
        return same;
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
