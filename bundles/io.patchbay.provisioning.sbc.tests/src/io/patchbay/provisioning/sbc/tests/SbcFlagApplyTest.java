package io.patchbay.provisioning.sbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.Credential;
import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SettingChange;
import io.patchbay.provisioning.sbc.StationMib;
import io.patchbay.provisioning.sbc.StationPasswords;

/** SBC flags pushed to OSBiz SNMP twins (F-07, F-20): plan, apply, verify, roll back, generated passwords. */
class SbcFlagApplyTest {

    @TempDir
    Path folder;

    private SystemTwins twins;

    @AfterEach
    void stopTwins() {
        if (twins != null) {
            twins.close();
        }
    }

    private ApplyRunner runner(Provisioner provisioner) {
        return ApplyRunner.builder(provisioner, twins.connector).journal(twins.journal).parallel(4).build();
    }

    private static DeviceResult result(ApplyReport report, String deviceId) {
        return report.results().stream().filter(r -> r.deviceId().equals(deviceId)).findFirst().orElseThrow();
    }

    @Test
    void planNamesExactlyTheStationsToChange() throws Exception {
        twins = new SystemTwins(folder, 1, true);
        ApplyReport report = runner(twins.provisioner).plan(List.copyOf(twins.systems), new NullProgressMonitor());
        DeviceResult result = result(report, "osbiz-1");
        assertEquals(Outcome.PLANNED, result.outcome(), result.reason());
        Set<String> stations = result.plan().changes().stream().map(SettingChange::name)
                .map(n -> n.substring(0, n.indexOf('/'))).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("201", "202", "203"), stations, "only the SBC stations, never the office phone 204");
        assertEquals(12, result.plan().changes().size(), result.plan().changes().toString());
        assertTrue(result.plan().changes().contains(new SettingChange("201/sbc", "off", "on")));
        assertTrue(result.plan().changes().contains(new SettingChange("201/classOfService", "international",
                "national")));
        String password = result.plan().after().get("202/password");
        assertTrue(password.startsWith("set") && password.contains("write-only"), password);
        // one SET per station: authentication and password before the SBC flag
        assertEquals(3, result.plan().steps().size());
        List<String> oids = result.plan().steps().get(0).sets().stream().map(vb -> vb.oid()).toList();
        assertEquals(List.of(StationMib.instance(StationMib.AUTHENTICATION, 201),
                StationMib.instance(StationMib.PASSWORD, 201), StationMib.instance(StationMib.SBC, 201),
                StationMib.instance(StationMib.CLASS_OF_SERVICE, 201)), oids);
        assertFalse(result.plan().steps().get(0).toString().contains(SystemTwins.strongPassword("osbiz-1", 201)),
                "the plan never shows a secret");
        assertEquals("2", twins.value(1, StationMib.SBC, 201), "a plan writes nothing");
    }

    @Test
    void applySetsAuthenticationPasswordAndSbcThenASecondApplyIsANoOp() throws Exception {
        twins = new SystemTwins(folder, 2, true);
        ApplyReport first = runner(twins.provisioner).apply(List.copyOf(twins.systems), new NullProgressMonitor());
        for (int s = 1; s <= 2; s++) {
            DeviceResult result = result(first, "osbiz-" + s);
            assertEquals(Outcome.CHANGED, result.outcome(), result.reason());
            for (int number : SystemTwins.SBC_STATIONS) {
                assertEquals("1", twins.value(s, StationMib.AUTHENTICATION, number));
                assertEquals("1", twins.value(s, StationMib.SBC, number));
                assertEquals("3", twins.value(s, StationMib.CLASS_OF_SERVICE, number));
                assertTrue(twins.twin(s).stationPasswordIs(number,
                        SystemTwins.strongPassword("osbiz-" + s, number)));
            }
            assertEquals("2", twins.value(s, StationMib.SBC, SystemTwins.OFFICE));
            assertEquals("2", twins.value(s, StationMib.AUTHENTICATION, SystemTwins.OFFICE));
        }
        ApplyReport second = runner(twins.provisioner).apply(List.copyOf(twins.systems), new NullProgressMonitor());
        for (DeviceResult result : second.results()) {
            assertEquals(Outcome.UNCHANGED, result.outcome(), result.deviceId() + ": " + result.reason());
        }
        String journal = Files.readString(twins.estateFile.resolveSibling("sbc.journal")
                .resolve(first.journalId() + ".jsonl"));
        assertFalse(journal.contains(SystemTwins.strongPassword("osbiz-1", 201)), "the journal never holds a secret");
        assertTrue(journal.contains("not restorable"), "the journal says a password cannot be rolled back");
    }

    @Test
    void aWeakPasswordFailsItsSystemWithTheTwinsWrongValueAndTheOthersAreDone() throws Exception {
        twins = new SystemTwins(folder, 2, true);
        twins.vault.store(twins.station(1, 202).getPasswordRef(), Credential.password("202", "weak".toCharArray()));
        ApplyReport report = runner(twins.provisioner).apply(List.copyOf(twins.systems), new NullProgressMonitor());
        DeviceResult failed = result(report, "osbiz-1");
        assertEquals(Outcome.ROLLED_BACK, failed.outcome(), failed.reason());
        assertTrue(failed.reason().contains("wrongValue"), failed.reason());
        assertTrue(failed.reason().contains(StationMib.instance(StationMib.PASSWORD, 202)), failed.reason());
        // station 201 had been set before 202 was refused: its flags are restored
        assertEquals("2", twins.value(1, StationMib.SBC, 201));
        assertEquals("2", twins.value(1, StationMib.AUTHENTICATION, 201));
        assertEquals("4", twins.value(1, StationMib.CLASS_OF_SERVICE, 201));
        assertEquals("2", twins.value(1, StationMib.SBC, 202));
        DeviceResult done = result(report, "osbiz-2");
        assertEquals(Outcome.CHANGED, done.outcome(), done.reason());
        assertEquals("1", twins.value(2, StationMib.SBC, 202));
    }

    @Test
    void missingPasswordsAreGeneratedToThePolicyIntoTheVaultWhenAsked() throws Exception {
        twins = new SystemTwins(folder, 1, false);
        ApplyReport refused = runner(twins.provisioner).apply(List.copyOf(twins.systems), new NullProgressMonitor());
        DeviceResult without = result(refused, "osbiz-1");
        assertEquals(Outcome.FAILED, without.outcome());
        assertTrue(without.reason().contains("--generate-passwords"), without.reason());
        assertEquals("2", twins.value(1, StationMib.AUTHENTICATION, 201));

        Provisioner generating = twins.provisioner.withOptions(Set.of("generate-passwords"));
        ApplyReport report = runner(generating).apply(List.copyOf(twins.systems), new NullProgressMonitor());
        DeviceResult result = result(report, "osbiz-1");
        assertEquals(Outcome.CHANGED, result.outcome(), result.reason());
        for (int number : SystemTwins.SBC_STATIONS) {
            String reference = twins.station(1, number).getPasswordRef();
            assertTrue(twins.vault.contains(reference), reference);
            Credential stored = twins.vault.resolve(reference);
            char[] password = stored.secret();
            assertTrue(StationPasswords.meets(password, 12, 3, String.valueOf(number)), new String(password));
            assertTrue(password.length >= 12);
            assertTrue(twins.twin(1).stationPasswordIs(number, new String(password)));
            assertEquals("1", twins.value(1, StationMib.SBC, number));
        }
        assertFalse(twins.vault.contains(twins.station(1, SystemTwins.OFFICE).getPasswordRef()));
    }

    @Test
    void rollbackRestoresTheFlags() throws Exception {
        twins = new SystemTwins(folder, 1, true);
        ApplyRunner runner = runner(twins.provisioner);
        ApplyReport applied = runner.apply(List.copyOf(twins.systems), new NullProgressMonitor());
        assertEquals(Outcome.CHANGED, result(applied, "osbiz-1").outcome(), result(applied, "osbiz-1").reason());
        ApplyReport rolledBack = runner.rollback(applied.journalId(), twins::device, new NullProgressMonitor());
        DeviceResult result = result(rolledBack, "osbiz-1");
        assertEquals(Outcome.CHANGED, result.outcome(), result.reason());
        for (int number : SystemTwins.SBC_STATIONS) {
            assertEquals("2", twins.value(1, StationMib.SBC, number));
            assertEquals("2", twins.value(1, StationMib.AUTHENTICATION, number));
            assertEquals("4", twins.value(1, StationMib.CLASS_OF_SERVICE, number));
        }
    }
}
