package io.patchbay.simulator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
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
 */
public final class TwinSshServer implements AutoCloseable {

    private final String username;
    private final char[] password;
    private final boolean legacyOnly;
    private final TwinFaults faults;
    private final Supplier<List<PublicKey>> authorizedKeys;
    private final Function<String, Command> channels;
    private volatile KeyPair hostKey;
    private SshServer server;
    private int port;

    public TwinSshServer(String username, char[] password, boolean legacyOnly, TwinFaults faults,
            Supplier<List<PublicKey>> authorizedKeys, Function<String, Command> channels) {
        this.username = username;
        this.password = password.clone();
        this.legacyOnly = legacyOnly;
        this.faults = faults;
        this.authorizedKeys = authorizedKeys;
        this.channels = channels;
        this.hostKey = generateHostKey();
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

    /** A new host key from now on, as after a reinstall (or a device in between). */
    public void changeHostKey() {
        hostKey = generateHostKey();
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
