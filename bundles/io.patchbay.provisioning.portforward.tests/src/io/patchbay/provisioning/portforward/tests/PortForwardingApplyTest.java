package io.patchbay.provisioning.portforward.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.ChangePlan;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.JournalEntry;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.SettingChange;

/** Port forwarding pushed to DD-WRT twins: plan, apply, verify, roll back, cancel, journal. */
class PortForwardingApplyTest {

    private static final String HH = "rtr-hh";
    private static final String HL = RouterTwins.LUEBECK;

    /** What the demo's Hamburg system needs (F-10 with HTTPS and DLI, F-23), after the operator's own forward. */
    private static final String HH_SINGLE_PORTS = RouterTwins.NAS
            + " pb-hfa:on:both:4060>10.10.0.20:4062"
            + " pb-hfa-encrypted-spe:on:both:4061>10.10.0.20:4063"
            + " pb-https:on:tcp:8802>10.10.0.20:8802"
            + " pb-dli:on:tcp:18443>10.10.0.20:18443"
            + " pb-dli-https:on:tcp:8804>10.10.0.20:8804"
            + " pb-sip-home-udp:on:udp:5070>10.10.0.20:5070"
            + " pb-sip-home-tcp:on:tcp:5070>10.10.0.20:5070"
            + " pb-sip-home-tls:on:tcp:5071>10.10.0.20:5071";
    private static final String HH_RANGES = "pb-rtp:on:udp:30274:30529>10.10.0.20";

    @TempDir
    Path folder;

    private RouterTwins estate;

    @BeforeEach
    void startTwins() throws Exception {
        estate = new RouterTwins(folder);
        estate.giveOperatorForwards(HH);
    }

    @AfterEach
    void stopTwins() throws Exception {
        estate.close();
    }

    private ApplyRunner.Builder runner() {
        return ApplyRunner.builder(estate.provisioner, estate.connector).journal(estate.journal).operator("noc-test");
    }

    @Test
    void thePlanShowsExactlyTheNeededChangesAndWritesNothing() {
        ApplyReport report = runner().build().plan(estate.routers, new NullProgressMonitor());
        DeviceResult hh = report.result(HH);
        ChangePlan plan = hh.plan();
        assertAll(() -> assertEquals(Outcome.PLANNED, hh.outcome(), hh.reason()),
                () -> assertEquals(List.of(
                        new SettingChange("forward_port", "", HH_RANGES),
                        new SettingChange("forward_spec", RouterTwins.NAS + " " + RouterTwins.OLD_SIP,
                                HH_SINGLE_PORTS)), plan.changes()),
                () -> assertFalse(plan.after().get("forward_spec").contains(":5060"), "F-23: never 5060-5062"),
                () -> assertEquals(List.of("nvram set 'forward_port=" + HH_RANGES + "' && nvram set 'forward_spec="
                        + HH_SINGLE_PORTS + "' && nvram commit", "stopservice firewall && startservice firewall"),
                        plan.steps().stream().flatMap(s -> s.commands().stream()).toList()),
                () -> assertEquals(List.of("nvram set 'forward_port=' && nvram set 'forward_spec=" + RouterTwins.NAS
                        + " " + RouterTwins.OLD_SIP + "' && nvram commit",
                        "stopservice firewall && startservice firewall"),
                        plan.inverseSteps().stream().flatMap(s -> s.commands().stream()).toList()),
                () -> assertEquals(RouterTwins.NAS + " " + RouterTwins.OLD_SIP, estate.nvram(HH, "forward_spec"),
                        "a plan writes nothing"),
                () -> assertEquals(null, report.journalId(), "a dry run is not journaled"));
    }

    @Test
    void applyChangesEveryRouterTheTwinsNatShowsItAndASecondApplyIsANoOp() {
        ApplyReport first = runner().parallel(2).build().apply(estate.routers, new NullProgressMonitor());
        assertTrue(first.allSucceeded(), () -> first.results().toString());
        assertEquals(2, first.count(Outcome.CHANGED));
        String nat = estate.twin(HH).natTable();
        assertAll(() -> assertEquals(HH_SINGLE_PORTS, estate.nvram(HH, "forward_spec")),
                () -> assertEquals(HH_RANGES, estate.nvram(HH, "forward_port")),
                () -> assertEquals(HH_SINGLE_PORTS, estate.twin(HH).committedNvram("forward_spec").orElse("")),
                () -> assertTrue(nat.contains("tcp dpt:4060 to:10.10.0.20:4062"), nat),
                () -> assertTrue(nat.contains("udp dpt:4060 to:10.10.0.20:4062"), nat),
                () -> assertTrue(nat.contains("udp dpts:30274:30529 to:10.10.0.20"), nat),
                () -> assertTrue(nat.contains("tcp dpt:2222 to:10.10.0.50:22"), "the operator's forward: " + nat),
                () -> assertFalse(nat.contains("dpt:5060"), nat));

        ApplyReport second = runner().build().apply(estate.routers, new NullProgressMonitor());
        assertAll(() -> assertEquals(2, second.count(Outcome.UNCHANGED), () -> second.results().toString()),
                () -> assertTrue(second.results().stream().allMatch(r -> r.plan().isEmpty())));
    }

    @Test
    void verifyCatchesARouterThatIgnoredTheWriteAndRollsItBackWhileTheOtherFinishes() {
        estate.twin(HL).ignoreNvramSet(true);
        String before = estate.nvram(HL, "forward_spec");
        ApplyReport report = runner().parallel(2).build().apply(estate.routers, new NullProgressMonitor());
        DeviceResult hl = report.result(HL);
        assertAll(() -> assertEquals(Outcome.ROLLED_BACK, hl.outcome(), hl.reason()),
                () -> assertTrue(hl.reason().startsWith("verify failed: the device reads forward_"), hl.reason()),
                () -> assertEquals(before, estate.nvram(HL, "forward_spec")),
                () -> assertEquals(Outcome.CHANGED, report.result(HH).outcome(), report.result(HH).reason()),
                () -> assertEquals(HH_SINGLE_PORTS, estate.nvram(HH, "forward_spec")),
                () -> assertFalse(report.allSucceeded()));
    }

    @Test
    void aRouterWhoseLinkDiesWhileItIsWrittenIsRolledBackWhileTheOtherFinishes() {
        String before = estate.nvram(HL, "forward_spec");
        estate.twin(HL).dropConnectionAfterCommand("nvram set");
        ApplyReport report = runner().parallel(2).build().apply(estate.routers, new NullProgressMonitor());
        DeviceResult hl = report.result(HL);
        assertAll(() -> assertEquals(Outcome.ROLLED_BACK, hl.outcome(), hl.reason()),
                () -> assertTrue(hl.reason().startsWith("applying failed: "), hl.reason()),
                () -> assertTrue(hl.reason().contains("connection"), hl.reason()),
                () -> assertEquals(before, estate.nvram(HL, "forward_spec"), "the write that took effect is undone"),
                () -> assertEquals(before, estate.twin(HL).committedNvram("forward_spec").orElse("")),
                () -> assertEquals(Outcome.CHANGED, report.result(HH).outcome(), report.result(HH).reason()),
                () -> assertEquals(HH_SINGLE_PORTS, estate.nvram(HH, "forward_spec")));
    }

    @Test
    void cancellingLeavesTheDevicesNotStartedUntouchedAndTheOneInFlightWholeOrRolledBack() throws Exception {
        for (var twin : estate.twins.values()) {
            twin.slowAnswers(Duration.ofMillis(300));
        }
        String hhBefore = estate.nvram(HH, "forward_spec");
        String hlBefore = estate.nvram(HL, "forward_spec");
        NullProgressMonitor monitor = new NullProgressMonitor();
        CompletableFuture<ApplyReport> run = CompletableFuture
                .supplyAsync(() -> runner().parallel(1).build().apply(estate.routers, monitor));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (estate.twins.values().stream().allMatch(t -> t.activeSessions() == 0) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        Thread.sleep(700); // into the writing steps of the device in flight
        monitor.setCanceled(true);
        ApplyReport report = run.get(30, TimeUnit.SECONDS);
        List<Outcome> outcomes = report.results().stream().map(DeviceResult::outcome).toList();
        assertTrue(outcomes.contains(Outcome.NOT_STARTED), outcomes::toString);
        for (DeviceResult result : report.results()) {
            String id = result.deviceId();
            String before = id.equals(HH) ? hhBefore : hlBefore;
            String now = estate.nvram(id, "forward_spec");
            switch (result.outcome()) {
                case NOT_STARTED, ROLLED_BACK -> assertEquals(before, now, id + " " + result.outcome());
                case CHANGED -> assertEquals(result.plan().after().get("forward_spec"), now, id);
                default -> throw new AssertionError(id + " ended " + result.outcome() + ": " + result.reason());
            }
        }
        assertTrue(Set.of(Outcome.NOT_STARTED, Outcome.ROLLED_BACK, Outcome.CHANGED).containsAll(outcomes));
    }

    @Test
    void theJournalRecordsBeforeAndAfterAndRollbackRestoresTheBeforeValues() throws Exception {
        ApplyReport applied = runner().build().apply(estate.routers, new NullProgressMonitor());
        assertTrue(applied.allSucceeded(), () -> applied.results().toString());
        List<JournalEntry> lines = estate.journal.read(applied.journalId());
        JournalEntry before = lines.stream().filter(l -> l.device().equals(HH) && l.phase().equals("before")
                && "forward_spec".equals(l.setting())).findFirst().orElseThrow();
        JournalEntry after = lines.stream().filter(l -> l.device().equals(HH) && l.phase().equals("after")
                && "forward_spec".equals(l.setting())).findFirst().orElseThrow();
        assertAll(() -> assertEquals(RouterTwins.NAS + " " + RouterTwins.OLD_SIP, before.before()),
                () -> assertEquals(HH_SINGLE_PORTS, before.after()),
                () -> assertEquals("applying", before.outcome()),
                () -> assertEquals("CHANGED", after.outcome()),
                () -> assertEquals("noc-test", after.operator()),
                () -> assertEquals("portforward", after.feature()),
                () -> assertTrue(lines.indexOf(before) < lines.indexOf(after)));

        ApplyReport restored = runner().build().rollback(applied.journalId(), estate::device,
                new NullProgressMonitor());
        assertAll(() -> assertEquals(2, restored.count(Outcome.CHANGED), () -> restored.results().toString()),
                () -> assertNotEquals(applied.journalId(), restored.journalId()),
                () -> assertEquals(RouterTwins.NAS + " " + RouterTwins.OLD_SIP, estate.nvram(HH, "forward_spec")),
                () -> assertEquals("", estate.nvram(HH, "forward_port")),
                () -> assertTrue(estate.twin(HH).natTable().contains("udp dpt:5060 to:10.10.0.20:5060"),
                        "the firewall follows the restored NVRAM"),
                () -> assertFalse(estate.twin(HH).natTable().contains("dpt:4060")));
    }

    @Test
    void aRunThatDiedMidDeviceIsRolledBackFromTheBeforeLinesItLeft() throws Exception {
        // what a run killed after writing a router, before verifying it, leaves behind: "before" lines, no "after"
        String id = estate.journal.newId();
        String before = RouterTwins.NAS + " " + RouterTwins.OLD_SIP;
        estate.journal.append(List.of(
                new JournalEntry(id, "noc-test", java.time.Instant.now(), "portforward", HH, "127.0.0.1:1",
                        JournalEntry.BEFORE, "forward_port", "", HH_RANGES, JournalEntry.APPLYING, ""),
                new JournalEntry(id, "noc-test", java.time.Instant.now(), "portforward", HH, "127.0.0.1:1",
                        JournalEntry.BEFORE, "forward_spec", before, HH_SINGLE_PORTS, JournalEntry.APPLYING, "")));
        estate.twin(HH).setNvram("forward_spec", HH_SINGLE_PORTS);
        estate.twin(HH).setNvram("forward_port", HH_RANGES);
        String luebeck = estate.nvram(HL, "forward_spec");

        ApplyReport restored = runner().build().rollback(id, estate::device, new NullProgressMonitor());
        assertAll(() -> assertEquals(1, restored.results().size(), () -> restored.results().toString()),
                () -> assertEquals(Outcome.CHANGED, restored.result(HH).outcome(), restored.result(HH).reason()),
                () -> assertEquals(before, estate.nvram(HH, "forward_spec")),
                () -> assertEquals("", estate.nvram(HH, "forward_port")),
                () -> assertEquals(luebeck, estate.nvram(HL, "forward_spec"), "not in the journal: untouched"));
    }
}
