package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.JournalEntry;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SettingChange;
import io.patchbay.model.Identifiable;
import io.patchbay.model.ManagedDevice;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.EstateNavigator;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.internal.JournalView;
import io.patchbay.ui.internal.provisioning.ProvisioningServices;
import io.patchbay.ui.testing.SwtDriver;

/**
 * The Journal view on the demo console: an apply of the estate's {@code rsipd.conf} to the RSIP host twin shows up as
 * a run with its counts and lines, and rolling it back from the view puts the twin's previous file back.
 */
class JournalViewTest {

    private static final String RSIP = "rsip";

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();

    @Test
    void anApplyShowsUpAndRollingItBackFromTheViewRestoresTheTwin() throws Exception {
        IWorkbenchWindow window = driver.waitFor("the workbench window",
                () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        EstateSession session = window.getService(EstateSession.class);
        Path file = session.file();
        Assumptions.assumeTrue(file.getFileName().toString().endsWith(".simulated.estate"),
                "the demo's twins did not start in this console, so there is nothing to apply to: " + file);
        ProvisioningServices services = new ProvisioningServices(
                FrameworkUtil.getBundle(JournalViewTest.class).getBundleContext());
        Journal journal = Journal.besideEstate(file);
        Provisioner rsip = services.provisioner(RSIP).orElseThrow();
        ApplyRunner runner = ApplyRunner.builder(rsip, services.connector(file)).journal(journal).build();
        List<ManagedDevice> devices = new ArrayList<>();
        session.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (o instanceof ManagedDevice device && rsip.appliesTo(device)) {
                devices.add(device);
            }
        });
        assertEquals(List.of("rsip-hh"), devices.stream().map(Identifiable::getId).toList());

        // what the twin holds before: the package's rsipd.conf, not the estate's
        Map<String, String> before = actual(runner.plan(devices, new NullProgressMonitor()));
        ApplyReport applied = runner.apply(devices, new NullProgressMonitor());
        assertEquals(Outcome.CHANGED, applied.result("rsip-hh").outcome(), applied.toString());
        String runId = applied.journalId();

        JournalView view = (JournalView) window.getActivePage().showView(PatchbayUi.JOURNAL_ID);
        Button refresh = driver.find(window.getShell(), Button.class, "Refresh",
                b -> "Refresh".equals(b.getText()));
        driver.click(refresh, new Rectangle(0, 0, refresh.getSize().x, refresh.getSize().y));
        Table runs = view.runs().getTable();
        TableItem run = driver.waitFor("run " + runId + " in the Journal view", () -> Arrays.stream(runs.getItems())
                .filter(i -> runId.equals(i.getText(5))).findFirst().orElse(null));
        assertAll(() -> assertEquals(runs.getItem(0), run, "the newest run is on top"),
                () -> assertEquals(System.getProperty("user.name"), run.getText(1)),
                () -> assertEquals(RSIP, run.getText(2)), () -> assertEquals("1", run.getText(3)),
                () -> assertEquals("1 changed", run.getText(4)));

        driver.click(runs, run.getBounds(0));
        Table lines = view.lines().getTable();
        driver.waitUntil("the run's lines below", () -> lines.getItemCount() > 0);
        List<JournalEntry> recorded = journal.read(runId);
        JournalEntry changedLine = recorded.stream().filter(e -> JournalEntry.BEFORE.equals(e.phase())
                && e.setting() != null && !String.valueOf(e.before()).equals(e.after())).findFirst().orElseThrow();
        TableItem shown = Arrays.stream(lines.getItems()).filter(i -> i.getText(1).equals(JournalEntry.BEFORE)
                && i.getText(2).equals(changedLine.setting())).findFirst().orElse(null);
        assertNotNull(shown, "a line for " + changedLine.setting());
        assertAll(() -> assertEquals(recorded.size(), lines.getItemCount()),
                () -> assertEquals("rsip-hh", shown.getText(0)),
                () -> assertEquals(changedLine.before() + " \u2192 " + changedLine.after(), shown.getText(3)),
                () -> assertTrue(Arrays.stream(lines.getItems()).anyMatch(i -> i.getText(1).equals("after")
                        && i.getText(4).equals("changed")), "an after-line with the outcome"));
        driver.save(driver.capture(window.getShell()), Path.of(System.getProperty("patchbay.screenshots",
                "target/screenshots"), "journal.png"));

        // a device line leads to the device in the navigator
        driver.click(lines, shown.getBounds(0));
        EstateNavigator navigator = (EstateNavigator) window.getActivePage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID);
        driver.waitUntil("rsip-hh selected in the navigator", () -> ((IStructuredSelection) navigator.viewer()
                .getSelection()).getFirstElement() == devices.get(0));

        // roll back from the view: the confirmation names the device
        driver.click(runs, run.getBounds(0));
        Button rollBack = driver.find(window.getShell(), Button.class, "Roll back\u2026",
                b -> b.getText().startsWith("Roll back"));
        driver.waitUntil("Roll back enabled for a run that changed a device", rollBack::isEnabled);
        // the confirmation is modal: answer it from inside its event loop, as soon as it is open
        AtomicReference<String> question = new AtomicReference<>();
        long deadline = System.nanoTime() + SwtDriver.DEFAULT_TIMEOUT.toNanos();
        Runnable answer = new Runnable() {
            @Override
            public void run() {
                Shell confirm = Arrays.stream(driver.display().getShells()).filter(s -> s.isVisible()
                        && s.getText().equals("Roll back " + runId)).findFirst().orElse(null);
                if (confirm == null && System.nanoTime() < deadline) {
                    driver.display().timerExec(100, this); // not open yet: look again
                    return;
                }
                if (confirm != null) {
                    question.set(driver.findAll(confirm, Label.class, l -> true).stream().map(Label::getText)
                            .reduce("", String::concat));
                    driver.save(driver.capture(confirm), Path.of(System.getProperty("patchbay.screenshots",
                            "target/screenshots"), "journal-rollback.png"));
                    // OK, as pressing it does (the dialog may still be moving without a window manager)
                    driver.findAll(confirm, Button.class, b -> "OK".equals(b.getText())).get(0)
                            .notifyListeners(SWT.Selection, new Event());
                }
            }
        };
        driver.display().timerExec(100, answer);
        // pressing the button opens the modal confirmation; this returns when the timer above has answered it
        rollBack.notifyListeners(SWT.Selection, new Event());
        assertNotNull(question.get(), "a confirmation naming the devices opened; the view says: " + view.status());
        assertTrue(question.get().contains("rsip-hh"), question.get());

        driver.waitUntil("the rollback's result: " + view.status(),
                () -> view.status().startsWith("Rolled back " + runId));
        assertEquals("Rolled back " + runId + ": 1 of 1 device restored.", view.status());
        driver.waitUntil("the rollback run listed on top", () -> runs.getItemCount() >= 2
                && !runId.equals(runs.getItem(0).getText(5)) && "1 changed".equals(runs.getItem(0).getText(4)));

        // the twin holds the before-values again
        Map<String, String> after = actual(runner.plan(devices, new NullProgressMonitor()));
        services.close();
        assertEquals(before, after);
    }

    /** What the plan read from rsip-hh, per setting the estate wants changed. */
    private static Map<String, String> actual(ApplyReport plan) {
        DeviceResult result = plan.result("rsip-hh");
        assertNotNull(result.plan(), "rsip-hh could not be read: " + result.reason());
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingChange change : result.plan().changes()) {
            values.put(change.name(), change.actual());
        }
        assertTrue(!values.isEmpty(), "the twin's rsipd.conf differs from the estate's before the apply");
        return values;
    }
}
