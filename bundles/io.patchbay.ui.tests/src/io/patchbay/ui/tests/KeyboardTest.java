package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.EstateNavigator;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.internal.LiveTestsView;
import io.patchbay.ui.internal.RunLiveTestsHandler;
import io.patchbay.ui.testing.SwtDriver;

/** The main actions by key: the keys the README lists are bound, and the menus carry their mnemonics. */
class KeyboardTest {

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private IWorkbenchWindow window;

    @BeforeEach
    void findTheWindow() {
        window = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    }

    @Test
    void theReadmesKeysAreBound() {
        assertAll(() -> assertEquals("Ctrl+O", keys("io.patchbay.ui.commands.openEstate")),
                () -> assertEquals("Ctrl+S", keys("org.eclipse.ui.file.save")),
                () -> assertEquals("Ctrl+Z", keys("org.eclipse.ui.edit.undo")),
                () -> assertTrue(keys("org.eclipse.ui.edit.redo").contains("Ctrl+Y")
                        || keys("org.eclipse.ui.edit.redo").contains("Shift+Ctrl+Z"), keys("org.eclipse.ui.edit.redo")),
                () -> assertEquals("Ctrl+R", keys(RunLiveTestsHandler.COMMAND)),
                () -> assertEquals("F5", keys("org.eclipse.ui.file.refresh")),
                () -> assertEquals("F3", keys(PatchbayUi.OPEN_OBJECT_COMMAND_ID)));
    }

    @Test
    void theMenusAndTheirItemsHaveMnemonics() {
        List<String> bar = Arrays.stream(window.getShell().getMenuBar().getItems()).map(MenuItem::getText).toList();
        assertTrue(bar.containsAll(List.of("&File", "&Edit", "&Window", "&Provision", "&Help")), bar.toString());
        for (String menu : List.of("&File", "&Edit", "&Window")) {
            List<String> items = items(menu).stream().filter(text -> !text.isEmpty()).toList();
            assertTrue(items.stream().allMatch(text -> text.contains("&")), menu + ": " + items);
        }
        assertAll(() -> assertTrue(items("&File").get(0).startsWith("&Open Estate\u2026"), items("&File").toString()),
                () -> assertTrue(items("&Window").stream().anyMatch(t -> t.startsWith("&Preferences\u2026")),
                        items("&Window").toString()));
    }

    @Test
    void f5RefreshesTheJournalWhenItIsActive() throws Exception {
        window.getActivePage().showView(PatchbayUi.JOURNAL_ID);
        driver.flush();
        assertTrue(window.getService(ICommandService.class).getCommand("org.eclipse.ui.file.refresh").isHandled(),
                "F5 has a handler while the Journal view is active");
    }

    @Test
    void ctrlRRunsTheLiveTestsOnTheNavigatorsSelection() throws Exception {
        EstateSession session = window.getService(EstateSession.class);
        Assumptions.assumeTrue(session.file().getFileName().toString().endsWith(".simulated.estate"),
                "the demo's twins did not start in this console, so there is nothing to test against: "
                        + session.file());
        LiveTestsView view = (LiveTestsView) window.getActivePage().showView(PatchbayUi.LIVE_TESTS_ID);
        view.chooseSuite("servicelink"); // proves the estate as it is: nothing needs pushing to the twins first
        EstateNavigator navigator = (EstateNavigator) window.getActivePage().showView(PatchbayUi.ESTATE_NAVIGATOR_ID);
        navigator.viewer().setSelection(StructuredSelection.EMPTY);
        navigator.viewer().getControl().setFocus();
        driver.flush();

        Object before = view.job();
        driver.press(SWT.MOD1, 'r');

        driver.waitUntil("a live test run started by Ctrl+R", () -> view.job() != null && view.job() != before);
        driver.waitUntil("the run ended", () -> view.job().getResult() != null && !view.status().isEmpty()
                && !view.status().startsWith("Running"));
        assertTrue(view.status().startsWith("2 passed, 0 failed, 0 skipped"), view.status());
    }

    private String keys(String command) {
        return Arrays.stream(window.getService(IBindingService.class).getActiveBindingsFor(command))
                .map(TriggerSequence::format).collect(Collectors.joining(", "));
    }

    private List<String> items(String menu) {
        Menu opened = Arrays.stream(window.getShell().getMenuBar().getItems()).filter(i -> i.getText().equals(menu))
                .findFirst().orElseThrow().getMenu();
        opened.notifyListeners(SWT.Show, new Event());
        List<String> texts = Arrays.stream(opened.getItems()).map(MenuItem::getText).toList();
        opened.notifyListeners(SWT.Hide, new Event());
        return texts;
    }

}
