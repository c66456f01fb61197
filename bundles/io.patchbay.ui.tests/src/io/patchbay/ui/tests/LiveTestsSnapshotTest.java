package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestContext;
import io.patchbay.livetest.LiveTestSuite;
import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.Estate;
import io.patchbay.model.EstatePackage;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.EstateNavigator;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.internal.LiveTestsView;
import io.patchbay.ui.testing.SwtDriver;

/**
 * An operator edits the estate while a live test runs: the run finishes with what the objects were when it started
 * (it works on a copy taken then, so its worker threads never read an object the editor is changing), and its result
 * still leads to the object in the open estate. A suite of the test's own holds the run until the edit is made, as a
 * slow device would, and reports what it read of the router.
 */
class LiveTestsSnapshotTest {

    private static final String SUITE = "router-as-read";

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private final CountDownLatch suiteStarted = new CountDownLatch(1);
    private final CountDownLatch edited = new CountDownLatch(1);
    private IWorkbenchWindow window;
    private EditingDomain domain;
    private ServiceRegistration<LiveTestSuite> registration;
    private EstateNavigator navigator;
    /** The navigator's selection and scroll position before the test, put back after it for the tests that follow. */
    private ISelection navigatorSelection;
    private TreeItem navigatorTop;

    /** Reads the router's name and NTP server once the test has edited the estate. */
    private final class RouterAsRead implements LiveTestSuite {
        @Override
        public String id() {
            return SUITE;
        }

        @Override
        public String name() {
            return "Router as read";
        }

        @Override
        public String description() {
            return "What the run sees of a Buffalo router.";
        }

        @Override
        public List<String> facts() {
            return List.of("F-42");
        }

        @Override
        public List<EObject> targets(Estate estate) {
            List<EObject> routers = new ArrayList<>();
            estate.eAllContents().forEachRemaining(o -> {
                if (o instanceof BuffaloRouter router) {
                    routers.add(router);
                }
            });
            return routers;
        }

        @Override
        public List<CheckResult> run(EObject target, LiveTestContext context) {
            suiteStarted.countDown();
            try {
                if (!edited.await(30, TimeUnit.SECONDS)) {
                    return List.of(CheckResult.failed("router as read", "F-42", "the test never edited the estate",
                            "see the test's failure"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            BuffaloRouter router = (BuffaloRouter) target;
            return List.of(CheckResult.passed("router as read", "F-42", "name " + router.getName() + ", NTP "
                    + router.getNtpServer()));
        }
    }

    @BeforeEach
    void theSuiteAndTheView() throws Exception {
        window = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        domain = window.getService(EstateSession.class).editingDomain();
        navigator = (EstateNavigator) window.getActivePage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID);
        navigatorSelection = navigator.viewer().getSelection();
        navigatorTop = navigator.viewer().getTree().getTopItem();
        registration = FrameworkUtil.getBundle(LiveTestsSnapshotTest.class).getBundleContext()
                .registerService(LiveTestSuite.class, new RouterAsRead(), null);
    }

    @AfterEach
    void undoAndUnregister() {
        edited.countDown();
        registration.unregister();
        while (domain != null && domain.getCommandStack().canUndo()) {
            domain.getCommandStack().undo();
        }
        navigator.viewer().setSelection(navigatorSelection);
        if (navigatorTop != null && !navigatorTop.isDisposed()) {
            navigator.viewer().getTree().setTopItem(navigatorTop);
        }
        driver.flush();
    }

    @Test
    void anEditDuringARunLeavesItsResultsAsTheObjectsWereAndTheyStillLeadToTheObject() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        LiveTestsView view = (LiveTestsView) page.showView(PatchbayUi.LIVE_TESTS_ID);
        BuffaloRouter router = (BuffaloRouter) window.getService(EstateSession.class).estate().orElseThrow()
                .eResource().getEObject("rtr-hl");
        String name = router.getName();
        String ntp = router.getNtpServer();
        // a view opened before the suite was registered does not list it: every suite runs then, this one among them
        view.chooseSuite(SUITE);
        view.run(List.of("rtr-hl"));
        driver.waitUntil("the run under way on rtr-hl", () -> suiteStarted.getCount() == 0);

        CompoundCommand edit = new CompoundCommand("rename rtr-hl and change its NTP server");
        edit.append(SetCommand.create(domain, router, EstatePackage.Literals.NAMED_ELEMENT__NAME, "Lübeck (new)"));
        edit.append(SetCommand.create(domain, router, EstatePackage.Literals.BUFFALO_ROUTER__NTP_SERVER,
                "ntp.changed.test"));
        domain.getCommandStack().execute(edit);
        edited.countDown();

        driver.waitUntil("the run to finish: " + view.status(), () -> view.job() != null
                && view.job().getResult() != null && view.status().contains(" passed, "));
        view.tree().expandAll();
        driver.flush();
        Tree tree = view.tree().getTree();
        assertEquals(1, tree.getItemCount(), driver.outline(tree));
        TreeItem object = tree.getItem(0);
        TreeItem check = Arrays.stream(object.getItems()).filter(s -> s.getText(0).equals("Router as read"))
                .findFirst().orElseThrow(() -> new AssertionError(driver.outline(tree))).getItems()[0];
        assertAll(() -> assertEquals("Lübeck (new)", router.getName(), "the open estate has the edit"),
                () -> assertTrue(object.getText(0).contains(name), "the object as it was: " + object.getText(0)),
                () -> assertEquals("PASS", check.getText(1)),
                () -> assertEquals("name " + name + ", NTP " + ntp, check.getText(3)));

        // the result leads to the router of the open estate, not to the copy the run read
        tree.setSelection(object);
        Event doubleClick = new Event();
        doubleClick.item = object;
        tree.notifyListeners(SWT.DefaultSelection, doubleClick);
        driver.waitUntil("rtr-hl of the open estate selected in the navigator", () -> ((IStructuredSelection)
                navigator.viewer().getSelection()).getFirstElement() == router);
    }
}
