package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.model.Customer;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstateResources;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;
import io.patchbay.provisioning.cert.SpeCertificateMib;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;
import io.patchbay.testing.CommandLineTools;
import io.patchbay.testing.Services;

/** {@code patchbay cert …} as a script sees it: exit codes, one-line errors, JSON reports, files openssl accepts. */
class CertCommandsTest {

    private static final String SYSTEM = "osbiz-hh";
    private static final String PUBLIC_ADDRESS = "pbx.nordhafen.test";

    @TempDir
    Path folder;

    private final Services services = new Services();

    private Path estate;
    private CredentialVault vault;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void estate() throws Exception {
        vault = services.get(CredentialVault.class, null); // the command runs once the vault service is there
        estate = oneSystemEstate(folder);
    }

    @AfterEach
    void release() {
        services.close();
    }

    /** An estate file with one OSBiz system whose SPE is on (2048-bit keys at least). */
    private static Path oneSystemEstate(Path folder) throws IOException {
        Estate estate = EstateFactory.eINSTANCE.createEstate();
        estate.setName("Certificate test");
        Customer customer = EstateFactory.eINSTANCE.createCustomer();
        customer.setId("c1");
        customer.setName("Nordhafen");
        estate.getCustomers().add(customer);
        Site site = EstateFactory.eINSTANCE.createSite();
        site.setId("s1");
        site.setName("Hamburg");
        customer.getSites().add(site);
        OsbizSystem system = EstateFactory.eINSTANCE.createOsbizSystem();
        system.setId(SYSTEM);
        system.setName("pbx-hamburg");
        system.setPublicAddress(PUBLIC_ADDRESS);
        system.setSpeEnabled(true);
        system.setSpeMinimumKeyLength(2048);
        site.getSystems().add(system);
        Path file = folder.resolve("nordhafen.estate");
        EstateResources.save(estate, file);
        return file;
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLauncher(FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext())
                .execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json() {
        return new Gson().fromJson(out.toString(), Map.class);
    }

    private void createCa() {
        assertEquals(ExitCodes.OK, run("cert", "ca", estate.toString(), "--cn", "Nordhafen Root CA", "--country", "DE",
                "--org", "Nordhafen Logistik GmbH", "--unit", "IT"), err::toString);
    }

    @Test
    void caServerExportAndListMakeCertificatesOpensslAccepts() throws Exception {
        Path openssl = CommandLineTools.openssl();
        createCa();
        assertTrue(out.toString().startsWith("created CA Nordhafen-Root-CA (cert-nordhafen-root-ca"), out::toString);
        assertTrue(out.toString().contains("(GMT)"), out::toString);

        assertEquals(ExitCodes.OK, run("cert", "server", estate.toString(), "--system", SYSTEM, "--san",
                "IP:192.0.2.10,sip.nordhafen.test", "--days", "30", "--format", "json"), err::toString);
        Map<String, Object> server = json();
        assertAll(() -> assertEquals("SERVER", server.get("kind")),
                () -> assertEquals(
                        List.of("IP:192.0.2.10", "DNS:sip.nordhafen.test", "DNS:" + PUBLIC_ADDRESS),
                        server.get("alternativeNames")),
                () -> assertTrue(server.get("validUntil").toString().endsWith("Z"), server::toString),
                () -> assertEquals(2048.0, server.get("keyLength")),
                () -> assertTrue(Files.isRegularFile(Path.of(server.get("pkcs12File").toString()))));
        assertEquals("", err.toString());

        Path caPem = folder.resolve("ca.crt");
        Path caDer = folder.resolve("ca.der");
        String caId = server.get("issuer").toString();
        assertEquals(ExitCodes.OK, run("cert", "export", estate.toString(), caId, "--format", "pem", "--out",
                caPem.toString()), err::toString);
        assertEquals(ExitCodes.OK, run("cert", "export", estate.toString(), caId, "--format", "der", "--out",
                caDer.toString()), err::toString);
        assertTrue(Files.readString(caPem).startsWith("-----BEGIN CERTIFICATE-----"));
        CommandLineTools.Result der = CommandLineTools.run(openssl, "x509", "-inform", "DER", "-in", caDer, "-noout", "-subject");
        assertEquals(0, der.exitCode(), der.output());
        assertTrue(der.output().contains("CN = Nordhafen Root CA"), der.output());
        CommandLineTools.Result verify = CommandLineTools.run(openssl, "verify", "-CAfile", caPem, server.get("certificateFile"));
        assertEquals(0, verify.exitCode(), verify.output());

        assertEquals(ExitCodes.OK, run("cert", "list", estate.toString(), "--format", "json"), err::toString);
        Map<String, Object> list = json();
        assertEquals(0.0, list.get("problems"));
        assertEquals(2, ((List<?>) list.get("certificates")).size());
        assertEquals(ExitCodes.OK, run("cert", "list", estate.toString()));
        assertTrue(out.toString().contains(server.get("id") + " "), out::toString);
        assertTrue(out.toString().contains("2 certificate(s), 0 with problems"), out::toString);
    }

    @Test
    void applyImportsTheIssuedCertificateIntoTheSystemsSpeStore() throws Exception {
        char[] pass = "Cli-cert-twin-pass".toCharArray();
        try (OsbizSnmpTwin twin = OsbizSnmpTwin.builder().v3User("patchbay", pass, pass).start()) {
            Estate model = EstateResources.load(estate);
            OsbizSystem system = (OsbizSystem) model.eResource().getEObject(SYSTEM);
            system.setHostAddress(twin.host());
            system.setSnmpPort(twin.port());
            system.setCredentialRef("vault:cert-cli-test/" + folder.getFileName() + "/snmp");
            vault.store(system.getCredentialRef(), Credential.password("patchbay", pass));
            EstateResources.save(model, estate);
            createCa();
            assertEquals(ExitCodes.OK, run("cert", "server", estate.toString(), "--system", SYSTEM,
                    "--format", "json"), err::toString);
            String serial = json().get("serial").toString();

            assertEquals(ExitCodes.OK, run("plan", estate.toString(), "--feature", "spe-cert"), err::toString);
            assertTrue(out.toString().contains("spe-certificate"), out::toString);
            assertTrue(out.toString().contains(serial), out::toString);
            assertEquals(ExitCodes.OK, run("apply", estate.toString(), "--feature", "spe-cert", "--yes"),
                    err::toString);
            assertTrue(out.toString().startsWith("changed      " + SYSTEM), out::toString);
            assertEquals(serial, twin.value(SpeCertificateMib.SERIAL));
            assertEquals(ExitCodes.OK, run("apply", estate.toString(), "--feature", "spe-cert", "--yes"),
                    err::toString);
            assertTrue(out.toString().startsWith("unchanged    " + SYSTEM), out::toString);
        }
    }

    @Test
    void helpNamesTheSubCommandsAndExitCodesInEightyColumns() {
        assertEquals(ExitCodes.OK, run("cert", "--help"));
        String help = out.toString();
        assertTrue(help.matches("(?s).*\\n  ca .*\\n  server .*\\n  export .*\\n  list .*"), help);
        assertTrue(help.contains("Exit codes: 0 ok, 1 refused by a rule"), help);
        for (String command : List.of("ca", "server", "export", "list")) {
            assertEquals(ExitCodes.OK, run("cert", command, "--help"));
            assertTrue(out.toString().lines().allMatch(line -> line.length() <= 80), "fits 80 columns:\n" + out);
        }
        assertEquals(ExitCodes.USAGE, run("cert"));
        assertTrue(err.toString().startsWith("patchbay cert: no sub-command given (one of: ca, server, export, list)"),
                err::toString);
    }

    @Test
    void aMissingCertificateFileIsAProblemTheListReports() throws Exception {
        createCa();
        try (var pems = Files.list(folder.resolve("nordhafen.certs"))) {
            for (Path pem : pems.filter(p -> p.toString().endsWith(".pem")).toList()) {
                Files.delete(pem);
            }
        }
        assertEquals(ExitCodes.FINDINGS, run("cert", "list", estate.toString()));
        assertTrue(out.toString().contains("certificate file missing"), out::toString);
    }

    @Test
    void errorsAreOneLineNamingTheObjectAndTheFix() throws Exception {
        assertEquals(ExitCodes.USAGE, run("cert", "server", estate.toString(), "--system", SYSTEM));
        assertEquals("patchbay cert server: the estate has no CA whose key is in the vault; create one ('patchbay cert"
                + " ca') or import one with its key ('patchbay cert ca --import CERT KEY')" + System.lineSeparator(),
                err.toString());

        createCa();
        assertEquals(ExitCodes.USAGE, run("cert", "server", estate.toString(), "--system", "nosuch"));
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().startsWith("patchbay cert server: no OpenScape Business system with id 'nosuch'"),
                err::toString);

        assertEquals(ExitCodes.FINDINGS, run("cert", "server", estate.toString(), "--system", SYSTEM,
                "--key-length", "1024"));
        assertTrue(err.toString().contains("key length 1024 is below 2048"), err::toString);

        assertEquals(ExitCodes.FINDINGS, run("cert", "server", estate.toString(), "--cn", "x.nordhafen.test", "--days",
                "5000"));
        assertTrue(err.toString().contains("after its CA Nordhafen-Root-CA expires"), err::toString);
        assertTrue(err.toString().matches("(?s).*ask for at most 36(49|50) days or renew the CA.*"), err::toString);
        assertEquals(ExitCodes.USAGE, run("cert", "server", estate.toString(), "--cn", "x.nordhafen.test", "--days",
                "99999"));
        assertTrue(err.toString().contains("give 1 to 36500 days"), err::toString);

        assertEquals(ExitCodes.USAGE, run("cert", "server", estate.toString()));
        assertTrue(err.toString().startsWith("patchbay cert server: ") && err.toString().contains("Missing required"),
                err::toString);

        assertEquals(ExitCodes.USAGE, run("cert", "ca", estate.toString(), "--cn", "Only a name"));
        assertTrue(err.toString().contains("the subject lacks country (C), organisation (O), organisational unit"
                + " (OU)"), err::toString);

        assertEquals(ExitCodes.USAGE, run("cert", "export", estate.toString(), "nosuch", "--out",
                folder.resolve("x.pem").toString()));
        assertTrue(err.toString().contains("no certificate with id or name 'nosuch'"), err::toString);
        assertFalse(Files.exists(folder.resolve("x.pem")));
    }

    @Test
    void theCommandLineNeverPrintsASecret() throws Exception {
        createCa();
        String created = out.toString();
        assertEquals(ExitCodes.OK, run("cert", "server", estate.toString(), "--cn", "sbc.nordhafen.test"),
                err::toString);
        String issued = out.toString();
        String reference = issued.lines().filter(l -> l.contains("PKCS#12")).findFirst().orElseThrow()
                .replaceAll(".*passphrase in the vault: (vault:[^)]+)\\).*", "$1");
        Credential passphrase = vault.resolve(reference);
        String secret = new String(passphrase.secret());
        passphrase.destroy();
        assertEquals(ExitCodes.OK, run("cert", "list", estate.toString(), "--format", "json"));
        String listed = out.toString();
        for (String output : List.of(created, issued, listed, Files.readString(estate))) {
            assertFalse(output.contains(secret), output);
            assertFalse(output.contains("PRIVATE KEY"), output);
        }
    }
}
