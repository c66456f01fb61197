package io.patchbay.core.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.patchbay.core.Credential;
import io.patchbay.core.PatchbayHome;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.VaultException;

/**
 * The vault on Equinox secure storage, in its own storage file (not the workbench's default one).
 * <p>
 * Headless: Equinox would otherwise ask a password provider module, which on a machine without a desktop keyring
 * means a UI prompt or a failure. Instead the storage is encrypted (PBEWithHmacSHA512AndAES_256, Equinox's default)
 * with a random master password kept in {@code LOCATION.key}, readable by the owner only — the same protection as
 * an SSH private key in {@code ~/.ssh}. The location comes from the framework property {@value #LOCATION_PROPERTY},
 * default {@code ~/.patchbay/vault/secure_storage}.
 */
@Component(service = CredentialVault.class)
public final class SecureStorageCredentialVault implements CredentialVault {

    /** Framework (or system) property naming the storage file. */
    public static final String LOCATION_PROPERTY = "patchbay.vault.location";

    private static final String ROOT = "patchbay/credentials";
    private static final String USER = "user";
    private static final String KIND = "kind";
    private static final String SECRET = "secret";
    private static final String KEY = "key";

    private ISecurePreferences root;
    private Path location;

    /** For Declarative Services; {@link #activate} opens the storage. */
    private final Object flushLock = new Object();
    /** Guarded by {@code this}: credential batches put so far. */
    private long puts;
    /** Guarded by {@code flushLock}: the batches known to be on disk. */
    private long flushed;

    public SecureStorageCredentialVault() {
    }

    /** A vault in {@code location} (created when missing), e.g. a temporary file in a test. */
    public SecureStorageCredentialVault(Path location) throws VaultException {
        open(location);
    }

    @Activate
    void activate(BundleContext context) throws VaultException {
        String configured = context.getProperty(LOCATION_PROPERTY);
        open(configured != null && !configured.isBlank() ? Paths.get(configured)
                : PatchbayHome.folder().resolve("vault").resolve("secure_storage"));
    }

    private void open(Path file) throws VaultException {
        location = file.toAbsolutePath();
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        char[] password = masterPassword();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(password));
        Arrays.fill(password, '\0');
        try {
            URL url = location.toUri().toURL();
            root = SecurePreferencesFactory.open(url, options);
        } catch (IOException e) {
            throw new VaultException(null, "cannot open the vault " + location + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable by you", e);
        }
        if (root == null) {
            throw new VaultException(null, "cannot open the vault " + location
                    + ": Equinox secure storage is not running. Start the bundle org.eclipse.equinox.security", null);
        }
    }

    /** The storage's master password: created once at random, then read from {@code LOCATION.key}. */
    private char[] masterPassword() throws VaultException {
        Path keyFile = location.resolveSibling(location.getFileName() + ".key");
        try {
            Files.createDirectories(location.getParent());
            if (!Files.exists(keyFile)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Path temp = Files.createTempFile(location.getParent(), ".vault", ".key",
                        OwnerOnly.fileAttributes());
                Files.writeString(temp, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
                Files.move(temp, keyFile);
                Arrays.fill(random, (byte) 0);
            }
            return Files.readString(keyFile, StandardCharsets.US_ASCII).strip().toCharArray();
        } catch (IOException e) {
            throw new VaultException(null, "cannot create or read the vault's key " + keyFile + ": "
                    + e.getMessage() + ". Check the permissions of " + location.getParent(), e);
        }
    }

    /** The storage file (the master key is beside it, with {@code .key} appended). */
    public Path location() {
        return location;
    }

    @Override
    public void store(String reference, Credential credential) throws VaultException {
        storeAll(Map.of(reference, credential));
    }

    /**
     * Puts the credentials into the storage, then writes it to disk. The storage file is written whole, so writers
     * arriving together share one write (group commit): a thread whose credentials an earlier write already covered
     * returns at once. Each caller returns only when its credentials are on disk.
     */
    @Override
    public void storeAll(Map<String, Credential> credentials) throws VaultException {
        for (String reference : credentials.keySet()) {
            path(reference); // every reference well-formed before anything is stored
        }
        long mine;
        synchronized (this) {
            String current = null;
            try {
                for (Map.Entry<String, Credential> entry : credentials.entrySet()) {
                    current = entry.getKey();
                    put(node(current), entry.getValue());
                }
            } catch (StorageException e) {
                throw failure(current, "store", e);
            }
            mine = ++puts;
        }
        synchronized (flushLock) {
            if (flushed >= mine) {
                return;
            }
            synchronized (this) {
                long upTo = puts;
                try {
                    root.flush();
                } catch (IOException e) {
                    for (String reference : credentials.keySet()) { // none of ours stays unless all are on disk
                        try {
                            node(reference).removeNode();
                        } catch (VaultException | RuntimeException ignored) {
                            // the failure below is what the caller needs to hear
                        }
                    }
                    throw failure(String.join(", ", credentials.keySet()), "store", e);
                }
                flushed = upTo;
            }
        }
    }

    private static void put(ISecurePreferences node, Credential credential) throws StorageException {
        char[] secret = credential.secret();
        byte[] secretBytes = utf8(secret);
        byte[] key = credential.privateKeyBytes();
        try {
            node.clear();
            node.put(USER, credential.username(), false);
            node.put(KIND, credential.kind().name(), false);
            node.putByteArray(SECRET, secretBytes, true);
            if (key.length > 0) {
                node.putByteArray(KEY, key, true);
            }
        } finally {
            Arrays.fill(secret, '\0');
            Arrays.fill(secretBytes, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    @Override
    public synchronized Credential resolve(String reference) throws VaultException {
        if (!contains(reference)) {
            throw new VaultException(reference, "no credential " + reference + " in the vault " + location
                    + ". Store it first (or correct the device's credentialRef)", null);
        }
        ISecurePreferences node = node(reference);
        byte[] secretBytes = null;
        char[] secret = null;
        byte[] key = null;
        try {
            String user = node.get(USER, "");
            Credential.Kind kind = Credential.Kind.valueOf(node.get(KIND, Credential.Kind.PASSWORD.name()));
            secretBytes = node.getByteArray(SECRET, new byte[0]);
            secret = chars(secretBytes);
            if (kind == Credential.Kind.PRIVATE_KEY) {
                key = node.getByteArray(KEY, new byte[0]);
                return Credential.privateKey(user, key, secret);
            }
            return Credential.password(user, secret);
        } catch (StorageException | IllegalArgumentException e) {
            throw failure(reference, "read", e);
        } finally {
            if (secretBytes != null) {
                Arrays.fill(secretBytes, (byte) 0);
            }
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    @Override
    public synchronized boolean contains(String reference) throws VaultException {
        return root.nodeExists(path(reference));
    }

    @Override
    public synchronized boolean delete(String reference) throws VaultException {
        if (!contains(reference)) {
            return false;
        }
        node(reference).removeNode();
        try {
            root.flush();
        } catch (IOException e) {
            throw failure(reference, "delete", e);
        }
        return true;
    }

    @Override
    public synchronized List<String> references() {
        List<String> references = new ArrayList<>();
        if (root.nodeExists(ROOT)) {
            for (String child : root.node(ROOT).childrenNames()) {
                references.add("vault:" + EncodingUtils.decodeSlashes(child));
            }
        }
        references.sort(null);
        return references;
    }

    @Override
    public String toString() {
        return "CredentialVault[" + location + "]";
    }

    private ISecurePreferences node(String reference) throws VaultException {
        return root.node(path(reference));
    }

    private static String path(String reference) throws VaultException {
        if (!CredentialVault.isReference(reference)) {
            throw new VaultException(reference, "'" + reference + "' is not a vault reference. Write it as "
                    + "vault:NAME or vault:GROUP/NAME (letters, digits, . _ -)", null);
        }
        return ROOT + "/" + EncodingUtils.encodeSlashes(reference.substring("vault:".length()));
    }

    private VaultException failure(String reference, String what, Exception e) {
        // Equinox's messages name the storage, never the value; still, only its class and message are used
        return new VaultException(reference, "cannot " + what + " " + reference + " in the vault " + location
                + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "). If the vault's .key file was "
                + "lost or replaced, the vault cannot be decrypted: store the credentials again", e);
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    private static char[] chars(byte[] bytes) {
        CharBuffer buffer = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        char[] chars = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), '\0');
        return chars;
    }
}
