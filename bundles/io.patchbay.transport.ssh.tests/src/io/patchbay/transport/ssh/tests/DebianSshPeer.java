package io.patchbay.transport.ssh.tests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.testing.PeerProcess;

/**
 * A real SSH daemon from Debian on a loopback high port, started the way {@code releng/install-prerequisites}
 * installs them: dropbear or OpenSSH sshd in a private mount namespace ({@code unshare -m}) where a temporary
 * {@code /etc/shadow} (a fresh root password), {@code /root} or {@code AuthorizedKeysFile} (the test's client key) and
 * {@code /etc/motd} (a large warning banner) are bind-mounted, so the machine's own files are never touched. Stopped
 * by the PID of the process this class started.
 */
final class DebianSshPeer implements SshPeer {

    static final String BANNER_LINE = "PATCHBAY TEST PEER: AUTHORIZED ACCESS ONLY";

    private final String name;
    private final PeerProcess process;
    private final int port;
    private final char[] password;
    private final ClientKey key;
    private final String fingerprint;
    private final Path log;

    private DebianSshPeer(String name, PeerProcess process, int port, char[] password, ClientKey key,
            String fingerprint, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.password = password;
        this.key = key;
        this.fingerprint = fingerprint;
        this.log = log;
    }

    static DebianSshPeer dropbear(Path folder) throws PeerProcess.Unavailable, IOException, GeneralSecurityException,
            InterruptedException {
        requireRootAnd("/usr/sbin/dropbear", "/usr/bin/dropbearkey");
        Setup setup = new Setup(folder);
        Path hostKey = folder.resolve("dropbear_hostkey");
        PeerProcess.run(folder, "/usr/bin/dropbearkey", "-t", "ed25519", "-f", hostKey.toString());
        String publicLine = PeerProcess.run(folder, "/usr/bin/dropbearkey", "-y", "-f", hostKey.toString()).lines()
                .filter(l -> l.startsWith("ssh-")).findFirst().orElseThrow();
        Path fakeRoot = folder.resolve("root");
        Files.createDirectories(fakeRoot.resolve(".ssh"));
        Files.writeString(fakeRoot.resolve(".ssh/authorized_keys"), setup.key.authorizedKeyLine() + "\n");
        Files.setPosixFilePermissions(fakeRoot, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(fakeRoot.resolve(".ssh"), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(fakeRoot.resolve(".ssh/authorized_keys"),
                PosixFilePermissions.fromString("rw-------"));
        int port = PeerProcess.freeTcpPort();
        String script = setup.mounts() + " && mount --bind " + fakeRoot + " /root && exec /usr/sbin/dropbear -F -E -p "
                + "127.0.0.1:" + port + " -r " + hostKey + " -P " + folder.resolve("dropbear.pid");
        return setup.start("dropbear", script, port, publicLine);
    }

    static DebianSshPeer openSsh(Path folder) throws PeerProcess.Unavailable, IOException, GeneralSecurityException,
            InterruptedException {
        requireRootAnd("/usr/sbin/sshd", "/usr/bin/ssh-keygen");
        Setup setup = new Setup(folder);
        Path hostKey = folder.resolve("sshd_hostkey");
        PeerProcess.run(folder, "/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey.toString());
        String publicLine = Files.readString(folder.resolve("sshd_hostkey.pub")).strip();
        Path authorizedKeys = folder.resolve("authorized_keys");
        Files.writeString(authorizedKeys, setup.key.authorizedKeyLine() + "\n");
        int port = PeerProcess.freeTcpPort();
        Path config = folder.resolve("sshd_config");
        Files.writeString(config, String.join("\n", "Port " + port, "ListenAddress 127.0.0.1",
                "HostKey " + hostKey, "PidFile " + folder.resolve("sshd.pid"), "AuthorizedKeysFile " + authorizedKeys,
                "PermitRootLogin yes", "PasswordAuthentication yes", "KbdInteractiveAuthentication no", "UsePAM no",
                "StrictModes no", "PrintMotd yes", "PrintLastLog no", "") );
        String script = setup.mounts() + " && mount -t tmpfs tmpfs /run && mkdir -m 755 /run/sshd"
                + " && exec /usr/sbin/sshd -D -e -f " + config;
        return setup.start("OpenSSH sshd", script, port, publicLine);
    }

    /** What both daemons need: a password in a private shadow copy, a client key, the banner. */
    private static final class Setup {
        final Path folder;
        final char[] password;
        final ClientKey key;
        final Path shadow;
        final Path motd;

        Setup(Path folder)
                throws IOException, GeneralSecurityException, InterruptedException, PeerProcess.Unavailable {
            this.folder = folder;
            password = ("Pb-" + PeerProcess.randomHex(9)).toCharArray();
            key = new ClientKey();
            String hash = PeerProcess.run(folder, "/usr/bin/openssl", "passwd", "-6", new String(password)).strip();
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("/etc/shadow"))) {
                lines.add(line.startsWith("root:") ? line.replaceFirst("^root:[^:]*:", java.util.regex.Matcher.quoteReplacement("root:" + hash + ":")) : line);
            }
            shadow = folder.resolve("shadow");
            Files.write(shadow, lines);
            Files.setPosixFilePermissions(shadow, PosixFilePermissions.fromString("rw-r-----"));
            StringBuilder banner = new StringBuilder("#".repeat(60)).append('\n')
                    .append("# ").append(BANNER_LINE).append('\n');
            for (int i = 1; i <= 40; i++) {
                banner.append("# ").append(i).append(". every session is recorded; no changes without a ticket #\n");
            }
            banner.append("#".repeat(60)).append('\n');
            motd = folder.resolve("motd");
            Files.writeString(motd, banner);
        }

        String mounts() {
            return "mount --bind " + shadow + " /etc/shadow && mount --bind " + motd + " /etc/motd";
        }

        DebianSshPeer start(String name, String script, int port, String publicKeyLine)
                throws IOException, InterruptedException, PeerProcess.Unavailable {
            Path log = folder.resolve(name.replace(' ', '_') + ".log");
            ProcessBuilder builder = new ProcessBuilder("/usr/bin/unshare", "-m", "--propagation", "private",
                    "/bin/sh", "-c", script).redirectErrorStream(true).redirectOutput(log.toFile());
            PeerProcess process = PeerProcess.start(name + " on 127.0.0.1:" + port, builder, log,
                    Duration.ofSeconds(10), () -> listens(port));
            byte[] blob = Base64.getDecoder().decode(publicKeyLine.split("\\s+")[1]);
            return new DebianSshPeer(name, process, port, password, key, KnownHostsStore.fingerprint(blob), log);
        }

        private static boolean listens(int port) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        }
    }

    @Override
    public DeviceAddress address() {
        return DeviceAddress.of("127.0.0.1", port);
    }

    @Override
    public Credential passwordLogin() {
        return Credential.password("root", password);
    }

    @Override
    public Credential keyLogin() {
        return key.credential("root");
    }

    @Override
    public String hostKeyFingerprint() {
        return fingerprint;
    }

    @Override
    public String bannerLine() {
        return BANNER_LINE;
    }

    @Override
    public String commandThatLosesTheConnection() {
        // $PPID of the login shell is the daemon's process for this connection
        return "echo partial; kill -9 $PPID";
    }

    /** Stops the daemon by the PID of the process started here, then its children. */
    @Override
    public void close() {
        process.close();
    }

    @Override
    public String toString() {
        return name + " on " + address() + " (log " + log + ")";
    }

    private static void requireRootAnd(String... programs) throws PeerProcess.Unavailable, IOException,
            InterruptedException {
        PeerProcess.requireInstalled(programs);
        PeerProcess.requireInstalled("/usr/bin/unshare", "/usr/bin/openssl");
        if (!PeerProcess.isRoot()) {
            throw new PeerProcess.Unavailable("starting a real SSH daemon with a private /etc/shadow needs root");
        }
    }
}
