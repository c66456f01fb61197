package io.patchbay.provisioning.rsip.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ChangePlan;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.SettingChange;
import io.patchbay.model.PortRange;
import io.patchbay.probe.rsip.RsipClient;
import io.patchbay.probe.rsip.RsipLease;
import io.patchbay.provisioning.rsip.RsipdConfFile;
import io.patchbay.simulator.rsip.RsipHostTwin;

/** rsipd.conf pushed to an RSIP host twin: plan, apply, verify, second apply, F-52/F-54 refusals, rollback. */
class RsipProvisioningTest {

    /** The demo's Hamburg RSIP server as rsipd.conf. */
    private static final String HH_CONF = RsipdConfFile.HEADER + "\n"
            + "PORT_RANGE=20000-24999\n"
            + "LISTEN_RANGE=8000-8099\n"
            + "MAX_CLIENTS=5\n"
            + "INT_IF=eth1\n"
            + "EXT_IF=eth0\n"
            + "POOL=203.0.113.11\n"
            + "MTU=1480\n"
            + "LOG_LEVEL=3\n";

    @TempDir
    Path folder;

    private RsipServerTwins estate;

    @BeforeEach
    void startTwin() throws Exception {
        estate = new RsipServerTwins(folder);
    }

    @AfterEach
    void stopTwin() throws Exception {
        estate.close();
    }

    private DeviceResult plan() {
        return estate.runner().plan(List.of(estate.server), new NullProgressMonitor()).result(RsipServerTwins.HH);
    }

    private DeviceResult apply() {
        return estate.runner().apply(List.of(estate.server), new NullProgressMonitor()).result(RsipServerTwins.HH);
    }

    @Test
    void thePlanShowsEachSettingBeforeAndAfterAndWritesNothing() {
        DeviceResult hh = plan();
        ChangePlan plan = hh.plan();
        assertAll(() -> assertEquals(Outcome.PLANNED, hh.outcome(), hh.reason()),
                () -> assertEquals(List.of(
                        new SettingChange("LISTEN_RANGE", "", "8000-8099"),
                        new SettingChange("LOG_LEVEL", "1", "3"),
                        new SettingChange("MAX_CLIENTS", "0", "5"),
                        new SettingChange("MTU", "", "1480"),
                        new SettingChange("POOL", "192.0.2.1", "203.0.113.11"),
                        new SettingChange("PORT_RANGE", "10000-19999", "20000-24999")), plan.changes()),
                () -> assertEquals(2, plan.steps().size(), plan.steps()::toString),
                () -> assertTrue(plan.steps().get(0).commands().get(0).startsWith("printf '%s\\n' '"
                        + RsipdConfFile.HEADER + "' 'PORT_RANGE=20000-24999' 'LISTEN_RANGE=8000-8099'"),
                        plan.steps().get(0).commands()::toString),
                () -> assertTrue(plan.steps().get(0).commands().get(0).endsWith(
                        " > /etc/rsipd.conf.patchbay && mv /etc/rsipd.conf.patchbay /etc/rsipd.conf")),
                () -> assertEquals(List.of("rsipdctl restart"), plan.steps().get(1).commands()),
                () -> assertEquals(RsipHostTwin.DEFAULT_CONF, estate.twin.rsipdConf().orElseThrow(),
                        "a plan writes nothing"));
    }

    @Test
    void applyWritesTheFileRestartsRsipdOnItAndASecondApplyIsANoOp() throws Exception {
        DeviceResult first = apply();
        assertEquals(Outcome.CHANGED, first.outcome(), first.reason());
        assertEquals(HH_CONF, estate.twin.rsipdConf().orElseThrow());
        assertTrue(estate.twin.isRsipdRunning());

        try (RsipClient rsip = RsipClient.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                estate.server.getControlPort()), null, Duration.ofSeconds(3))) {
            rsip.register();
            RsipLease lease = rsip.assignPorts(0);
            assertAll(() -> assertEquals("203.0.113.11", lease.address().getHostAddress(), "the estate's POOL"),
                    () -> assertEquals(20000, lease.ports().first(), "the estate's PORT_RANGE"),
                    () -> assertEquals(255, lease.ports().count()));
            rsip.deregister();
        }

        DeviceResult second = apply();
        assertAll(() -> assertEquals(Outcome.UNCHANGED, second.outcome(), second.reason()),
                () -> assertTrue(second.plan().isEmpty(), () -> second.plan().changes().toString()));
    }

    @Test
    void aStoppedDaemonIsStartedAndAFileChangedBehindItsBackIsPutRight() throws Exception {
        assertEquals(Outcome.CHANGED, apply().outcome());
        estate.twin.writeRsipdConf(HH_CONF.replace("MAX_CLIENTS=5", "MAX_CLIENTS=1") + "DEBUG_TRACE=1\n");
        DeviceResult drift = plan();
        assertEquals(List.of(new SettingChange("DEBUG_TRACE", "1", ""), new SettingChange("MAX_CLIENTS", "1", "5"),
                new SettingChange("rsipd", "running-older-file", "running")), drift.plan().changes());
        DeviceResult fixed = apply();
        assertEquals(Outcome.CHANGED, fixed.outcome(), fixed.reason());
        assertEquals(HH_CONF, estate.twin.rsipdConf().orElseThrow());
        assertTrue(estate.twin.isRsipdRunning());

        estate.twin.stopRsipd();
        DeviceResult stopped = plan();
        assertAll(() -> assertEquals(List.of(new SettingChange("rsipd", "stopped", "running")),
                stopped.plan().changes()),
                () -> assertEquals(List.of("rsipdctl restart"), stopped.plan().steps().stream()
                        .flatMap(s -> s.commands().stream()).toList(), "the file is right: only a start"),
                () -> assertEquals(List.of("rsipdctl stop"), stopped.plan().inverseSteps().stream()
                        .flatMap(s -> s.commands().stream()).toList(), "undone, it is stopped again"));
        DeviceResult started = apply();
        assertEquals(Outcome.CHANGED, started.outcome(), started.reason());
        assertTrue(estate.twin.isRsipdRunning());
    }

    @Test
    void aPortRangeOverlappingTheHostsEphemeralPortsIsRefusedWithF52AndTheFix() {
        estate.twin.setIpLocalPortRange(15000, 60999);
        DeviceResult hh = apply();
        assertAll(() -> assertEquals(Outcome.FAILED, hh.outcome()),
                () -> assertTrue(hh.reason().contains("F-52: PORT_RANGE 20000-24999 overlaps the host's own "
                        + "ip_local_port_range 15000-60999"), hh.reason()),
                () -> assertTrue(hh.reason().contains("Move PORT_RANGE outside 15000-60999 (e.g. 10000-14999)"),
                        hh.reason()),
                () -> assertEquals(RsipHostTwin.DEFAULT_CONF, estate.twin.rsipdConf().orElseThrow(),
                        "nothing was written"));
    }

    @Test
    void aTunnelMtuNotBelowTheExternalInterfacesIsRefusedWithF54AndSoIsAClientAboveTheServer() {
        estate.twin.setInterfaceMtu("eth0", 1480);
        DeviceResult external = apply();
        estate.twin.setInterfaceMtu("eth0", 1500);
        estate.server.getClients().get(0).setMtu(1480);
        DeviceResult client = apply();
        assertAll(() -> assertEquals(Outcome.FAILED, external.outcome()),
                () -> assertTrue(external.reason().contains("F-54: MTU 1480 is not below the MTU 1480 of EXT_IF eth0"),
                        external.reason()),
                () -> assertTrue(external.reason().contains("Set the RSIP server's MTU below 1480 (e.g. 1460)"),
                        external.reason()),
                () -> assertEquals(Outcome.FAILED, client.outcome()),
                () -> assertTrue(client.reason().contains("F-54: client Warehouse scanner gateway (rsip-hh-scanner)"
                        + " has MTU 1480, not below the server end's 1480"), client.reason()),
                () -> assertEquals(RsipHostTwin.DEFAULT_CONF, estate.twin.rsipdConf().orElseThrow(),
                        "nothing was written"));
    }

    @Test
    void aRestartThatFailsRollsTheFileBackAndRsipdRunsOnThePreviousOne() throws Exception {
        estate.server.setInternalInterface("eth2"); // the host has no eth2: rsipd refuses to start
        estate.server.setPortRange(PortRange.of(21000, 21999));
        DeviceResult hh = apply();
        assertAll(() -> assertEquals(Outcome.ROLLED_BACK, hh.outcome(), hh.reason()),
                () -> assertTrue(hh.reason().contains("rsipdctl"), hh.reason()),
                () -> assertEquals(RsipdConfFile.parse(RsipHostTwin.DEFAULT_CONF),
                        RsipdConfFile.parse(estate.twin.rsipdConf().orElseThrow()), "the previous settings"),
                () -> assertTrue(estate.twin.isRsipdRunning(), "restarted on the previous file"));
        try (RsipClient rsip = RsipClient.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                estate.server.getControlPort()), null, Duration.ofSeconds(3))) {
            rsip.register();
            assertEquals(10000, rsip.assignPorts(0).ports().first(), "the package's PORT_RANGE again");
        }
    }
}
