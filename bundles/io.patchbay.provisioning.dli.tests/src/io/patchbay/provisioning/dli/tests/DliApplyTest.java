package io.patchbay.provisioning.dli.tests;

import static io.patchbay.provisioning.dli.tests.PhoneTwins.AT_HOME;
import static io.patchbay.provisioning.dli.tests.PhoneTwins.CP400;
import static io.patchbay.provisioning.dli.tests.PhoneTwins.IN_OFFICE;
import static io.patchbay.provisioning.dli.tests.PhoneTwins.OLD_FIRMWARE;
import static io.patchbay.provisioning.dli.tests.PhoneTwins.PUBLIC_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.Cancellation;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.TransportException;
import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.SettingChange;
import io.patchbay.core.provisioning.Step;
import io.patchbay.provisioning.dli.DliMib;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;

/**
 * Software deployment pushed to OSBiz SNMP twins over SNMPv3 authPriv (F-11, F-12, F-13): plan, apply, verify, the
 * system's refusals, the F-13 refusal of one phone while the others change, roll back.
 */
class DliApplyTest {

    private static final String OFFICE = OsbizSnmpTwin.OFFICE_ADDRESS;

    @TempDir
    Path folder;

    private PhoneTwins twins;

    @AfterEach
    void stopTwins() {
        if (twins != null) {
            twins.close();
        }
    }

    private ApplyRunner runner() {
        return ApplyRunner.builder(twins.provisioner, twins.connector).journal(twins.journal).parallel(4).build();
    }

    private static DeviceResult result(ApplyReport report, String deviceId) {
        return report.results().stream().filter(r -> r.deviceId().equals(deviceId)).findFirst().orElseThrow();
    }

    private static Map<String, SettingChange> byName(DeviceResult result) {
        return result.plan().changes().stream()
                .collect(Collectors.toMap(SettingChange::name, c -> c, (a, b) -> a, TreeMap::new));
    }

    /** The one change of the phone F-13 refuses: its deployment setting, named with the rule's message. */
    private static SettingChange refusal(DeviceResult result) {
        List<SettingChange> refused = result.plan().changes().stream()
                .filter(c -> c.name().startsWith(OLD_FIRMWARE + "/")).toList();
        assertEquals(1, refused.size(), refused.toString());
        return refused.get(0);
    }

    @Test
    void planNamesExactlyTheChangesAndTheRefusedPhoneWithRuleAndFix() throws Exception {
        twins = new PhoneTwins(folder, 1);
        ApplyReport report = runner().plan(List.copyOf(twins.systems), new NullProgressMonitor());
        DeviceResult result = result(report, "osbiz-1");
        assertEquals(Outcome.PLANNED, result.outcome(), result.reason());
        Map<String, SettingChange> changes = byName(result);
        String home = String.valueOf(AT_HOME), cp = String.valueOf(CP400);
        Map<String, SettingChange> expected = new TreeMap<>();
        for (SettingChange c : List.of(new SettingChange("system/softwareDeployment", "off", "on"),
                new SettingChange("system/dlsAddress", "", PUBLIC_ADDRESS),
                new SettingChange(home + "/gateway", OFFICE, PUBLIC_ADDRESS),
                new SettingChange(home + "/dlsAddress", OFFICE, PUBLIC_ADDRESS),
                new SettingChange(home + "/timeSource", "own", "system"),
                new SettingChange(cp + "/gateway", OFFICE, PUBLIC_ADDRESS),
                new SettingChange(cp + "/dlsAddress", OFFICE, PUBLIC_ADDRESS),
                new SettingChange(cp + "/timeSource", "own", "system"), refusal(result))) {
            expected.put(c.name(), c);
        }
        assertEquals(expected, changes, "deployment stays on for the good phones; the office phone is not touched");

        SettingChange refused = refusal(result);
        assertEquals("on", refused.actual());
        assertEquals("off", refused.desired());
        String why = refused.name();
        assertTrue(why.startsWith(OLD_FIRMWARE + "/deployment refused: "), why);
        assertTrue(why.contains("(F-13)"), why);
        assertTrue(why.contains("V3 R0.30.0"), "the firmware the phone registered with, not the estate's: " + why);
        assertTrue(why.contains("update the firmware to V3 R0.40.4 or later"), why);
        assertTrue(changes.keySet().stream().noneMatch(n -> n.startsWith(IN_OFFICE + "/")));

        // one SET for the system and one per phone
        assertEquals(4, result.plan().steps().size(), result.plan().steps().toString());
        assertEquals(Set.of(DliMib.DLS_ADDRESS, DliMib.SOFTWARE_DEPLOYMENT), result.plan().steps().get(0).sets()
                .stream().map(vb -> vb.oid()).collect(Collectors.toSet()));
        assertEquals("2", twins.scalar(1, DliMib.SOFTWARE_DEPLOYMENT), "a plan writes nothing");
        assertEquals(OFFICE, twins.phone(1, AT_HOME, DliMib.DEVICE_GATEWAY), "a plan writes nothing");
    }

    @Test
    void applyMakesTheChangesKeepsTheRefusedPhoneAndASecondApplyIsANoOp() throws Exception {
        twins = new PhoneTwins(folder, 2);
        ApplyReport first = runner().apply(List.copyOf(twins.systems), new NullProgressMonitor());
        for (int s = 1; s <= 2; s++) {
            DeviceResult result = result(first, "osbiz-" + s);
            assertEquals(Outcome.CHANGED, result.outcome(), result.reason());
            assertEquals("1", twins.scalar(s, DliMib.SOFTWARE_DEPLOYMENT));
            assertEquals(PUBLIC_ADDRESS, twins.scalar(s, DliMib.DLS_ADDRESS));
            for (int phone : new int[] {AT_HOME, CP400}) {
                assertEquals(PUBLIC_ADDRESS, twins.phone(s, phone, DliMib.DEVICE_GATEWAY));
                assertEquals(PUBLIC_ADDRESS, twins.phone(s, phone, DliMib.DEVICE_DLS_ADDRESS));
                assertEquals("1", twins.phone(s, phone, DliMib.DEVICE_TIME_SOURCE));
                assertEquals("1", twins.phone(s, phone, DliMib.DEVICE_DEPLOYMENT));
            }
            // refused (F-13): its settings untouched, the system no longer deploys to it
            assertEquals(OFFICE, twins.phone(s, OLD_FIRMWARE, DliMib.DEVICE_GATEWAY));
            assertEquals(OFFICE, twins.phone(s, OLD_FIRMWARE, DliMib.DEVICE_DLS_ADDRESS));
            assertEquals("2", twins.phone(s, OLD_FIRMWARE, DliMib.DEVICE_TIME_SOURCE));
            assertEquals("2", twins.phone(s, OLD_FIRMWARE, DliMib.DEVICE_DEPLOYMENT));
            // in the office: not this feature's
            assertEquals(OFFICE, twins.phone(s, IN_OFFICE, DliMib.DEVICE_GATEWAY));
            assertEquals("2", twins.phone(s, IN_OFFICE, DliMib.DEVICE_TIME_SOURCE));
        }
        String journal = Files.readString(twins.estateFile.resolveSibling("dli.journal")
                .resolve(first.journalId() + ".jsonl"));
        assertTrue(journal.contains("(F-13)") && journal.contains("update the firmware"),
                "the journal records why the phone was refused");

        ApplyReport second = runner().apply(List.copyOf(twins.systems), new NullProgressMonitor());
        for (DeviceResult result : second.results()) {
            assertEquals(Outcome.UNCHANGED, result.outcome(), result.deviceId() + ": " + result.reason());
        }
    }

    @Test
    void verifyCatchesASystemThatAcknowledgesAWriteAndDropsIt() throws Exception {
        twins = new PhoneTwins(folder, 2);
        twins.twin(1).ignoreWrites(DliMib.column(DliMib.DEVICE_GATEWAY));
        ApplyReport report = runner().apply(List.copyOf(twins.systems), new NullProgressMonitor());
        DeviceResult failed = result(report, "osbiz-1");
        assertEquals(Outcome.ROLLED_BACK, failed.outcome(), failed.reason());
        assertTrue(failed.reason().contains("verify failed"), failed.reason());
        assertTrue(failed.reason().contains("/gateway"), failed.reason());
        // everything the apply did write is written back
        assertEquals("2", twins.scalar(1, DliMib.SOFTWARE_DEPLOYMENT));
        assertEquals("", twins.scalar(1, DliMib.DLS_ADDRESS));
        assertEquals(OFFICE, twins.phone(1, AT_HOME, DliMib.DEVICE_DLS_ADDRESS));
        assertEquals("2", twins.phone(1, AT_HOME, DliMib.DEVICE_TIME_SOURCE));
        assertEquals("1", twins.phone(1, OLD_FIRMWARE, DliMib.DEVICE_DEPLOYMENT));
        DeviceResult done = result(report, "osbiz-2");
        assertEquals(Outcome.CHANGED, done.outcome(), done.reason());
        assertEquals(PUBLIC_ADDRESS, twins.phone(2, AT_HOME, DliMib.DEVICE_GATEWAY));
    }

    @Test
    void aPublicAddressTheSystemRefusesRollsItsSystemBackWithTheTwinsWrongValue() throws Exception {
        twins = new PhoneTwins(folder, 2);
        twins.system(1).setPublicAddress("pbx_nordhafen!example");
        ApplyReport report = runner().apply(List.copyOf(twins.systems), new NullProgressMonitor());
        DeviceResult failed = result(report, "osbiz-1");
        assertEquals(Outcome.ROLLED_BACK, failed.outcome(), failed.reason());
        assertTrue(failed.reason().contains("wrongValue"), failed.reason());
        assertTrue(failed.reason().contains(DliMib.DLS_ADDRESS), failed.reason());
        assertEquals("2", twins.scalar(1, DliMib.SOFTWARE_DEPLOYMENT));
        assertEquals(OFFICE, twins.phone(1, AT_HOME, DliMib.DEVICE_GATEWAY));
        assertEquals(Outcome.CHANGED, result(report, "osbiz-2").outcome(), result(report, "osbiz-2").reason());
    }

    @Test
    void aSystemWithoutPublicAddressIsNotTouchedAndTheErrorSaysWhatToSet() throws Exception {
        twins = new PhoneTwins(folder, 1);
        twins.system(1).setPublicAddress(null);
        ApplyReport report = runner().apply(List.copyOf(twins.systems), new NullProgressMonitor());
        DeviceResult failed = result(report, "osbiz-1");
        assertEquals(Outcome.FAILED, failed.outcome());
        assertTrue(failed.reason().contains("public address") && failed.reason().contains("F-12"), failed.reason());
        assertEquals("2", twins.scalar(1, DliMib.SOFTWARE_DEPLOYMENT));
    }

    @Test
    void rollbackRestoresTheBeforeValues() throws Exception {
        twins = new PhoneTwins(folder, 1);
        ApplyRunner runner = runner();
        ApplyReport applied = runner.apply(List.copyOf(twins.systems), new NullProgressMonitor());
        assertEquals(Outcome.CHANGED, result(applied, "osbiz-1").outcome(), result(applied, "osbiz-1").reason());
        ApplyReport rolledBack = runner.rollback(applied.journalId(), twins::device, new NullProgressMonitor());
        DeviceResult result = result(rolledBack, "osbiz-1");
        assertEquals(Outcome.CHANGED, result.outcome(), result.reason());
        assertEquals("2", twins.scalar(1, DliMib.SOFTWARE_DEPLOYMENT));
        assertEquals("", twins.scalar(1, DliMib.DLS_ADDRESS));
        for (int phone : new int[] {AT_HOME, CP400, OLD_FIRMWARE}) {
            assertEquals(OFFICE, twins.phone(1, phone, DliMib.DEVICE_GATEWAY));
            assertEquals(OFFICE, twins.phone(1, phone, DliMib.DEVICE_DLS_ADDRESS));
            assertEquals("2", twins.phone(1, phone, DliMib.DEVICE_TIME_SOURCE));
            assertEquals("1", twins.phone(1, phone, DliMib.DEVICE_DEPLOYMENT));
        }
        assertEquals(9, result(runner.plan(List.copyOf(twins.systems), new NullProgressMonitor()), "osbiz-1")
                .plan().changes().size(), "after the rollback the same change is to do again");
    }

    @Test
    void theSystemRefusesDeploymentWithoutADlsAddressAsInconsistent() throws Exception {
        twins = new PhoneTwins(folder, 1);
        // what a hand-made change would send: deployment on, no DLS address, on the system and on a phone
        List<Step> steps = twins.provisioner.write(twins.system(1), Map.of("system/softwareDeployment", "on",
                AT_HOME + "/dlsAddress", "", AT_HOME + "/deployment", "on"));
        try (SnmpSession session = twins.connector.openSnmp(twins.system(1), new Cancellation())) {
            for (Step step : steps) {
                TransportException refused = assertThrows(TransportException.class, () -> session.set(step.sets()),
                        step.description());
                assertTrue(refused.getMessage().contains("inconsistentValue"), refused.getMessage());
            }
        }
        assertEquals("2", twins.scalar(1, DliMib.SOFTWARE_DEPLOYMENT), "a refused SET changes nothing");
        assertEquals(OFFICE, twins.phone(1, AT_HOME, DliMib.DEVICE_DLS_ADDRESS), "a refused SET changes nothing");
    }
}
