package io.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.JournalEntry;
import io.patchbay.core.provisioning.JournalRun;
import io.patchbay.core.provisioning.Outcome;

/** A run summed up as the journal command and the console's Journal view show it. */
class JournalRunTest {

    @TempDir
    Path folder;

    private static JournalEntry line(String id, String device, String phase, String outcome, String reason) {
        return new JournalEntry(id, "noc", Instant.parse("2026-11-22T00:15:00Z"), "portforward", device,
                "127.0.0.1:2222", phase, "forward_spec", "a", "b", outcome, reason);
    }

    @Test
    void countsTheLastOutcomeOfEachDeviceAndMarksDevicesNeverFinished() throws IOException {
        Journal journal = Journal.besideEstate(folder.resolve("hq.estate"));
        String id = journal.newId();
        journal.append(List.of(line(id, "rtr-hh", JournalEntry.BEFORE, JournalEntry.APPLYING, ""),
                line(id, "rtr-hl", JournalEntry.BEFORE, JournalEntry.APPLYING, ""),
                line(id, "rtr-m", JournalEntry.BEFORE, JournalEntry.APPLYING, "")));
        journal.append(List.of(line(id, "rtr-hh", JournalEntry.AFTER, "CHANGED", "")));
        journal.append(List.of(line(id, "rtr-hl", JournalEntry.AFTER, "ROLLED_BACK", "verify failed")));
        journal.append(List.of(line(id, "rtr-x", JournalEntry.AFTER, "UNCHANGED", "")));
        // rtr-m: the process died before its after-line

        JournalRun run = JournalRun.read(journal, id);
        assertAll(() -> assertEquals(id, run.id()),
                () -> assertEquals(Instant.parse("2026-11-22T00:15:00Z"), run.started()),
                () -> assertEquals(List.of("noc"), run.operators()),
                () -> assertEquals(List.of("portforward"), run.features()),
                () -> assertEquals(List.of("rtr-hh", "rtr-hl", "rtr-m", "rtr-x"), run.devices()),
                () -> assertEquals(Map.of("changed", 1, "rolled_back", 1, "unchanged", 1), run.outcomes()),
                () -> assertEquals(1, run.count(Outcome.CHANGED)), () -> assertEquals(0, run.count(Outcome.FAILED)),
                () -> assertTrue(run.isCutShort()), () -> assertEquals(List.of("rtr-m"), run.cutShort()),
                () -> assertEquals("1 changed, 1 rolled back, 1 unchanged, 1 cut short", run.outcomeText()));
    }

    @Test
    void aRunWhoseDevicesAllFinishedIsNotCutShort() {
        JournalRun run = JournalRun.of("r1", List.of(line("r1", "rtr-hh", JournalEntry.BEFORE,
                JournalEntry.APPLYING, ""), line("r1", "rtr-hh", JournalEntry.AFTER, "CHANGED", "")));
        assertAll(() -> assertFalse(run.isCutShort()), () -> assertEquals("1 changed", run.outcomeText()),
                () -> assertEquals(List.of("rtr-hh"), run.devices()));
    }

    @Test
    void anEmptyRunHasNoStartAndNoOutcomes() {
        JournalRun run = JournalRun.of("r0", List.of());
        assertAll(() -> assertEquals(null, run.started()), () -> assertEquals("", run.outcomeText()),
                () -> assertTrue(run.devices().isEmpty()));
    }
}
