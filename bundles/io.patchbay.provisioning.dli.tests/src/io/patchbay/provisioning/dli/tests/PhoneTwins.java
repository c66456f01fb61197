package io.patchbay.provisioning.dli.tests;

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
import io.patchbay.model.Customer;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceModel;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstateResources;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Place;
import io.patchbay.model.Site;
import io.patchbay.model.SoftwareVersion;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;
import io.patchbay.provisioning.dli.DliMib;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;
import io.patchbay.testing.Services;

/**
 * An estate of OSBiz systems with software deployment enabled (public address {@link #PUBLIC_ADDRESS}), each played
 * by an SNMP twin on loopback that knows four phones, logged in as stations 201–204, all as provisioned in the office
 * (gateway and DLS address {@link OsbizSnmpTwin#OFFICE_ADDRESS}, own clock, deployment on):
 * <ul>
 * <li>201: OpenStage HFA V3 R0.40.4 at home (exactly the F-13 minimum),</li>
 * <li>202: DeskPhone CP400 HFA V1 R2.9.1 at home,</li>
 * <li>203: OpenStage HFA at home that logged in with V3 R0.30.0, below the minimum, while the estate still records
 * V3 R0.40.4 (the system's word counts),</li>
 * <li>204: OpenStage HFA V3 R0.40.4 in the office (not this feature's).</li>
 * </ul>
 * The twins' SNMPv3 logins are in the (test) vault under references unique to this fixture.
 */
final class PhoneTwins implements AutoCloseable {

    static final String PUBLIC_ADDRESS = "pbx.nordhafen.example";
    /** The call numbers of the four phones' stations. */
    static final int AT_HOME = 201, CP400 = 202, OLD_FIRMWARE = 203, IN_OFFICE = 204;

    final Path estateFile;
    final Estate estate;
    final CredentialVault vault;
    final SnmpTransport snmp;
    final Provisioner provisioner;
    final DeviceConnector connector;
    final Journal journal;
    final List<OsbizSystem> systems = new ArrayList<>();
    final Map<String, OsbizSnmpTwin> twins = new LinkedHashMap<>();
    private final String prefix = "vault:dli-test/" + UUID.randomUUID();
    private final Services services = new Services();

    PhoneTwins(Path folder, int count) throws Exception {
        vault = services.get(CredentialVault.class, null);
        snmp = services.get(SnmpTransport.class, "(" + Transport.PROTOCOL + "=" + SnmpTransport.PROTOCOL + ")");
        provisioner = services.get(Provisioner.class, "(" + Provisioner.FEATURE + "=dli)");
        estate = EstateFactory.eINSTANCE.createEstate();
        Customer customer = EstateFactory.eINSTANCE.createCustomer();
        customer.setId("c1");
        customer.setName("Nordhafen Logistik");
        estate.getCustomers().add(customer);
        Site site = EstateFactory.eINSTANCE.createSite();
        site.setId("s1");
        site.setName("Head office");
        customer.getSites().add(site);
        for (int i = 1; i <= count; i++) {
            String id = "osbiz-" + i;
            OsbizSnmpTwin.Builder builder = OsbizSnmpTwin.builder().v3User("patchbay", pass(id), pass(id));
            OsbizSystem system = EstateFactory.eINSTANCE.createOsbizSystem();
            system.setId(id);
            system.setName("System " + i);
            system.setPublicAddress(PUBLIC_ADDRESS);
            system.setDliEnabled(true);
            for (int number = AT_HOME; number <= IN_OFFICE; number++) {
                int phone = number;
                builder.station(number, "Station " + number, OsbizSnmpTwin.SYSTEM_CLIENT, true, "Stati0nPass" + number,
                        false, 3);
                Station station = EstateFactory.eINSTANCE.createStation();
                station.setId(id + "-st" + number);
                station.setNumber(String.valueOf(number));
                station.setName("Station " + number);
                station.setType(StationType.SYSTEM_CLIENT_HFA);
                system.getStations().add(station);
                DeviceModel model = phone == CP400 ? DeviceModel.DESKPHONE_CP400_HFA : DeviceModel.OPENSTAGE_HFA;
                String recorded = phone == CP400 ? "V1 R2.9.1" : "V3 R0.40.4";
                builder.device(number, String.format(java.util.Locale.ROOT, "00:1a:e8:00:%02x:%02x", i, phone - 200),
                        phone == OLD_FIRMWARE ? "V3 R0.30.0" : recorded);
                Device device = EstateFactory.eINSTANCE.createDevice();
                device.setId(id + "-phone" + phone);
                device.setName("Phone " + number);
                device.setModel(model);
                device.setFirmware(SoftwareVersion.parse(recorded));
                device.setPlace(phone == IN_OFFICE ? Place.OFFICE : Place.HOME);
                device.setStation(station);
                system.getDevices().add(device);
            }
            OsbizSnmpTwin twin = builder.start();
            twins.put(id, twin);
            system.setHostAddress(twin.host());
            system.setSnmpPort(twin.port());
            system.setCredentialRef(prefix + "/" + id);
            vault.store(system.getCredentialRef(), Credential.password("patchbay", pass(id)));
            site.getSystems().add(system);
            systems.add(system);
        }
        estateFile = folder.resolve("dli.estate");
        EstateResources.save(estate, estateFile);
        connector = new SnmpDeviceConnector(snmp, vault);
        journal = Journal.besideEstate(estateFile);
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

    /** A phone's column as the twin holds it, e.g. {@code "1"} or {@code "pbx.nordhafen.example"}. */
    String phone(int system, int phone, int column) {
        return twin(system).value(DliMib.instance(column, phone));
    }

    /** A system scalar as the twin holds it. */
    String scalar(int system, String oid) {
        return twin(system).value(oid);
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
