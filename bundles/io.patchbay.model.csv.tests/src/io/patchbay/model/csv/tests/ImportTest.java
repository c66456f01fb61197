package io.patchbay.model.csv.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.ClassOfService;
import io.patchbay.model.Codec;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Device;
import io.patchbay.model.Estate;
import io.patchbay.model.Identifiable;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.OutboundAllowance;
import io.patchbay.model.PortForwardingRule;
import io.patchbay.model.PortRange;
import io.patchbay.model.SignallingTransport;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;
import io.patchbay.model.TlsRenegotiation;
import io.patchbay.model.TransportProtocol;
import io.patchbay.model.csv.CsvImportException;
import io.patchbay.model.csv.CsvImportResult;
import io.patchbay.model.csv.CsvKind;
import io.patchbay.model.csv.CsvProblem;
import io.patchbay.model.csv.EstateCsv;

/** What an import does to the demo estate, and what the user reads when a file is wrong. */
class ImportTest {

    @TempDir
    Path folder;

    private Estate estate;
    private String before;

    @BeforeEach
    void loadDemo() {
        estate = DemoEstates.load(folder);
        before = DemoEstates.text(estate);
    }

    private CsvImportResult importing(CsvKind kind, String csv) throws CsvImportException {
        return importing(kind, csv.getBytes(StandardCharsets.UTF_8));
    }

    private CsvImportResult importing(CsvKind kind, byte[] csv) throws CsvImportException {
        return EstateCsv.importCsv(estate, kind, csv, kind.label() + ".csv");
    }

    /** The error lines of a refused import; also checks that the estate was left exactly as it was. */
    private List<String> refused(CsvKind kind, String csv) {
        return refused(kind, csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> refused(CsvKind kind, byte[] csv) {
        CsvImportException e = assertThrows(CsvImportException.class, () -> importing(kind, csv));
        assertEquals(before, DemoEstates.text(estate), "a refused import leaves the estate untouched");
        return e.problems().stream().map(CsvProblem::toString).toList();
    }

    private <T> T byId(String id) {
        @SuppressWarnings("unchecked")
        T found = (T) DemoEstates.all(estate, Identifiable.class).stream().filter(o -> id.equals(o.getId()))
                .findFirst().orElse(null);
        return found;
    }

    // --- stations

    @Test
    void aStationWithoutIdIsAddedToItsSystemWithAnIdMadeFromSystemAndNumber() throws Exception {
        CsvImportResult result = importing(CsvKind.STATIONS, """
                system,number,name,type,classOfService
                pbx-hh,110,Night desk,SIP_CLIENT,LOCAL
                """);
        Station station = byId("pbx-hh-st-110");
        assertAll(() -> assertEquals("1 stations: 1 new, 0 updated", result.toString()),
                () -> assertSame(byId("pbx-hh"), station.eContainer()),
                () -> assertEquals("Night desk", station.getName()),
                () -> assertEquals(StationType.SIP_CLIENT, station.getType()),
                () -> assertEquals(ClassOfService.LOCAL, station.getClassOfService()));
    }

    @Test
    void aGeneratedIdNeverTakesAnIdThatIsInUse() throws Exception {
        importing(CsvKind.STATIONS, """
                id,system,number
                pbx-hh-st-110,pbx-hl,299
                ,pbx-hh,110
                """);
        Station generated = ((OsbizSystem) byId("pbx-hh")).getStations().stream()
                .filter(s -> "110".equals(s.getNumber())).findFirst().orElseThrow();
        assertEquals("pbx-hh-st-110-2", generated.getId());
    }

    @Test
    void systemAndNumberFindTheStationToUpdateAndAnEmptyCellUnsetsItsValue() throws Exception {
        CsvImportResult result = importing(CsvKind.STATIONS, """
                system,number,name,sbcFlag
                pbx-hh,101,Jana Petersen-Kühl,
                """);
        Station station = byId("pbx-hh-st-101");
        assertAll(() -> assertEquals("1 stations: 0 new, 1 updated", result.toString()),
                () -> assertEquals("Jana Petersen-Kühl", station.getName()),
                () -> assertFalse(station.isSbcFlag(), "empty means unset, the default"),
                () -> assertEquals("vault:station/pbx-hh/101", station.getPasswordRef(), "column not in the file"));
    }

    @Test
    void theIdFindsTheStationSoItsNumberCanChange() throws Exception {
        importing(CsvKind.STATIONS, "id,system,number\npbx-hh-st-105,pbx-hh,150\n");
        assertEquals("150", ((Station) byId("pbx-hh-st-105")).getNumber());
    }

    @Test
    void everyBadRowIsReportedWithLineColumnAndFixAndNothingIsImported() {
        List<String> errors = refused(CsvKind.STATIONS, """
                system,number,name,type,authentication,classOfService
                pbx-hh,120,Fine row,SIP_CLIENT,true,LOCAL
                pbx-hh,121,Typo,SIPP,true,LOCAL
                pbx-xx,122,Unknown system,SIP_CLIENT,yes,LOCAL
                pbx-hh,,No number,SIP_CLIENT,true,WORLD
                """);
        assertEquals(List.of(
                "stations.csv:3: column 'type': 'SIPP' is not one of SYSTEM_CLIENT_HFA, SIP_CLIENT",
                "stations.csv:4: column 'system': no OpenScape Business system has id 'pbx-xx'; "
                        + "the estate has pbx-hh, pbx-hl",
                "stations.csv:4: column 'authentication': 'yes' is not true or false",
                "stations.csv:5: column 'number': empty; every station needs its call number",
                "stations.csv:5: column 'classOfService': 'WORLD' is not one of INTERNAL_ONLY, LOCAL, NATIONAL, "
                        + "INTERNATIONAL, UNRESTRICTED"), errors);
    }

    @Test
    void headerProblemsAreNamedUnknownMissingAndSecretColumns() {
        List<String> errors = refused(CsvKind.STATIONS, """
                system,name,password,colour
                pbx-hh,Someone,Geheim123,blue
                """);
        assertEquals(List.of(
                "stations.csv:1: column 'password': passwords and other secrets never travel in CSV files; store the "
                        + "password in the vault and put its vault reference in column 'passwordRef'",
                "stations.csv:1: column 'colour': unknown column; the columns of stations are id, system, number, "
                        + "name, type, authentication, passwordRef, sipUserId, realm, classOfService, sbcFlag, "
                        + "speEnabled, ipUserLicence",
                "stations.csv:1: column 'number': missing; the header of a stations file must name the columns "
                        + "system, number"), errors);
    }

    @Test
    void aRowMayNotTakeACallNumberThatTheSystemAlreadyHasOrThatAnotherRowGives() {
        List<String> errors = refused(CsvKind.STATIONS, """
                id,system,number
                pbx-hh-st-104,pbx-hh,100
                new-1,pbx-hl,260
                new-2,pbx-hl,260
                pbx-hh-st-105,pbx-hh,106
                pbx-hh-st-105,pbx-hh,107
                """);
        assertEquals(List.of(
                "stations.csv:2: column 'number': system pbx-hh already has number 100 (station pbx-hh-st-100); "
                        + "call numbers are unique in a system, choose another",
                "stations.csv:4: column 'number': line 3 gives system pbx-hl number 260 too; call numbers are "
                        + "unique in a system, choose another",
                "stations.csv:6: the same station as line 5 (pbx-hh-st-105); an object may appear once per file, "
                        + "merge the two rows"), errors);
    }

    @Test
    void twoStationsMaySwapTheirNumbersInOneFile() throws Exception {
        importing(CsvKind.STATIONS, "id,system,number\npbx-hh-st-104,pbx-hh,105\npbx-hh-st-105,pbx-hh,104\n");
        assertEquals("105", ((Station) byId("pbx-hh-st-104")).getNumber());
    }

    @Test
    void anIdOfAnotherKindOrInAnotherSystemIsRefused() {
        List<String> errors = refused(CsvKind.STATIONS, """
                id,system,number
                dev-hh-100,pbx-hh,130
                pbx-hh-st-100,pbx-hl,100
                bad id,pbx-hh,131
                """);
        assertEquals(List.of(
                "stations.csv:2: column 'id': 'dev-hh-100' is the id of a Device, not of a station; use another id "
                        + "or leave it empty to have one generated",
                "stations.csv:3: column 'system': station pbx-hh-st-100 belongs to system pbx-hh; an import does "
                        + "not move stations, write pbx-hh or use a new id",
                "stations.csv:4: column 'id': 'bad id' is not a valid id; an id starts with a letter or digit and "
                        + "holds only letters, digits and . _ : -"), errors);
    }

    // --- devices

    @Test
    void aDeviceIsBoundToItsStationByCallNumberAndFoundAgainByItsMac() throws Exception {
        importing(CsvKind.DEVICES, """
                system,name,model,firmware,mac,place,station
                pbx-hh,Night desk phone,OPENSTAGE_HFA,V3 R5.12.0,02:00:00:00:99:01,OFFICE,104
                """);
        Device device = byId("pbx-hh-dev-104");
        assertSame(byId("pbx-hh-st-104"), device.getStation());

        CsvImportResult again = importing(CsvKind.DEVICES, """
                system,mac,firmware,station
                pbx-hh,02-00-00-00-99-01,V3 R6.0.0,
                """);
        assertAll(() -> assertEquals("1 devices: 0 new, 1 updated", again.toString()),
                () -> assertEquals("V3 R6.0.0", device.getFirmware().toString(), "the vendor's spelling is kept"),
                () -> assertNull(device.getStation(), "empty station unbinds"),
                () -> assertEquals("Night desk phone", device.getName()));
    }

    @Test
    void aDeviceMustNameAStationOfItsSystemAndAHomeRouter() {
        List<String> errors = refused(CsvKind.DEVICES, """
                id,system,station,homeRouter
                dev-hh-101,pbx-hh,199,rtr-hh
                """);
        assertEquals(List.of(
                "devices.csv:2: column 'station': system pbx-hh has no station with number 199; write the call "
                        + "number of one of its stations, or import the station first (stations CSV)",
                "devices.csv:2: column 'homeRouter': 'rtr-hh' is a CompanyRouter, not a home router; the estate has "
                        + "rtr-home-hansen, rtr-home-petersen"), errors);
    }

    @Test
    void theSettingsOfADeviceAtHomeAreImportedAndAnEmptyCellGivesTheModelsDefault() throws Exception {
        CsvImportResult result = importing(CsvKind.DEVICES, """
                id,system,gateway,gatewayPort,dlsAddress,timeFromSystem,transport,tlsRenegotiation,stun,video,codec,mobileDataVoip,srtpSdes
                dev-hh-103,pbx-hh,pbx.nordhafen.example,8802,pbx.nordhafen.example,false,TLS,SECURE_RFC5746,true,true,OPUS,true,true
                dev-hh-101,pbx-hh,,,,,,,,,,,
                """);
        Device yilmaz = byId("dev-hh-103");
        Device petersen = byId("dev-hh-101");
        assertAll(() -> assertEquals("2 devices: 0 new, 2 updated", result.toString()),
                () -> assertEquals("pbx.nordhafen.example", yilmaz.getGateway()),
                () -> assertEquals(8802, yilmaz.getGatewayPort()),
                () -> assertEquals("pbx.nordhafen.example", yilmaz.getDlsAddress()),
                () -> assertFalse(yilmaz.isTimeFromSystem()),
                () -> assertEquals(SignallingTransport.TLS, yilmaz.getTransport()),
                () -> assertEquals(TlsRenegotiation.SECURE_RFC5746, yilmaz.getTlsRenegotiation()),
                () -> assertTrue(yilmaz.isStun()),
                () -> assertTrue(yilmaz.isVideo()),
                () -> assertEquals(Codec.OPUS, yilmaz.getCodec()),
                () -> assertTrue(yilmaz.isMobileDataVoip()),
                () -> assertTrue(yilmaz.isSrtpSdes()),
                () -> assertNull(petersen.getGateway()),
                () -> assertEquals(0, petersen.getGatewayPort(), "0 = the device's default"),
                () -> assertTrue(petersen.isTimeFromSystem(), "the model's default is true"),
                () -> assertEquals(SignallingTransport.UDP, petersen.getTransport()),
                () -> assertEquals(TlsRenegotiation.LEGACY, petersen.getTlsRenegotiation()),
                () -> assertEquals("Petersen home office phone", petersen.getName(), "column not in the file"));
    }

    @Test
    void badSettingsOfADeviceAreReportedWithLineAndColumn() {
        List<String> errors = refused(CsvKind.DEVICES, """
                id,system,firmware,gateway,gatewayPort,transport,tlsRenegotiation,stun,codec
                dev-hh-101,pbx-hh,V1 R9.3.0,pbx.nordhafen.example,5071,TLS,SECURE_RFC5746,,
                dev-hh-102,pbx-hh,36.73.0.10,pbx.nordhafen.example,5070,SCTP,,true,
                dev-hh-103,pbx-hh,new,,70000,,RFC5746,maybe,AMR
                """);
        assertEquals(List.of(
                "devices.csv:3: column 'transport': 'SCTP' is not one of UDP, TCP, TLS",
                "devices.csv:4: column 'firmware': 'new' is not a version; write it as the vendor does, e.g. "
                        + "V3 R0.40.4, V2R7 or 36.72.0.57",
                "devices.csv:4: column 'gatewayPort': '70000' is not a port; write a number from 1 to 65535, or 0 "
                        + "(or nothing) for the device's default",
                "devices.csv:4: column 'tlsRenegotiation': 'RFC5746' is not one of LEGACY, SECURE_RFC5746",
                "devices.csv:4: column 'stun': 'maybe' is not true or false",
                "devices.csv:4: column 'codec': 'AMR' is not one of G711, G722, G729, OPUS"), errors);
    }

    // --- routers

    @Test
    void aNewBuffaloRouterGetsItsServicelinkIdentity() throws Exception {
        importing(CsvKind.ROUTERS, """
                site,kind,name,hostAddress,firmware,noNtpTime,servicelinkDeviceIdentifier,servicelinkMac
                site-hh,buffalo,Hamburg service router,10.10.0.2,DD-WRT v24-sp2,202501010000,BUFFALO-HH,02:00:00:00:10:02
                """);
        BuffaloRouter router = byId("site-hh-rtr");
        assertAll(() -> assertEquals("Hamburg service router", router.getName()),
                () -> assertEquals("BUFFALO-HH", router.getServicelink().getDeviceIdentifier()),
                () -> assertEquals(22, router.getSshPort(), "default"));
    }

    @Test
    void emptyingEveryServicelinkCellRemovesTheIdentity() throws Exception {
        importing(CsvKind.ROUTERS, """
                id,site,kind,servicelinkDeviceIdentifier,servicelinkSielId,servicelinkMac,servicelinkCustomerId,servicelinkCredentialRef
                rtr-hl,site-hl,buffalo,,,,,
                """);
        assertNull(((BuffaloRouter) byId("rtr-hl")).getServicelink());
    }

    @Test
    void aColumnOfAnotherKindOfRouterMustStayEmptyAndTheKindCannotChange() {
        List<String> errors = refused(CsvKind.ROUTERS, """
                id,site,kind,sipAlg,sshPort,noNtpTime
                rtr-hh,site-hh,company,DISABLED,0,
                rtr-hl,site-hl,home,,22,
                ,site-hl,buffalo,,,2025-01-01
                ,site-nowhere,router,,,
                """);
        assertEquals(List.of(
                "routers.csv:2: column 'sipAlg': applies to home routers only; leave it empty for a company router",
                "routers.csv:2: column 'sshPort': '0' is not a port; write a number from 1 to 65535 (SSH: 22)",
                "routers.csv:3: column 'kind': router rtr-hl is a buffalo router; an import does not change the "
                        + "kind of a router, write buffalo",
                "routers.csv:4: column 'noNtpTime': '2025-01-01' is not a start-up date in the form YYYYMMDDhhmm, "
                        + "e.g. 202501010000 (F-44)",
                "routers.csv:5: column 'site': no site has id 'site-nowhere'; the estate has site-hh, site-hl, "
                        + "site-home-hansen, site-home-petersen",
                "routers.csv:5: column 'kind': 'router' is not one of company, home, buffalo"), errors);
    }

    @Test
    void theOutboundSettingsOfACompanyRouterAreImportedAndAnEmptyCellGivesTheModelsDefault() throws Exception {
        importing(CsvKind.ROUTERS, """
                id,site,kind,tlsInspection,httpsOnlyOutbound,allowsRelatedInbound
                rtr-hh,site-hh,company,true,TRUE,false
                """);
        CompanyRouter router = byId("rtr-hh");
        assertAll(() -> assertTrue(router.isTlsInspection()), () -> assertTrue(router.isHttpsOnlyOutbound()),
                () -> assertFalse(router.isAllowsRelatedInbound()),
                () -> assertEquals("dyndns.example", router.getDynDnsProvider(), "column not in the file"));

        importing(CsvKind.ROUTERS, "id,site,kind,tlsInspection,allowsRelatedInbound\nrtr-hh,site-hh,company,,\n");
        assertAll(() -> assertFalse(router.isTlsInspection()),
                () -> assertTrue(router.isAllowsRelatedInbound(), "the model's default is true"),
                () -> assertTrue(router.isHttpsOnlyOutbound(), "column not in the file"));
    }

    @Test
    void badOutboundSettingsAndOutboundSettingsOfAHomeRouterAreRefused() {
        List<String> errors = refused(CsvKind.ROUTERS, """
                id,site,kind,tlsInspection,httpsOnlyOutbound,allowsRelatedInbound
                rtr-hh,site-hh,company,yes,false,true
                rtr-home-hansen,site-home-hansen,home,,true,
                """);
        assertEquals(List.of(
                "routers.csv:2: column 'tlsInspection': 'yes' is not true or false",
                "routers.csv:3: column 'httpsOnlyOutbound': applies to company routers only; leave it empty for a "
                        + "home router"), errors);
    }

    // --- outbound allowances

    @Test
    void anOutboundAllowanceIsFoundByRouterProtocolHostAndPort() throws Exception {
        CsvImportResult result = importing(CsvKind.OUTBOUND_ALLOWANCES, """
                router,host,port,protocol,description
                rtr-hh,188.64.18.50,443,TCP,primary load balancer
                rtr-hh,UPDATES.example.com,,,Firmware updates
                rtr-hh,188.64.18.51,1194,UDP,RSP.servicelink over UDP
                """);
        List<OutboundAllowance> allowances = ((CompanyRouter) byId("rtr-hh")).getOutboundAllowances();
        assertAll(() -> assertEquals("3 outbound-allowances: 2 new, 1 updated", result.toString()),
                () -> assertEquals(6, allowances.size()),
                () -> assertEquals("primary load balancer", allowances.get(0).getDescription()),
                () -> assertEquals("UPDATES.example.com", allowances.get(4).getHost()),
                () -> assertEquals(443, allowances.get(4).getPort(), "empty: the model's default"),
                () -> assertEquals(TransportProtocol.TCP, allowances.get(4).getProtocol()),
                () -> assertEquals(1194, allowances.get(5).getPort()),
                () -> assertEquals(TransportProtocol.UDP, allowances.get(5).getProtocol()));

        CsvImportResult again = importing(CsvKind.OUTBOUND_ALLOWANCES, """
                router,host,description
                rtr-hh,updates.EXAMPLE.com,Firmware and app updates
                """);
        assertAll(() -> assertEquals("1 outbound-allowances: 0 new, 1 updated", again.toString(),
                "a DNS name is found without regard to case"),
                () -> assertEquals("Firmware and app updates", allowances.get(4).getDescription()));
    }

    @Test
    void badOutboundAllowancesAreReportedWithLineAndColumn() {
        List<String> errors = refused(CsvKind.OUTBOUND_ALLOWANCES, """
                router,host,port,protocol,description
                rtr-hh,188.64.18.50,0,TCP,
                rtr-hh,188.64.18.50,443,SCTP,
                rtr-home-hansen,188.64.18.50,443,TCP,
                rtr-hh,,443,TCP,no host
                rtr-hh,Updates.Example.com,443,TCP,
                rtr-hh,updates.example.com,,,
                """);
        assertEquals(List.of(
                "outbound-allowances.csv:2: column 'port': '0' is not a port; write a number from 1 to 65535 "
                        + "(HTTPS and RSP.servicelink: 443)",
                "outbound-allowances.csv:3: column 'protocol': 'SCTP' is not one of TCP, UDP, TCP_UDP",
                "outbound-allowances.csv:4: column 'router': 'rtr-home-hansen' is a HomeRouter, not a company "
                        + "router; the estate has rtr-hh",
                "outbound-allowances.csv:5: column 'host': empty; write the address or DNS name of the destination "
                        + "the router lets through",
                "outbound-allowances.csv:7: the same outbound allowance as line 6 "
                        + "(rtr-hh TCP updates.example.com:443); an object may appear once per file, merge the two rows"), errors);
    }

    // --- forwarding rules

    @Test
    void aForwardingRuleIsFoundByRouterProtocolAndExternalPorts() throws Exception {
        CsvImportResult result = importing(CsvKind.FORWARDING_RULES, """
                router,protocol,externalPorts,internalPorts,internalHost,description,enabled
                rtr-hh,UDP,30274-30529,30274-30529,10.10.0.21,RTP moved,false
                rtr-hh,TCP,5061,5061,10.10.0.20,wrong,
                """);
        List<PortForwardingRule> rules = DemoEstates.all(estate, PortForwardingRule.class);
        PortForwardingRule rtp = rules.stream().filter(r -> "RTP moved".equals(r.getDescription())).findFirst()
                .orElseThrow();
        assertAll(() -> assertEquals("2 forwarding-rules: 1 new, 1 updated", result.toString()),
                () -> assertEquals(10, rules.size()),
                () -> assertEquals("10.10.0.21", rtp.getInternalHost()),
                () -> assertFalse(rtp.isEnabled()),
                () -> assertEquals(PortRange.of(5061), rules.get(9).getExternalPorts()),
                () -> assertEquals(TransportProtocol.TCP, rules.get(9).getProtocol()));
    }

    @Test
    void badPortRangesAndRulesOnHomeRoutersAreRefused() {
        List<String> errors = refused(CsvKind.FORWARDING_RULES, """
                router,protocol,externalPorts,internalPorts
                rtr-hh,UDP,30529-30274,30274-30529
                rtr-home-hansen,TCP,4060,70000
                rtr-hh,UDP,5070,5070
                rtr-hh,UDP,5070,5072
                """);
        assertEquals(List.of(
                "forwarding-rules.csv:2: column 'externalPorts': '30529-30274' is not a port or port range; write a "
                        + "port from 1 to 65535 (e.g. 4060) or a range first-last (e.g. 30274-30529)",
                "forwarding-rules.csv:3: column 'router': 'rtr-home-hansen' is a HomeRouter, not a company router; "
                        + "the estate has rtr-hh",
                "forwarding-rules.csv:3: column 'internalPorts': '70000' is not a port or port range; write a port "
                        + "from 1 to 65535 (e.g. 4060) or a range first-last (e.g. 30274-30529)",
                "forwarding-rules.csv:5: the same forwarding rule as line 4 (rtr-hh UDP 5070); an object may appear "
                        + "once per file, merge the two rows"), errors);
    }
}
