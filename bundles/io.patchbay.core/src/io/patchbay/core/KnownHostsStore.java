package io.patchbay.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SSH host keys of an estate's devices, in a file beside the estate, in OpenSSH's {@code known_hosts} format
 * ({@code [host]:port key-type base64-key}, plain {@code host} for port 22) so that {@code ssh -o
 * UserKnownHostsFile=…} can use the same file.
 * <p>
 * With {@link Policy#TRUST_ON_FIRST_USE} (the default) the first key a device presents is recorded and trusted; a
 * different key later is always a hard {@link TransportException.Kind#HOST_KEY_MISMATCH} failure until the operator
 * removes the old entry ({@link #forget}). With {@link Policy#STRICT} an unrecorded key is
 * {@link TransportException.Kind#HOST_KEY_UNKNOWN}. Lines the store does not understand are kept as they are.
 * One instance per file; its methods are safe to call from many threads.
 *
 * @since 0.1
 */
public final class KnownHostsStore {

    /** What to do with a device whose key is not recorded yet. */
    public enum Policy {
        /** record the key and connect */
        TRUST_ON_FIRST_USE,
        /** refuse to connect ({@code HOST_KEY_UNKNOWN}) */
        STRICT
    }

    /** How a host key was accepted. */
    public enum Verdict {
        /** the key matches the recorded one */
        KNOWN,
        /** the device had no recorded key; this one was recorded now */
        TRUSTED_ON_FIRST_USE
    }

    private final Path file;
    private final Policy policy;

    private KnownHostsStore(Path file, Policy policy) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The store in {@code file} (created on the first recorded key), trusting on first use. */
    public static KnownHostsStore at(Path file) {
        return new KnownHostsStore(file, Policy.TRUST_ON_FIRST_USE);
    }

    public static KnownHostsStore at(Path file, Policy policy) {
        return new KnownHostsStore(file, policy);
    }

    /** The store of the estate in {@code estateFile}: {@code NAME.known_hosts} in the same folder. */
    public static KnownHostsStore besideEstate(Path estateFile) {
        String name = estateFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return at(estateFile.toAbsolutePath().resolveSibling(base + ".known_hosts"));
    }

    public Path file() {
        return file;
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Checks the key {@code device} presents against the store, recording it on first use if the policy allows.
     *
     * @param keyType      the SSH key type, e.g. {@code ssh-ed25519}
     * @param publicKey    the key in SSH wire format (the blob a known_hosts line holds in base64)
     * @throws TransportException {@code HOST_KEY_MISMATCH} with both fingerprints when a different key of any type is
     *                            recorded for the device; {@code HOST_KEY_UNKNOWN} when none is and the policy is
     *                            strict
     */
    public synchronized Verdict verify(DeviceAddress device, String keyType, byte[] publicKey)
            throws TransportException {
        String presented = fingerprint(publicKey);
        List<Entry> recorded = entriesFor(device);
        for (Entry entry : recorded) {
            if (entry.keyType.equals(keyType) && entry.key.equals(Base64.getEncoder().encodeToString(publicKey))) {
                return Verdict.KNOWN;
            }
        }
        if (!recorded.isEmpty()) {
            Entry old = recorded.get(0);
            throw TransportException.hostKeyMismatch(device, fingerprint(Base64.getDecoder().decode(old.key)),
                    presented, file.toString());
        }
        if (policy == Policy.STRICT) {
            throw TransportException.hostKeyUnknown(device, presented, file.toString());
        }
        List<String> lines = readLines();
        lines.add(hostPattern(device) + " " + keyType + " " + Base64.getEncoder().encodeToString(publicKey));
        writeLines(lines);
        return Verdict.TRUSTED_ON_FIRST_USE;
    }

    /** The fingerprint of the key recorded for {@code device}, if any. */
    public synchronized Optional<String> fingerprint(DeviceAddress device) {
        return entriesFor(device).stream().findFirst().map(e -> fingerprint(Base64.getDecoder().decode(e.key)));
    }

    /** The key type recorded for {@code device}, if any (lets a client prefer that type during key exchange). */
    public synchronized Optional<String> keyType(DeviceAddress device) {
        return entriesFor(device).stream().findFirst().map(e -> e.keyType);
    }

    /**
     * Removes every key recorded for {@code device}, for after the operator has confirmed on the device's console
     * that its key really changed (a Buffalo router generates a new key after a factory reset).
     *
     * @return whether anything was removed
     */
    public synchronized boolean forget(DeviceAddress device) {
        List<String> lines = readLines();
        String pattern = hostPattern(device);
        boolean removed = lines.removeIf(line -> pattern.equals(Entry.parse(line).map(e -> e.host).orElse(null)));
        if (removed) {
            writeLines(lines);
        }
        return removed;
    }

    /** OpenSSH's fingerprint of a key blob: {@code SHA256:} and the unpadded base64 of its SHA-256. */
    public static String fingerprint(byte[] publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "KnownHostsStore[" + file + ", " + policy + "]";
    }

    private static String hostPattern(DeviceAddress device) {
        return device.port() == 22 ? device.host() : "[" + device.host() + "]:" + device.port();
    }

    private List<Entry> entriesFor(DeviceAddress device) {
        String pattern = hostPattern(device);
        List<Entry> entries = new ArrayList<>();
        for (String line : readLines()) {
            Entry.parse(line).filter(e -> e.host.equals(pattern)).ifPresent(entries::add);
        }
        return entries;
    }

    private List<String> readLines() {
        try {
            return Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                    : new ArrayList<>();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the known hosts " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeLines(List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the known hosts " + file + ": " + e.getMessage(), e);
        }
    }

    /** One {@code host key-type key} line; hashed or multi-host lines are not ours and are left untouched. */
    private record Entry(String host, String keyType, String key) {
        static Optional<Entry> parse(String line) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("@")) {
                return Optional.empty();
            }
            String[] fields = trimmed.split("\\s+");
            if (fields.length < 3 || fields[0].contains(",")) {
                return Optional.empty();
            }
            return Optional.of(new Entry(fields[0], fields[1], fields[2]));
        }
    }
}
