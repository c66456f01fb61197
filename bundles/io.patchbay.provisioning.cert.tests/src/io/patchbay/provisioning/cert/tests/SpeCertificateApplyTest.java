package io.patchbay.provisioning.cert.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.SnmpTransport;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SettingChange;
import io.patchbay.core.provisioning.SnmpDeviceConnector;
import io.patchbay.model.Certificate;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.OsbizSystem;
import io.patchbay.provisioning.cert.CaRequest;
import io.patchbay.provisioning.cert.EstateCertificates;
import io.patchbay.provisioning.cert.ServerRequest;
import io.patchbay.provisioning.cert.SpeCertificateMib;
import io.patchbay.provisioning.cert.Subject;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;
import io.patchbay.testing.Services;

/** The system's SPE certificate imported over SNMPv3 into the OSBiz twin: plan, apply, verify, no-op, rollback. */
class SpeCertificateApplyTest {

    @TempDir
    Path folder;

    private final Services services = new Services();
    private OsbizSnmpTwin twin;
    private CredentialVault vault;
    private Provisioner provisioner;
    private SnmpTransport snmp;
    private Path estateFile;
    private Estate estate;
    private OsbizSystem system;
    private Certificate server;

    @BeforeEach
    void estateWithACertificateForTheSystem() throws Exception {
        vault = services.get(CredentialVault.class, null);
        snmp = services.get(SnmpTransport.class, "(" + Transport.PROTOCOL + "=" + SnmpTransport.PROTOCOL + ")");
        provisioner = services.get(Provisioner.class, "(" + Provisioner.FEATURE + "=spe-cert)");
        estateFile = TestEstate.write(folder, 2048);
    }

    private void start(int twinMinimumKeyLength) throws Exception {
        char[] pass = ("Twin-" + folder.getFileName() + "-pass").toCharArray();
        twin = OsbizSnmpTwin.builder().v3User("patchbay", pass, pass).speMinimumKeyLength(twinMinimumKeyLength)
                .start();
        estate = EstateResources.load(estateFile);
        system = (OsbizSystem) estate.eResource().getEObject(TestEstate.SYSTEM);
        system.setHostAddress(twin.host());
        system.setSnmpPort(twin.port());
        system.setCredentialRef("vault:cert-test/" + folder.getFileName() + "/snmp");
        vault.store(system.getCredentialRef(), Credential.password("patchbay", pass));
        EstateCertificates certificates = new EstateCertificates(estate, estateFile, vault);
        certificates.createCa(new CaRequest(null, new Subject("DE", "Nordhafen", "IT", "Nordhafen CA"), 0, null, 0,
                null));
        server = certificates.issueServer(new ServerRequest(null, null, TestEstate.SYSTEM, null, List.of(), 0, null,
                30, null, null));
        EstateResources.save(estate, estateFile);
    }

    @AfterEach
    void stop() {
        if (twin != null) {
            twin.close();
        }
        services.close();
    }

    private ApplyRunner runner() {
        return ApplyRunner.builder(provisioner, new SnmpDeviceConnector(snmp, vault))
                .journal(Journal.besideEstate(estateFile)).parallel(1).build();
    }

    private static DeviceResult only(ApplyReport report) {
        assertEquals(1, report.results().size());
        return report.results().get(0);
    }

    @Test
    void theCertificateIsImportedVerifiedByItsSerialAndASecondApplyIsANoOp() throws Exception {
        start(2048);
        String serial = server.getSerialNumber().toString(16);
        DeviceResult planned = only(runner().plan(List.of(system), new NullProgressMonitor()));
        assertEquals(Outcome.PLANNED, planned.outcome(), planned.reason());
        assertEquals(List.of(new SettingChange("spe-certificate", "", serial)), planned.plan().changes());
        assertEquals("", twin.value(SpeCertificateMib.SERIAL), "a plan writes nothing");

        ApplyReport applied = runner().apply(List.of(system), new NullProgressMonitor());
        assertEquals(Outcome.CHANGED, only(applied).outcome(), only(applied).reason());
        assertAll(() -> assertEquals(serial, twin.value(SpeCertificateMib.SERIAL)),
                () -> assertEquals("2048", twin.value(SpeCertificateMib.KEY_LENGTH)),
                () -> assertTrue(twin.value(SpeCertificateMib.SUBJECT).startsWith("CN=" + TestEstate.PUBLIC_ADDRESS),
                        twin.value(SpeCertificateMib.SUBJECT)),
                () -> assertEquals(server.getValidUntil().toString(), twin.value(SpeCertificateMib.NOT_AFTER)),
                () -> assertEquals("", twin.value(SpeCertificateMib.PASSPHRASE), "write-only"));

        DeviceResult again = only(runner().apply(List.of(system), new NullProgressMonitor()));
        assertEquals(Outcome.UNCHANGED, again.outcome(), again.reason());

        Credential passphrase = vault.resolve(server.getPassphraseRef());
        String secret = new String(passphrase.secret());
        passphrase.destroy();
        String journal = Files.readString(estateFile.resolveSibling("nordhafen.journal")
                .resolve(applied.journalId() + ".jsonl"));
        assertTrue(journal.contains(serial), journal);
        assertFalse(journal.contains(secret), "the journal never holds the passphrase");

        ApplyReport rolledBack = runner().rollback(applied.journalId(),
                id -> id.equals(system.getId()) ? (ManagedDevice) system : null, new NullProgressMonitor());
        assertTrue(only(rolledBack).outcome().isSuccess(), only(rolledBack).reason());
        assertEquals("", twin.value(SpeCertificateMib.SERIAL), "the store is empty again, as before the apply");
    }

    @Test
    void aSystemThatAsksForLongerKeysRefusesTheImportAndKeepsItsStore() throws Exception {
        start(4096); // the system is configured stricter than the estate knows
        DeviceResult result = only(runner().apply(List.of(system), new NullProgressMonitor()));
        assertFalse(result.outcome().isSuccess(), result.outcome() + ": " + result.reason());
        assertNotNull(result.reason());
        assertTrue(result.reason().contains("inconsistentValue"), result.reason());
        assertTrue(result.reason().contains(SpeCertificateMib.IMPORT), result.reason());
        assertEquals("", twin.value(SpeCertificateMib.SERIAL));
    }

}
