package io.patchbay.core;

import java.util.Arrays;
import java.util.Objects;

import javax.security.auth.Destroyable;

/**
 * A login for a device: a user name and either a password or a private key (with an optional passphrase).
 * <p>
 * The secret is held as {@code char[]}/{@code byte[]} so that it can be wiped: {@link #destroy()} overwrites it, and
 * the accessors hand out copies the caller should wipe after use. {@link #toString()} names the user and the kind of
 * secret, never the secret. A credential is safe to share between threads; destroying it while a connection is
 * being opened with it makes that connection fail authentication.
 *
 * @since 0.1
 */
public final class Credential implements Destroyable {

    /** What the secret of a credential is. */
    public enum Kind {
        /** a password, for SSH password authentication */
        PASSWORD,
        /** a private key (OpenSSH, PKCS#8 or PEM text), optionally protected by a passphrase */
        PRIVATE_KEY
    }

    private final String username;
    private final Kind kind;
    private final char[] secret;
    private final byte[] privateKey;
    private volatile boolean destroyed;

    private Credential(String username, Kind kind, char[] secret, byte[] privateKey) {
        this.username = Objects.requireNonNull(username, "username");
        this.kind = kind;
        this.secret = secret == null ? new char[0] : secret.clone();
        this.privateKey = privateKey == null ? new byte[0] : privateKey.clone();
    }

    /** A user name and password; {@code password} is copied, so the caller may wipe its array at once. */
    public static Credential password(String username, char[] password) {
        return new Credential(username, Kind.PASSWORD, Objects.requireNonNull(password, "password"), null);
    }

    /**
     * A user name and private key; both arrays are copied.
     *
     * @param privateKey the key file's bytes (OpenSSH {@code -----BEGIN OPENSSH PRIVATE KEY-----}, PKCS#8 or PEM)
     * @param passphrase the key's passphrase, or {@code null} or empty when the key is not encrypted
     */
    public static Credential privateKey(String username, byte[] privateKey, char[] passphrase) {
        return new Credential(username, Kind.PRIVATE_KEY, passphrase, Objects.requireNonNull(privateKey, "privateKey"));
    }

    public String username() {
        return username;
    }

    public Kind kind() {
        return kind;
    }

    /** A copy of the password, or of the key's passphrase (empty if none); wipe it after use. */
    public char[] secret() {
        checkNotDestroyed();
        return secret.clone();
    }

    /** A copy of the private key's bytes (empty for a password credential); wipe it after use. */
    public byte[] privateKeyBytes() {
        checkNotDestroyed();
        return privateKey.clone();
    }

    /** Overwrites the secret and the key; afterwards {@link #secret()} and {@link #privateKeyBytes()} throw. */
    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(secret, '\0');
        Arrays.fill(privateKey, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    private void checkNotDestroyed() {
        if (destroyed) {
            throw new IllegalStateException("the credential of " + username + " was destroyed");
        }
    }

    /** {@code Credential[user=NAME, PASSWORD, secret hidden]}: never the secret. */
    @Override
    public String toString() {
        return "Credential[user=" + username + ", " + kind + ", secret hidden]";
    }
}
