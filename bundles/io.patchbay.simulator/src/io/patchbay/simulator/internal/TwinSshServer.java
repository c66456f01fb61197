package io.patchbay.simulator.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.loader.openssh.OpenSSHKeyPairResourceParser;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.session.helpers.AbstractSession;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.command.Command;

/**
 * The SSH side every twin of an SSH-managed device shares: a MINA SSHD server on {@code 127.0.0.1} with one user
 * (password, or a key from the device's authorized keys), a host key that can change, optionally only the legacy
 * algorithms of an old dropbear, and the connection faults of {@link TwinFaults} (refused, rejected logins). What a
 * channel does is the twin's: {@code channels} makes the command for an exec line, or for a shell when the line is
 * {@code null}.
 * <p>
 * The host key lives in the twin's state folder as an OpenSSH private key file readable by its owner only
 * ({@code ssh_host_ecdsa_key}, or {@code ssh_host_rsa_key} with legacy algorithms only), as a real host keeps it in
 * {@code /etc}: a twin started again on the same folder presents the same key, so the clients' known hosts still
 * hold; {@link #changeHostKey()} makes and keeps a new one.
 */
public final class TwinSshServer implements AutoCloseable {

    private final String username;
    private final char[] password;
    private final boolean legacyOnly;
    private final TwinFaults faults;
    private final Supplier<List<PublicKey>> authorizedKeys;
    private final Function<String, Command> channels;
    private final Path hostKeyFile;
    private volatile KeyPair hostKey;
    private SshServer server;
    private int port;

    /**
     * @param stateFolder where the host key is kept (created when missing); {@code null} for a key that lives only
     *                    as long as this object
     * @throws IOException when the kept host key cannot be read or a new one cannot be written
     */
    public TwinSshServer(String username, char[] password, boolean legacyOnly, TwinFaults faults,
            Supplier<List<PublicKey>> authorizedKeys, Function<String, Command> channels, Path stateFolder)
            throws IOException {
        this.username = username;
        this.password = password.clone();
        this.legacyOnly = legacyOnly;
        this.faults = faults;
        this.authorizedKeys = authorizedKeys;
        this.channels = channels;
        this.hostKeyFile = stateFolder == null ? null
                : stateFolder.toAbsolutePath().resolve(legacyOnly ? "ssh_host_rsa_key" : "ssh_host_ecdsa_key");
        KeyPair kept = hostKeyFile == null ? null : readHostKey(hostKeyFile);
        this.hostKey = kept != null ? kept : newHostKey();
    }

    public String host() {
        return "127.0.0.1";
    }

    /** The port it listens on; kept across {@link #refuseConnections}. */
    public synchronized int port() {
        return port;
    }

    /** The host key's type, e.g. {@code ecdsa-sha2-nistp256}, or {@code ssh-rsa} with legacy algorithms only. */
    public String hostKeyType() {
        return KeyUtils.getKeyType(hostKey.getPublic());
    }

    /** OpenSSH's fingerprint of the current host key, {@code SHA256:…}. */
    public String hostKeyFingerprint() {
        return fingerprint(hostKey.getPublic());
    }

    /** A new host key from now on (kept in the state folder), as after a reinstall (or a device in between). */
    public void changeHostKey() {
        try {
            hostKey = newHostKey();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Starts listening on {@code requestedPort} (0: any free port). */
    @SuppressWarnings("deprecation") // SHA-1 key exchange is deprecated: that is the point of the legacy mode
    public synchronized void listen(int requestedPort) throws IOException {
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(host());
        sshd.setPort(requestedPort);
        sshd.setKeyPairProvider(session -> List.of(hostKey));
        if (legacyOnly) {
            // what old dropbear builds offer: SHA-1 Diffie-Hellman and ssh-rsa signatures, nothing newer
            sshd.setKeyExchangeFactories(NamedFactory.setUpTransformedFactories(false,
                    List.of(BuiltinDHFactories.dhg14, BuiltinDHFactories.dhg1), ServerBuilder.DH2KEX));
            sshd.setSignatureFactories(List.of(BuiltinSignatures.rsa));
        }
        sshd.setPasswordAuthenticator((user, given, session) -> !faults.rejectCredentials
                && username.equals(user) && constantTimeEquals(password, given));
        sshd.setPublickeyAuthenticator((user, key, session) -> !faults.rejectCredentials
                && username.equals(user) && authorizedKeys.get().stream().anyMatch(k -> KeyUtils.compareKeys(k,
                        key)));
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                BooleanSupplier drop = faults.dropNewConnections;
                if (drop != null && drop.getAsBoolean()) {
                    session.close(true); // as a firewall that cut the console off drops its new connections
                }
            }
        });
        sshd.setShellFactory(channel -> channels.apply(null));
        sshd.setCommandFactory((channel, command) -> channels.apply(command));
        sshd.start();
        server = sshd;
        port = sshd.getPort();
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

    /** Ends every open session at once, as a power cut does. */
    public synchronized void closeSessions() {
        if (server != null) {
            for (AbstractSession session : server.getActiveSessions()) {
                session.close(true);
            }
        }
    }

    /** Sessions open right now (a client that closed properly leaves none). */
    public synchronized int activeSessions() {
        return server == null ? 0 : server.getActiveSessions().size();
    }

    /** Stops the server and ends every session and thread. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (server != null) {
            server.stop(true);
            server = null;
        }
    }

    /** A new host key, written to the host key file first when there is one. */
    private KeyPair newHostKey() throws IOException {
        KeyPair key = generateHostKey();
        if (hostKeyFile != null) {
            writeHostKey(hostKeyFile, key);
        }
        return key;
    }

    private static KeyPair readHostKey(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Collection<KeyPair> keys = OpenSSHKeyPairResourceParser.INSTANCE.loadKeyPairs(null, file,
                    FilePasswordProvider.EMPTY);
            if (keys == null || keys.isEmpty()) {
                throw new IOException("no key in " + file);
            }
            return keys.iterator().next();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IOException("cannot read the twin's host key " + file + " (" + e.getMessage()
                    + "); delete the file to give the twin a new key, as after a factory reset", e);
        }
    }

    /** Writes an OpenSSH private key file only its owner may read, replacing the old one at once. */
    private static void writeHostKey(Path file, KeyPair key) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".twin-tmp");
        Files.deleteIfExists(temp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temp);
        }
        try (OutputStream out = Files.newOutputStream(temp)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "patchbay-twin",
                    (OpenSSHKeyEncryptionContext) null, out);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write the twin's host key " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private KeyPair generateHostKey() {
        try {
            if (legacyOnly) {
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
}
