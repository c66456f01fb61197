package io.patchbay.model.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.model.Device;
import io.patchbay.model.Estate;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.OutboundAllowance;
import io.patchbay.model.PortForwardingRule;
import io.patchbay.model.Router;
import io.patchbay.model.Station;
import io.patchbay.model.csv.CsvImportResult;
import io.patchbay.model.csv.CsvKind;
import io.patchbay.model.csv.EstateCsv;

/**
 * Export, then import into the estate without those objects, gives the same estate file, byte for byte. References
 * that other kinds own (a device's station, a system's access router) are cleared in both estates first: the CSV of
 * the referenced kind does not carry them.
 */
class RoundTripTest {

    @TempDir
    Path folder;

    @Test
    void stationsComeBackAsTheyWere() throws Exception {
        Estate original = DemoEstates.load(folder);
        DemoEstates.all(original, Device.class).forEach(device -> device.setStation(null));
        String csv = EstateCsv.exportCsv(original, CsvKind.STATIONS);

        Estate emptied = DemoEstates.load(folder);
        DemoEstates.all(emptied, Device.class).forEach(device -> device.setStation(null));
        DemoEstates.removeAll(DemoEstates.all(emptied, Station.class));
        assertNotEquals(DemoEstates.text(original), DemoEstates.text(emptied));

        CsvImportResult result = importCsv(emptied, CsvKind.STATIONS, csv);
        assertEquals("8 stations: 8 new, 0 updated", result.toString());
        assertEquals(DemoEstates.text(original), DemoEstates.text(emptied));
    }

    @Test
    void devicesComeBackAsTheyWere() throws Exception {
        Estate original = DemoEstates.load(folder);
        String csv = EstateCsv.exportCsv(original, CsvKind.DEVICES);

        Estate emptied = DemoEstates.load(folder);
        DemoEstates.removeAll(DemoEstates.all(emptied, Device.class));

        assertEquals("8 devices: 8 new, 0 updated", importCsv(emptied, CsvKind.DEVICES, csv).toString());
        assertEquals(DemoEstates.text(original), DemoEstates.text(emptied));
    }

    @Test
    void routersAndTheirForwardingRulesAndOutboundAllowancesComeBackAsTheyWere() throws Exception {
        Estate original = DemoEstates.load(folder);
        clearRouterReferences(original);
        String routers = EstateCsv.exportCsv(original, CsvKind.ROUTERS);
        String rules = EstateCsv.exportCsv(original, CsvKind.FORWARDING_RULES);
        String allowances = EstateCsv.exportCsv(original, CsvKind.OUTBOUND_ALLOWANCES);

        Estate emptied = DemoEstates.load(folder);
        clearRouterReferences(emptied);
        DemoEstates.removeAll(DemoEstates.all(emptied, Router.class));

        assertEquals("4 routers: 4 new, 0 updated", importCsv(emptied, CsvKind.ROUTERS, routers).toString());
        assertEquals("9 forwarding-rules: 9 new, 0 updated",
                importCsv(emptied, CsvKind.FORWARDING_RULES, rules).toString());
        assertEquals("4 outbound-allowances: 4 new, 0 updated",
                importCsv(emptied, CsvKind.OUTBOUND_ALLOWANCES, allowances).toString());
        assertEquals(DemoEstates.text(original), DemoEstates.text(emptied));
    }

    @Test
    void forwardingRulesComeBackAsTheyWere() throws Exception {
        Estate original = DemoEstates.load(folder);
        String csv = EstateCsv.exportCsv(original, CsvKind.FORWARDING_RULES);

        Estate emptied = DemoEstates.load(folder);
        DemoEstates.removeAll(DemoEstates.all(emptied, PortForwardingRule.class));

        importCsv(emptied, CsvKind.FORWARDING_RULES, csv);
        assertEquals(DemoEstates.text(original), DemoEstates.text(emptied));
    }

    @Test
    void outboundAllowancesComeBackAsTheyWere() throws Exception {
        Estate original = DemoEstates.load(folder);
        String csv = EstateCsv.exportCsv(original, CsvKind.OUTBOUND_ALLOWANCES);

        Estate emptied = DemoEstates.load(folder);
        DemoEstates.removeAll(DemoEstates.all(emptied, OutboundAllowance.class));
        assertNotEquals(DemoEstates.text(original), DemoEstates.text(emptied));

        assertEquals("4 outbound-allowances: 4 new, 0 updated",
                importCsv(emptied, CsvKind.OUTBOUND_ALLOWANCES, csv).toString());
        assertEquals(DemoEstates.text(original), DemoEstates.text(emptied));
    }

    @Test
    void importingAnExportIntoTheSameEstateUpdatesEveryObjectAndChangesNothing() throws Exception {
        for (CsvKind kind : CsvKind.values()) {
            Estate estate = DemoEstates.load(folder);
            String before = DemoEstates.text(estate);
            String csv = EstateCsv.exportCsv(estate, kind);

            CsvImportResult result = importCsv(estate, kind, csv);

            assertEquals(0, result.created(), kind.label());
            assertEquals(csv.lines().count() - 1, result.updated(), kind.label());
            assertEquals(before, DemoEstates.text(estate), kind.label());
            assertEquals(csv, EstateCsv.exportCsv(estate, kind), kind.label());
        }
    }

    @Test
    void exportListsStationsInDocumentOrderWithTheDocumentedColumns() {
        String csv = EstateCsv.exportCsv(DemoEstates.load(folder), CsvKind.STATIONS);
        assertEquals("""
                id,system,number,name,type,authentication,passwordRef,sipUserId,realm,classOfService,sbcFlag,speEnabled,ipUserLicence
                pbx-hh-st-100,pbx-hh,100,Reception,SYSTEM_CLIENT_HFA,true,vault:station/pbx-hh/100,,,NATIONAL,false,true,true
                pbx-hh-st-101,pbx-hh,101,Jana Petersen,SYSTEM_CLIENT_HFA,true,vault:station/pbx-hh/101,,,NATIONAL,true,true,true
                pbx-hh-st-102,pbx-hh,102,Lars Hansen,SIP_CLIENT,true,vault:station/pbx-hh/102,102,nordhafen,LOCAL,true,false,true
                """, csv.lines().limit(4).map(line -> line + "\n").reduce("", String::concat));
        assertEquals(9, csv.lines().count());
    }

    @Test
    void exportWritesTheSettingsOfDevicesWithTheDocumentedColumns() {
        List<String> lines = EstateCsv.exportCsv(DemoEstates.load(folder), CsvKind.DEVICES).lines().toList();
        assertEquals("id,system,name,model,firmware,mac,place,station,homeRouter,gateway,gatewayPort,dlsAddress,"
                + "timeFromSystem,transport,tlsRenegotiation,stun,video,codec,mobileDataVoip,srtpSdes", lines.get(0));
        assertEquals("dev-hh-101,pbx-hh,Petersen home office phone,DESKPHONE_CP600_HFA,V1 R9.2.0,,HOME,101,"
                + "rtr-home-petersen,pbx.nordhafen.example,0,pbx.nordhafen.example,true,TLS,SECURE_RFC5746,false,"
                + "false,G711,false,false", lines.get(2));
        assertEquals("dev-hl-201,pbx-hl,Schulz iPhone,ZOIPER_IOS,2.17,,HOME,201,,198.51.100.40,5070,,true,UDP,LEGACY,"
                + "true,false,G711,false,false", lines.get(8));
    }

    @Test
    void exportWritesRoutersOfEveryKindWithTheirServicelinkIdentity() {
        String csv = EstateCsv.exportCsv(DemoEstates.load(folder), CsvKind.ROUTERS);
        assertEquals("id,site,kind,name,hostAddress,sshPort,snmpPort,hostKeyFingerprint,credentialRef,publicAddress,natType,"
                + "outboundFiltering,dynDnsProvider,dynDnsHostName,dynDnsCredentialRef,dynDnsFreeAccount,tlsInspection,"
                + "httpsOnlyOutbound,allowsRelatedInbound,sipAlg,firmware,webUiHttps,ntpServer,noNtpTime,"
                + "servicelinkDeviceIdentifier,servicelinkSielId,servicelinkMac,servicelinkCustomerId,"
                + "servicelinkCredentialRef", csv.lines().toList().get(0));
        assertEquals("rtr-hh,site-hh,company,Hamburg HQ internet router,10.10.0.1,22,161,,vault:router/rtr-hh,"
                + "203.0.113.10,PORT_RESTRICTED_CONE,true,dyndns.example,pbx.nordhafen.example,vault:dyndns/nordhafen,"
                + "false,false,false,true,,,,,,,,,,", csv.lines().toList().get(1));
        assertEquals("rtr-hl,site-hl,buffalo,Lübeck Buffalo router,10.20.0.1,22,161,,vault:router/rtr-hl,198.51.100.40,"
                + "PORT_RESTRICTED_CONE,,,,,,,,,,DD-WRT v24-sp2,true,ntp.example.net,202501010000,"
                + "BUFFALO-NORDHAFEN-HL,,02:00:00:00:20:01,100234,vault:servicelink/rtr-hl", csv.lines().toList().get(4));
        assertEquals("rtr-home-petersen,site-home-petersen,home,Petersen home router,,22,161,,,198.51.100.23,"
                + "PORT_RESTRICTED_CONE,,,,,,,,,DISABLED,,,,,,,,,", csv.lines().toList().get(2));
    }

    @Test
    void exportWritesOutboundAllowancesWithTheirDefaults() {
        assertEquals("""
                router,host,port,protocol,description
                rtr-hh,188.64.18.50,443,TCP,RSP.servicelink primary load balancer (F-41)
                rtr-hh,188.64.17.50,443,TCP,RSP.servicelink secondary load balancer (F-41)
                rtr-hh,188.64.18.51,443,TCP,RSP.servicelink primary registrar (F-41)
                rtr-hh,188.64.17.51,443,TCP,RSP.servicelink secondary registrar (F-41)
                """, EstateCsv.exportCsv(DemoEstates.load(folder), CsvKind.OUTBOUND_ALLOWANCES));
    }

    private static void clearRouterReferences(Estate estate) {
        DemoEstates.all(estate, OsbizSystem.class).forEach(system -> system.setAccessRouter(null));
        DemoEstates.all(estate, Device.class).forEach(device -> device.setHomeRouter(null));
    }

    static CsvImportResult importCsv(Estate estate, CsvKind kind, String csv) throws Exception {
        return EstateCsv.importCsv(estate, kind, csv.getBytes(StandardCharsets.UTF_8), kind.label() + ".csv");
    }
}
