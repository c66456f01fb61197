package io.patchbay.livetest.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestListener;
import io.patchbay.livetest.LiveTestReport;
import io.patchbay.livetest.LiveTestRequest;
import io.patchbay.livetest.LiveTestRunner;
import io.patchbay.livetest.Outcome;
import io.patchbay.model.Estate;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.ServicelinkEndpoint;
import io.patchbay.probe.HostAndPort;
import io.patchbay.simulator.estate.EstateSimulation;

/**
 * The console's defaults in a request, against the simulated demo estate: a STUN server that measures the NAT of a
 * system naming none (F-03; F-05 still fails), and RSP.servicelink endpoints for an estate that lists none (F-41).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleDefaultsLiveTest {

    @TempDir
    static Path folder;

    private EstateSimulation simulation;
    /** The simulation's running STUN server, as the demo system names it. */
    private HostAndPort stun;
    /** The simulation's loopback TLS listeners that stand in for the tunnel endpoints. */
    private List<ServicelinkEndpoint> listeners;

    @BeforeAll
    void simulate() throws Exception {
        simulation = Fixture.simulateDemo(folder, null);
        Fixture.apply(simulation, "portforward");
        Estate estate = Fixture.load(simulation);
        OsbizSystem system = Fixture.find(estate, OsbizSystem.class, "pbx-hh");
        stun = new HostAndPort(system.getStunServer(), system.getStunPort());
        listeners = List.copyOf(estate.getServicelinkEndpoints());
    }

    @AfterAll
    void stop() {
        if (simulation != null) {
            simulation.close();
        }
    }

    private static LiveTestReport run(Estate estate, LiveTestRequest request) throws InterruptedException {
        return Fixture.service(LiveTestRunner.class).run(estate, request.withParallelism(2)
                .withTimeout(Duration.ofSeconds(2)), LiveTestListener.NONE);
    }

    @Test
    void theConsolesStunServerMeasuresTheNatOfASystemThatNamesNoneAndF05StillFails() throws Exception {
        Estate estate = Fixture.load(simulation);
        Fixture.find(estate, OsbizSystem.class, "pbx-hh").setStunServer(null);
        LiveTestReport report = run(estate, LiveTestRequest.all().withSuites(List.of("device-at-home"))
                .withStunFallback(stun.host(), stun.port()));
        CheckResult f05 = Fixture.check(report, "device-at-home", "pbx-hh", "STUN server");
        CheckResult nat = Fixture.check(report, "device-at-home", "pbx-hh", "NAT type");
        assertAll(() -> assertEquals(Outcome.FAILED, f05.outcome(), Fixture.describe(report)),
                () -> assertTrue(f05.fix().startsWith("set a default STUN server"), f05::fix),
                () -> assertEquals(Outcome.PASSED, nat.outcome(), Fixture.describe(report)),
                () -> assertTrue(nat.message().contains("measured with the console's STUN server " + stun
                        + " because"), nat::message),
                () -> assertTrue(nat.message().endsWith("names none)"), nat::message),
                () -> assertTrue(String.valueOf(nat.evidence().get("stunServer")).startsWith(stun.toString()),
                        nat::toString),
                () -> assertEquals(List.of("F-05"), Fixture.result(report, "device-at-home", "pbx-hh")
                        .failedFacts(), Fixture.describe(report)));
    }

    @Test
    void withoutTheConsolesStunServerTheNatCheckIsSkipped() throws Exception {
        Estate estate = Fixture.load(simulation);
        Fixture.find(estate, OsbizSystem.class, "pbx-hh").setStunServer(null);
        LiveTestReport report = run(estate, LiveTestRequest.all().withSuites(List.of("device-at-home")));
        assertEquals(Outcome.SKIPPED, Fixture.check(report, "device-at-home", "pbx-hh", "NAT type").outcome(),
                Fixture.describe(report));
    }

    @Test
    void aConsoleStunServerThatDoesNotAnswerSkipsTheNatCheckAndSaysWhere() throws Exception {
        Estate estate = Fixture.load(simulation);
        Fixture.find(estate, OsbizSystem.class, "pbx-hh").setStunServer(null);
        int silent;
        try (java.net.DatagramSocket socket = new java.net.DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            silent = socket.getLocalPort();
        }
        LiveTestReport report = run(estate, LiveTestRequest.all().withSuites(List.of("device-at-home"))
                .withStunFallback("127.0.0.1", silent));
        CheckResult nat = Fixture.check(report, "device-at-home", "pbx-hh", "NAT type");
        assertAll(() -> assertEquals(Outcome.SKIPPED, nat.outcome(), Fixture.describe(report)),
                () -> assertTrue(nat.message().contains("console's STUN server 127.0.0.1:" + silent
                        + " does not answer"), nat::message));
    }

    @Test
    void theSystemsOwnStunServerWinsOverTheConsoles() throws Exception {
        Estate estate = Fixture.load(simulation);
        LiveTestReport report = run(estate, LiveTestRequest.all().withSuites(List.of("device-at-home"))
                .withStunFallback("127.0.0.1", 9));
        CheckResult nat = Fixture.check(report, "device-at-home", "pbx-hh", "NAT type");
        assertAll(() -> assertEquals(Outcome.PASSED, Fixture.check(report, "device-at-home", "pbx-hh",
                "STUN server").outcome(), Fixture.describe(report)),
                () -> assertFalse(nat.message().contains("console's"), nat::message));
    }

    @Test
    void theConsolesEndpointsAreTestedForAnEstateThatListsNone() throws Exception {
        Estate estate = Fixture.load(simulation);
        estate.getServicelinkEndpoints().clear();
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        ServicelinkEndpoint listening = listeners.get(0);
        LiveTestReport report = run(estate, LiveTestRequest.all().withSuites(List.of("servicelink"))
                .withServicelinkEndpoints(List.of(
                        new LiveTestRequest.Endpoint("console relay", listening.getHost(), listening.getPort()),
                        new LiveTestRequest.Endpoint("console spare", "127.0.0.1", closed))));
        List<String> checks = Fixture.result(report, "servicelink", "pbx-hh").checks().stream()
                .map(CheckResult::check).toList();
        assertAll(() -> assertEquals(Outcome.PASSED, Fixture.check(report, "servicelink", "pbx-hh",
                "endpoint console relay").outcome(), Fixture.describe(report)),
                () -> assertEquals(Outcome.FAILED, Fixture.check(report, "servicelink", "pbx-hh",
                        "endpoint console spare").outcome(), Fixture.describe(report)),
                () -> assertFalse(checks.contains("endpoint primary load balancer"),
                        "the shipped defaults are not tested when the console names endpoints: " + checks));
    }

    @Test
    void anEstatesOwnEndpointsWinOverTheConsoles() throws Exception {
        Estate estate = Fixture.load(simulation);
        LiveTestReport report = run(estate, LiveTestRequest.all().withSuites(List.of("servicelink"))
                .withServicelinkEndpoints(List.of(new LiveTestRequest.Endpoint("console relay", "127.0.0.1", 9))));
        List<String> checks = Fixture.result(report, "servicelink", "pbx-hh").checks().stream()
                .map(CheckResult::check).toList();
        assertAll(() -> assertFalse(checks.contains("endpoint console relay"), checks::toString),
                () -> assertEquals(Outcome.PASSED, Fixture.check(report, "servicelink", "pbx-hh",
                        "endpoint " + listeners.get(0).getRole()).outcome(), Fixture.describe(report)));
    }

    @Test
    void anEndpointWithoutARoleOrWithABadPortIsRefusedWithTheReason() {
        IllegalArgumentException role = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new LiveTestRequest.Endpoint(" ", "192.0.2.1", 443));
        IllegalArgumentException port = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new LiveTestRequest.Endpoint("relay", "192.0.2.1", 70000));
        assertAll(() -> assertTrue(role.getMessage().contains("needs a role"), role::getMessage),
                () -> assertTrue(port.getMessage().contains("70000"), port::getMessage));
    }
}
