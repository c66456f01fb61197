package io.patchbay.livetest.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestReport;
import io.patchbay.livetest.Outcome;
import io.patchbay.simulator.BuffaloRouterTwin;
import io.patchbay.simulator.estate.EstateSimulation;

/**
 * The company router's forwards as the simulation carries them out: what its twin's NAT table holds. Pushed by
 * Patchbay, they pass; changed on the router behind Patchbay's back (its web UI, then a reboot), a forward missing
 * leaves its port closed (F-10) and a SIP forward to another port inside does not reach the system's SIP port (F-23).
 */
class RouterForwardsLiveTest {

    @TempDir
    Path folder;

    @Test
    void aMissingHfaForwardFailsF10AndASipForwardToAnotherPortFailsF23() throws Exception {
        try (EstateSimulation simulation = Fixture.simulateDemo(folder, null)) {
            Fixture.apply(simulation, "portforward");
            BuffaloRouterTwin router = simulation.router("rtr-hh").orElseThrow();
            String pushed = router.nvram("forward_spec").orElseThrow();
            assertTrue(pushed.contains(":4060>") && pushed.contains(":5070>"), "the push forwards HFA and SIP: " + pushed);
            List<String> changed = new ArrayList<>();
            for (String entry : pushed.strip().split("\\s+")) {
                // name:on:proto:ext>ip:int
                String[] sides = entry.split(">");
                String[] outside = sides[0].split(":");
                String[] inside = sides[1].split(":");
                if (outside[3].equals("4060")) {
                    continue; // somebody deleted the HFA forward
                }
                if (outside[3].equals("5070") && !outside[2].equals("udp")) { // SIP over TCP to another port inside
                    if (outside[2].equals("both")) {
                        changed.add(outside[0] + "-udp:on:udp:5070>" + sides[1]);
                    }
                    changed.add(outside[0] + ":on:tcp:5070>" + inside[0] + ":5080");
                    continue;
                }
                changed.add(entry);
            }
            router.setNvram("forward_spec", String.join(" ", changed));
            router.reboot();

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

            Fixture.apply(simulation, "portforward"); // pushing the estate again mends the router
            LiveTestReport mended = Fixture.run(Fixture.load(simulation), "device-at-home", "sip-at-home");
            assertTrue(mended.passed(), Fixture.describe(mended));
        }
    }
}
