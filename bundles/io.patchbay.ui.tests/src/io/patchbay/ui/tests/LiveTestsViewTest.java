package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.Identifiable;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.OsbizSystem;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.EstateNavigator;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.internal.LiveTestsView;
import io.patchbay.ui.internal.provisioning.ProvisioningServices;
import io.patchbay.ui.testing.SwtDriver;

/**
 * The Live Tests view on the demo console, whose twins and protocol peers run: the SIP@Home suite passes with its
 * rules, a system without a STUN server fails Device@Home with F-05 and its fix, and a result leads to its object.
 */
class LiveTestsViewTest {

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private IWorkbenchWindow window;
    private EstateSession session;
    private EditingDomain domain;
    private LiveTestsView view;
    private ApplyRunner pushForwards;
    private String pushedRun;

    @BeforeEach
    void openTheView() throws Exception {
        window = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        session = window.getService(EstateSession.class);
        Assumptions.assumeTrue(session.file().getFileName().toString().endsWith(".simulated.estate"),
                "the demo's twins did not start in this console, so there is nothing to test against: "
                        + session.file());
        domain = session.editingDomain();
        pushForwards = pushTheForwards(session);
        view = (LiveTestsView) window.getActivePage().showView(PatchbayUi.LIVE_TESTS_ID);
    }

    /**
     * The demo's company router twins start as fresh routers, forwarding nothing (F-10 fails): the estate's forwards
     * are pushed first, as the operator does with the port-forwarding wizard, and rolled back after the test, so the
     * twins are left as they were found (a push onto routers that have the forwards already changes nothing).
     */
    private ApplyRunner pushTheForwards(EstateSession session) throws Exception {
        ProvisioningServices services = new ProvisioningServices(
                FrameworkUtil.getBundle(LiveTestsViewTest.class).getBundleContext());
        Provisioner forwards = services.provisioner("portforward").orElseThrow();
        List<ManagedDevice> routers = new ArrayList<>();
        session.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (o instanceof ManagedDevice device && forwards.appliesTo(device)) {
                routers.add(device);
            }
        });
        ApplyRunner runner = ApplyRunner.builder(forwards, services.connector(session.file()))
                .journal(Journal.besideEstate(session.file())).build();
        ApplyReport pushed = runner.apply(routers, new NullProgressMonitor());
        assertTrue(pushed.allSucceeded(), pushed::toString);
        pushedRun = pushed.journalId();
        return runner;
    }

    @AfterEach
    void undoEverything() throws Exception {
        while (domain != null && domain.getCommandStack().canUndo()) {
            domain.getCommandStack().undo();
        }
        if (pushForwards != null) {
            ApplyReport restored = pushForwards.rollback(pushedRun,
                    id -> (ManagedDevice) session.resource().orElseThrow().getEObject(id), new NullProgressMonitor());
            assertTrue(restored.allSucceeded(), restored::toString);
        }
    }

    @Test
    void sipAtHomePassesOnTheDemoWithItsRules() {
        view.chooseSuite("sip-at-home");
        view.run(List.of());
        awaitRun();
        Tree tree = view.tree().getTree();
        assertTrue(view.status().startsWith("2 passed, 0 failed, 0 skipped"), view.status());
        assertEquals(2, tree.getItemCount(), driver.outline(tree));
        List<String> rules = new ArrayList<>();
        for (TreeItem object : tree.getItems()) {
            assertEquals("PASS", object.getText(1), object.getText(0));
            TreeItem suite = expand(object).getItems()[0];
            assertAll(() -> assertTrue(suite.getText(0).contains("SIP@Home"), suite.getText(0)),
                    () -> assertEquals("PASS", suite.getText(1)));
            for (TreeItem check : expand(suite).getItems()) {
                assertTrue(check.getText(2).matches("F-\\d\\d"), "a rule on " + check.getText(0));
                assertTrue(!check.getText(3).isBlank(), "what was found on " + check.getText(0));
                if ("PASS".equals(check.getText(1))) {
                    rules.add(check.getText(2));
                }
            }
        }
        assertTrue(rules.containsAll(List.of("F-22", "F-24")), rules.toString());
        driver.save(driver.capture(window.getShell()), Path.of(System.getProperty("patchbay.screenshots",
                "target/screenshots"), "livetests-sip.png"));
    }

    @Test
    void deviceAtHomePassesOnTheDemoAndDrawsEveryHopOfThePathAsPassed() {
        view.chooseSuite("device-at-home");
        view.run(List.of());
        awaitRun();
        Tree tree = view.tree().getTree();
        assertTrue(view.status().startsWith("1 passed, 0 failed, 0 skipped"), view.status());
        TreeItem object = tree.getItem(0);
        assertAll(() -> assertTrue(object.getText(0).startsWith("Hamburg HQ"), object.getText(0)),
                () -> assertEquals("PASS", object.getText(1)));
        TreeItem suite = expand(object).getItems()[0];
        List<String> rules = new ArrayList<>();
        for (TreeItem check : expand(suite).getItems()) {
            if ("PASS".equals(check.getText(1))) {
                rules.add(check.getText(2));
            }
        }
        assertTrue(rules.containsAll(List.of("F-03", "F-05", "F-10", "F-14")), rules.toString());
        driver.click(object);
        driver.waitUntil("the path of pbx-hh's phones drawn", () -> view.pathVerdicts().size() == 3);
        assertEquals(List.of("phone at home \u2192 home router: PASS F-05 F-03",
                "home router \u2192 company router: PASS F-10",
                "company router \u2192 system: PASS F-14"), view.pathVerdicts());
        RGB green = view.pathCanvas().getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN).getRGB();
        RGB red = view.pathCanvas().getDisplay().getSystemColor(SWT.COLOR_RED).getRGB();
        // the verdicts are set before the canvas repaints: wait for the picture on the screen
        ImageData pixels = driver.waitFor("the hops drawn green on the screen", () -> {
            ImageData shot = driver.capture(view.pathCanvas());
            return pixelsNear(shot, green) > 100 ? shot : null;
        });
        assertEquals(0, pixelsNear(pixels, red), "no hop is drawn red");
        driver.save(driver.capture(window.getShell()), Path.of(System.getProperty("patchbay.screenshots",
                "target/screenshots"), "livetests.png"));
    }

    @Test
    void aSystemWithoutStunServerFailsDeviceAtHomeWithTheFixAndLeadsToTheSystem() {
        OsbizSystem system = system("pbx-hh");
        Command noStun = SetCommand.create(domain, system, EstatePackage.Literals.OSBIZ_SYSTEM__STUN_SERVER, null);
        domain.getCommandStack().execute(noStun);
        view.chooseSuite("device-at-home");
        view.run(List.of("pbx-hh"));
        awaitRun();
        Tree tree = view.tree().getTree();
        assertTrue(view.status().startsWith("0 passed, 1 failed"), view.status());
        TreeItem object = tree.getItem(0);
        assertAll(() -> assertTrue(object.getText(0).startsWith("Hamburg HQ"), object.getText(0)),
                () -> assertEquals("FAIL", object.getText(1)));
        TreeItem suite = expand(object).getItems()[0];
        assertEquals("F-05", suite.getText(2), "the suite row names the broken rule");
        TreeItem stun = Arrays.stream(expand(suite).getItems()).filter(i -> i.getText(0).startsWith("STUN server"))
                .findFirst().orElseThrow(() -> new AssertionError(driver.outline(tree)));
        assertAll(() -> assertEquals("FAIL", stun.getText(1)), () -> assertEquals("F-05", stun.getText(2)),
                () -> assertTrue(stun.getText(4).startsWith("set a default STUN server"), stun.getText(4)));
        driver.waitUntil("the path drawn", () -> view.pathVerdicts().size() == 3);
        assertAll(() -> assertTrue(view.pathVerdicts().get(0).startsWith(
                "phone at home \u2192 home router: FAIL F-05"), view.pathVerdicts()::toString),
                () -> assertEquals("company router \u2192 system: PASS F-14", view.pathVerdicts().get(2)));
        driver.save(driver.capture(window.getShell()), Path.of(System.getProperty("patchbay.screenshots",
                "target/screenshots"), "livetests-f05.png"));

        // double-click (default selection) on the object row selects the system in the navigator
        tree.setSelection(object);
        Event open = new Event();
        open.item = object;
        tree.notifyListeners(SWT.DefaultSelection, open);
        EstateNavigator navigator = (EstateNavigator) window.getActivePage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID);
        driver.waitUntil("pbx-hh selected in the navigator", () -> ((IStructuredSelection) navigator.viewer()
                .getSelection()).getFirstElement() == system);
    }

    /** How many pixels of {@code pixels} are (nearly) {@code color}. */
    private static int pixelsNear(ImageData pixels, RGB color) {
        int count = 0;
        for (int y = 0; y < pixels.height; y++) {
            for (int x = 0; x < pixels.width; x++) {
                RGB rgb = pixels.palette.getRGB(pixels.getPixel(x, y));
                if (Math.abs(rgb.red - color.red) + Math.abs(rgb.green - color.green)
                        + Math.abs(rgb.blue - color.blue) < 40) {
                    count++;
                }
            }
        }
        return count;
    }

    private void awaitRun() {
        driver.waitUntil("the live tests to finish: " + view.status(), () -> view.job() != null
                && view.job().getResult() != null && view.status().contains(" passed, "));
        driver.flush();
        view.tree().expandAll();
        driver.flush();
    }

    private TreeItem expand(TreeItem item) {
        item.setExpanded(true);
        driver.flush();
        return item;
    }

    private OsbizSystem system(String id) {
        List<OsbizSystem> found = new ArrayList<>();
        session.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (o instanceof OsbizSystem s && id.equals(((Identifiable) s).getId())) {
                found.add(s);
            }
        });
        assertEquals(1, found.size(), "the demo estate has system " + id);
        return found.get(0);
    }
}
