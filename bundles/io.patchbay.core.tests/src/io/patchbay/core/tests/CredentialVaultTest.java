package io.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.VaultException;
import io.patchbay.core.internal.SecureStorageCredentialVault;

/** The vault keeps what it is given, only where it is told, and never shows a secret. */
class CredentialVaultTest {

    private static final String PASSWORD = "Tr0ub4dor&3-buffalo";

    @TempDir
    Path folder;

    private CredentialVault vault() throws VaultException {
        return new SecureStorageCredentialVault(folder.resolve("secure_storage"));
    }

    @Test
    void aStoredPasswordResolvesByReferenceAfterTheVaultIsOpenedAgain() throws Exception {
        vault().store("vault:buffalo/hh-01", Credential.password("root", PASSWORD.toCharArray()));

        Credential resolved = vault().resolve("vault:buffalo/hh-01");

        assertAll(() -> assertEquals("root", resolved.username()),
                () -> assertEquals(Credential.Kind.PASSWORD, resolved.kind()),
                () -> assertArrayEquals(PASSWORD.toCharArray(), resolved.secret()),
                () -> assertEquals(List.of("vault:buffalo/hh-01"), vault().references()));
    }

    @Test
    void manyCredentialsStoredTogetherAreAllThereAfterTheVaultIsOpenedAgain() throws Exception {
        Map<String, Credential> stations = new LinkedHashMap<>();
        for (int number = 100; number < 600; number++) {
            stations.put("vault:station/pbx-hh/" + number, Credential.password(String.valueOf(number),
                    (PASSWORD + number).toCharArray()));
        }
        vault().storeAll(stations);

        CredentialVault reopened = vault();
        assertAll(() -> assertEquals(500, reopened.references().size()),
                () -> assertArrayEquals((PASSWORD + 100).toCharArray(),
                        reopened.resolve("vault:station/pbx-hh/100").secret()),
                () -> assertArrayEquals((PASSWORD + 599).toCharArray(),
                        reopened.resolve("vault:station/pbx-hh/599").secret()));
    }

    @Test
    void storeAllWithAMalformedReferenceStoresNone() throws Exception {
        Map<String, Credential> batch = new LinkedHashMap<>();
        batch.put("vault:station/ok", Credential.password("a", PASSWORD.toCharArray()));
        batch.put("station 2", Credential.password("b", PASSWORD.toCharArray()));

        CredentialVault vault = vault();
        VaultException e = assertThrows(VaultException.class, () -> vault.storeAll(batch));

        assertAll(() -> assertTrue(e.getMessage().contains("station 2"), e::getMessage),
                () -> assertEquals(List.of(), vault.references()), () -> assertEquals(List.of(), vault().references()));
    }

    @Test
    void aStoredPrivateKeyKeepsKeyAndPassphrase() throws Exception {
        byte[] key = "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n"
                .getBytes(StandardCharsets.US_ASCII);
        CredentialVault vault = vault();
        vault.store("vault:osbiz/pbx-hh", Credential.privateKey("admin", key, "kp".toCharArray()));

        Credential resolved = vault.resolve("vault:osbiz/pbx-hh");

        assertAll(() -> assertEquals(Credential.Kind.PRIVATE_KEY, resolved.kind()),
                () -> assertArrayEquals(key, resolved.privateKeyBytes()),
                () -> assertArrayEquals("kp".toCharArray(), resolved.secret()));
    }

    @Test
    void deleteRemovesTheCredentialForGood() throws Exception {
        CredentialVault vault = vault();
        vault.store("vault:rsip/gw", Credential.password("ops", PASSWORD.toCharArray()));

        assertTrue(vault.delete("vault:rsip/gw"));

        assertAll(() -> assertFalse(vault().contains("vault:rsip/gw")),
                () -> assertFalse(vault.delete("vault:rsip/gw")),
                () -> assertEquals(List.of(), vault().references()));
    }

    @Test
    void anUnknownReferenceSaysWhichAndWhatToDo() throws Exception {
        VaultException e = assertThrows(VaultException.class, () -> vault().resolve("vault:nowhere/x"));

        assertAll(() -> assertEquals("vault:nowhere/x", e.reference()),
                () -> assertTrue(e.getMessage().contains("no credential vault:nowhere/x"), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("Store it first"), e.getMessage()));
    }

    @Test
    void aMalformedReferenceIsRefusedWithItsSyntax() throws Exception {
        VaultException e = assertThrows(VaultException.class,
                () -> vault().store("osbiz pbx", Credential.password("a", new char[] { 'b' })));

        assertTrue(e.getMessage().contains("vault:GROUP/NAME"), e.getMessage());
    }

    @Test
    void theSecretIsNeitherInTheFileNorInAnyTextShown() throws Exception {
        CredentialVault vault = vault();
        Credential credential = Credential.password("root", PASSWORD.toCharArray());
        vault.store("vault:buffalo/hh-01", credential);
        Path storage = folder.resolve("secure_storage");

        String onDisk = Files.readString(storage, StandardCharsets.ISO_8859_1);
        VaultException unknown = assertThrows(VaultException.class, () -> vault.resolve("vault:buffalo/other"));

        assertAll(() -> assertFalse(onDisk.contains(PASSWORD), "storage file holds the password in clear"),
                () -> assertTrue(onDisk.contains("hh-01"), "not the storage file: the reference is not in it"),
                () -> assertFalse(credential.toString().contains(PASSWORD), credential.toString()),
                () -> assertFalse(vault.resolve("vault:buffalo/hh-01").toString().contains(PASSWORD)),
                () -> assertFalse(vault.toString().contains(PASSWORD)),
                () -> assertFalse(unknown.toString().contains(PASSWORD)),
                () -> assertEquals("rw-------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(folder.resolve("secure_storage.key")))));
    }

    @Test
    void aDestroyedCredentialNoLongerHandsOutItsSecret() {
        Credential credential = Credential.password("root", PASSWORD.toCharArray());

        credential.destroy();

        assertAll(() -> assertTrue(credential.isDestroyed()),
                () -> assertThrows(IllegalStateException.class, credential::secret));
    }

    @Test
    void theVaultIsAServiceStoringWhereTheFrameworkPropertySays() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SecureStorageCredentialVault.class).getBundleContext();
        ServiceTracker<CredentialVault, CredentialVault> tracker = new ServiceTracker<>(context,
                CredentialVault.class, null);
        tracker.open();
        try {
            CredentialVault service = tracker.waitForService(5000);
            assertNotNull(service, "no CredentialVault service registered");
            service.store("vault:test/service", Credential.password("u", PASSWORD.toCharArray()));
            Path configured = Path.of(System.getProperty("patchbay.vault.location"));
            assertAll(() -> assertTrue(Files.exists(configured), configured + " not written"),
                    () -> assertTrue(service.delete("vault:test/service")));
        } finally {
            tracker.close();
        }
    }
}
