package io.patchbay.model.tests;

import static io.patchbay.model.tests.RuleAssertions.assertBroken;
import static io.patchbay.model.tests.RuleAssertions.assertKept;

import org.junit.jupiter.api.Test;

import io.patchbay.model.PortRange;
import io.patchbay.model.RsipClient;
import io.patchbay.model.RsipMode;
import io.patchbay.model.validation.Severity;

/** RSIP rules (F-51 to F-54) on the fixture: each kept in one case and broken in another. */
class RsipRulesTest {

    private final Fixture f = new Fixture();

    private static final String SERVER = "RSIP server Acme RSIP gateway";

    @Test
    void f51KeptWithFiveClientsAndMaxClientsZeroOnOneAddress() {
        f.rsip.setMaxClients(0);
        for (int i = 2; i <= 5; i++) {
            f.addRsipClient("client-" + i, "10.0.0.4" + i, RsipMode.RSAP_IP, null);
        }
        assertKept(f, "F-51");
    }

    @Test
    void f51BrokenBySixClientsWithMaxClientsZeroOnOneAddress() {
        f.rsip.setMaxClients(0);
        for (int i = 2; i <= 6; i++) {
            f.addRsipClient("client-" + i, "10.0.0.4" + i, RsipMode.RSAP_IP, null);
        }
        assertBroken(f, "F-51", Severity.ERROR, f.rsip, SERVER + ": 6 clients but MAX_CLIENTS admits 5 (the others get "
                + "\"Unable to register\") (F-51); raise MAX_CLIENTS to at least 6");
    }

    @Test
    void f51BrokenByAMissingPool() {
        f.rsip.setPool(" ");
        assertBroken(f, "F-51", Severity.ERROR, f.rsip, SERVER + ": rsipd.conf lacks POOL (F-51); set POOL");
    }

    @Test
    void f52KeptWithPortRangeRightBelowTheLocalRange() {
        f.rsip.setPortRange(PortRange.parse("20000-32767"));
        assertKept(f, "F-52");
    }

    @Test
    void f52BrokenByPortRangeOverlappingTheLocalRange() {
        f.rsip.setPortRange(PortRange.parse("30000-40000"));
        assertBroken(f, "F-52", Severity.ERROR, f.rsip, SERVER + ": PORT_RANGE 30000-40000 overlaps the gateway's own "
                + "ip_local_port_range 32768-60999 (F-52); move PORT_RANGE outside 32768-60999");
    }

    @Test
    void f52WarnsOfAListenRangeMaskingSsh() {
        f.rsip.setListenRange(PortRange.parse("1-1023"));
        assertBroken(f, "F-52", Severity.WARNING, f.rsip, SERVER + ": LISTEN_RANGE 1-1023 includes the gateway's own "
                + "port 22; a listen bind would mask it (F-52); keep LISTEN_RANGE clear of port 22");
    }

    @Test
    void f53KeptWithAdjacentBindsOfTwoClients() {
        f.addRsipClient("client-2", "10.0.0.42", RsipMode.RSAP_IP, "20255-20509");
        assertKept(f, "F-53");
    }

    @Test
    void f53BrokenByOverlappingBindsOfTwoClients() {
        RsipClient second = f.addRsipClient("client-2", "10.0.0.42", RsipMode.RSAP_IP, "20200-20454");
        assertBroken(f, "F-53", Severity.ERROR, second.getBinds().get(0), "Bind UDP 20200-20454: overlaps Bind UDP "
                + "20000-20254 of RSIP client Scanner gateway (10.0.0.41); the server refuses it (F-53); bind ports no "
                + "other client holds");
    }

    @Test
    void f53BrokenByABindOutsidePortRange() {
        f.rsipBind.setPorts(PortRange.parse("19900-20154"));
        assertBroken(f, "F-53", Severity.ERROR, f.rsipBind, "Bind UDP 19900-20154: lies outside PORT_RANGE "
                + "20000-24999 (F-53); bind ports within 20000-24999");
    }

    @Test
    void f54KeptWithTheVendorExample() {
        f.rsip.setExternalInterfaceMtu(1500);
        f.rsip.setMtu(1480);
        f.rsipClient.setMtu(1400);
        assertKept(f, "F-54");
    }

    @Test
    void f54BrokenByAClientEndAboveTheServerEnd() {
        f.rsipClient.setMtu(1480);
        assertBroken(f, "F-54", Severity.ERROR, f.rsipClient, "RSIP client Scanner gateway (10.0.0.41): client MTU 1480 "
                + "is not below the server end's 1480 (F-54); set it below 1480 (e.g. 1400 with 1480)");
    }
}
