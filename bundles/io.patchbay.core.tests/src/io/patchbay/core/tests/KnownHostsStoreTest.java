package io.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.DeviceAddress;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.KnownHostsStore.Verdict;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportException.Kind;

/** Trust on first use, a hard stop on a changed key, in a file OpenSSH can read. */
class KnownHostsStoreTest {

    private static final DeviceAddress ROUTER = DeviceAddress.of("127.0.0.1", 2222);

    @TempDir
    Path folder;

    @Test
    void theFirstKeyIsRecordedBesideTheEstateAndTrustedFromThenOn() throws Exception {
        KnownHostsStore store = KnownHostsStore.besideEstate(folder.resolve("hamburg.estate"));
        byte[] key = ed25519Blob(1);

        assertEquals(Verdict.TRUSTED_ON_FIRST_USE, store.verify(ROUTER, "ssh-ed25519", key));
        assertEquals(Verdict.KNOWN, KnownHostsStore.at(store.file()).verify(ROUTER, "ssh-ed25519", key));

        List<String> lines = Files.readAllLines(folder.resolve("hamburg.known_hosts"));
        assertAll(() -> assertEquals(1, lines.size()),
                () -> assertTrue(lines.get(0).startsWith("[127.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5"),
                        lines.get(0)));
    }

    @Test
    void aChangedKeyIsAHardFailureNamingBothFingerprintsAndTheFix() throws Exception {
        KnownHostsStore store = KnownHostsStore.at(folder.resolve("known_hosts"));
        store.verify(ROUTER, "ssh-ed25519", ed25519Blob(1));

        TransportException e = assertThrows(TransportException.class,
                () -> store.verify(ROUTER, "ssh-ed25519", ed25519Blob(2)));

        String old = KnownHostsStore.fingerprint(ed25519Blob(1));
        String presented = KnownHostsStore.fingerprint(ed25519Blob(2));
        assertAll(() -> assertEquals(Kind.HOST_KEY_MISMATCH, e.kind()),
                () -> assertEquals(Optional.of(old), e.knownFingerprint()),
                () -> assertEquals(Optional.of(presented), e.presentedFingerprint()),
                () -> assertTrue(e.getMessage().startsWith("127.0.0.1:2222: the host key changed from " + old
                        + " to " + presented), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("remove the old entry from " + store.file()),
                        e.getMessage()),
                () -> assertEquals(Verdict.KNOWN, store.verify(ROUTER, "ssh-ed25519", ed25519Blob(1))));
    }

    @Test
    void aKeyOfAnotherTypeIsAlsoAMismatch() throws Exception {
        KnownHostsStore store = KnownHostsStore.at(folder.resolve("known_hosts"));
        store.verify(ROUTER, "ssh-ed25519", ed25519Blob(1));

        TransportException e = assertThrows(TransportException.class,
                () -> store.verify(ROUTER, "ssh-rsa", ed25519Blob(3)));

        assertEquals(Kind.HOST_KEY_MISMATCH, e.kind());
    }

    @Test
    void aStrictStoreRefusesAnUnknownKey() {
        KnownHostsStore store = KnownHostsStore.at(folder.resolve("known_hosts"), KnownHostsStore.Policy.STRICT);

        TransportException e = assertThrows(TransportException.class,
                () -> store.verify(ROUTER, "ssh-ed25519", ed25519Blob(1)));

        assertAll(() -> assertEquals(Kind.HOST_KEY_UNKNOWN, e.kind()),
                () -> assertFalse(Files.exists(store.file())));
    }

    @Test
    void forgettingADeviceLetsItsNewKeyBeTrustedAndKeepsOtherLines() throws Exception {
        Path file = folder.resolve("known_hosts");
        Files.writeString(file, "# kept\nrouter.example ssh-ed25519 AAAA\n");
        KnownHostsStore store = KnownHostsStore.at(file);
        store.verify(ROUTER, "ssh-ed25519", ed25519Blob(1));

        assertTrue(store.forget(ROUTER));

        assertAll(() -> assertEquals(Verdict.TRUSTED_ON_FIRST_USE, store.verify(ROUTER, "ssh-ed25519",
                ed25519Blob(2))),
                () -> assertTrue(Files.readString(file).startsWith("# kept\nrouter.example ssh-ed25519 AAAA\n")));
    }

    @Test
    void port22IsWrittenAsAPlainHostLikeOpenSsh() throws Exception {
        KnownHostsStore store = KnownHostsStore.at(folder.resolve("known_hosts"));

        store.verify(DeviceAddress.of("10.0.0.1", 22), "ssh-ed25519", ed25519Blob(1));

        assertTrue(Files.readString(store.file()).startsWith("10.0.0.1 ssh-ed25519 "));
    }

    /** An ssh-ed25519 public key blob in SSH wire format, from a seeded random key. */
    static byte[] ed25519Blob(int seed) throws IOException {
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
        out.writeInt(type.length);
        out.write(type);
        out.writeInt(key.length);
        out.write(key);
        return bytes.toByteArray();
    }
}
