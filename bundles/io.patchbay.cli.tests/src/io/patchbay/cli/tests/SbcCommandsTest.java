package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.model.ClassOfService;
import io.patchbay.model.Customer;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstateResources;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;
import io.patchbay.testing.Services;

/** {@code patchbay plan/apply --feature sbc} against an OSBiz SNMP twin (F-07, F-20). */
class SbcCommandsTest {

    @TempDir
    Path folder;

    private Path estate;
    private OsbizSnmpTwin twin;
    private CredentialVault vault;
    private String passwordRef;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void oneSystemWithASipAtHomeStation() throws Exception {
        String prefix = "vault:cli-sbc-test/" + UUID.randomUUID();
        char[] passphrase = "Cli-Osbiz-passphrase".toCharArray();
        twin = OsbizSnmpTwin.builder().v3User("patchbay", passphrase, passphrase)
                .station(201, "Home office", OsbizSnmpTwin.SIP_CLIENT, false, null, false, 4)
                .station(204, "Office", OsbizSnmpTwin.SIP_CLIENT, false, null, false, 4).start();
        Estate model = EstateFactory.eINSTANCE.createEstate();
        Customer customer = EstateFactory.eINSTANCE.createCustomer();
        customer.setId("c1");
        customer.setName("Customer");
        model.getCustomers().add(customer);
        Site site = EstateFactory.eINSTANCE.createSite();
        site.setId("s1");
        site.setName("Site");
        customer.getSites().add(site);
        OsbizSystem system = EstateFactory.eINSTANCE.createOsbizSystem();
        system.setId("osbiz-1");
        system.setName("Kiel");
        system.setHostAddress(twin.host());
        system.setSnmpPort(twin.port());
        system.setCredentialRef(prefix + "/osbiz-1");
        site.getSystems().add(system);
        for (int number : new int[] {201, 204}) {
            Station station = EstateFactory.eINSTANCE.createStation();
            station.setId("st" + number);
            station.setNumber(String.valueOf(number));
            station.setName("Station " + number);
            station.setType(StationType.SIP_CLIENT);
            station.setSbcFlag(number == 201);
            station.setAuthentication(number == 201);
            station.setClassOfService(number == 201 ? ClassOfService.LOCAL : ClassOfService.INTERNATIONAL);
            station.setPasswordRef(prefix + "/st" + number);
            system.getStations().add(station);
        }
        passwordRef = prefix + "/st201";
        estate = folder.resolve("kiel.estate");
        EstateResources.save(model, estate);
        try (Services services = new Services()) {
            vault = services.get(CredentialVault.class, null);
            vault.store(system.getCredentialRef(), Credential.password("patchbay", passphrase));
        }
    }

    @AfterEach
    void stopTwin() {
        twin.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLauncher(FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext())
                .execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void planAndApplyTheSbcFeatureWithGeneratedPasswords() throws Exception {
        assertEquals(ExitCodes.SOME_FAILED, run("apply", estate.toString(), "--feature", "sbc", "--yes"),
                err::toString);
        assertTrue(out.toString().contains("--generate-passwords"), out::toString);
        assertEquals("2", twin.value("1.3.6.1.4.1.32473.1.2.1.1.6.201"));

        assertEquals(ExitCodes.OK, run("plan", estate.toString(), "--feature", "sbc", "--generate-passwords"),
                err::toString);
        assertTrue(out.toString().startsWith("osbiz-1 (Kiel): "), out::toString);
        assertTrue(out.toString().contains("201/sbc"), out::toString);
        assertTrue(!out.toString().contains("204/"), out::toString);
        assertEquals("2", twin.value("1.3.6.1.4.1.32473.1.2.1.1.6.201"), "a plan writes nothing to the system");

        assertEquals(ExitCodes.OK, run("apply", estate.toString(), "--feature", "sbc", "--yes",
                "--generate-passwords"), err::toString);
        assertTrue(out.toString().startsWith("changed      osbiz-1 (Kiel)"), out::toString);
        assertEquals("1", twin.value("1.3.6.1.4.1.32473.1.2.1.1.4.201"));
        assertEquals("1", twin.value("1.3.6.1.4.1.32473.1.2.1.1.6.201"));
        assertEquals("2", twin.value("1.3.6.1.4.1.32473.1.2.1.1.8.201"));
        Credential stored = vault.resolve(passwordRef);
        assertTrue(twin.stationPasswordIs(201, new String(stored.secret())));

        assertEquals(ExitCodes.OK, run("apply", estate.toString(), "--feature", "sbc", "--yes"), err::toString);
        assertTrue(out.toString().startsWith("unchanged    osbiz-1 (Kiel)"), out::toString);
    }

    @Test
    void generatePasswordsIsAUsageErrorForAFeatureWithoutIt() {
        assertEquals(ExitCodes.USAGE, run("plan", estate.toString(), "--feature", "portforward",
                "--generate-passwords"));
        assertTrue(err.toString().contains("--generate-passwords"), err::toString);
    }
}
