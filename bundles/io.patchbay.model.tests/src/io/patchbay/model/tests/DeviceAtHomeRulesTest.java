package io.patchbay.model.tests;

import static io.patchbay.model.tests.RuleAssertions.assertBroken;
import static io.patchbay.model.tests.RuleAssertions.assertKept;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.patchbay.model.ClassOfService;
import io.patchbay.model.Codec;
import io.patchbay.model.LanInterface;
import io.patchbay.model.NatType;
import io.patchbay.model.Place;
import io.patchbay.model.PortRange;
import io.patchbay.model.SignallingTransport;
import io.patchbay.model.SipAlg;
import io.patchbay.model.SoftwareVersion;
import io.patchbay.model.SystemModel;
import io.patchbay.model.TlsRenegotiation;
import io.patchbay.model.TransportProtocol;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Severity;

/** Device@Home rules (F-01 to F-18) on the fixture: each kept in one case and broken in another. */
class DeviceAtHomeRulesTest {

    private final Fixture f = new Fixture();

    private static final String PBX = "Acme PBX (X3, V2R7)";
    private static final String PETERSEN_PHONE = "Petersen phone (OpenScape DeskPhone CP600 HFA, V1 R9.2.0, at home)";

    @Test
    void theFixtureKeepsEveryRule() {
        assertEquals(List.of(), EstateValidation.validate(f.estate));
    }

    @Test
    void f01KeptWhenOnlyOfficeDevicesUseLan1() {
        f.system.getDevices().removeIf(d -> d.getPlace() == Place.HOME);
        f.system.getStations().forEach(s -> s.setSbcFlag(false));
        f.system.setInternetInterface(LanInterface.LAN1_WAN);
        f.trunk.setLanInterface(LanInterface.LAN1_WAN);
        assertKept(f, "F-01");
    }

    @Test
    void f01BrokenByDeviceAtHomeOnLan1() {
        f.system.setInternetInterface(LanInterface.LAN1_WAN);
        assertBroken(f, "F-01", Severity.ERROR, f.system, PBX + ": Device@Home is used but the system faces the "
                + "internet on LAN1/WAN (F-01); connect it to the internet through an access router on LAN2");
    }

    @Test
    void f02KeptWhenAnInactiveTrunkUsesTheOtherInterface() {
        f.trunk.setActive(false);
        f.trunk.setLanInterface(LanInterface.LAN1_WAN);
        assertKept(f, "F-02");
    }

    @Test
    void f02BrokenByATrunkOnTheOtherInterface() {
        f.trunk.setLanInterface(LanInterface.LAN1_WAN);
        assertBroken(f, "F-02", Severity.ERROR, f.trunk, "ITSP trunk SIP trunk (sip.provider.example): uses LAN1_WAN "
                + "but the internet devices use LAN2 (F-02); put the trunk on LAN2");
    }

    @Test
    void f03KeptWithPortRestrictedNat() {
        assertKept(f, "F-03");
    }

    @Test
    void f03BrokenBySymmetricNatOnTheCompanyRouter() {
        f.router.setNatType(NatType.SYMMETRIC);
        assertBroken(f, "F-03", Severity.ERROR, f.router, "Company router Acme internet router: has symmetric NAT, "
                + "which devices on the internet cannot work through (if detected: outbound filtering can make NAT "
                + "look symmetric) (F-03); use a router with VoIP-capable NAT, or open the forwarded ports outbound too");
    }

    @Test
    void f04KeptWithoutSipAlg() {
        f.homeRouter.setSipAlg(SipAlg.NOT_PRESENT);
        assertKept(f, "F-04");
    }

    @Test
    void f04BrokenByAnEnabledSipAlg() {
        f.homeRouter.setSipAlg(SipAlg.ENABLED);
        assertBroken(f, "F-04", Severity.ERROR, f.homeRouter,
                "Home router Petersen home router: has its SIP ALG enabled (F-04); switch the SIP ALG off");
    }

    @Test
    void f05KeptWhenAnItspTrunkHasItsOwnStunServer() {
        f.system.setStunServer(null);
        f.trunk.setStunServer("stun.provider.example");
        assertKept(f, "F-05");
    }

    @Test
    void f05BrokenWithoutAnyStunServer() {
        f.system.setStunServer(null);
        assertBroken(f, "F-05", Severity.ERROR, f.system, PBX + ": no STUN server: no active ITSP trunk has one and "
                + "no default STUN server is set (F-05); set a default STUN server (port 3478)");
    }

    @Test
    void f06KeptWithOneInternetCall() {
        f.system.setSimultaneousInternetCalls(1);
        assertKept(f, "F-06");
    }

    @Test
    void f06BrokenByZeroInternetCalls() {
        f.system.setSimultaneousInternetCalls(0);
        assertBroken(f, "F-06", Severity.ERROR, f.system, PBX + ": the number of simultaneous internet calls is 0 "
                + "(F-06); set \"Upstream up to (Kbps)\" so that at least one internet call is possible");
    }

    @Test
    void f07KeptWhenAStationWithoutSbcFlagHasNoAuthentication() {
        f.reception.setAuthentication(false);
        f.reception.setClassOfService(ClassOfService.UNRESTRICTED);
        assertKept(f, "F-07");
    }

    @Test
    void f07BrokenBySbcFlagWithoutAuthentication() {
        f.petersen.setAuthentication(false);
        assertBroken(f, "F-07", Severity.ERROR, f.petersen, "Station 101 (Jana Petersen): SBC flag set but "
                + "authentication is off (F-07); enable authentication and set a strong password");
    }

    @Test
    void f07BrokenByAWeakPasswordPolicy() {
        f.system.getPasswordPolicy().setMinimumLength(6);
        assertBroken(f, "F-07", Severity.ERROR, f.system, PBX + ": stations have the SBC flag but the password policy "
                + "is weak (6 characters, 3 character classes) (F-07); require at least 8 characters and 3 character "
                + "classes");
    }

    @Test
    void f07WarnsOfTollFraudWithInternationalClassOfService() {
        f.petersen.setClassOfService(ClassOfService.INTERNATIONAL);
        assertBroken(f, "F-07", Severity.WARNING, f.petersen, "Station 101 (Jana Petersen): reachable from the "
                + "internet with class of service INTERNATIONAL (toll fraud risk) (F-07); reduce the class of service "
                + "to NATIONAL or lower");
    }

    @Test
    void f08KeptWithTheSystemPorts() {
        assertKept(f, "F-08");
    }

    @Test
    void f08BrokenByAChangedHfaPort() {
        f.system.setHfaPort(4060);
        assertBroken(f, "F-08", Severity.ERROR, f.system, PBX + ": HFA port is 4060, not 4062 (F-08); set it back to "
                + "4062: the system ports must not be changed");
    }

    @Test
    void f09KeptWithTheRangeOfModelSSetOnAnS() {
        f.system.setModel(SystemModel.S);
        f.system.setRtpPortRange(PortRange.parse("30528-30887"));
        assertKept(f, "F-09");
    }

    @Test
    void f09BrokenByTheRangeOfModelSOnAnX3() {
        f.system.setRtpPortRange(PortRange.parse("30528-30887"));
        assertBroken(f, "F-09", Severity.ERROR, f.system, PBX + ": RTP port range is 30528-30887, not 30274-30529 as "
                + "on model X3 (F-09); set the RTP port range to UDP 30274-30529");
    }

    @Test
    void f10KeptWithoutHttpsAndDliForwardsWhenNeitherIsUsed() {
        f.system.setDliEnabled(false);
        f.system.getDevices().removeAll(List.of(f.petersenPhone, f.yilmazSmartphone));
        f.router.getPortForwardingRules().removeAll(List.of(f.forwarding(TransportProtocol.TCP, "8802"),
                f.forwarding(TransportProtocol.TCP, "18443"), f.forwarding(TransportProtocol.TCP, "8804")));
        assertKept(f, "F-10");
    }

    @Test
    void f10BrokenByAMissingRtpForward() {
        f.router.getPortForwardingRules().remove(f.forwarding(TransportProtocol.UDP, "30274-30529"));
        assertBroken(f, "F-10", Severity.ERROR, f.router, "Company router Acme internet router: the forwarding for "
                + "RTP is missing (F-10); add UDP 30274-30529 \u2192 10.0.0.2:30274-30529");
    }

    @Test
    void f10BrokenByAWrongInternalPort() {
        var hfa = f.forwarding(TransportProtocol.TCP_UDP, "4060");
        hfa.setInternalPorts(PortRange.of(4060));
        assertBroken(f, "F-10", Severity.ERROR, hfa, "Forwarding TCP/UDP 4060 \u2192 10.0.0.2:4060: HFA must be "
                + "forwarded as TCP/UDP 4060 \u2192 10.0.0.2:4062 (F-10); change the rule to TCP/UDP 4060 \u2192 "
                + "10.0.0.2:4062");
    }

    @Test
    void f10WarnsOfAnExtraDliForwardWithoutSoftwareDeployment() {
        f.system.setDliEnabled(false);
        f.router.getPortForwardingRules().remove(f.forwarding(TransportProtocol.TCP, "8804"));
        var dli = f.forwarding(TransportProtocol.TCP, "18443");
        assertBroken(f, "F-10", Severity.WARNING, dli, "Forwarding TCP 18443 \u2192 10.0.0.2:18443: forwards ports "
                + "that no feature in use needs (F-10); remove the rule");
    }

    @Test
    void f11KeptWhenNoDeskPhoneIsAtHome() {
        f.system.setDliEnabled(false);
        f.petersenPhone.setPlace(Place.OFFICE);
        assertKept(f, "F-11");
    }

    @Test
    void f11WarnsWhenPhonesAtHomeGetNoUpdates() {
        f.system.setDliEnabled(false);
        assertBroken(f, "F-11", Severity.WARNING, f.system, PBX + ": 1 phone(s) at home get no software updates: "
                + "software deployment (DLI) is off (F-11); enable software deployment to devices at home (it uses "
                + "DLI 18443 and HTTPS 8804)");
    }

    @Test
    void f12KeptWithoutTlsWhenTheStationHasNoSpe() {
        f.petersen.setSpeEnabled(false);
        f.petersenPhone.setTransport(SignallingTransport.TCP);
        f.petersenPhone.setTlsRenegotiation(TlsRenegotiation.LEGACY);
        assertKept(f, "F-12");
    }

    @Test
    void f12BrokenByAGatewayThatIsNotThePublicAddress() {
        f.petersenPhone.setGateway("10.0.0.2");
        assertBroken(f, "F-12", Severity.ERROR, f.petersenPhone, PETERSEN_PHONE + ": gateway is 10.0.0.2, not the "
                + "system's public address pbx.acme.example (F-12); set the gateway to pbx.acme.example");
    }

    @Test
    void f12BrokenByInsecureRenegotiationWithSpe() {
        f.petersenPhone.setTlsRenegotiation(TlsRenegotiation.LEGACY);
        assertBroken(f, "F-12", Severity.ERROR, f.petersenPhone, PETERSEN_PHONE + ": SPE is on but TLS renegotiation "
                + "is not secure (F-12); set TLS renegotiation to secure (RFC 5746)");
    }

    @Test
    void f13KeptAtExactlyTheMinimumFirmware() {
        f.petersenPhone.setFirmware(SoftwareVersion.parse("V1 R2.8.0"));
        assertKept(f, "F-13");
    }

    @Test
    void f13BrokenByOldFirmwareAtHome() {
        f.petersenPhone.setFirmware(SoftwareVersion.parse("V1 R2.7.9"));
        assertBroken(f, "F-13", Severity.ERROR, f.petersenPhone, "Petersen phone (OpenScape DeskPhone CP600 HFA, "
                + "V1 R2.7.9, at home): firmware V1 R2.7.9 is below the minimum V1 R2.8.0 of OpenScape DeskPhone CP600 "
                + "HFA for Device@Home (F-13); update the firmware to V1 R2.8.0 or later");
    }

    @Test
    void f13BrokenByMyPortalAtWorkOnAnOlderSystem() {
        f.yilmazSmartphone.setModel(io.patchbay.model.DeviceModel.MYPORTAL_AT_WORK);
        f.yilmazSmartphone.setFirmware(SoftwareVersion.parse("V2.0.13"));
        f.system.setRelease(SoftwareVersion.parse("V2R6"));
        assertBroken(f, "F-13", Severity.ERROR, f.yilmazSmartphone, "Yilmaz smartphone (myPortal @work, V2.0.13, at "
                + "home): myPortal @work at home needs the system on V2R7 or later (F-13); upgrade the system to V2R7");
    }

    @Test
    void f14KeptWithTlsOnLan2() {
        assertKept(f, "F-14");
    }

    @Test
    void f14BrokenBySrtpWithSdesAtHome() {
        f.petersenPhone.setSrtpSdes(true);
        assertBroken(f, "F-14", Severity.ERROR, f.petersenPhone, PETERSEN_PHONE + ": uses SRTP with SDES, which is "
                + "not supported at home (F-14); switch SRTP with SDES off on the device");
    }

    @Test
    void f15KeptAtExactly60ChannelsOnAnX3() {
        f.system.setPlannedItspCalls(40);
        f.system.setPlannedCircuitCalls(5);
        f.system.setPlannedHomeCalls(15);
        assertKept(f, "F-15");
    }

    @Test
    void f15BrokenByMoreCallsThanRtpProxyChannels() {
        f.system.setPlannedItspCalls(50);
        f.system.setPlannedHomeCalls(11);
        assertBroken(f, "F-15", Severity.ERROR, f.system, PBX + ": plans 61 concurrent ITSP, Circuit and home calls "
                + "but has only 60 RTP proxy channels (F-15); plan at most 60 such calls or move some to another "
                + "system");
    }

    @Test
    void f15KeptWith61CallsOnAnS() {
        f.system.setModel(SystemModel.S);
        f.system.setPlannedItspCalls(50);
        f.system.setPlannedHomeCalls(11);
        assertKept(f, "F-15");
    }

    @Test
    void f16KeptWithG711OverWifi() {
        f.yilmazSmartphone.setCodec(Codec.G711);
        assertKept(f, "F-16");
    }

    @Test
    void f16BrokenByVoipOverMobileData() {
        f.yilmazSmartphone.setMobileDataVoip(true);
        assertBroken(f, "F-16", Severity.ERROR, f.yilmazSmartphone, "Yilmaz smartphone (myPortal to go Android, "
                + "V2R2.26.19, at home): makes VoIP calls over mobile data; only Wi-Fi is supported (F-16); allow VoIP "
                + "over Wi-Fi only");
    }

    @Test
    void f18KeptWithAStaticIpAddress() {
        f.system.setPublicAddressDynamic(false);
        f.system.setPublicAddress("203.0.113.1");
        f.router.setDynDnsHostName(null);
        f.petersenPhone.setGateway("203.0.113.1");
        f.petersenPhone.setDlsAddress("203.0.113.1");
        assertKept(f, "F-18");
    }

    @Test
    void f18BrokenByADynamicAddressGivenAsIp() {
        f.system.setPublicAddress("203.0.113.1");
        assertBroken(f, "F-18", Severity.ERROR, f.system, "Acme PBX (X3, V2R7): the public address is dynamic but is "
                + "given as IP address 203.0.113.1 (F-18); use a DynDNS name as the public address");
    }

    @Test
    void f18WarnsOfAFreeDynDnsAccount() {
        f.router.setDynDnsFreeAccount(true);
        assertBroken(f, "F-18", Severity.WARNING, f.router, "Company router Acme internet router: uses a free DynDNS "
                + "account for pbx.acme.example, which expires and breaks Device@Home (F-18); use a paid DynDNS account");
    }
}
