package io.patchbay.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.patchbay.core.CommandResult;
import io.patchbay.core.ConnectionSpec;
import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.Transport;
import io.patchbay.core.TransportSession;
import io.patchbay.simulator.BuffaloRouterTwin;

/** The SPoA route reset of F-45 and the log of F-46 on the Buffalo twin, over SSH with Patchbay's transport. */
class BuffaloSpoaTest {

    private static final String SCRIPT = "/jffs/openvpncl/cp-spoa.sh";
    private static final String HISTORY = "/tmp/openvpncl/cp-spoa-history.sh";

    @TempDir
    Path folder;

    private ServiceTracker<Transport, Transport> tracker;
    private Transport transport;
    private BuffaloRouterTwin twin;

    @BeforeEach
    void startTwin() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(BuffaloRouterTwin.class).getBundleContext();
        tracker = new ServiceTracker<>(context, context.createFilter("(&(objectClass=" + Transport.class.getName()
                + ")(" + Transport.PROTOCOL + "=ssh))"), null);
        tracker.open();
        transport = tracker.waitForService(10_000);
        assertNotNull(transport, "no SSH transport service");
        twin = BuffaloRouterTwin.builder(folder.resolve("twin")).password("Spoa-pw-1".toCharArray()).start();
    }

    @AfterEach
    void stopTwin() throws Exception {
        twin.close();
        tracker.close();
    }

    private TransportSession open() throws Exception {
        return transport.open(ConnectionSpec.to(DeviceAddress.of(twin.host(), twin.port()))
                .credential(Credential.password(twin.username(), twin.password()))
                .knownHosts(KnownHostsStore.at(folder.resolve("known_hosts"))).connectTimeout(Duration.ofSeconds(10))
                .commandTimeout(Duration.ofSeconds(10)).build());
    }

    private static void addTwoRoutes(TransportSession session) throws Exception {
        session.exec(SCRIPT + " -action add -net 10.20.0.0/24 -gw 10.8.0.1").requireSuccess();
        session.exec(SCRIPT + " -action add -net 10.30.0.0/16 -gw 10.8.0.1").requireSuccess();
    }

    @Test
    void withTheRoutesScriptCpSpoaMinusRResetsEveryRouteTheNvramHistoryAndTheHistoryFile() throws Exception {
        twin.installSpoaPlugin(true);
        try (TransportSession session = open()) {
            addTwoRoutes(session);
            String table = session.exec("route -n").requireSuccess().stdout();
            assertAll(() -> assertTrue(table.contains("10.30.0.0       10.8.0.1        255.255.0.0     UG"), table),
                    () -> assertEquals("10.20.0.0/24>10.8.0.1 10.30.0.0/16>10.8.0.1\n",
                            session.exec("nvram get spoa_history").stdout()),
                    () -> assertEquals(2, session.exec("cat " + HISTORY).stdout().lines()
                            .filter(l -> l.contains("-action delete")).count()));

            CommandResult reset = session.exec("[ -f /jffs/openvpncl/cp-spoa-routes.sh ] && " + SCRIPT + " -r");
            assertAll(() -> assertEquals(0, reset.exitCode(), reset.stderr()),
                    () -> assertEquals(List.of(), twin.spoaRoutes()),
                    () -> assertEquals("", twin.committedNvram("spoa_history").orElse("")),
                    () -> assertEquals("", session.exec("cat " + HISTORY).stdout()),
                    () -> assertFalse(session.exec("route -n").stdout().contains("tun1")),
                    () -> assertTrue(session.exec("cat /var/log/openvpncl").stdout().contains("cp-spoa: routes reset"),
                            "F-46: the reset is in the log"));
        }
    }

    @Test
    void withoutTheRoutesScriptTheManualProcedureOfF45ResetsTheRoutes() throws Exception {
        twin.installSpoaPlugin(false);
        try (TransportSession session = open()) {
            addTwoRoutes(session);
            CommandResult noRoutesScript = session.exec("test -f /jffs/openvpncl/cp-spoa-routes.sh");
            CommandResult minusR = session.exec(SCRIPT + " -r");
            assertAll(() -> assertEquals(1, noRoutesScript.exitCode()),
                    () -> assertEquals(1, minusR.exitCode(), "older plugins do not know -r"),
                    () -> assertEquals(2, twin.spoaRoutes().size()));

            session.exec("nvram set spoa_history= && nvram commit").requireSuccess();
            for (String line : session.exec("cat " + HISTORY).requireSuccess().stdout().lines().toList()) {
                if (line.contains("-action delete")) {
                    session.exec(line).requireSuccess();
                }
            }
            session.exec("printf '' > " + HISTORY).requireSuccess();
            String log = session.exec("cat /var/log/openvpncl").stdout();
            assertAll(() -> assertEquals(List.of(), twin.spoaRoutes()),
                    () -> assertEquals("", twin.committedNvram("spoa_history").orElse("")),
                    () -> assertEquals("", twin.file(HISTORY).orElseThrow()),
                    () -> assertTrue(log.contains("cp-spoa: route delete 10.30.0.0/16 via 10.8.0.1"), log));
        }
    }

    @Test
    void aRebootDropsTheRoutesTmpAndVarButKeepsTheScriptsInJffs() throws Exception {
        twin.installSpoaPlugin(true);
        try (TransportSession session = open()) {
            addTwoRoutes(session);
        }
        twin.reboot();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (twin.activeSessions() > 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertAll(() -> assertEquals(List.of(), twin.spoaRoutes()),
                () -> assertTrue(twin.file(HISTORY).isEmpty(), "/tmp is RAM"),
                () -> assertTrue(twin.file("/var/log/openvpncl").isEmpty(), "/var is RAM"),
                () -> assertTrue(twin.file(SCRIPT).isPresent(), "/jffs is flash"),
                () -> assertEquals("10.20.0.0/24>10.8.0.1 10.30.0.0/16>10.8.0.1",
                        twin.committedNvram("spoa_history").orElse(""), "the NVRAM history survives"));
    }
}
