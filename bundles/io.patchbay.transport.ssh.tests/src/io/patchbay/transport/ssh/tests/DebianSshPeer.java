package io.patchbay.transport.ssh.tests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.KnownHostsStore;

/**
 * A real SSH daemon from Debian on a loopback high port, started the way {@code releng/install-prerequisites}
 * installs them: dropbear or OpenSSH sshd in a private mount namespace ({@code unshare -m}) where a temporary
 * {@code /etc/shadow} (a fresh root password), {@code /root} or {@code AuthorizedKeysFile} (the test's client key) and
 * {@code /etc/motd} (a large warning banner) are bind-mounted, so the machine's own files are never touched. Stopped
 * by the PID of the process this class started.
 */
final class DebianSshPeer implements SshPeer {

    /** Thrown when the peer cannot run here; the test is then skipped with this message. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    static final String BANNER_LINE = "PATCHBAY TEST PEER: AUTHORIZED ACCESS ONLY";

    private final String name;
    private final Process process;
    private final int port;
    private final char[] password;
    private final ClientKey key;
    private final String fingerprint;
    private final Path log;

    private DebianSshPeer(String name, Process process, int port, char[] password, ClientKey key,
            String fingerprint, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.password = password;
        this.key = key;
        this.fingerprint = fingerprint;
        this.log = log;
    }

    static DebianSshPeer dropbear(Path folder) throws Unavailable, IOException, GeneralSecurityException,
            InterruptedException {
        requireRootAnd("/usr/sbin/dropbear", "/usr/bin/dropbearkey");
        Setup setup = new Setup(folder);
        Path hostKey = folder.resolve("dropbear_hostkey");
        run(folder, "/usr/bin/dropbearkey", "-t", "ed25519", "-f", hostKey.toString());
        String publicLine = run(folder, "/usr/bin/dropbearkey", "-y", "-f", hostKey.toString()).lines()
                .filter(l -> l.startsWith("ssh-")).findFirst().orElseThrow();
        Path fakeRoot = folder.resolve("root");
        Files.createDirectories(fakeRoot.resolve(".ssh"));
        Files.writeString(fakeRoot.resolve(".ssh/authorized_keys"), setup.key.authorizedKeyLine() + "\n");
        Files.setPosixFilePermissions(fakeRoot, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(fakeRoot.resolve(".ssh"), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(fakeRoot.resolve(".ssh/authorized_keys"),
                PosixFilePermissions.fromString("rw-------"));
        int port = freePort();
        String script = setup.mounts() + " && mount --bind " + fakeRoot + " /root && exec /usr/sbin/dropbear -F -E -p "
                + "127.0.0.1:" + port + " -r " + hostKey + " -P " + folder.resolve("dropbear.pid");
        return setup.start("dropbear", script, port, publicLine);
    }

    static DebianSshPeer openSsh(Path folder) throws Unavailable, IOException, GeneralSecurityException,
            InterruptedException {
        requireRootAnd("/usr/sbin/sshd", "/usr/bin/ssh-keygen");
        Setup setup = new Setup(folder);
        Path hostKey = folder.resolve("sshd_hostkey");
        run(folder, "/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey.toString());
        String publicLine = Files.readString(folder.resolve("sshd_hostkey.pub")).strip();
        Path authorizedKeys = folder.resolve("authorized_keys");
        Files.writeString(authorizedKeys, setup.key.authorizedKeyLine() + "\n");
        int port = freePort();
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

        Setup(Path folder) throws IOException, GeneralSecurityException, InterruptedException, Unavailable {
            this.folder = folder;
            byte[] random = new byte[9];
            new SecureRandom().nextBytes(random);
            password = ("Pb-" + HexFormat.of().formatHex(random)).toCharArray();
            key = new ClientKey();
            String hash = run(folder, "/usr/bin/openssl", "passwd", "-6", new String(password)).strip();
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
                throws IOException, InterruptedException, Unavailable {
            Path log = folder.resolve(name.replace(' ', '_') + ".log");
            Process process = new ProcessBuilder("/usr/bin/unshare", "-m", "--propagation", "private", "/bin/sh",
                    "-c", script).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < until) {
                if (!process.isAlive()) {
                    throw new Unavailable(name + " did not start (exit " + process.exitValue() + "): "
                            + Files.readString(log).strip());
                }
                try (Socket probe = new Socket()) {
                    probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    byte[] blob = Base64.getDecoder().decode(publicKeyLine.split("\\s+")[1]);
                    return new DebianSshPeer(name, process, port, password, key,
                            KnownHostsStore.fingerprint(blob), log);
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            process.destroyForcibly();
            throw new Unavailable(name + " did not listen on 127.0.0.1:" + port + " within 10 s: "
                    + Files.readString(log).strip());
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
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public String toString() {
        return name + " on " + address() + " (log " + log + ")";
    }

    private static void requireRootAnd(String... programs) throws Unavailable, IOException, InterruptedException {
        for (String program : programs) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new Unavailable(program + " is not installed: run releng/install-prerequisites");
            }
        }
        if (!Files.isExecutable(Path.of("/usr/bin/unshare")) || !Files.isExecutable(Path.of("/usr/bin/openssl"))) {
            throw new Unavailable("unshare or openssl is missing");
        }
        String uid = run(Path.of("/"), "/usr/bin/id", "-u").strip();
        if (!uid.equals("0")) {
            throw new Unavailable("starting a real SSH daemon with a private /etc/shadow needs root (uid is " + uid
                    + ")");
        }
    }

    private static String run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command[0]) + " failed: " + output.strip());
        }
        return output;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
