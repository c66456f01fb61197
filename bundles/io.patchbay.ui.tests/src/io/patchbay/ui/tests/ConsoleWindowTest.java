package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.patchbay.model.Station;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.EstateNavigator;
import io.patchbay.ui.testing.SwtDriver;

/**
 * The console as a new user first sees it: started with no estate file, it opens the demo estate in the Estate
 * navigator. Runs in the real workbench of the console application, on the test display.
 */
class ConsoleWindowTest {

    private static final String[] PATH_TO_HQ_SYSTEM = {"Estate Patchbay demo estate",
            "Customer Nordhafen Logistik GmbH (customer ID 100234)", "Site Hamburg HQ", "Hamburg HQ OSBiz X3 (X3, V2R7)"};

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private IWorkbenchWindow window;
    private Shell shell;
    private Tree tree;

    @BeforeEach
    void findTheNavigator() {
        window = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        shell = window.getShell();
        EstateNavigator navigator = driver.waitFor("the Estate navigator in the perspective",
                () -> (EstateNavigator) window.getActivePage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID));
        tree = navigator.viewer().getTree();
        driver.waitUntil("the estate in the navigator", () -> tree.getItemCount() > 0);
    }

    @Test
    void theWindowIsTitledPatchbayAndTheNavigatorShowsTheDemoEstate() {
        String outline = driver.outline(tree);
        assertAll(() -> assertEquals("Patchbay \u2014 demo.estate, simulated (6 twins)", shell.getText()),
                () -> assertTrue(shell.isVisible(), "window visible"),
                () -> assertTrue(outline.startsWith(String.join("\n", "Estate Patchbay demo estate",
                        "  Customer Nordhafen Logistik GmbH (customer ID 100234)", "    Site Hamburg HQ",
                        "      Hamburg HQ OSBiz X3 (X3, V2R7)")), outline),
                () -> assertTrue(outline.contains("\n      Company router Hamburg HQ internet router\n"), outline),
                () -> assertTrue(outline.contains("\n      RSIP server Hamburg RSIP gateway"), outline),
                () -> assertTrue(outline.contains("\n    Site L\u00fcbeck branch\n"), outline),
                () -> assertTrue(outline.contains("\n      L\u00fcbeck OSBiz S (S, V2R7)\n"), outline),
                () -> assertTrue(outline.contains("\n      Buffalo router L\u00fcbeck Buffalo router"), outline));
    }

    @Test
    void theDemoRunsOnTwinsAndTheNavigatorSaysSo() {
        driver.find(shell, org.eclipse.swt.widgets.Label.class, "the note that the demo runs on twins",
                label -> label.getText().startsWith("6 device twins run on this machine for the demo estate;"));
        Path simulated = window.getService(io.patchbay.ui.internal.EstateSession.class).file();
        assertEquals("demo.simulated.estate", simulated.getFileName().toString());
    }

    @Test
    void clickingAStationSelectsItAndTheStatusLineNamesIt() {
        TreeItem station = driver.treeItem(tree, path("Station 101 (Jana Petersen)"));
        driver.click(station);
        driver.waitUntil("station 101 selected in the workbench", () -> selectedStationNumber().equals("101"));
        driver.find(shell, CLabel.class, "the status line naming the station",
                label -> "Station 101 (Jana Petersen)".equals(label.getText()));
    }

    @Test
    void theArrowKeyMovesTheSelectionToTheNextStation() {
        driver.click(driver.treeItem(tree, path("Station 100 (Reception)")));
        driver.waitUntil("station 100 selected", () -> selectedStationNumber().equals("100"));
        driver.press(SWT.ARROW_DOWN);
        driver.waitUntil("station 101 selected after arrow down", () -> selectedStationNumber().equals("101"));
    }

    @Test
    void theTreeIsPaintedWithTextNotOnlyFilled() throws Exception {
        TreeItem site = driver.treeItem(tree, "Estate Patchbay demo estate", "Customer Nordhafen Logistik GmbH (customer ID 100234)",
                "Site Hamburg HQ");
        tree.showItem(site);
        ImageData screen = driver.capture(shell);
        Path file = driver.save(screen, screenshots().resolve("console-demo-estate.png"));
        assertTrue(Files.size(file) > 0, "screenshot written to " + file);

        Rectangle text = inShell(tree, site.getTextBounds(0));
        int ink = SwtDriver.inkPixels(screen, text, tree.getBackground().getRGB());
        assertTrue(ink > 40, "the label 'Site Hamburg HQ' left " + ink + " dark pixels in " + text + ", see " + file);

        TreeItem last = lastVisible(tree);
        Rectangle lastRow = inShell(tree, last.getBounds());
        Rectangle below = new Rectangle(lastRow.x, lastRow.y + lastRow.height + 4, 200,
                inShell(tree, tree.getClientArea()).y + tree.getClientArea().height - lastRow.y - lastRow.height - 8);
        if (below.height > 8) {
            assertEquals(0, SwtDriver.inkPixels(screen, below, tree.getBackground().getRGB()),
                    "the empty part of the tree below the last row is blank, see " + file);
        }
    }

    private static String[] path(String station) {
        String[] path = java.util.Arrays.copyOf(PATH_TO_HQ_SYSTEM, PATH_TO_HQ_SYSTEM.length + 1);
        path[PATH_TO_HQ_SYSTEM.length] = station;
        return path;
    }

    private String selectedStationNumber() {
        if (window.getSelectionService().getSelection() instanceof IStructuredSelection selection
                && selection.size() == 1 && selection.getFirstElement() instanceof Station station) {
            return station.getNumber();
        }
        return "";
    }

    private Rectangle inShell(Tree control, Rectangle area) {
        Point origin = control.toDisplay(area.x, area.y);
        Rectangle shellBounds = shell.getBounds();
        return new Rectangle(origin.x - shellBounds.x, origin.y - shellBounds.y, area.width, area.height);
    }

    private static TreeItem lastVisible(Tree tree) {
        TreeItem item = tree.getItem(tree.getItemCount() - 1);
        while (item.getExpanded() && item.getItemCount() > 0) {
            item = item.getItem(item.getItemCount() - 1);
        }
        return item;
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("patchbay.screenshots", "target/screenshots"));
    }
}
