package io.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.JournalEntry;

/** The journal: where it lives, what a line holds, and what survives a crash mid-line. */
class JournalTest {

    @TempDir
    Path folder;

    private static JournalEntry line(String id, String phase, String outcome) {
        return new JournalEntry(id, "noc", Instant.parse("2026-11-22T00:15:00Z"), "portforward", "rtr-hh",
                "127.0.0.1:2222", phase, "forward_spec", "a:on:tcp:1>10.0.0.1:1", "b:on:udp:2>10.0.0.2:2", outcome,
                "");
    }

    @Test
    void livesBesideTheEstateAndReadsBackWhatWasAppendedInOrder() throws IOException {
        Journal journal = Journal.besideEstate(folder.resolve("hq.estate"));
        String id = journal.newId();
        journal.append(List.of(line(id, JournalEntry.BEFORE, JournalEntry.APPLYING)));
        journal.append(List.of(line(id, JournalEntry.AFTER, "CHANGED")));
        List<JournalEntry> read = journal.read(id);
        assertAll(() -> assertEquals(folder.resolve("hq.journal").resolve(id + ".jsonl"), journal.file(id)),
                () -> assertEquals(List.of(line(id, JournalEntry.BEFORE, JournalEntry.APPLYING),
                        line(id, JournalEntry.AFTER, "CHANGED")), read),
                () -> assertEquals(List.of(id), journal.ids()),
                () -> assertTrue(id.matches("\\d{8}T\\d{6}Z-[0-9a-f]{4}"), id));
    }

    @Test
    void aLineTornByACrashIsSkippedAndTheLinesBeforeItStillCount() throws IOException {
        Journal journal = Journal.in(folder);
        String id = journal.newId();
        journal.append(List.of(line(id, JournalEntry.BEFORE, JournalEntry.APPLYING)));
        Files.writeString(journal.file(id), "{\"journal\":\"" + id + "\",\"oper", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertEquals(List.of(line(id, JournalEntry.BEFORE, JournalEntry.APPLYING)), journal.read(id));
    }

    @Test
    void anUnknownOrMalformedIdIsRefused() {
        Journal journal = Journal.in(folder);
        assertAll(() -> assertThrows(IOException.class, () -> journal.read("20260101T000000Z-0000")),
                () -> assertThrows(IllegalArgumentException.class, () -> journal.file("../etc/passwd")));
    }
}
