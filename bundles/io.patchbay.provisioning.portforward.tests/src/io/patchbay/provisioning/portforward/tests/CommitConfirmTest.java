package io.patchbay.provisioning.portforward.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.Cancellation;
import io.patchbay.core.CommandResult;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.JournalEntry;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.model.ManagedDevice;
import io.patchbay.simulator.BuffaloRouterTwin;

/**
 * Commit-confirm of port forwarding over real SSH against DD-WRT twins: the router arms its own revert (a background
 * job), the change is verified over a new connection and confirmed by killing the job; a change that cuts the console
 * off is left to revert itself and reported rolled back.
 */
class CommitConfirmTest {

    private static final String HH = "rtr-hh";
    private static final String HL = RouterTwins.LUEBECK;
    private static final String BEFORE = RouterTwins.NAS + " " + RouterTwins.OLD_SIP;

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

    private ApplyRunner runner(int windowSeconds) {
        return ApplyRunner.builder(estate.provisioner, estate.connector).journal(estate.journal).operator("noc-test")
                .confirmWithin(Duration.ofSeconds(windowSeconds)).parallel(2).build();
    }

    private List<ManagedDevice> only(String id) {
        return List.of(estate.device(id));
    }

    @Test
    void aChangeThatKeepsTheConsolesPathIsConfirmedAndOutlivesTheWindow() throws Exception {
        BuffaloRouterTwin hh = estate.twin(HH);
        DeviceResult result = runner(2).apply(only(HH), new NullProgressMonitor()).result(HH);
        String after = result.plan().after().get("forward_spec");
        assertAll(() -> assertEquals(Outcome.CHANGED, result.outcome(), result.reason()),
                () -> assertEquals(List.of(), hh.backgroundJobs(), "confirming ends the revert job"),
                () -> assertEquals(Optional.empty(), hh.file("/tmp/patchbay-revert.pid"), "its PID file is gone"),
                () -> assertEquals(after, estate.nvram(HH, "forward_spec")));

        Thread.sleep(3_000); // past the 2 s window
        assertAll(() -> assertEquals(after, estate.nvram(HH, "forward_spec"), "the change survives the window"),
                () -> assertEquals(after, hh.committedNvram("forward_spec").orElse("")),
                () -> assertTrue(hh.natTable().contains("tcp dpt:4060 to:10.10.0.20:4062"), hh.natTable()),
                () -> assertFalse(hh.natTable().contains("dpt:5060"), hh.natTable()));
    }

    @Test
    void aChangeThatCutsTheConsoleOffRevertsItselfAfterTheWindowAndIsReportedRolledBack() {
        BuffaloRouterTwin hh = estate.twin(HH);
        hh.cutOffAfterFirewallRestart(true);
        Instant start = Instant.now();
        DeviceResult result = runner(2).apply(only(HH), new NullProgressMonitor()).result(HH);
        Duration took = Duration.between(start, Instant.now());
        assertAll(() -> assertEquals(Outcome.ROLLED_BACK, result.outcome(), result.reason()),
                () -> assertTrue(result.reason().startsWith("the change cut the console off from the device"),
                        result.reason()),
                () -> assertTrue(result.reason().contains("the device reverted it by itself after 2 s"),
                        result.reason()),
                () -> assertTrue(took.toMillis() >= 2_000, "the device reverts after its window: " + took),
                () -> assertEquals(BEFORE, estate.nvram(HH, "forward_spec")),
                () -> assertEquals("", estate.nvram(HH, "forward_port")),
                () -> assertEquals(BEFORE, hh.committedNvram("forward_spec").orElse(""), "the revert is committed"),
                () -> assertTrue(hh.natTable().contains("udp dpt:5060 to:10.10.0.20:5060"), hh.natTable()),
                () -> assertFalse(hh.natTable().contains("dpt:4060"), hh.natTable()),
                () -> assertFalse(hh.isCutOff(), "the console reaches the router again"),
                () -> assertEquals(List.of(), hh.backgroundJobs()));
    }

    @Test
    void aConfirmationThatComesAfterTheWindowFindsTheChangeRevertedAndSaysTheWindowIsTooShort() {
        BuffaloRouterTwin hh = estate.twin(HH);
        // each command waits 0.8 s: the change is written 1.6 s after arming, verified only after the 2 s window
        hh.slowAnswers(Duration.ofMillis(800));
        DeviceResult result = runner(2).apply(only(HH), new NullProgressMonitor()).result(HH);
        assertAll(() -> assertEquals(Outcome.ROLLED_BACK, result.outcome(), result.reason()),
                () -> assertTrue(result.reason().startsWith("the confirmation came too late"), result.reason()),
                () -> assertTrue(result.reason().contains("longer --confirm-within"), result.reason()),
                () -> assertEquals(BEFORE, estate.nvram(HH, "forward_spec")),
                () -> assertEquals(BEFORE, hh.committedNvram("forward_spec").orElse("")),
                () -> assertEquals(List.of(), hh.backgroundJobs()));
    }

    @Test
    void theJournalHoldsTheConfirmedRouterAndTheOneThatRevertedItself() throws Exception {
        estate.twin(HH).cutOffAfterFirewallRestart(true);
        ApplyReport report = runner(1).apply(estate.routers, new NullProgressMonitor());
        List<JournalEntry> lines = estate.journal.read(report.journalId());
        JournalEntry hhAfter = lines.stream().filter(l -> l.device().equals(HH) && l.phase().equals("after")
                && "forward_spec".equals(l.setting())).findFirst().orElseThrow();
        JournalEntry hlAfter = lines.stream().filter(l -> l.device().equals(HL) && l.phase().equals("after"))
                .findFirst().orElseThrow();
        assertAll(() -> assertEquals(Outcome.CHANGED, report.result(HL).outcome(), report.result(HL).reason()),
                () -> assertEquals(Outcome.ROLLED_BACK, report.result(HH).outcome(), report.result(HH).reason()),
                () -> assertEquals("CHANGED", hlAfter.outcome()),
                () -> assertEquals("ROLLED_BACK", hhAfter.outcome()),
                () -> assertEquals(BEFORE, hhAfter.before()),
                () -> assertTrue(hhAfter.reason().contains("cut the console off"), hhAfter.reason()),
                () -> assertTrue(hhAfter.reason().contains("reverted it by itself"), hhAfter.reason()),
                () -> assertTrue(lines.stream().anyMatch(l -> l.device().equals(HH) && l.phase().equals("before")),
                        "the before-values were journaled before the router was touched"));
    }

    @Test
    void cancellingWhileTheRevertIsArmedRollsTheRouterBackAndDisarmsIt() throws Exception {
        BuffaloRouterTwin hh = estate.twin(HH);
        hh.slowAnswers(Duration.ofMillis(300));
        NullProgressMonitor monitor = new NullProgressMonitor();
        CompletableFuture<ApplyReport> run = CompletableFuture
                .supplyAsync(() -> runner(3).apply(only(HH), monitor));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (hh.backgroundJobs().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertFalse(hh.backgroundJobs().isEmpty(), "the revert was armed");
        monitor.setCanceled(true); // the change is being written, not yet confirmed
        DeviceResult result = run.get(30, TimeUnit.SECONDS).result(HH);
        assertAll(() -> assertEquals(Outcome.ROLLED_BACK, result.outcome(), result.reason()),
                () -> assertTrue(result.reason().contains("cancelled"), result.reason()),
                () -> assertEquals(BEFORE, estate.nvram(HH, "forward_spec")),
                () -> assertEquals(List.of(), hh.backgroundJobs(), "the pending revert was ended"));
        hh.setNvram("router_name", "changed-by-the-operator-after-the-run");
        Thread.sleep(3_500); // past the window: nothing fires any more
        assertAll(() -> assertEquals(BEFORE, estate.nvram(HH, "forward_spec")),
                () -> assertEquals("changed-by-the-operator-after-the-run", estate.nvram(HH, "router_name")),
                () -> assertEquals(List.of(), hh.backgroundJobs()));
    }

    @Test
    void twoRunsOnTheSameRouterNeverWriteItAtOnceEvenThroughTheWindow() throws Exception {
        estate.twin(HH).cutOffAfterFirewallRestart(true);
        CompletableFuture<ApplyReport> first = CompletableFuture
                .supplyAsync(() -> runner(1).apply(only(HH), new NullProgressMonitor()));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (estate.twin(HH).backgroundJobs().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        CompletableFuture<ApplyReport> second = CompletableFuture
                .supplyAsync(() -> runner(1).apply(only(HH), new NullProgressMonitor()));
        ApplyReport a = first.get(60, TimeUnit.SECONDS);
        ApplyReport b = second.get(60, TimeUnit.SECONDS);
        List<JournalEntry> aLines = estate.journal.read(a.journalId());
        List<JournalEntry> bLines = estate.journal.read(b.journalId());
        Instant aDone = aLines.stream().filter(l -> l.phase().equals("after")).map(JournalEntry::time).max(
                Instant::compareTo).orElseThrow();
        Instant bBegan = bLines.stream().filter(l -> l.phase().equals("before")).map(JournalEntry::time).min(
                Instant::compareTo).orElseThrow();
        assertAll(() -> assertEquals(Outcome.ROLLED_BACK, a.result(HH).outcome(), a.result(HH).reason()),
                () -> assertEquals(Outcome.ROLLED_BACK, b.result(HH).outcome(), b.result(HH).reason()),
                () -> assertTrue(bBegan.isAfter(aDone), "the second run began writing at " + bBegan
                        + ", before the first was done with the router at " + aDone),
                () -> assertEquals(BEFORE, estate.nvram(HH, "forward_spec")));
    }

    @Test
    void theTwinsShellRunsABackgroundJobPastItsSessionAndKillEndsIt() throws Exception {
        BuffaloRouterTwin hh = estate.twin(HH);
        try (TransportSession ssh = estate.connector.open(estate.device(HH), new Cancellation())) {
            ssh.exec("(sleep 1 && nvram set fired=yes) >/dev/null 2>&1 & nvram set job=$!").requireSuccess();
            ssh.exec("(sleep 1 && nvram set killed=no) >/dev/null 2>&1 & echo $! >/tmp/victim.pid").requireSuccess();
            String victim = ssh.exec("cat /tmp/victim.pid").requireSuccess().stdout().strip();
            assertEquals(2, hh.backgroundJobs().size(), hh.backgroundJobs()::toString);
            assertTrue(hh.backgroundJobs().get(1).startsWith(victim + " sleep 1"), hh.backgroundJobs()::toString);
            ssh.exec("kill $(cat /tmp/victim.pid)").requireSuccess();
            CommandResult again = ssh.exec("kill " + victim);
            assertAll(() -> assertEquals(1, again.exitCode()),
                    () -> assertEquals("kill: can't kill pid " + victim + ": No such process\n", again.stderr()),
                    () -> assertEquals(1, ssh.exec("kill $(nvram get nothing)").exitCode(), "kill with no pid"));
        }
        Thread.sleep(1_500);
        assertAll(() -> assertEquals("yes", estate.nvram(HH, "fired"), "a job outlives the session that began it"),
                () -> assertEquals("", estate.nvram(HH, "killed"), "a killed job runs nothing more"),
                () -> assertEquals(List.of(), hh.backgroundJobs()));
    }

    @Test
    void theCutOffFaultDropsNewConnectionsUntilTheFirewallIsBack() throws Exception {
        BuffaloRouterTwin hh = estate.twin(HH);
        hh.cutOffAfterFirewallRestart(true);
        try (TransportSession ssh = estate.connector.open(estate.device(HH), new Cancellation())) {
            ssh.exec("nvram set 'forward_spec=cut:on:tcp:22>10.0.0.9:22' && stopservice firewall && "
                    + "startservice firewall").requireSuccess();
            assertTrue(hh.isCutOff());
            assertThrows(TransportException.class,
                    () -> estate.connector.open(estate.device(HH), new Cancellation()).close());
            ssh.exec("nvram set 'forward_spec=" + BEFORE + "' && restart firewall").requireSuccess();
        }
        try (TransportSession again = estate.connector.open(estate.device(HH), new Cancellation())) {
            assertEquals(BEFORE, again.exec("nvram get forward_spec").requireSuccess().stdout().strip());
        }
    }
}
