package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.JournalEntry;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.internal.JournalView;
import io.patchbay.ui.testing.SwtDriver;

/**
 * A run written to the journal folder by someone else ({@code patchbay apply} in another process) appears in the open
 * Journal view by itself, and its outcome follows as the writer finishes the device; nobody presses Refresh.
 */
class JournalWatchTest {

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();

    @Test
    void aRunWrittenByAnotherProcessAppearsWithoutRefresh() throws Exception {
        IWorkbenchWindow window = driver.waitFor("the workbench window",
                () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Path estate = window.getService(EstateSession.class).file();
        JournalView view = (JournalView) window.getActivePage().showView(PatchbayUi.JOURNAL_ID);
        Table runs = view.runs().getTable();
        driver.waitUntil("the Journal view open", runs::isVisible);

        // the other process: its own Journal on the same folder, a device begun, then finished
        Journal elsewhere = Journal.besideEstate(estate);
        String id = elsewhere.newId();
        try {
            elsewhere.append(List.of(line(id, JournalEntry.BEFORE, "forward_port", JournalEntry.APPLYING)));
            TableItem run = driver.waitFor("run " + id + " listed without Refresh",
                    () -> Arrays.stream(runs.getItems()).filter(i -> id.equals(i.getText(5))).findFirst()
                            .orElse(null));
            assertAll(() -> assertEquals("night-shift", run.getText(1)),
                    () -> assertEquals("portforward", run.getText(2)), () -> assertEquals("1", run.getText(3)),
                    () -> assertEquals("1 cut short", run.getText(4), "begun, not finished yet"));

            elsewhere.append(List.of(line(id, JournalEntry.AFTER, null, Outcome.CHANGED.name())));
            driver.waitUntil("run " + id + " shown as changed once the writer finished the device",
                    () -> Arrays.stream(runs.getItems()).anyMatch(i -> id.equals(i.getText(5))
                            && "1 changed".equals(i.getText(4))));
            driver.save(driver.capture(window.getShell()), Path.of(System.getProperty("patchbay.screenshots",
                    "target/screenshots"), "journal-watch.png"));
        } finally {
            Files.deleteIfExists(elsewhere.file(id));
        }
        driver.waitUntil("run " + id + " gone from the view once its file is deleted",
                () -> Arrays.stream(runs.getItems()).noneMatch(i -> id.equals(i.getText(5))));
    }

    private static JournalEntry line(String run, String phase, String setting, String outcome) {
        return new JournalEntry(run, "night-shift", Instant.now(), "portforward", "rtr-hh", "127.0.0.1:2222", phase,
                setting, setting == null ? null : "", setting == null ? null : "pb-sip>5060", outcome, "");
    }
}
