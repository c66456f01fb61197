package io.patchbay.livetest.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.simulator.estate.EstateSimulation;

/** {@code patchbay test} end to end: the command line over the simulated demo estate, text and JSON, exit codes. */
class TestCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) throws InterruptedException {
        Fixture.service(io.patchbay.livetest.LiveTestRunner.class); // the command needs the runner registered
        return new CommandLauncher(Fixture.CONTEXT).execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void listsTheSuites() throws Exception {
        assertEquals(ExitCodes.OK, run("test", "--list"), err.toString());
        String text = out.toString();
        assertAll(() -> assertTrue(text.contains("device-at-home  Device@Home ready (F-03, F-05, F-10, F-14)"), text),
                () -> assertTrue(text.contains("sip-at-home     SIP@Home ready (F-22, F-23, F-24, F-27)"), text),
                () -> assertTrue(text.contains("rsip            RSIP server"), text),
                () -> assertTrue(text.contains("servicelink     RSP.servicelink reachable (F-41, F-42, F-60, F-61, F-62)"), text));
    }

    @Test
    void theSimulatedDemoEstatePassesWithExitZeroAndAJsonReport() throws Exception {
        try (EstateSimulation simulation = Fixture.simulateDemo(folder, null)) {
            Fixture.apply(simulation, "rsip");
            Fixture.apply(simulation, "portforward");
            int exit = run("test", simulation.simulatedEstate().toString(), "--format", "json", "--timeout", "2000");
            Map<String, Object> report = new Gson().fromJson(out.toString(), new TypeToken<Map<String, Object>>() {
            }.getType());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> results = (List<Map<String, Object>>) report.get("results");
            assertAll(() -> assertEquals(ExitCodes.OK, exit, out + err.toString()),
                    () -> assertEquals(Boolean.TRUE, report.get("passed")),
                    () -> assertEquals(6, results.size()),
                    () -> assertTrue(results.stream().allMatch(r -> r.get("outcome").equals("passed")), out::toString));
        }
    }

    @Test
    void aFailedCheckIsExitFourWithTheRuleAndTheFixInTheText() throws Exception {
        try (EstateSimulation simulation = Fixture.simulateDemo(folder, null)) {
            Estate estate = EstateResources.load(simulation.simulatedEstate());
            Fixture.find(estate, BuffaloRouter.class, "rtr-hl").setNtpServer(null);
            EstateResources.save(estate, simulation.simulatedEstate());
            int exit = run("test", simulation.simulatedEstate().toString(), "--suite", "servicelink", "--select",
                    "rtr-hl");
            String text = out.toString();
            assertAll(() -> assertEquals(ExitCodes.TESTS_FAILED, exit, text + err),
                    () -> assertTrue(text.contains(
                            "RSP.servicelink reachable — Buffalo router Lübeck Buffalo router: FAIL"), text),
                    () -> assertTrue(text.contains("  FAIL F-42  clock: "), text),
                    () -> assertTrue(text.contains("fix: set an NTP server on"), text),
                    () -> assertTrue(text.contains("  PASS F-41  endpoint primary load balancer"), text),
                    () -> assertTrue(text.contains("1 tested: 0 passed, 1 failed, 0 skipped"), text));
        }
    }

    @Test
    void usageErrorsAreExitTwo() throws Exception {
        Path estate = io.patchbay.demo.DemoEstate.installInto(folder);
        assertAll(() -> assertEquals(ExitCodes.USAGE, run("test")),
                () -> assertEquals(ExitCodes.USAGE, run("test", estate.toString(), "--suite", "no-such-suite")),
                () -> assertTrue(err.toString().contains("no live test suite 'no-such-suite'"), err::toString),
                () -> assertEquals(ExitCodes.USAGE, run("test", estate.toString(), "--select", "nobody")),
                () -> assertEquals(ExitCodes.USAGE, run("test", folder.resolve("missing.estate").toString())),
                () -> assertEquals(ExitCodes.USAGE, run("test", estate.toString(), "--timeout", "0")),
                () -> assertEquals(ExitCodes.USAGE, run("test", estate.toString(), "--parallel", "0")));
    }

    @Test
    void listsTheSuitesAsJson() throws Exception {
        assertEquals(ExitCodes.OK, run("test", "--list", "--format", "json"), err.toString());
        Map<String, List<Map<String, Object>>> list = new Gson().fromJson(out.toString(),
                new TypeToken<Map<String, List<Map<String, Object>>>>() {
                }.getType());
        assertEquals(List.of("device-at-home", "rsip", "servicelink", "sip-at-home"),
                list.get("suites").stream().map(s -> s.get("id")).toList());
        assertEquals(List.of("F-41", "F-42", "F-60", "F-61", "F-62"), list.get("suites").get(2).get("facts"));
    }
}
