package io.patchbay.livetest.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import io.patchbay.demo.DemoEstate;
import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestContext;
import io.patchbay.livetest.LiveTestReport;
import io.patchbay.livetest.LiveTestRunner;
import io.patchbay.livetest.LiveTestSuite;
import io.patchbay.livetest.Outcome;
import io.patchbay.livetest.ServicelinkEndpointCheck;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.ServicelinkEndpoint;
import io.patchbay.simulator.estate.EstateSimulation;

/**
 * What another bundle can add through the service registry alone: a suite of its own, listed and run beside the
 * built-in ones, and a servicelink endpoint check (the relay/proxy seam of F-60–F-62) that replaces the direct one.
 */
class ExtensionTest {

    @TempDir
    Path folder;

    /** A suite another bundle might register: it counts the routers of each site. */
    private static final class RoutersPerSiteSuite implements LiveTestSuite {
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
            return estate.getCustomers().stream().flatMap(c -> c.getSites().stream())
                    .filter(s -> !s.getSystems().isEmpty()).map(EObject.class::cast).toList();
        }

        @Override
        public List<CheckResult> run(EObject target, LiveTestContext context) {
            int routers = ((io.patchbay.model.Site) target).getRouters().size();
            return List.of(routers > 0 ? CheckResult.passed("routers", "X-1", routers + " router(s)")
                    : CheckResult.failed("routers", "X-1", "no router", "add the site's router"));
        }
    }

    @Test
    void aSuiteRegisteredByAnotherBundleIsListedAndRun() throws Exception {
        ServiceRegistration<LiveTestSuite> registration = Fixture.CONTEXT.registerService(LiveTestSuite.class,
                new RoutersPerSiteSuite(), null);
        try {
            Path demo = DemoEstate.installInto(folder);
            LiveTestReport report = Fixture.run(EstateResources.load(demo), "routers-per-site");
            assertAll(() -> assertTrue(Fixture.service(LiveTestRunner.class).suites().stream()
                    .anyMatch(s -> s.id().equals("routers-per-site")), "the runner lists the suite"),
                    () -> assertEquals(List.of("site-hh", "site-hl"),
                            report.results().stream().map(r -> r.objectId()).toList()),
                    () -> assertTrue(report.passed(), Fixture.describe(report)));
        } finally {
            registration.unregister();
        }
    }

    @Test
    void aHigherRankedEndpointCheckReplacesTheDirectOne() throws Exception {
        ServicelinkEndpointCheck viaRelay = (ManagedDevice device, ServicelinkEndpoint endpoint,
                LiveTestContext context) -> CheckResult.failed("endpoint " + endpoint.getRole(), "F-62",
                        "the proxy answered HTTP/1.0 400 Bad Request", "let OpenVPN through the proxy")
                        .with("path", "via proxy");
        Dictionary<String, Object> ranking = new Hashtable<>();
        ranking.put(Constants.SERVICE_RANKING, 100);
        try (EstateSimulation simulation = Fixture.simulateDemo(folder, null)) {
            Estate estate = Fixture.load(simulation);
            assertEquals("direct", Fixture.check(Fixture.run(estate, "servicelink"), "servicelink", "rtr-hl",
                    "endpoint primary load balancer").evidence().get("path"));
            ServiceRegistration<ServicelinkEndpointCheck> registration = Fixture.CONTEXT
                    .registerService(ServicelinkEndpointCheck.class, viaRelay, ranking);
            try {
                CheckResult check = waitForPath(estate, "via proxy");
                assertAll(() -> assertEquals(Outcome.FAILED, check.outcome()),
                        () -> assertEquals("F-62", check.factId()));
            } finally {
                registration.unregister();
            }
            assertEquals("direct", waitForPath(estate, "direct").evidence().get("path"),
                    "the direct check again once the other bundle is gone");
        }
    }

    /** Declarative Services rebinds the suite asynchronously: runs until the endpoint check reports {@code path}. */
    private static CheckResult waitForPath(Estate estate, String path) throws Exception {
        CheckResult check = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            check = Fixture.check(Fixture.run(estate, "servicelink"), "servicelink", "rtr-hl",
                    "endpoint primary load balancer");
            if (path.equals(check.evidence().get("path"))) {
                return check;
            }
            Thread.sleep(100);
        }
        return check;
    }
}
