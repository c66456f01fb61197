package io.patchbay.livetest.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestReport;
import io.patchbay.livetest.Outcome;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.PortForwardingRule;
import io.patchbay.model.PortRange;
import io.patchbay.model.TransportProtocol;
import io.patchbay.simulator.estate.EstateSimulation;

/**
 * The company router's forwards as the simulation carries them out: a rule missing from the router leaves its port
 * closed (F-10), a SIP forward to another port inside does not reach the system's SIP port (F-23).
 */
class RouterForwardsLiveTest {

    @TempDir
    Path folder;

    @Test
    void aMissingHfaForwardFailsF10AndASipForwardToAnotherPortFailsF23() throws Exception {
        try (EstateSimulation simulation = Fixture.simulateDemo(folder, estate -> {
            CompanyRouter router = Fixture.find(estate, CompanyRouter.class, "rtr-hh");
            router.getPortForwardingRules().removeIf(r -> r.getExternalPorts().equals(PortRange.of(4060)));
            for (PortForwardingRule rule : router.getPortForwardingRules()) {
                if (rule.getProtocol() == TransportProtocol.TCP && rule.getExternalPorts().equals(PortRange.of(5070))) {
                    rule.setInternalPorts(PortRange.of(5080)); // does not keep the port (F-23)
                }
            }
        })) {
            LiveTestReport report = Fixture.run(Fixture.load(simulation), "device-at-home", "sip-at-home");
            String all = Fixture.describe(report);
            CheckResult hfa = Fixture.check(report, "device-at-home", "pbx-hh", "forward HFA TCP 4060");
            CheckResult encrypted = Fixture.check(report, "device-at-home", "pbx-hh", "forward HFA encrypted");
            CheckResult sipTcp = Fixture.check(report, "sip-at-home", "pbx-hh", "forward TCP 5070");
            CheckResult sipUdp = Fixture.check(report, "sip-at-home", "pbx-hh", "forward UDP 5070");
            assertAll(() -> assertEquals(Outcome.FAILED, hfa.outcome(), all),
                    () -> assertEquals("F-10", hfa.factId()),
                    () -> assertTrue(hfa.fix().startsWith("forward TCP/UDP 4060 → "), hfa::fix),
                    () -> assertEquals(Outcome.PASSED, encrypted.outcome(), all),
                    () -> assertEquals(List.of("F-10"), Fixture.result(report, "device-at-home", "pbx-hh")
                            .failedFacts(), all),
                    () -> assertEquals(Outcome.FAILED, sipTcp.outcome(), all),
                    () -> assertEquals("F-23", sipTcp.factId()),
                    () -> assertTrue(sipTcp.fix().contains("the same port outside and inside"), sipTcp::fix),
                    () -> assertEquals(Outcome.PASSED, sipUdp.outcome(), all),
                    () -> assertEquals(Outcome.PASSED, Fixture.result(report, "sip-at-home", "pbx-hl").outcome(),
                            "the Lübeck system has no company router in between: " + all));
        }
    }
}
