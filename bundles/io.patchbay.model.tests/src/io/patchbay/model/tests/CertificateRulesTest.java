package io.patchbay.model.tests;

import static io.patchbay.model.tests.RuleAssertions.assertBroken;
import static io.patchbay.model.tests.RuleAssertions.assertKept;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import io.patchbay.model.validation.Severity;

/** Certificate and SPE rules (F-30 to F-32) on the fixture: each kept in one case and broken in another. */
class CertificateRulesTest {

    private final Fixture f = new Fixture();

    private static final String SERVER = "Server certificate pbx-acme (serial 2)";

    @Test
    void f30KeptWithAKeyLongerThanTheMinimum() {
        f.serverCertificate.setKeyLength(4096);
        assertKept(f, "F-30");
    }

    @Test
    void f30BrokenByASerialNumberUsedTwice() {
        f.serverCertificate.setSerialNumber(BigInteger.ONE);
        assertBroken(f, "F-30", Severity.ERROR, f.serverCertificate, "Server certificate pbx-acme (serial 1): serial "
                + "number 1 is also used by CA certificate AcmeRootCA (serial 1) (F-30); give it a serial number no "
                + "certificate has had");
    }

    @Test
    void f30BrokenByAKeyShorterThanTheSpeMinimum() {
        f.ca.setKeyLength(1024);
        assertBroken(f, "F-30", Severity.ERROR, f.ca, "CA certificate AcmeRootCA (serial 1): key length 1024 is below "
                + "the minimum SPE key length 2048 of Acme PBX (X3, V2R7) (F-30); issue it with a key of at least 2048 "
                + "bits");
    }

    @Test
    void f30BrokenByBlanksInTheName() {
        f.ca.setName("Acme Root CA");
        assertBroken(f, "F-30", Severity.ERROR, f.ca, "CA certificate Acme Root CA (serial 1): the name contains "
                + "blanks (F-30); rename it without blanks");
    }

    @Test
    void f31KeptWithoutSpeAndWithoutCertificate() {
        f.system.setSpeEnabled(false);
        f.system.setSpeCertificate(null);
        f.petersen.setSpeEnabled(false);
        assertKept(f, "F-31");
    }

    @Test
    void f31BrokenByAServerCertificateWithoutPassphrase() {
        f.serverCertificate.setPassphraseRef(null);
        assertBroken(f, "F-31", Severity.ERROR, f.serverCertificate, SERVER + ": no passphrase is stored for its "
                + "PKCS#12 export (F-31); store the export passphrase in the vault");
    }

    @Test
    void f31BrokenBySpeWithoutServerCertificate() {
        f.system.setSpeCertificate(null);
        assertBroken(f, "F-31", Severity.ERROR, f.system, "Acme PBX (X3, V2R7): SPE is on but no server certificate is "
                + "in the SPE certificate store (F-31); import a server certificate signed by the CA");
    }

    @Test
    void f32KeptWithSpeOnBothLevels() {
        assertKept(f, "F-32");
    }

    @Test
    void f32BrokenByAStationSpeFlagWithoutTheSystemFlag() {
        f.system.setSpeEnabled(false);
        assertBroken(f, "F-32", Severity.ERROR, f.petersen, "Station 101 (Jana Petersen): SPE is on for the station "
                + "but off for the system (F-32); enable SPE on the system (it needs a restart) or switch it off for "
                + "the station");
    }
}
