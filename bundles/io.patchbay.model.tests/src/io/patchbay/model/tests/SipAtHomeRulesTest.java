package io.patchbay.model.tests;

import static io.patchbay.model.tests.RuleAssertions.assertBroken;
import static io.patchbay.model.tests.RuleAssertions.assertKept;

import org.junit.jupiter.api.Test;

import io.patchbay.model.DeviceModel;
import io.patchbay.model.LanInterface;
import io.patchbay.model.PortRange;
import io.patchbay.model.SignallingTransport;
import io.patchbay.model.SoftwareVersion;
import io.patchbay.model.TransportProtocol;
import io.patchbay.model.validation.Severity;

/** SIP@Home rules (F-20 to F-26) on the fixture: each kept in one case and broken in another. */
class SipAtHomeRulesTest {

    private final Fixture f = new Fixture();

    private static final String YEALINK = "Hansen Yealink (Yealink T41P, 36.72.0.57, at home)";

    @Test
    void f20KeptOnV1R32() {
        f.system.setRelease(SoftwareVersion.parse("V1R3.2"));
        assertKept(f, "F-20");
    }

    @Test
    void f20BrokenBySipDeviceAtHomeWithoutSbcFlag() {
        f.hansen.setSbcFlag(false);
        assertBroken(f, "F-20", Severity.ERROR, f.hansen, "Station 102 (Lars Hansen): has a SIP device at home but the "
                + "SBC flag is off (F-20); set \"Internet Registration with internal SBC\" after enabling authentication "
                + "with a strong password");
    }

    @Test
    void f20BrokenByAReleaseBeforeV1R32() {
        f.system.setRelease(SoftwareVersion.parse("V1R3.1"));
        assertBroken(f, "F-20", Severity.ERROR, f.system,
                "Acme PBX (X3, V1R3.1): SIP@Home needs V1R3.2 or later (F-20); upgrade the system");
    }

    @Test
    void f21KeptOnLan1WithTheFirewallOff() {
        f.system.setInternetInterface(LanInterface.LAN1_WAN);
        f.system.setWanFirewallEnabled(false);
        assertKept(f, "F-21");
    }

    @Test
    void f21BrokenOnLan1WithTheFirewallOn() {
        f.system.setInternetInterface(LanInterface.LAN1_WAN);
        assertBroken(f, "F-21", Severity.ERROR, f.system, "Acme PBX (X3, V2R7): SIP@Home is used on LAN1/WAN with the "
                + "firewall on that interface switched on (F-21); switch the LAN1/WAN firewall off, or connect the "
                + "system through LAN2");
    }

    @Test
    void f22KeptWithOldPortsBeforeV2R3() {
        f.system.setRelease(SoftwareVersion.parse("V2R2"));
        f.system.setSipInternetPort(5060);
        assertKept(f, "F-22");
    }

    @Test
    void f22BrokenByAMigratedSystemKeeping5060() {
        f.system.setSipInternetPort(5060);
        assertBroken(f, "F-22", Severity.ERROR, f.system, "Acme PBX (X3, V2R7): external SIP port is 5060, not 5070 "
                + "(kept from an older release?) (F-22); change it to 5070 by hand");
    }

    @Test
    void f23KeptWithUdpAndTcpInOneRule() {
        f.router.getPortForwardingRules().remove(f.forwarding(TransportProtocol.UDP, "5070"));
        f.forwarding(TransportProtocol.TCP, "5070").setProtocol(TransportProtocol.TCP_UDP);
        assertKept(f, "F-23");
    }

    @Test
    void f23BrokenByForwardingTheInternalSipPort() {
        var sip = f.forward(TransportProtocol.UDP, "5060", "5060");
        assertBroken(f, "F-23", Severity.ERROR, sip, "Forwarding UDP 5060 \u2192 10.0.0.2:5060: forwards an internal "
                + "SIP port (5060, 5061, 5062) (F-23); remove the rule: SIP@Home uses 5070 and 5071 only");
    }

    @Test
    void f23BrokenByTlsNotKeepingItsPort() {
        var tls = f.forwarding(TransportProtocol.TCP, "5071");
        tls.setInternalPorts(PortRange.of(5061));
        f.router.getPortForwardingRules().remove(tls);
        var moved = f.forward(TransportProtocol.TCP, "5071", "5063");
        assertBroken(f, "F-23", Severity.ERROR, moved, "Forwarding TCP 5071 \u2192 10.0.0.2:5063: SIP@Home TLS must be "
                + "forwarded as TCP 5071 \u2192 10.0.0.2:5071 (F-23); change the rule to TCP 5071 \u2192 10.0.0.2:5071");
    }

    @Test
    void f25KeptWithTheTestedYealinkFirmware() {
        assertKept(f, "F-25");
    }

    @Test
    void f25BrokenByAT19pWithOtherFirmware() {
        f.hansenYealink.setModel(DeviceModel.YEALINK_T19P);
        f.hansenYealink.setFirmware(SoftwareVersion.parse("31.72.0.50"));
        assertBroken(f, "F-25", Severity.ERROR, f.hansenYealink, "Hansen Yealink (Yealink T19P, 31.72.0.50, at home): "
                + "firmware 31.72.0.50 is unusable for SIP@Home; only 31.72.0.48 works (F-25); install firmware "
                + "31.72.0.48");
    }

    @Test
    void f25BrokenByAServerPortThatIsNotTheExternalSipPort() {
        f.hansenYealink.setGatewayPort(5060);
        assertBroken(f, "F-25", Severity.ERROR, f.hansenYealink, YEALINK + ": server port is 5060, not the external "
                + "SIP port 5070 (F-25); set the server port to 5070");
    }

    @Test
    void f26KeptWithUdpAndStunOnLan1() {
        f.system.setInternetInterface(LanInterface.LAN1_WAN);
        assertKept(f, "F-26");
    }

    @Test
    void f26BrokenWithoutStun() {
        f.hansenYealink.setStun(false);
        assertBroken(f, "F-26", Severity.ERROR, f.hansenYealink, YEALINK + ": has no STUN; SIP endpoints at home "
                + "cannot work without it (F-26); enable STUN (server and port 3478)");
    }

    @Test
    void f26BrokenByTlsOnLan1() {
        f.system.setInternetInterface(LanInterface.LAN1_WAN);
        f.hansenYealink.setTransport(SignallingTransport.TLS);
        assertBroken(f, "F-26", Severity.ERROR, f.hansenYealink, YEALINK + ": uses TLS but the system faces the "
                + "internet on LAN1/WAN; TLS works on the LAN interface only (F-26); use UDP, or connect the system "
                + "through LAN2");
    }
}
