package io.patchbay.provisioning.cert.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.model.Certificate;
import io.patchbay.model.CertificateKind;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;
import io.patchbay.provisioning.cert.CaRequest;
import io.patchbay.provisioning.cert.CertificateException;
import io.patchbay.provisioning.cert.EstateCertificates;
import io.patchbay.provisioning.cert.ExportFormat;
import io.patchbay.provisioning.cert.SerialLedger;
import io.patchbay.provisioning.cert.ServerRequest;
import io.patchbay.provisioning.cert.Subject;
import io.patchbay.testing.CommandLineTools;

/** CA and server certificates as openssl and keytool see them, and the rules F-30 and F-31 keep. */
class EstateCertificatesTest {

    private static final Subject CA_SUBJECT = new Subject("DE", "Nordhafen Logistik GmbH", "IT", "Nordhafen Root CA");

    @TempDir
    Path folder;

    private CredentialVault vault;
    private Path estateFile;

    @BeforeEach
    void estate() throws Exception {
        vault = TestEstate.vault();
        estateFile = TestEstate.write(folder, 2048);
    }

    private record Issued(Estate estate, EstateCertificates certificates, Certificate ca, Certificate server) {
    }

    /** A run of the product: load the estate, create a CA, issue the system's certificate, save. */
    private Issued issue(List<String> alternativeNames) throws Exception {
        Estate estate = EstateResources.load(estateFile);
        EstateCertificates certificates = new EstateCertificates(estate, estateFile, vault);
        Certificate ca = certificates.createCa(new CaRequest(null, CA_SUBJECT, 0, null, 0, null));
        Certificate server = certificates.issueServer(new ServerRequest(null, ca.getId(), TestEstate.SYSTEM, null,
                alternativeNames, 0, null, 30, null, null));
        EstateResources.save(estate, estateFile);
        return new Issued(estate, certificates, ca, server);
    }

    private Path exportCa(Issued issued) throws CertificateException {
        Path ca = folder.resolve("ca.pem");
        issued.certificates().export(issued.ca(), ExportFormat.PEM, ca);
        return ca;
    }

    @Test
    void theServerCertificateVerifiesAgainstTheCaInOpenssl() throws Exception {
        Path openssl = CommandLineTools.openssl();
        Issued issued = issue(List.of("IP:192.0.2.10", "DNS:sip.nordhafen.test"));
        Path ca = exportCa(issued);
        Path server = issued.certificates().files().certificate(issued.server().getId());

        CommandLineTools.Result verify = CommandLineTools.run(openssl, "verify", "-purpose", "sslserver", "-CAfile", ca, server);
        assertEquals(0, verify.exitCode(), verify.output());
        assertEquals(server + ": OK", verify.output().strip());

        String text = CommandLineTools.run(openssl, "x509", "-in", server, "-noout", "-text").output();
        String caText = CommandLineTools.run(openssl, "x509", "-in", ca, "-noout", "-text").output();
        assertAll(() -> assertTrue(text.contains("DNS:" + TestEstate.PUBLIC_ADDRESS), text),
                () -> assertTrue(text.contains("IP Address:192.0.2.10"), text),
                () -> assertTrue(text.contains("DNS:sip.nordhafen.test"), text),
                () -> assertTrue(text.contains("CN = " + TestEstate.PUBLIC_ADDRESS), text),
                () -> assertTrue(text.contains("TLS Web Server Authentication"), text),
                () -> assertTrue(text.matches("(?s).*Basic Constraints: critical\\s+CA:FALSE.*"), text),
                () -> assertTrue(text.matches("(?s).*Key Usage: critical\\s+Digital Signature, Key Encipherment.*"),
                        text),
                () -> assertTrue(text.contains("Public-Key: (2048 bit)"), text),
                () -> assertTrue(text.contains("sha256WithRSAEncryption"), text),
                () -> assertTrue(caText.matches("(?s).*Basic Constraints: critical\\s+CA:TRUE.*"), caText),
                () -> assertTrue(caText.matches("(?s).*Key Usage: critical\\s+Digital Signature, Certificate Sign,"
                        + " CRL Sign.*"), caText),
                () -> assertEquals(keyId(caText, "Subject Key Identifier"), keyId(text, "Authority Key Identifier"),
                        "the server's AKI is the CA's SKI"),
                () -> assertNotEquals(keyId(caText, "Subject Key Identifier"), keyId(text, "Subject Key Identifier")));
    }

    private static String keyId(String text, String extension) {
        Matcher matcher = Pattern.compile(extension + ":\\s*\\n\\s*(?:keyid:)?([0-9A-F:]+)").matcher(text);
        assertTrue(matcher.find(), extension + " in\n" + text);
        return matcher.group(1);
    }

    @Test
    void validityIsWrittenInGmt() throws Exception {
        Path openssl = CommandLineTools.openssl();
        Issued issued = issue(List.of());
        Path server = issued.certificates().files().certificate(issued.server().getId());
        String dates = CommandLineTools.run(openssl, "x509", "-in", server, "-noout", "-dates").output();
        assertTrue(dates.matches("notBefore=.* GMT\\R+notAfter=.* GMT\\R*"), dates);
        // RFC 5280: UTCTime up to 2049, in the form YYMMDDHHMMSSZ
        String asn1 = CommandLineTools.run(openssl, "asn1parse", "-in", server).output();
        Matcher times = Pattern.compile("UTCTIME\\s*:(\\d{12}Z)").matcher(asn1);
        assertTrue(times.find() && times.find(), asn1);
        assertEquals(issued.server().getValidFrom().plusSeconds(30L * 24 * 3600), issued.server().getValidUntil());

        // from 2050 on, GeneralizedTime YYYYMMDDHHMMSSZ, still GMT
        Certificate longLived = issued.certificates().createCa(new CaRequest("century-ca", CA_SUBJECT, 0, null, 36500,
                null));
        String centuryAsn1 = CommandLineTools.run(openssl, "asn1parse", "-in",
                issued.certificates().files().certificate(longLived.getId())).output();
        assertTrue(centuryAsn1.matches("(?s).*UTCTIME\\s*:\\d{12}Z.*GENERALIZEDTIME\\s*:21\\d{12}Z.*"),
                centuryAsn1);
    }

    @Test
    void thePkcs12OpensWithItsPassphraseFromTheVaultInOpensslAndKeytool() throws Exception {
        Path openssl = CommandLineTools.openssl();
        Path keytool = CommandLineTools.keytool();
        Issued issued = issue(List.of());
        Path p12 = issued.certificates().files().pkcs12(issued.server().getId());
        Credential stored = vault.resolve(issued.server().getPassphraseRef());
        String passphrase = new String(stored.secret());
        stored.destroy();
        assertTrue(passphrase.length() >= 32, "a strong generated passphrase");

        Map<String, String> right = Map.of("P12PASS", passphrase);
        CommandLineTools.Result info = CommandLineTools.run(right, openssl, "pkcs12", "-info", "-noout", "-passin", "env:P12PASS", "-in",
                p12);
        assertEquals(0, info.exitCode(), info.output());
        assertTrue(info.output().contains("MAC: sha256"), info.output());
        CommandLineTools.Result list = CommandLineTools.run(right, keytool, "-list", "-storetype", "PKCS12", "-keystore", p12,
                "-storepass:env", "P12PASS");
        assertEquals(0, list.exitCode(), list.output());
        assertTrue(list.output().contains("PrivateKeyEntry"), list.output());
        assertTrue(list.output().contains("1 entry"), list.output());

        Map<String, String> wrong = Map.of("P12PASS", passphrase.substring(1) + "x");
        assertNotEquals(0, CommandLineTools.run(wrong, openssl, "pkcs12", "-info", "-noout", "-passin", "env:P12PASS", "-in",
                p12).exitCode());
        assertNotEquals(0, CommandLineTools.run(wrong, keytool, "-list", "-storetype", "PKCS12", "-keystore", p12,
                "-storepass:env", "P12PASS").exitCode());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p12)));
    }

    @Test
    void anExistingPassphraseInTheVaultIsUsedNotReplaced() throws Exception {
        Path openssl = CommandLineTools.openssl();
        String reference = "vault:cert-test/" + folder.getFileName() + "/p12";
        vault.store(reference, Credential.password("operator", "Chosen-by-the-operator-2026".toCharArray()));
        Estate estate = EstateResources.load(estateFile);
        EstateCertificates certificates = new EstateCertificates(estate, estateFile, vault);
        certificates.createCa(new CaRequest("ca", CA_SUBJECT, 0, null, 0, null));
        Certificate server = certificates.issueServer(new ServerRequest(null, null, null,
                new Subject(null, null, null, "sbc.nordhafen.test"), List.of(), 0, null, 0, reference, null));
        assertEquals(reference, server.getPassphraseRef());
        CommandLineTools.Result info = CommandLineTools.run(Map.of("P12PASS", "Chosen-by-the-operator-2026"), openssl, "pkcs12", "-info",
                "-noout", "-passin", "env:P12PASS", "-in", certificates.files().pkcs12(server.getId()));
        assertEquals(0, info.exitCode(), info.output());
    }

    @Test
    void serialNumbersAreUniqueAcrossRunsAndTheLedgerSurvivesARestart() throws Exception {
        Issued first = issue(List.of());
        Issued second = issue(List.of()); // a second run: the estate read back from its file
        List<BigInteger> serials = second.estate().getCertificates().stream().map(Certificate::getSerialNumber)
                .toList();
        assertEquals(4, serials.size());
        assertEquals(4, serials.stream().distinct().count(), serials.toString());
        assertTrue(first.server().getSerialNumber().bitLength() >= 120, "random serials, not a counter");

        // after a "restart" a new ledger over the same file still knows them all, and refuses a reused one
        SerialLedger ledger = new SerialLedger(folder.resolve("nordhafen.certs").resolve("serials"));
        assertTrue(ledger.serials().keySet().containsAll(serials), ledger.serials().toString());
        CertificateException reused = assertThrows(CertificateException.class,
                () -> ledger.record(first.ca().getSerialNumber(), "cert-again"));
        assertEquals(CertificateException.Reason.RULE, reused.reason());
        assertTrue(reused.getMessage().contains("already used by certificate " + first.ca().getId()),
                reused.getMessage());

        // a certificate deleted from the estate keeps its serial reserved
        Estate estate = EstateResources.load(estateFile);
        ((OsbizSystem) estate.eResource().getEObject(TestEstate.SYSTEM)).setSpeCertificate(null);
        estate.getCertificates().clear();
        EstateResources.save(estate, estateFile);
        Issued third = issue(List.of());
        assertFalse(serials.contains(third.ca().getSerialNumber()));
        assertFalse(serials.contains(third.server().getSerialNumber()));
        assertEquals(6, new SerialLedger(ledger.file()).serials().size());
    }

    @Test
    void aTrustCentreCaIsImportedOnceAndSignsServerCertificates() throws Exception {
        Path openssl = CommandLineTools.openssl();
        Path caPem = folder.resolve("trust-centre-ca.pem");
        Path caKey = folder.resolve("trust-centre-ca.key");
        CommandLineTools.Result made = CommandLineTools.run(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", caKey,
                "-out", caPem, "-days", "90", "-sha256", "-set_serial", "0x5ca1ab1e", "-subj",
                "/C=DE/O=Trust Centre AG/OU=PKI/CN=Trust Centre Root", "-addext",
                "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        assertEquals(0, made.exitCode(), made.output());

        Estate estate = EstateResources.load(estateFile);
        EstateCertificates certificates = new EstateCertificates(estate, estateFile, vault);
        Certificate ca = certificates.importCa(caPem, caKey, null);
        assertAll(() -> assertTrue(ca.isImported()), () -> assertEquals(CertificateKind.CA, ca.getKind()),
                () -> assertEquals("Trust-Centre-Root", ca.getName()),
                () -> assertEquals(new BigInteger("5ca1ab1e", 16), ca.getSerialNumber()),
                () -> assertEquals("PKI", ca.getSubjectOrganizationalUnit()),
                () -> assertEquals(2048, ca.getKeyLength()),
                () -> assertTrue(vault.contains(EstateCertificates.keyReference(ca.getId()))));
        Certificate server = certificates.issueServer(new ServerRequest(null, ca.getId(), TestEstate.SYSTEM, null,
                List.of(), 0, null, 30, null, null));
        EstateResources.save(estate, estateFile);
        CommandLineTools.Result verify = CommandLineTools.run(openssl, "verify", "-CAfile", caPem,
                certificates.files().certificate(server.getId()));
        assertEquals(0, verify.exitCode(), verify.output());

        CertificateException again = assertThrows(CertificateException.class,
                () -> new EstateCertificates(EstateResources.load(estateFile), estateFile, vault).importCa(caPem,
                        caKey, "second-copy"));
        assertEquals(CertificateException.Reason.RULE, again.reason());
        assertTrue(again.getMessage().contains("serial number 5ca1ab1e was already used by certificate "
                + ca.getId()), again.getMessage());
    }

    @Test
    void aKeyShorterThanTheSystemsMinimumIsRefused() throws Exception {
        estateFile = TestEstate.write(folder, 3072);
        Estate estate = EstateResources.load(estateFile);
        EstateCertificates certificates = new EstateCertificates(estate, estateFile, vault);

        CertificateException ca = assertThrows(CertificateException.class,
                () -> certificates.createCa(new CaRequest(null, CA_SUBJECT, 2048, null, 0, null)));
        assertEquals(CertificateException.Reason.RULE, ca.reason());
        assertTrue(ca.getMessage().contains("key length 2048 is below the minimum SPE key length 3072 of system "
                + TestEstate.SYSTEM), ca.getMessage());
        CertificateException tiny = assertThrows(CertificateException.class,
                () -> certificates.createCa(new CaRequest(null, CA_SUBJECT, 1024, null, 0, null)));
        assertTrue(tiny.getMessage().contains("key length 1024 is below 2048"), tiny.getMessage());

        CertificateException server = assertThrows(CertificateException.class,
                () -> certificates.issueServer(new ServerRequest(null, null, TestEstate.SYSTEM, null, List.of(), 2048,
                        null, 0, null, null)));
        assertEquals(CertificateException.Reason.RULE, server.reason());
        assertTrue(server.getMessage().contains("below the minimum SPE key length 3072 of system "
                + TestEstate.SYSTEM + " (pbx-hamburg)"), server.getMessage());
        assertTrue(estate.getCertificates().isEmpty(), "nothing recorded");
        assertFalse(Files.exists(certificates.files().ledger().file()), "no serial used");

        // a CA made when the system asked for less cannot sign for it now
        OsbizSystem system = (OsbizSystem) estate.eResource().getEObject(TestEstate.SYSTEM);
        system.setSpeMinimumKeyLength(2048);
        Certificate shortCa = certificates.createCa(new CaRequest(null, CA_SUBJECT, 0, null, 0, null));
        system.setSpeMinimumKeyLength(3072);
        CertificateException weakCa = assertThrows(CertificateException.class,
                () -> certificates.issueServer(new ServerRequest(null, null, TestEstate.SYSTEM, null, List.of(), 0,
                        null, 0, null, null)));
        assertTrue(weakCa.getMessage().startsWith("CA " + shortCa.getName() + " has a 2048-bit key, below the minimum"
                + " SPE key length 3072 of system " + TestEstate.SYSTEM), weakCa.getMessage());
        assertEquals(1, estate.getCertificates().size());
    }

    @Test
    void nothingSecretIsInTheEstateFileAndTheEstatePassesF30AndF31() throws Exception {
        Issued issued = issue(List.of("IP:192.0.2.10"));
        String estateText = Files.readString(estateFile, StandardCharsets.UTF_8);
        Credential passphrase = vault.resolve(issued.server().getPassphraseRef());
        String secret = new String(passphrase.secret());
        Credential key = vault.resolve(EstateCertificates.keyReference(issued.ca().getId()));
        String caKey = new String(key.privateKeyBytes(), StandardCharsets.US_ASCII);
        assertAll(() -> assertFalse(estateText.contains(secret), "passphrase in the estate"),
                () -> assertFalse(estateText.contains("PRIVATE KEY")),
                () -> assertTrue(caKey.startsWith("-----BEGIN PRIVATE KEY-----"), "the CA key is in the vault"),
                () -> assertFalse(estateText.contains(caKey.lines().skip(1).findFirst().orElseThrow())),
                () -> assertTrue(estateText.contains("passphraseRef=\"" + issued.server().getPassphraseRef() + "\"")),
                () -> assertTrue(estateText.contains("speCertificate=\"#" + issued.server().getId() + "\""),
                        estateText));
        try (var files = Files.list(issued.certificates().files().folder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pem")).toList()) {
                String pem = Files.readString(file);
                assertFalse(pem.contains("PRIVATE KEY"), file + " holds a key");
            }
        }
        Estate reloaded = EstateResources.load(estateFile);
        OsbizSystem system = (OsbizSystem) reloaded.eResource().getEObject(TestEstate.SYSTEM);
        assertSame(reloaded.getCertificates().get(1), system.getSpeCertificate());
        List<Finding> certificateFindings = EstateValidation.validate(reloaded).stream()
                .filter(f -> f.ruleId().equals("F-30") || f.ruleId().equals("F-31")).toList();
        assertEquals(List.of(), certificateFindings.stream().map(Finding::message).toList());
        passphrase.destroy();
        key.destroy();
    }
}
