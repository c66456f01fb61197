package io.patchbay.livetest.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestReport;
import io.patchbay.livetest.ObjectResult;
import io.patchbay.livetest.Outcome;
import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.Estate;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.RsipServer;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;
import io.patchbay.probe.nat.NatReport;
import io.patchbay.probe.ntp.SntpServer;
import io.patchbay.probe.rsip.RsipServerConfig;
import io.patchbay.simulator.UdpForward;
import io.patchbay.simulator.estate.EstateSimulation;

/**
 * The demo estate under {@code EstateSimulation}: every suite passes against the twins and protocol peers; then the
 * simulated copy is broken one way at a time (in memory) and the suite fails with the rule that is broken.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoEstateLiveTest {

    @TempDir
    static Path folder;

    private EstateSimulation simulation;
    /** The RSIP and Device@Home suites on the fresh twins, before anything was pushed to them. */
    private LiveTestReport beforeApply;

    @BeforeAll
    void simulate() throws Exception {
        simulation = Fixture.simulateDemo(folder, null);
        beforeApply = Fixture.run(Fixture.load(simulation), "rsip", "device-at-home");
        Fixture.apply(simulation, "rsip");
        Fixture.apply(simulation, "portforward");
    }

    @AfterAll
    void stop() {
        if (simulation != null) {
            simulation.close();
        }
    }

    @Test
    void everySuitePassesOnTheSimulatedDemoEstate() throws Exception {
        LiveTestReport report = Fixture.run(Fixture.load(simulation));
        String all = Fixture.describe(report);
        Set<String> passedFacts = new TreeSet<>();
        report.results().forEach(r -> r.checks().stream().filter(c -> c.outcome() == Outcome.PASSED)
                .forEach(c -> passedFacts.add(c.factId())));
        assertAll(() -> assertTrue(report.passed(), all),
                () -> assertEquals(List.of("device-at-home pbx-hh", "rsip rsip-hh", "servicelink pbx-hh",
                        "servicelink rtr-hl", "sip-at-home pbx-hh", "sip-at-home pbx-hl"),
                        report.results().stream().map(r -> r.suiteId() + " " + r.objectId()).toList(), all),
                () -> assertEquals(Set.of("F-03", "F-05", "F-10", "F-14", "F-22", "F-23", "F-24", "F-27", "F-41",
                        "F-42", "F-50", "F-53"), passedFacts, all));
    }

    /** The console opens the simulated copy: it must not show findings the demo estate does not have. */
    @Test
    void theSimulatedCopyIsAsValidAsTheDemoEstate() throws Exception {
        assertEquals(List.of(), EstateValidation.validate(Fixture.load(simulation)).stream().map(Finding::toString)
                .toList());
    }

    @Test
    void theSimulationListsItsPeersAndEveryOneStarted() {
        List<String> protocols = simulation.peers().stream().map(p -> p.protocol()).toList();
        assertAll(() -> assertTrue(protocols.containsAll(List.of("stun", "sip", "forward", "ntp", "tls")),
                protocols::toString),
                () -> assertTrue(!protocols.contains("unavailable"), simulation.peers()::toString));
    }

    /** A fresh RSIP host runs the package's rsipd.conf: the suite finds that it is not the estate's. */
    @Test
    void anRsipHostWithThePackagesConfigurationFailsUntilTheEstatesIsApplied() {
        CheckResult assign = Fixture.check(beforeApply, "rsip", "rsip-hh", "assign");
        CheckResult listen = Fixture.check(beforeApply, "rsip", "rsip-hh", "listen");
        assertAll(() -> assertEquals(Outcome.PASSED, Fixture.check(beforeApply, "rsip", "rsip-hh", "register")
                .outcome(), Fixture.describe(beforeApply)),
                () -> assertEquals(Outcome.FAILED, assign.outcome()), () -> assertEquals("F-53", assign.factId()),
                () -> assertTrue(assign.message().contains("outside the estate's PORT_RANGE 20000-24999"),
                        assign::message),
                () -> assertEquals(Outcome.FAILED, listen.outcome()), () -> assertEquals("F-56", listen.factId()),
                () -> assertEquals("Unable to get port assignments", listen.evidence().get("cause")));
    }

    @Test
    void aFreshCompanyRouterForwardsNothingUntilTheEstatesForwardsArePushed() {
        CheckResult hfa = Fixture.check(beforeApply, "device-at-home", "pbx-hh", "forward HFA TCP 4060");
        assertAll(() -> assertEquals(Outcome.FAILED, hfa.outcome(), Fixture.describe(beforeApply)),
                () -> assertEquals("F-10", hfa.factId()),
                () -> assertTrue(hfa.fix().startsWith("forward TCP/UDP 4060 → "), hfa::fix),
                () -> assertEquals(Outcome.PASSED, Fixture.check(beforeApply, "device-at-home", "pbx-hh",
                        "STUN server").outcome(), "only the forwards wait for the push"));
        assertTrue(simulation.peers().stream().anyMatch(p -> p.protocol().equals("forward")
                && p.detail().contains("the router twin's NAT table")), simulation.peers()::toString);
    }

    @Test
    void theVerdictsCarryTheEvidenceOfTheirProbes() throws Exception {
        LiveTestReport report = Fixture.run(Fixture.load(simulation), "device-at-home", "rsip");
        CheckResult stun = Fixture.check(report, "device-at-home", "pbx-hh", "STUN server");
        CheckResult nat = Fixture.check(report, "device-at-home", "pbx-hh", "NAT type");
        CheckResult tls = Fixture.check(report, "device-at-home", "pbx-hh", "HFA-TLS");
        CheckResult assign = Fixture.check(report, "rsip", "rsip-hh", "assign");
        assertAll(() -> assertTrue(stun.evidence().get("roundTrip").endsWith(" ms"), stun::toString),
                () -> assertTrue(stun.evidence().containsKey("mappedAddress"), stun::toString),
                () -> assertEquals("open internet", nat.evidence().get("natType"), nat::toString),
                () -> assertTrue(Set.of("TLSv1.2", "TLSv1.3").contains(tls.evidence().get("protocol")),
                        tls::toString),
                () -> assertTrue(assign.message().startsWith("a default bind of 255 ports"), assign::toString),
                () -> assertEquals(Outcome.SKIPPED, Fixture.check(report, "device-at-home", "pbx-hh", "UDP forwards")
                        .outcome(), "RTP and other UDP forwards are not probed, and the result says so"));
    }

    @Test
    void aStunServerThatDoesNotAnswerFailsF05AndSkipsTheNatCheck() throws Exception {
        Estate estate = Fixture.load(simulation);
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            OsbizSystem system = Fixture.find(estate, OsbizSystem.class, "pbx-hh");
            system.setStunServer("127.0.0.1");
            system.setStunPort(silent.getLocalPort());
            LiveTestReport report = Fixture.run(estate, "device-at-home");
            ObjectResult result = Fixture.result(report, "device-at-home", "pbx-hh");
            CheckResult stun = Fixture.check(report, "device-at-home", "pbx-hh", "STUN server");
            assertAll(() -> assertEquals(Outcome.FAILED, result.outcome()),
                    () -> assertEquals(List.of("F-05"), result.failedFacts(), Fixture.describe(report)),
                    () -> assertTrue(stun.message().contains("no answer from the default STUN server"),
                            stun::message),
                    () -> assertTrue(stun.fix().contains("start the STUN server"), stun::fix),
                    () -> assertEquals(Outcome.SKIPPED, Fixture.check(report, "device-at-home", "pbx-hh", "NAT type")
                            .outcome()));
        }
    }

    @Test
    void noStunServerAtAllFailsF05WithTheFix() throws Exception {
        Estate estate = Fixture.load(simulation);
        Fixture.find(estate, OsbizSystem.class, "pbx-hh").setStunServer(null);
        LiveTestReport report = Fixture.run(estate, "device-at-home");
        CheckResult stun = Fixture.check(report, "device-at-home", "pbx-hh", "STUN server");
        assertAll(() -> assertEquals(Outcome.FAILED, stun.outcome()), () -> assertEquals("F-05", stun.factId()),
                () -> assertTrue(stun.fix().startsWith("set a default STUN server"), stun::fix));
    }

    /**
     * A UDP forward in front of the STUN server's primary address, on the primary port of another loopback address,
     * maps per destination as {@code MASQUERADE --random-fully} does: NAT discovery finds a symmetric NAT.
     */
    @Test
    void aSymmetricNatInFrontOfTheSystemFailsF03() throws Exception {
        Estate estate = Fixture.load(simulation);
        OsbizSystem system = Fixture.find(estate, OsbizSystem.class, "pbx-hh");
        InetSocketAddress stun = new InetSocketAddress(system.getStunServer(), system.getStunPort());
        InetAddress natAddress = InetAddress.getByAddress(new byte[] { 127, 55, (byte) (Math.random() * 250 + 1), 7 });
        try (UdpForward nat = UdpForward.start(new InetSocketAddress(natAddress, stun.getPort()), stun)) {
            system.setStunServer(natAddress.getHostAddress());
            LiveTestReport report = Fixture.run(estate, "device-at-home");
            CheckResult check = Fixture.check(report, "device-at-home", "pbx-hh", "NAT type");
            assertAll(() -> assertEquals(Outcome.FAILED, check.outcome(), Fixture.describe(report)),
                    () -> assertEquals("F-03", check.factId()),
                    () -> assertEquals(NatReport.SYMMETRIC_VERDICT, check.message()),
                    () -> assertTrue(check.fix().contains("open the forwarded ports outbound too"),
                            "the demo's company router filters outbound traffic (F-03's caveat): " + check.fix()),
                    () -> assertEquals(List.of("F-03"), Fixture.result(report, "device-at-home", "pbx-hh")
                            .failedFacts(), Fixture.describe(report)));
        }
    }

    @Test
    void anRsipServerThatRefusesTheRegistrationFailsWithTheF56Cause() throws Exception {
        Estate estate = Fixture.load(simulation);
        // only clients on the internal interface may register (F-51): this one's INT_IF is not where we are
        try (io.patchbay.probe.rsip.RsipServer refusing = io.patchbay.probe.rsip.RsipServer.start(
                RsipServerConfig.on(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        InetAddress.getByName("192.0.2.11")).withInternalPrefix("10.10.0.0/24"))) {
            RsipServer server = Fixture.find(estate, RsipServer.class, "rsip-hh");
            server.setHostAddress("127.0.0.1");
            server.setControlPort(refusing.address().getPort());
            LiveTestReport report = Fixture.run(estate, "rsip");
            CheckResult register = Fixture.check(report, "rsip", "rsip-hh", "register");
            assertAll(() -> assertEquals(Outcome.FAILED, register.outcome(), Fixture.describe(report)),
                    () -> assertEquals("F-56", register.factId()),
                    () -> assertEquals("Unable to register", register.evidence().get("cause")),
                    () -> assertTrue(register.fix().contains("MAX_CLIENTS"), register::fix),
                    () -> assertEquals(Outcome.SKIPPED, Fixture.check(report, "rsip", "rsip-hh", "assign").outcome()));
        }
    }

    @Test
    void anRsipServerWithoutPortsFailsTheAssignmentWithTheF56Cause() throws Exception {
        Estate estate = Fixture.load(simulation);
        try (io.patchbay.probe.rsip.RsipServer exhausted = io.patchbay.probe.rsip.RsipServer.start(
                RsipServerConfig.on(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        InetAddress.getByName("192.0.2.11")).withPortRange(new RsipServerConfig.PortRange(20000,
                                20009)))) {
            RsipServer server = Fixture.find(estate, RsipServer.class, "rsip-hh");
            server.setHostAddress("127.0.0.1");
            server.setControlPort(exhausted.address().getPort());
            LiveTestReport report = Fixture.run(estate, "rsip");
            CheckResult assign = Fixture.check(report, "rsip", "rsip-hh", "assign");
            assertAll(() -> assertEquals(Outcome.PASSED, Fixture.check(report, "rsip", "rsip-hh", "register")
                    .outcome(), Fixture.describe(report)),
                    () -> assertEquals(Outcome.FAILED, assign.outcome()),
                    () -> assertEquals("F-56", assign.factId()),
                    () -> assertEquals("Unable to get port assignments", assign.evidence().get("cause")));
        }
    }

    @Test
    void nothingListeningOnTheRsipControlPortIsConnectionRefused() throws Exception {
        Estate estate = Fixture.load(simulation);
        RsipServer server = Fixture.find(estate, RsipServer.class, "rsip-hh");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setHostAddress("127.0.0.1");
            server.setControlPort(taken.getLocalPort());
        } // closed again: nothing listens there now
        CheckResult register = Fixture.check(Fixture.run(estate, "rsip"), "rsip", "rsip-hh", "register");
        assertAll(() -> assertEquals(Outcome.FAILED, register.outcome()),
                () -> assertEquals("F-56", register.factId()),
                () -> assertTrue(register.message().startsWith("Connection refused"), register::message));
    }

    @Test
    void aTimeServerTwelveMinutesOffFailsF42() throws Exception {
        Estate estate = Fixture.load(simulation);
        try (SntpServer skewed = SntpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Duration.ofMinutes(12))) {
            Fixture.find(estate, BuffaloRouter.class, "rtr-hl").setNtpServer("127.0.0.1:" + skewed.address().getPort());
            LiveTestReport report = Fixture.run(estate, "servicelink");
            CheckResult clock = Fixture.check(report, "servicelink", "rtr-hl", "clock");
            assertAll(() -> assertEquals(Outcome.FAILED, clock.outcome(), Fixture.describe(report)),
                    () -> assertEquals("F-42", clock.factId()),
                    () -> assertTrue(clock.message().contains("12 min"), clock::message),
                    () -> assertEquals(List.of("F-42"), Fixture.result(report, "servicelink", "rtr-hl")
                            .failedFacts()));
        }
    }

    @Test
    void anUnreachableServicelinkEndpointFailsF41() throws Exception {
        Estate estate = Fixture.load(simulation);
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            estate.getServicelinkEndpoints().get(1).setHost("127.0.0.1");
            estate.getServicelinkEndpoints().get(1).setPort(closed.getLocalPort());
        }
        LiveTestReport report = Fixture.run(estate, "servicelink");
        CheckResult endpoint = Fixture.check(report, "servicelink", "pbx-hh", "endpoint secondary load balancer");
        assertAll(() -> assertEquals(Outcome.FAILED, endpoint.outcome(), Fixture.describe(report)),
                () -> assertEquals("F-41", endpoint.factId()),
                () -> assertTrue(String.valueOf(endpoint.evidence().get("report")).contains("direct"),
                        () -> "the connection report names the direct attempt: " + endpoint.evidence()),
                () -> assertEquals(Outcome.PASSED, Fixture.check(report, "servicelink", "pbx-hh",
                        "endpoint primary load balancer").outcome()));
    }

    @Test
    void theSelectionNarrowsTheRunToAnObjectOrASite() throws Exception {
        Estate estate = Fixture.load(simulation);
        var runner = Fixture.service(io.patchbay.livetest.LiveTestRunner.class);
        var request = io.patchbay.livetest.LiveTestRequest.all().withTimeout(Duration.ofSeconds(2));
        LiveTestReport site = runner.run(estate, request.withSelection(List.of("site-hl")),
                io.patchbay.livetest.LiveTestListener.NONE);
        assertEquals(List.of("servicelink rtr-hl", "sip-at-home pbx-hl"),
                site.results().stream().map(r -> r.suiteId() + " " + r.objectId()).toList());
        IllegalArgumentException unknown = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> runner.run(estate, request.withSuites(List.of("nope")),
                        io.patchbay.livetest.LiveTestListener.NONE));
        assertTrue(unknown.getMessage().contains("device-at-home"), unknown.getMessage());
    }

    @Test
    void aCancelledRunSkipsWhatHasNotStarted() throws Exception {
        Estate estate = Fixture.load(simulation);
        var runner = Fixture.service(io.patchbay.livetest.LiveTestRunner.class);
        LiveTestReport report = runner.run(estate, io.patchbay.livetest.LiveTestRequest.all(),
                new io.patchbay.livetest.LiveTestListener() {
                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                });
        assertAll(() -> assertTrue(report.cancelled()),
                () -> assertEquals(report.results().size(), report.count(Outcome.SKIPPED)),
                () -> assertTrue(report.passed(), "skipped is not failed"));
    }
}
