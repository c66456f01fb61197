package io.patchbay.provisioning.dli.tests;

import static io.patchbay.provisioning.dli.tests.PhoneTwins.AT_HOME;
import static io.patchbay.provisioning.dli.tests.PhoneTwins.OLD_FIRMWARE;
import static io.patchbay.provisioning.dli.tests.PhoneTwins.PUBLIC_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.core.CredentialVault;
import io.patchbay.demo.DemoEstate;
import io.patchbay.provisioning.dli.DliMib;
import io.patchbay.simulator.estate.EstateSimulation;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;

/** {@code patchbay plan/apply/rollback --feature dli} end to end against OSBiz twins, as an operator runs them. */
class DliCommandsTest {

    @TempDir
    Path folder;

    private PhoneTwins twins;
    private StringWriter out;
    private StringWriter err;

    @AfterEach
    void stopTwins() {
        if (twins != null) {
            twins.close();
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLauncher(FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext())
                .execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void planApplyAgainAndRollBack() throws Exception {
        twins = new PhoneTwins(folder, 2);
        String estate = twins.estateFile.toString();

        assertEquals(ExitCodes.OK, run("plan", estate, "--feature", "dli"), err::toString);
        String plan = out.toString();
        assertTrue(plan.contains("osbiz-1 (System 1): 9 settings to change"), plan);
        assertTrue(plan.contains("  system/softwareDeployment\n    - off\n    + on\n"), plan);
        assertTrue(plan.contains("  " + AT_HOME + "/gateway\n    - " + OsbizSnmpTwin.OFFICE_ADDRESS
                + "\n    + " + PUBLIC_ADDRESS + "\n"), plan);
        assertTrue(plan.matches("(?s).*  " + OLD_FIRMWARE + "/deployment refused: [^\\n]*"
                + "V3 R0\\.30\\.0[^\\n]*\\(F-13\\); update the firmware to V3 R0\\.40\\.4 or later\\n    - on\\n"
                + "    \\+ off\\n.*"), plan);
        assertEquals("2", twins.scalar(1, DliMib.SOFTWARE_DEPLOYMENT), "plan writes nothing");

        assertEquals(ExitCodes.OK, run("plan", estate, "--feature", "dli", "--format", "json"), err::toString);
        Map<String, Object> json = new Gson().fromJson(out.toString(), new TypeToken<Map<String, Object>>() {
        }.getType());
        assertEquals("dli", json.get("feature"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> devices = (List<Map<String, Object>>) json.get("devices");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) devices.get(0).get("changes");
        assertEquals(9, changes.size(), changes::toString);
        Map<String, Object> refused = changes.stream()
                .filter(c -> c.get("setting").toString().startsWith(OLD_FIRMWARE + "/deployment refused: "))
                .findFirst().orElseThrow();
        assertTrue(refused.get("setting").toString().contains("(F-13); update the firmware"), refused::toString);
        assertEquals("on", refused.get("before"));
        assertEquals("off", refused.get("after"));

        assertEquals(ExitCodes.OK, run("apply", estate, "--feature", "dli", "--yes"), err::toString);
        String applied = out.toString();
        assertTrue(applied.contains("changed      osbiz-1 (System 1)"), applied);
        assertTrue(applied.contains("changed      osbiz-2 (System 2)"), applied);
        assertTrue(applied.contains("2 changed, 0 unchanged, 0 rolled back, 0 failed"), applied);
        assertEquals(PUBLIC_ADDRESS, twins.phone(2, AT_HOME, DliMib.DEVICE_DLS_ADDRESS));
        assertEquals("2", twins.phone(2, OLD_FIRMWARE, DliMib.DEVICE_DEPLOYMENT));
        Matcher journal = Pattern.compile("journal (\\S+):").matcher(applied);
        assertTrue(journal.find(), applied);

        assertEquals(ExitCodes.OK, run("apply", estate, "--feature", "dli", "--yes"), err::toString);
        assertTrue(out.toString().contains("0 changed, 2 unchanged"), out::toString);
        assertEquals(ExitCodes.OK, run("plan", estate, "--feature", "dli"), err::toString);
        assertTrue(out.toString().contains("osbiz-1 (System 1): already correct, nothing to do"), out::toString);

        assertEquals(ExitCodes.OK, run("rollback", journal.group(1), "--estate", estate), err::toString);
        assertEquals("2", twins.scalar(1, DliMib.SOFTWARE_DEPLOYMENT));
        assertEquals(OsbizSnmpTwin.OFFICE_ADDRESS, twins.phone(2, AT_HOME, DliMib.DEVICE_GATEWAY));
        assertEquals("1", twins.phone(2, OLD_FIRMWARE, DliMib.DEVICE_DEPLOYMENT));
    }

    @Test
    void aSystemThatFailsVerifyExitsThreeAndTheOtherIsChanged() throws Exception {
        twins = new PhoneTwins(folder, 2);
        twins.twin(2).ignoreWrites(DliMib.column(DliMib.DEVICE_TIME_SOURCE));
        assertEquals(ExitCodes.SOME_FAILED, run("apply", twins.estateFile.toString(), "--feature", "dli", "--yes"),
                err::toString);
        assertTrue(out.toString().contains("changed      osbiz-1"), out::toString);
        assertTrue(out.toString().matches("(?s).*rolled back  osbiz-2 \\(System 2\\): verify failed: [^\\n]*"
                + "/timeSource.*"), out::toString);
        assertEquals("2", twins.scalar(2, DliMib.SOFTWARE_DEPLOYMENT));
    }

    @Test
    void theSimulatedDemoEstateGetsSoftwareDeploymentOnItsSystemAndHomePhone() throws Exception {
        Path demo = DemoEstate.installInto(folder);
        try (EstateSimulation simulation = EstateSimulation.start(demo, folder.resolve("twins"), vault())) {
            String estate = simulation.simulatedEstate().toString();
            assertEquals(ExitCodes.OK, run("plan", estate, "--feature", "dli"), err::toString);
            String plan = out.toString();
            assertTrue(plan.startsWith("pbx-hh ("), "only the system with software deployment enabled: " + plan);
            assertTrue(plan.contains("  101/dlsAddress\n    - " + OsbizSnmpTwin.OFFICE_ADDRESS
                    + "\n    + pbx.nordhafen.example\n"), "the CP600 at home: " + plan);
            assertTrue(plan.lines().noneMatch(l -> l.startsWith("  100/") || l.startsWith("  102/")),
                    "neither the office phone nor the Yealink at home: " + plan);
            assertEquals(ExitCodes.OK, run("apply", estate, "--feature", "dli", "--yes"), err::toString);
            assertTrue(out.toString().startsWith("changed      pbx-hh"), out::toString);
            assertEquals(ExitCodes.OK, run("plan", estate, "--feature", "dli"), err::toString);
            assertTrue(out.toString().contains("already correct, nothing to do"), out::toString);
        }
    }

    private static CredentialVault vault() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(DliCommandsTest.class).getBundleContext();
        ServiceTracker<CredentialVault, CredentialVault> tracker = new ServiceTracker<>(context,
                CredentialVault.class, null);
        tracker.open();
        CredentialVault vault = tracker.waitForService(10_000);
        assertNotNull(vault, "no CredentialVault service");
        return vault;
    }

    @Test
    void anUnknownFeatureNamesDliAmongTheKnownOnes() throws Exception {
        twins = new PhoneTwins(folder, 1);
        assertEquals(ExitCodes.USAGE, run("plan", twins.estateFile.toString(), "--feature", "dls"));
        assertTrue(err.toString().contains("dli"), err::toString);
    }
}
