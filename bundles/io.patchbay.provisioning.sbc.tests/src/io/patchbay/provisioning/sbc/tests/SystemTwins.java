package io.patchbay.provisioning.sbc.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.SnmpTransport;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.DeviceConnector;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SnmpDeviceConnector;
import io.patchbay.model.ClassOfService;
import io.patchbay.model.Customer;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstateResources;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.PasswordPolicy;
import io.patchbay.model.Site;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;
import io.patchbay.provisioning.sbc.StationMib;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;
import io.patchbay.testing.Services;

/**
 * An estate of OSBiz systems, each played by an SNMP twin on loopback with stations 201–204, all with
 * authentication off, no password, no SBC flag and class international. In the estate 201–203 are SIP@Home stations
 * (SBC flag, class national) and 204 is an office phone. The twins' SNMPv3 logins and the station passwords are in
 * the (test) vault under references unique to this fixture.
 */
final class SystemTwins implements AutoCloseable {

    static final int[] SBC_STATIONS = {201, 202, 203};
    static final int OFFICE = 204;

    final Path estateFile;
    final Estate estate;
    final CredentialVault vault;
    final SnmpTransport snmp;
    final Provisioner provisioner;
    final DeviceConnector connector;
    final Journal journal;
    final List<OsbizSystem> systems = new ArrayList<>();
    final Map<String, OsbizSnmpTwin> twins = new LinkedHashMap<>();
    private final String prefix = "vault:sbc-test/" + UUID.randomUUID();
    private final Services services = new Services();

    SystemTwins(Path folder, int count, boolean storePasswords) throws Exception {
        this(folder, count, SBC_STATIONS.length, storePasswords);
    }

    /** {@code count} systems with SBC stations 201… ({@code sbcStations} of them) and one office phone after them. */
    SystemTwins(Path folder, int count, int sbcStations, boolean storePasswords) throws Exception {
        int office = 201 + sbcStations;
        vault = services.get(CredentialVault.class, null);
        snmp = services.get(SnmpTransport.class, "(" + Transport.PROTOCOL + "=" + SnmpTransport.PROTOCOL + ")");
        provisioner = services.get(Provisioner.class, "(" + Provisioner.FEATURE + "=sbc)");
        estate = EstateFactory.eINSTANCE.createEstate();
        Customer customer = EstateFactory.eINSTANCE.createCustomer();
        customer.setId("c1");
        customer.setName("Test customer");
        estate.getCustomers().add(customer);
        Site site = EstateFactory.eINSTANCE.createSite();
        site.setId("s1");
        site.setName("Test site");
        customer.getSites().add(site);
        for (int i = 1; i <= count; i++) {
            String id = "osbiz-" + i;
            Map<String, Credential> passwords = new LinkedHashMap<>();
            OsbizSnmpTwin.Builder builder = OsbizSnmpTwin.builder().v3User("patchbay", pass(id), pass(id));
            OsbizSystem system = EstateFactory.eINSTANCE.createOsbizSystem();
            system.setId(id);
            system.setName("System " + i);
            PasswordPolicy policy = EstateFactory.eINSTANCE.createPasswordPolicy();
            policy.setMinimumLength(12);
            policy.setRequiredCharacterClasses(3);
            system.setPasswordPolicy(policy);
            for (int number = 201; number <= office; number++) {
                builder.station(number, "Station " + number, OsbizSnmpTwin.SIP_CLIENT, false, null, false, 4);
                Station station = EstateFactory.eINSTANCE.createStation();
                station.setId(id + "-st" + number);
                station.setNumber(String.valueOf(number));
                station.setName("Station " + number);
                station.setType(StationType.SIP_CLIENT);
                station.setAuthentication(number != office);
                station.setSbcFlag(number != office);
                station.setClassOfService(number != office ? ClassOfService.NATIONAL : ClassOfService.INTERNATIONAL);
                station.setPasswordRef(prefix + "/" + id + "/" + number);
                if (storePasswords && number != office) {
                    passwords.put(station.getPasswordRef(), Credential.password(station.getNumber(),
                            strongPassword(id, number).toCharArray()));
                }
                system.getStations().add(station);
            }
            OsbizSnmpTwin twin = builder.start();
            twins.put(id, twin);
            system.setHostAddress(twin.host());
            system.setSnmpPort(twin.port());
            system.setCredentialRef(prefix + "/" + id);
            passwords.put(system.getCredentialRef(), Credential.password("patchbay", pass(id)));
            vault.storeAll(passwords);
            site.getSystems().add(system);
            systems.add(system);
        }
        estateFile = folder.resolve("sbc.estate");
        EstateResources.save(estate, estateFile);
        connector = new SnmpDeviceConnector(snmp, vault);
        journal = Journal.besideEstate(estateFile);
    }

    static String strongPassword(String systemId, int number) {
        return "Str0ng-" + systemId.replace("-", "") + "-Pw";
    }

    private static char[] pass(String id) {
        return ("Twin-" + id + "-passphrase").toCharArray();
    }

    OsbizSystem system(int i) {
        return systems.get(i - 1);
    }

    OsbizSnmpTwin twin(int i) {
        return twins.get(system(i).getId());
    }

    Station station(int system, int number) {
        return system(system).getStations().stream().filter(s -> s.getNumber().equals(String.valueOf(number)))
                .findFirst().orElseThrow();
    }

    /** The station's column as the twin holds it, e.g. {@code "1"}. */
    String value(int system, int column, int number) {
        return twin(system).value(StationMib.instance(column, number));
    }

    ManagedDevice device(String id) {
        return systems.stream().filter(s -> s.getId().equals(id)).findFirst().orElse(null);
    }


    @Override
    public void close() {
        twins.values().forEach(OsbizSnmpTwin::close);
        services.close();
    }
}
