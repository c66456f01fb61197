package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.patchbay.model.EstateLabels;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.Station;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.DiagnosticsView;
import io.patchbay.ui.internal.EstateNavigator;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.testing.SwtDriver;

/** The Diagnostics view follows the operator's edits and leads from a finding to the object. */
class DiagnosticsViewTest {

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private IWorkbenchWindow window;
    private EditingDomain domain;
    private Table table;
    private DiagnosticsView diagnostics;

    @BeforeEach
    void openTheViews() throws Exception {
        window = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        diagnostics = driver.waitFor("the Diagnostics view in the perspective",
                () -> (DiagnosticsView) window.getActivePage().findView(PatchbayUi.DIAGNOSTICS_ID));
        domain = window.getService(EstateSession.class).editingDomain();
        table = diagnostics.viewer().getTable();
    }

    @AfterEach
    void undoEverything() {
        while (domain.getCommandStack().canUndo()) {
            domain.getCommandStack().undo();
        }
    }

    @Test
    void theDemoEstateHasNoProblems() {
        driver.waitUntil("no findings on the demo estate", () -> table.getItemCount() == 0);
        assertEquals("No problems: the estate meets every rule.", diagnostics.getContentDescription());
    }

    @Test
    void anEditThatBreaksARuleShowsUpAndLeadsToTheObject() {
        Station station = sbcStation();
        Command switchOff = SetCommand.create(domain, station, EstatePackage.Literals.STATION__AUTHENTICATION, false);
        domain.getCommandStack().execute(switchOff);

        TableItem row = driver.waitFor("an F-07 finding for " + EstateLabels.describe(station),
                () -> Arrays.stream(table.getItems()).filter(item -> "F-07".equals(item.getText(1))).findFirst()
                        .orElse(null));
        assertEquals(EstateLabels.describe(station), row.getText(2));
        assertTrue(row.getText(3).contains("F-07"), row.getText(3));
        assertTrue(diagnostics.getContentDescription().startsWith("1 error"), diagnostics.getContentDescription());
        driver.save(driver.capture(window.getShell()), java.nio.file.Path.of(
                System.getProperty("patchbay.screenshots", "target/screenshots"), "diagnostics-f07.png"));

        driver.click(table, row.getBounds(3));
        EstateNavigator navigator = (EstateNavigator) window.getActivePage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID);
        driver.waitUntil("the station selected in the navigator",
                () -> ((IStructuredSelection) navigator.viewer().getSelection()).getFirstElement() == station);

        domain.getCommandStack().undo();
        driver.waitUntil("the finding gone after undo", () -> table.getItemCount() == 0);
    }

    private Station sbcStation() {
        EstateSession session = window.getService(EstateSession.class);
        Station[] found = new Station[1];
        session.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (found[0] == null && o instanceof Station s && s.isSbcFlag() && s.isAuthentication()) {
                found[0] = s;
            }
        });
        assertTrue(found[0] != null, "the demo estate has a station with the SBC flag");
        return found[0];
    }
}
