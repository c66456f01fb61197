package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.Station;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.EstateNavigator;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.testing.SwtDriver;

/**
 * The provisioning wizards on the demo estate, against the device twins the console started: select a device in the
 * navigator, open its wizard from the Provision menu, read the plan, apply, see the outcome; a second run reads the
 * device again and finds it already correct, so the twin really holds the change.
 */
class ProvisioningWizardTest {

    private static final String[] HQ = {"Estate Patchbay demo estate",
            "Customer Nordhafen Logistik GmbH (customer ID 100234)", "Site Hamburg HQ"};

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private IWorkbenchWindow window;
    private EstateSession session;
    private EstateNavigator navigator;
    private Tree tree;
    private Shell wizard;

    @BeforeEach
    void focusTheNavigator() {
        window = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        session = window.getService(EstateSession.class);
        navigator = driver.waitFor("the Estate navigator",
                () -> (EstateNavigator) window.getActivePage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID));
        window.getActivePage().activate(navigator);
        tree = navigator.viewer().getTree();
        driver.waitUntil("the estate in the navigator", () -> tree.getItemCount() > 0);
        navigator.viewer().expandToLevel(4);
        driver.flush();
    }

    @AfterEach
    void closeTheWizardAndUndo(org.junit.jupiter.api.TestInfo test) {
        if (wizard != null && !wizard.isDisposed()) {
            // what the wizard showed when the test ended early, to look at
            driver.save(driver.capture(wizard), screenshots().resolve("wizard-left-open-"
                    + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test") + ".png"));
            wizard.close();
        }
        while (session.commandStack().canUndo()) {
            session.commandStack().undo();
        }
    }

    @Test
    void portForwardingOnTheHamburgRouterPlansAppliesAndThenFindsItAlreadyCorrect() throws Exception {
        select("Company router Hamburg HQ internet router");
        openWizard("Port forwarding");
        assertTrue(labelText().contains("1 device: rtr-hh (Hamburg HQ internet router)."), labelText());
        click(button("&Next >"));

        TreeItem router = planRow("rtr-hh (Hamburg HQ internet router)");
        String plan = outline(router);
        assertAll(() -> assertTrue(router.getText(1).matches("\\d+ settings? to change"), plan),
                () -> assertTrue(plan.contains("forward_spec"), plan),
                () -> assertTrue(plan.contains("pb-hfa:on:both:4060>"), plan),
                () -> assertTrue(plan.contains("pb-sip-home-tls:on:tcp:5071>"), plan));
        TreeItem spec = Arrays.stream(router.getItems()).filter(i -> i.getText(0).equals("forward_spec"))
                .findFirst().orElseThrow();
        assertTrue(spec.getText(3).contains("pb-hfa:on:both:4060>"), "After of forward_spec: " + spec.getText(3));

        // the filter narrows the plan to the rows holding its text
        Text filter = driver.find(wizard, Text.class, "the plan's filter", t -> (t.getStyle() & SWT.SEARCH) != 0);
        driver.click(filter, filter.getClientArea());
        for (char c : "spec".toCharArray()) {
            driver.press(c);
        }
        driver.waitUntil("only forward_spec under the router after filtering",
                () -> planTree().getItemCount() == 1 && planTree().getItem(0).getItemCount() == 1
                        && planTree().getItem(0).getItem(0).getText(0).equals("forward_spec"));
        // the selected setting's entries, one a line, as the cell is too narrow for a router's forward list
        driver.click(planTree().getItem(0).getItem(0));
        Text details = driver.find(wizard, Text.class, "the setting's details", t -> (t.getStyle() & SWT.MULTI) != 0);
        driver.waitUntil("the forwards of forward_spec listed", () -> details.getText().contains("\n  + pb-hfa:on:both:4060>"));
        assertTrue(details.getText().startsWith("rtr-hh (Hamburg HQ internet router): forward_spec\n  + "),
                details.getText());
        screenshot("wizard-plan.png", planTree());

        click(button("&Apply"));
        Table results = resultTable();
        assertAll(() -> assertEquals("rtr-hh (Hamburg HQ internet router)", results.getItem(0).getText(0)),
                () -> assertEquals("changed", results.getItem(0).getText(1), results.getItem(0).getText(2)),
                () -> assertTrue(summary().matches("Journal \\S+: 1 changed, 0 unchanged, 0 rolled back, 0 failed,"
                        + " 0 not started\\..*"), summary()));
        screenshot("wizard-result.png", results);
        click(button("&Finish"));
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());

        // a second run reads the twin again: it holds the forwards now
        openWizard("Port forwarding");
        click(button("&Next >"));
        TreeItem again = planRow("rtr-hh (Hamburg HQ internet router)");
        assertEquals("already correct, nothing to do", again.getText(1));
        driver.waitUntil("Finish enabled when there is nothing to do", () -> button("&Finish").isEnabled());
        assertTrue(!button("&Apply").isEnabled(), "nothing to apply");
        click(button("&Finish"));
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());
    }

    @Test
    void sbcFlagOfANewlyFlaggedStationIsWrittenToTheHamburgSystem() {
        Station salesDesk = station("Sales desk");
        session.commandStack().execute(SetCommand.create(session.editingDomain(), salesDesk,
                EstatePackage.Literals.STATION__SBC_FLAG, Boolean.TRUE));
        select("Hamburg HQ OSBiz X3 (X3, V2R7)");
        openWizard("SBC flags");
        Button generate = driver.find(wizard, Button.class, "the option to generate passwords",
                b -> b.getText().replace("&", "").equals("Generate missing station passwords into the vault"));
        assertTrue(generate.isEnabled() && !generate.getSelection(), "offered, off by default");
        click(button("&Next >"));

        TreeItem system = planRow("pbx-hh (Hamburg HQ OSBiz X3)");
        String plan = outline(system);
        assertEquals("1 setting to change", system.getText(1), plan);
        TreeItem sbc = system.getItem(0);
        assertAll(() -> assertEquals("104/sbc", sbc.getText(0), plan), () -> assertEquals("off", sbc.getText(2), plan),
                () -> assertEquals("on", sbc.getText(3), plan));

        click(button("&Apply"));
        Table results = resultTable();
        assertEquals("changed", results.getItem(0).getText(1), results.getItem(0).getText(2));
        click(button("&Finish"));
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());

        openWizard("SBC flags");
        click(button("&Next >"));
        assertEquals("already correct, nothing to do", planRow("pbx-hh (Hamburg HQ OSBiz X3)").getText(1));
        click(button("&Finish"));
    }

    @Test
    void aSelectionWithoutSuchDevicesSaysWhatToSelect() {
        select("Station 101 (Jana Petersen)");
        openWizard("Port forwarding");
        driver.waitUntil("the page says the selection has no company router", () -> wizard.isDisposed()
                || driver.findAll(wizard, Text.class, t -> t.getText().contains("holds no device that port forwarding"))
                        .size() + driver.findAll(wizard, Label.class,
                                l -> l.getText().contains("holds no device that port forwarding")).size() > 0
                || driver.findAll(wizard, org.eclipse.swt.custom.CLabel.class,
                        l -> l.getText() != null && l.getText().contains("holds no device that port forwarding"))
                        .size() > 0);
        assertTrue(!button("&Next >").isEnabled(), "Next is off: there is nothing to plan");
        click(button("Cancel"));
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());
    }

    @Test
    void aSiteSelectsTheDevicesBelowItThatTheFeatureAppliesTo() {
        org.eclipse.emf.ecore.EObject site = session.resource().orElseThrow().getEObject("site-hh");
        navigator.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(site), true);
        driver.waitUntil("the site selected in the workbench",
                () -> window.getSelectionService().getSelection() instanceof IStructuredSelection s && s.size() == 1
                        && s.getFirstElement() == site);
        openWizard("SBC flags");
        assertTrue(labelText().contains("1 device: pbx-hh (Hamburg HQ OSBiz X3)."), labelText());
        click(button("Cancel"));
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());
    }

    @Test
    void theNavigatorsAndTheGridsContextMenusOfferTheWizardsOnTheirSelection() throws Exception {
        assertTrue(contextMenuWizards(tree.getMenu()).contains("Port forwarding\u2026"),
                "the navigator's context menu: " + contextMenuWizards(tree.getMenu()));

        org.eclipse.ui.IWorkbenchPage page = window.getActivePage();
        io.patchbay.ui.internal.EstateGridView grid = (io.patchbay.ui.internal.EstateGridView) page
                .showView(PatchbayUi.ESTATE_GRID_ID);
        page.activate(grid);
        org.eclipse.emf.ecore.EObject router = session.resource().orElseThrow().getEObject("rtr-hh");
        grid.grid().select(List.of(router));
        driver.waitUntil("the router selected in the grid",
                () -> window.getSelectionService().getSelection() instanceof IStructuredSelection s && s.size() == 1
                        && s.getFirstElement() == router);
        org.eclipse.swt.widgets.Menu menu = grid.grid().natTable().getMenu();
        MenuItem portForwarding = contextMenuItem(menu, "Port forwarding\u2026");
        portForwarding.notifyListeners(SWT.Selection, new Event());
        wizard = driver.waitFor("the wizard Port forwarding", () -> Arrays.stream(driver.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && "Provision: Port forwarding".equals(s.getText()))
                .findFirst().orElse(null));
        assertTrue(labelText().contains("1 device: rtr-hh (Hamburg HQ internet router)."), labelText());
        click(button("Cancel"));
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());
        page.activate(page.findView(PatchbayUi.ESTATE_NAVIGATOR_ID));
    }

    @Test
    void theDliAndRsipWizardsPlanTheWholeEstatesDevicesWithoutWritingThem() {
        org.eclipse.emf.ecore.EObject estate = session.estate().orElseThrow();
        navigator.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(estate), true);
        driver.waitUntil("the estate selected in the workbench",
                () -> window.getSelectionService().getSelection() instanceof IStructuredSelection s && s.size() == 1
                        && s.getFirstElement() == estate);
        for (String[] wizardAndDevice : new String[][] {{"RSIP server configuration", "rsip-hh (Hamburg RSIP gateway)"},
                {"Software deployment (DLI/DLS)", "pbx-hh (Hamburg HQ OSBiz X3)"}}) {
            openWizard(wizardAndDevice[0]);
            assertTrue(labelText().contains(wizardAndDevice[1]), labelText());
            click(button("&Next >"));
            TreeItem device = planRow(wizardAndDevice[1]);
            assertTrue(device.getText(1).matches("\\d+ settings? to change|already correct, nothing to do"),
                    wizardAndDevice[0] + ": " + outline(device));
            click(button("Cancel"));
            driver.waitUntil("the wizard closed", () -> wizard.isDisposed());
        }
    }

    /** The items of the Provision submenu of a view's context menu, as opening it shows them. */
    private List<String> contextMenuWizards(org.eclipse.swt.widgets.Menu menu) {
        return Arrays.stream(provisionSubmenu(menu).getItems()).map(MenuItem::getText).toList();
    }

    private MenuItem contextMenuItem(org.eclipse.swt.widgets.Menu menu, String text) {
        return Arrays.stream(provisionSubmenu(menu).getItems()).filter(i -> i.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " in the context menu"));
    }

    private org.eclipse.swt.widgets.Menu provisionSubmenu(org.eclipse.swt.widgets.Menu menu) {
        assertTrue(menu != null, "the view has a context menu");
        menu.notifyListeners(SWT.Show, new Event()); // as right-clicking does
        MenuItem provision = Arrays.stream(menu.getItems())
                .filter(item -> item.getText().replace("&", "").equals("Provision")).findFirst()
                .orElseThrow(() -> new AssertionError("no Provision in the context menu"));
        provision.getMenu().notifyListeners(SWT.Show, new Event());
        return provision.getMenu();
    }

    // ------------------------------------------------------------------------------------------ helpers

    private void select(String label) {
        String[] path = Arrays.copyOf(HQ, HQ.length + 1);
        path[HQ.length] = label;
        if (label.startsWith("Station")) {
            path = Arrays.copyOf(HQ, HQ.length + 2);
            path[HQ.length] = "Hamburg HQ OSBiz X3 (X3, V2R7)";
            path[HQ.length + 1] = label;
        }
        TreeItem item = driver.treeItem(tree, path);
        driver.click(item);
        driver.waitUntil(label + " selected in the workbench",
                () -> window.getSelectionService().getSelection() instanceof IStructuredSelection s && s.size() == 1
                        && tree.getSelection().length == 1 && tree.getSelection()[0].getText().equals(label));
    }

    /** Provision ▸ NAME… in the menu bar, as opening the menu and choosing the item does. */
    private void openWizard(String name) {
        MenuItem provision = Arrays.stream(window.getShell().getMenuBar().getItems())
                .filter(item -> item.getText().replace("&", "").equals("Provision")).findFirst()
                .orElseThrow(() -> new AssertionError("no Provision menu"));
        provision.getMenu().notifyListeners(SWT.Show, new Event());
        List<String> offered = Arrays.stream(provision.getMenu().getItems()).map(MenuItem::getText).toList();
        assertTrue(offered.containsAll(List.of("Port forwarding\u2026", "SBC flags\u2026",
                "Software deployment (DLI/DLS)\u2026", "RSIP server configuration\u2026")), offered.toString());
        MenuItem item = Arrays.stream(provision.getMenu().getItems())
                .filter(i -> i.getText().equals(name + "\u2026")).findFirst()
                .orElseThrow(() -> new AssertionError("no Provision > " + name + " in " + offered));
        provision.getMenu().notifyListeners(SWT.Hide, new Event());
        item.notifyListeners(SWT.Selection, new Event());
        wizard = driver.waitFor("the wizard " + name, () -> Arrays.stream(driver.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && ("Provision: " + name).equals(s.getText()))
                .findFirst().orElse(null));
    }

    private String labelText() {
        return driver.findAll(wizard, Label.class, l -> l.isVisible()).stream().map(Label::getText)
                .collect(Collectors.joining("\n"));
    }

    private Button button(String text) {
        return driver.find(wizard, Button.class, "the button " + text, b -> text.equals(b.getText()));
    }

    /**
     * Presses a dialog button as a keyboard user does: focus on it, then the space bar through the window system.
     * (Synthetic pointer clicks on a GTK button that has just become enabled under the pointer are sometimes lost.)
     */
    private void click(Button button) {
        driver.waitUntil(button.getText() + " enabled", () -> !button.isDisposed() && button.isEnabled());
        wizard.forceActive();
        driver.waitUntil("the wizard active", () -> driver.display().getActiveShell() == wizard);
        button.setFocus();
        driver.waitUntil(button.getText() + " focused", () -> driver.display().getFocusControl() == button);
        driver.press(' ');
    }

    private Tree planTree() {
        return driver.find(wizard, Tree.class, "the plan", t -> t.isVisible() && t.getColumnCount() == 4);
    }

    /** The plan's row of a device, once the Job that reads the devices has finished. */
    private TreeItem planRow(String device) {
        driver.waitUntil("the plan of " + device, () -> Arrays.stream(planTree().getItems())
                .anyMatch(i -> i.getText(0).equals(device) && !i.getText(1).isEmpty()));
        return Arrays.stream(planTree().getItems()).filter(i -> i.getText(0).equals(device)).findFirst()
                .orElseThrow();
    }

    private static String outline(TreeItem device) {
        StringBuilder text = new StringBuilder(device.getText(0) + " | " + device.getText(1));
        for (TreeItem setting : device.getItems()) {
            text.append("\n  ").append(setting.getText(0)).append(" | ").append(setting.getText(1)).append(" | ")
                    .append(setting.getText(2)).append(" \u2192 ").append(setting.getText(3));
        }
        return text.toString();
    }

    /** The result page's table, once the run has ended and the wizard shows it. */
    private Table resultTable() {
        return driver.waitFor("the result page", () -> driver.findAll(wizard, Table.class,
                t -> t.isVisible() && t.getColumnCount() == 3 && t.getColumn(1).getText().equals("Outcome")
                        && t.getItemCount() > 0)
                .stream().findFirst().orElse(null));
    }

    private String summary() {
        return driver.findAll(wizard, Label.class, l -> l.isVisible() && l.getText().startsWith("Journal ")).stream()
                .map(Label::getText).findFirst().orElse("(no journal line)");
    }

    private void screenshot(String name, Control painted) throws Exception {
        ImageData screen = settledCapture();
        Path file = driver.save(screen, screenshots().resolve(name));
        assertTrue(Files.size(file) > 0, "screenshot written to " + file);
        Point origin = painted.toDisplay(0, 0);
        Rectangle shell = wizard.getBounds();
        Rectangle area = new Rectangle(origin.x - shell.x, origin.y - shell.y, painted.getSize().x,
                Math.min(painted.getSize().y, 80));
        int ink = SwtDriver.inkPixels(screen, area, painted.getBackground().getRGB());
        assertTrue(ink > 100, "the table's rows are painted with text: " + ink + " dark pixels, see " + file);
    }

    /** The wizard as on the screen once GTK has drawn the last changes: two captures in a row are the same. */
    private ImageData settledCapture() throws InterruptedException {
        ImageData last = driver.capture(wizard);
        for (int round = 0; round < 30; round++) {
            Thread.sleep(100);
            driver.flush();
            ImageData now = driver.capture(wizard);
            if (Arrays.equals(now.data, last.data)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private Station station(String name) {
        Station[] found = new Station[1];
        session.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (o instanceof Station s && name.equals(s.getName())) {
                found[0] = s;
            }
        });
        assertTrue(found[0] != null, "the demo estate has a station named " + name);
        return found[0];
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("patchbay.screenshots", "target/screenshots"));
    }
}
