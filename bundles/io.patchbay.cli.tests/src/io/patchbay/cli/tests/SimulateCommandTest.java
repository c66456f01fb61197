package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.core.CommandResult;
import io.patchbay.core.ConnectionSpec;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.SnmpSpec;
import io.patchbay.core.SnmpTransport;
import io.patchbay.core.SnmpVarBind;
import io.patchbay.core.Transport;
import io.patchbay.core.TransportSession;
import io.patchbay.demo.DemoEstate;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;
import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;

/** {@code patchbay simulate}: twins for the demo estate that the SSH transport can manage at once. */
class SimulateCommandTest {

    private final BundleContext context = FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext();

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLauncher(context).execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesACopyPointingAtTheTwinsAndLeavesTheEstateAsItWas() throws IOException {
        Path demo = DemoEstate.installInto(folder);
        byte[] before = Files.readAllBytes(demo);
        assertEquals(ExitCodes.OK, run("simulate", demo.toString(), "--state", folder.resolve("twins").toString(),
                "--exit-after", "0", "--format", "json"), err.toString());
        Map<String, Object> report = new Gson().fromJson(out.toString(), new TypeToken<Map<String, Object>>() {
        }.getType());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> twins = (List<Map<String, Object>>) report.get("twins");
        Path simulated = folder.resolve("demo.simulated.estate");
        Estate copy = EstateResources.load(simulated);
        BuffaloRouter buffalo = find(copy, BuffaloRouter.class);
        assertAll(() -> assertArrayEquals(before, Files.readAllBytes(demo), "the estate itself is not written"),
                () -> assertEquals(simulated.toString(), report.get("simulatedEstate")),
                () -> assertEquals(List.of("pbx-hh", "rtr-hh", "rsip-hh", "pbx-hl", "pbx-hl", "rtr-hl"),
                        twins.stream().map(t -> t.get("deviceId")).toList(),
                        "both systems, both routers and the RSIP server; the OSBiz S over SNMP and over SSH"),
                () -> assertEquals(List.of("snmp", "ssh"), twins.stream().filter(t -> t.get("deviceId")
                        .equals("pbx-hl")).map(t -> t.get("protocol")).toList()),
                () -> assertEquals("127.0.0.1", buffalo.getHostAddress()),
                () -> assertTrue(buffalo.getCredentialRef().matches("vault:simulated/[0-9a-f]{8}/" + buffalo.getId()),
                        buffalo::getCredentialRef));
    }

    @Test
    void theTwinsAnswerOverSshWithTheLoginFromTheVault() throws Exception {
        Path demo = DemoEstate.installInto(folder);
        int[] exit = {-1};
        Thread simulation = new Thread(() -> exit[0] = run("simulate", demo.toString(), "--state",
                folder.resolve("twins").toString(), "--exit-after", "60"), "simulate under test");
        simulation.start();
        Path simulated = folder.resolve("demo.simulated.estate");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!out.toString().contains("stopping after") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        BuffaloRouter buffalo = find(EstateResources.load(simulated), BuffaloRouter.class);
        Transport ssh = service(Transport.class, "(patchbay.transport=ssh)");
        CredentialVault vault = service(CredentialVault.class, null);
        ConnectionSpec spec = ConnectionSpec.to(DeviceAddress.of(buffalo.getHostAddress(), buffalo.getSshPort()))
                .credential(vault.resolve(buffalo.getCredentialRef()))
                .knownHosts(KnownHostsStore.besideEstate(simulated)).commandTimeout(Duration.ofSeconds(10)).build();
        try (TransportSession session = ssh.open(spec)) {
            CommandResult result = session.exec("nvram get router_name", Duration.ofSeconds(10));
            assertEquals(0, result.exitCode(), result.toString());
        }
        assertTrue(out.toString().startsWith("6 twins for demo.estate; manage " + simulated), out.toString());

        // the OSBiz S is a Linux server too: the same login from the vault opens its shell (F-45, F-46)
        OsbizSystem s = (OsbizSystem) EstateResources.load(simulated).eResource().getEObject("pbx-hl");
        try (TransportSession session = ssh.open(ConnectionSpec.to(DeviceAddress.of(s.getHostAddress(),
                s.getSshPort())).credential(vault.resolve(s.getCredentialRef()))
                .knownHosts(KnownHostsStore.besideEstate(simulated)).commandTimeout(Duration.ofSeconds(10)).build())) {
            String release = session.exec("cat /etc/osbiz-release").requireSuccess().stdout();
            assertAll(() -> assertTrue(release.contains("RELEASE=V2R7\n"), release),
                    () -> assertEquals(0, session.exec("/opt/rsp-slp/cp-spoa.sh -r").exitCode()),
                    () -> assertTrue(session.exec("cat /opt/rsp-sl/openvpn_logs").stdout()
                            .contains("routes reset (-r)")));
        }

        OsbizSystem x3 = find(EstateResources.load(simulated), OsbizSystem.class);
        SnmpTransport snmp = service(SnmpTransport.class, "(patchbay.transport=snmp)");
        try (SnmpSession session = snmp.open(SnmpSpec.v3(DeviceAddress.of(x3.getHostAddress(), x3.getSnmpPort()),
                vault.resolve(x3.getCredentialRef())).build())) {
            // station 101 of the estate, with its name and SBC flag as the estate has them
            String entry = OsbizSnmpTwin.STATION_ENTRY;
            List<SnmpVarBind> values = session.get(List.of(entry + ".2.101", entry + ".6.101"));
            assertEquals("Jana Petersen", new String(values.get(0).value().asBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(1, values.get(1).value().asInt(), "SBC flag on (TruthValue true)");
        }
        simulation.interrupt(); // as Ctrl-C would: the twins stop and the command ends
        simulation.join(10_000);
        assertAll(() -> assertEquals(ExitCodes.OK, exit[0], err.toString()),
                () -> assertTrue(out.toString().endsWith("twins stopped" + System.lineSeparator()), out.toString()));
        try (TransportSession afterwards = ssh.open(spec)) {
            throw new AssertionError("the twin still answers after the simulation stopped");
        } catch (io.patchbay.core.TransportException expected) {
            assertEquals(io.patchbay.core.TransportException.Kind.UNREACHABLE, expected.kind(), expected.getMessage());
        }
    }

    @Test
    void simulatingTwiceOnTheSameStateFolderKeepsEveryHostKey() throws IOException {
        Path demo = DemoEstate.installInto(folder);
        Path simulated = folder.resolve("demo.simulated.estate");
        String state = folder.resolve("twins").toString();
        assertEquals(ExitCodes.OK, run("simulate", demo.toString(), "--state", state, "--exit-after", "0"),
                err.toString());
        Map<String, String> first = fingerprints(EstateResources.load(simulated));
        assertEquals(ExitCodes.OK, run("simulate", demo.toString(), "--state", state, "--exit-after", "0"),
                err.toString());
        Map<String, String> second = fingerprints(EstateResources.load(simulated));
        assertAll(() -> assertEquals(List.of("pbx-hl", "rsip-hh", "rtr-hh", "rtr-hl"), List.copyOf(first.keySet()),
                "every SSH twin has a host key in the copy"),
                () -> assertEquals(first, second, "the operator's known hosts still hold after a restart"));
    }

    private static Map<String, String> fingerprints(Estate estate) {
        Map<String, String> keys = new java.util.TreeMap<>();
        estate.eAllContents().forEachRemaining(o -> {
            if (o instanceof io.patchbay.model.ManagedDevice device && device.getHostKeyFingerprint() != null
                    && !device.getHostKeyFingerprint().isBlank()) {
                keys.put(device.getId(), device.getHostKeyFingerprint());
            }
        });
        return keys;
    }

    private <T> T service(Class<T> type, String filter) throws Exception {
        ServiceReference<T> reference = context.getServiceReferences(type, filter).iterator().next();
        return context.getService(reference);
    }

    private static <T> T find(Estate estate, Class<T> type) {
        Object[] found = new Object[1];
        estate.eAllContents().forEachRemaining(o -> {
            if (found[0] == null && type.isInstance(o)) {
                found[0] = o;
            }
        });
        return type.cast(found[0]);
    }
}
