package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.core.CredentialVault;
import io.patchbay.demo.DemoEstate;
import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestContext;
import io.patchbay.livetest.LiveTestRunner;
import io.patchbay.livetest.LiveTestSuite;
import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.simulator.estate.EstateSimulation;
import io.patchbay.testing.Services;

/** {@code patchbay test} end to end: the command line over the simulated demo estate, text and JSON, exit codes. */
class TestCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Services services = new Services();

    @AfterEach
    void release() {
        services.close();
    }

    private int run(String... args) {
        services.get(LiveTestRunner.class, null); // the command needs the runner registered
        return new CommandLauncher(FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext()).execute(args,
                new PrintWriter(out), new PrintWriter(err));
    }

    /** The demo estate copied into the test's folder, its twins and the simulation's peers running. */
    private EstateSimulation simulateDemo() throws Exception {
        return EstateSimulation.start(DemoEstate.installInto(folder), folder.resolve("twins"),
                services.get(CredentialVault.class, null));
    }

    /**
     * {@code patchbay apply SIMULATED --feature FEATURE --yes}, as an operator does before proving the estate: the
     * twins start as fresh devices do (a router forwards nothing, the RSIP host has the package's rsipd.conf).
     */
    private void apply(EstateSimulation simulation, String feature) {
        int exit = run("apply", simulation.simulatedEstate().toString(), "--feature", feature, "--yes");
        assertEquals(ExitCodes.OK, exit, "patchbay apply --feature " + feature + ": " + out + err);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    private static <T extends EObject> T find(Estate estate, Class<T> type, String id) {
        return type.cast(estate.eResource().getEObject(id));
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
        try (EstateSimulation simulation = simulateDemo()) {
            apply(simulation, "rsip");
            apply(simulation, "portforward");
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
        try (EstateSimulation simulation = simulateDemo()) {
            Estate estate = EstateResources.load(simulation.simulatedEstate());
            find(estate, BuffaloRouter.class, "rtr-hl").setNtpServer(null);
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
        Path estate = DemoEstate.installInto(folder);
        assertAll(() -> assertEquals(ExitCodes.USAGE, run("test")),
                () -> assertEquals(ExitCodes.USAGE, run("test", estate.toString(), "--suite", "no-such-suite")),
                () -> assertTrue(err.toString().contains("no live test suite 'no-such-suite'"), err::toString),
                () -> assertEquals(ExitCodes.USAGE, run("test", estate.toString(), "--select", "nobody")),
                () -> assertEquals(ExitCodes.USAGE, run("test", folder.resolve("missing.estate").toString())),
                () -> assertEquals(ExitCodes.USAGE, run("test", estate.toString(), "--timeout", "0")),
                () -> assertEquals(ExitCodes.USAGE, run("test", estate.toString(), "--parallel", "0")));
    }

    @Test
    void aSuiteRegisteredByAnotherBundleIsListed() {
        LiveTestSuite routersPerSite = new LiveTestSuite() {
            @Override
            public String id() {
                return "routers-per-site";
            }

            @Override
            public String name() {
                return "Routers per site";
            }

            @Override
            public String description() {
                return "Every site with a system has a router.";
            }

            @Override
            public List<String> facts() {
                return List.of("X-1");
            }

            @Override
            public List<EObject> targets(Estate estate) {
                return List.of();
            }

            @Override
            public List<CheckResult> run(EObject target, LiveTestContext context) {
                return List.of();
            }
        };
        ServiceRegistration<LiveTestSuite> registration = FrameworkUtil.getBundle(CommandLauncher.class)
                .getBundleContext().registerService(LiveTestSuite.class, routersPerSite, null);
        try {
            assertEquals(ExitCodes.OK, run("test", "--list"), err.toString());
            assertTrue(out.toString().contains("routers-per-site  Routers per site (X-1)"), out::toString);
        } finally {
            registration.unregister();
        }
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
