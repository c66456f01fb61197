package io.patchbay.transport.snmp.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.SnmpSpec;
import io.patchbay.testing.PeerProcess;

/**
 * Debian's net-snmp {@code snmpd} on a loopback high port, as {@code releng/install-prerequisites} installs it:
 * foreground, {@code -C} (none of the machine's configuration), its own configuration and persistent folder
 * ({@code SNMP_PERSISTENT_DIR}) in a temporary folder, run as user nobody, a fresh community and v3 user
 * (SHA-256, AES) per run. Stopped by the PID of the process started here.
 */
final class NetSnmpPeer implements SnmpPeer {

    static final String SNMPD = "/usr/sbin/snmpd";

    private final PeerProcess process;
    private final int port;
    private final char[] community;
    private final char[] auth;
    private final char[] priv;
    private final Path log;

    private NetSnmpPeer(PeerProcess process, int port, char[] community, char[] auth, char[] priv, Path log) {
        this.process = process;
        this.port = port;
        this.community = community;
        this.auth = auth;
        this.priv = priv;
        this.log = log;
    }

    static NetSnmpPeer start(Path folder) throws PeerProcess.Unavailable, IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(SNMPD))) {
            throw new PeerProcess.Unavailable(SNMPD + " is not installed: run releng/install-prerequisites (package"
                    + " snmpd)");
        }
        boolean root = PeerProcess.isRoot();
        char[] community = ("c" + PeerProcess.randomHex(8)).toCharArray();
        char[] auth = ("a" + PeerProcess.randomHex(8)).toCharArray();
        char[] priv = ("p" + PeerProcess.randomHex(8)).toCharArray();
        Path persist = Files.createDirectories(folder.resolve("persist"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(persist, PosixFilePermissions.fromString("rwxrwxrwx"));
        int port = PeerProcess.freeUdpPort();
        Path config = folder.resolve("snmpd.conf");
        Files.writeString(config, String.join("\n", "agentAddress udp:127.0.0.1:" + port,
                "rwcommunity " + new String(community) + " 127.0.0.1",
                "createUser patchbay SHA-256 \"" + new String(auth) + "\" AES \"" + new String(priv) + "\"",
                "rwuser patchbay auth", ""));
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        Path log = folder.resolve("snmpd.log");
        Files.writeString(log, ""); // snmpd runs as nobody: it may write this file, not create it
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-rw-rw-"));
        List<String> command = root
                ? List.of("/usr/sbin/runuser", "-u", "nobody", "--", SNMPD, "-f", "-C", "-c", config.toString(), "-I",
                        "-smux", "-Lf", log.toString())
                : List.of(SNMPD, "-f", "-C", "-c", config.toString(), "-I", "-smux", "-Lf", log.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("snmpd.out").toFile());
        builder.environment().put("SNMP_PERSISTENT_DIR", persist.toString());
        builder.environment().put("MIBS", "");
        PeerProcess process = PeerProcess.start("snmpd on 127.0.0.1:" + port, builder, log, Duration.ofSeconds(10),
                () -> Files.readString(log).contains("NET-SNMP version"));
        return new NetSnmpPeer(process, port, community, auth, priv, log);
    }

    @Override
    public DeviceAddress address() {
        return DeviceAddress.of("127.0.0.1", port);
    }

    @Override
    public Credential community() {
        return Credential.password("", community);
    }

    @Override
    public Credential v3User() {
        return Credential.password("patchbay", auth);
    }

    @Override
    public Credential v3Privacy() {
        return Credential.password("patchbay", priv);
    }

    @Override
    public SnmpSpec.AuthProtocol authProtocol() {
        return SnmpSpec.AuthProtocol.SHA256;
    }

    /** Stops snmpd by the PID of the process started here (runuser passes the signal on), then its children. */
    @Override
    public void close() {
        process.close();
    }

    @Override
    public String toString() {
        return "net-snmp snmpd on " + address() + " (log " + log + ")";
    }
}
