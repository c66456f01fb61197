package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.Station;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.EstateNavigator;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.internal.OpenDemoEstateHandler;
import io.patchbay.ui.internal.OpenEstateHandler;
import io.patchbay.ui.testing.SwtDriver;

/**
 * File ▸ Open Estate… opens an estate file in a window of its own, File ▸ Open Recent lists it afterwards, a window
 * with unsaved changes asks before it closes, and a file that is not an estate is refused with its name and reason.
 * The file dialog is the platform's own; the test gives the command its file parameter instead.
 */
class OpenEstateTest {

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private IWorkbenchWindow main;
    @TempDir
    Path folder;

    @BeforeEach
    void findTheConsoleWindow() {
        main = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    }

    @AfterEach
    void closeTheWindowsThisTestOpened() {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            if (window != main) {
                EstateSession session = window.getService(EstateSession.class);
                session.commandStack().flush();
                window.close();
            }
        }
        main.getShell().forceActive();
        driver.flush();
    }

    @Test
    void openEstateShowsTheFileInANewWindowAndOpenRecentListsIt() throws Exception {
        Path file = copyOfTheDemo("branch-office.estate");

        IWorkbenchWindow opened = open(file);

        EstateNavigator navigator = driver.waitFor("the Estate navigator of the new window",
                () -> (EstateNavigator) opened.getActivePage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID));
        driver.waitUntil("the estate in the new window's navigator", () -> navigator.viewer().getTree()
                .getItemCount() > 0);
        assertAll(() -> assertEquals("Patchbay \u2014 branch-office.estate", opened.getShell().getText()),
                () -> assertEquals(file, opened.getService(EstateSession.class).file()),
                () -> assertEquals("Estate Patchbay demo estate", navigator.viewer().getTree().getItem(0).getText()),
                () -> assertTrue(main.getShell().isVisible(), "the first window stays open"));

        List<String> recent = openRecentItems(main.getShell());
        assertTrue(recent.get(0).startsWith("&1 branch-office.estate"), "most recent first: " + recent);
    }

    @Test
    void theTitleMarksUnsavedChangesAndClosingAsksCancelKeepsTheWindowSaveWritesTheFile() throws Exception {
        Path file = copyOfTheDemo("hamburg.estate");
        IWorkbenchWindow opened = open(file);
        EstateSession session = opened.getService(EstateSession.class);
        Station reception = station(session, "Reception");
        session.commandStack().execute(SetCommand.create(session.editingDomain(), reception,
                EstatePackage.Literals.STATION__NAME, "Front desk"));
        driver.waitUntil("the title marks the unsaved change",
                () -> opened.getShell().getText().equals("Patchbay \u2014 *hamburg.estate"));
        EstateNavigator navigator = (EstateNavigator) opened.getActivePage()
                .findView(PatchbayUi.ESTATE_NAVIGATOR_ID);
        navigator.doSave(null);
        driver.waitUntil("the mark gone once saved",
                () -> opened.getShell().getText().equals("Patchbay \u2014 hamburg.estate"));
        session.commandStack().execute(SetCommand.create(session.editingDomain(), reception,
                EstatePackage.Literals.STATION__NAME, "Empfang"));
        driver.waitUntil("the title marks the next change",
                () -> opened.getShell().getText().equals("Patchbay \u2014 *hamburg.estate"));

        String[] question = new String[1];
        driver.answer("Save Changes", "Cancel", dialog -> question[0] = driver.message(dialog));
        opened.getShell().close();
        driver.flush();
        assertAll(() -> assertNotNull(question[0], "closing asked"),
                () -> assertTrue(question[0].contains("'hamburg.estate' has unsaved changes"), question[0]),
                () -> assertFalse(opened.getShell().isDisposed(), "Cancel keeps the window open"),
                () -> assertTrue(session.commandStack().isSaveNeeded(), "and the change"));

        driver.answer("Save Changes", "Save", dialog -> { });
        opened.getShell().close();
        driver.waitUntil("the window closed after Save", () -> opened.getShell() == null
                || opened.getShell().isDisposed());
        assertTrue(Files.readString(file).contains("name=\"Empfang\""), "Save wrote the change to " + file);
    }

    @Test
    void dontSaveClosesTheWindowAndLeavesTheFileAsItWas() throws Exception {
        Path file = copyOfTheDemo("luebeck.estate");
        String before = Files.readString(file);
        IWorkbenchWindow opened = open(file);
        EstateSession session = opened.getService(EstateSession.class);
        session.commandStack().execute(SetCommand.create(session.editingDomain(), station(session, "Reception"),
                EstatePackage.Literals.STATION__NAME, "Front desk"));

        driver.answer("Save Changes", "Don't Save", dialog -> { });
        opened.getShell().close();

        driver.waitUntil("the window closed after Don't Save", () -> opened.getShell() == null
                || opened.getShell().isDisposed());
        assertEquals(before, Files.readString(file), "the file is unchanged");
    }

    @Test
    void aRecentFileThatHasGoneIsGreyedOutAndARecentOneOpensFromTheMenu() throws Exception {
        Path gone = copyOfTheDemo("gone.estate");
        open(gone).close();
        Files.delete(gone);
        Path kept = copyOfTheDemo("kept.estate");
        open(kept).close();
        driver.flush();

        List<String> shown = new java.util.ArrayList<>();
        openRecent(main.getShell(), items -> {
            for (MenuItem item : items) {
                shown.add(item.getText() + (item.getEnabled() ? "" : " [disabled]"));
            }
            items.get(0).notifyListeners(SWT.Selection, new Event());
        });

        assertAll(() -> assertTrue(shown.get(0).startsWith("&1 kept.estate") && !shown.get(0).endsWith("[disabled]"),
                shown.toString()),
                () -> assertTrue(shown.get(1).startsWith("&2 gone.estate") && shown.get(1).endsWith(
                        "(missing) [disabled]"), shown.toString()));
        driver.waitUntil("kept.estate open again from Open Recent", () -> Arrays.stream(PlatformUI.getWorkbench()
                .getWorkbenchWindows()).anyMatch(w -> kept.equals(w.getService(EstateSession.class).file())));
    }

    @Test
    void aFileThatIsNotAnEstateIsRefusedWithItsNameAndNoWindowCloses() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.estate"), "these are my notes, not an estate\n");
        int windows = PlatformUI.getWorkbench().getWorkbenchWindowCount();

        String[] error = new String[1];
        driver.answer("Estate not opened", "OK", dialog -> error[0] = driver.message(dialog));
        execute(file);
        driver.waitUntil("the error dialog answered", () -> error[0] != null);

        assertAll(() -> assertTrue(error[0].contains(file.toString()), "names the file: " + error[0]),
                () -> assertTrue(error[0].contains("Patchbay estate"), "says what is expected: " + error[0]),
                () -> assertEquals(windows, PlatformUI.getWorkbench().getWorkbenchWindowCount(),
                        "no window opened or closed"),
                () -> assertFalse(openRecentItems(main.getShell()).stream().anyMatch(i -> i.contains("notes.estate")),
                        "an unreadable file is not remembered"));
    }

    @Test
    void openDemoEstateBringsTheDemoWindowForwardInsteadOfStartingTheTwinsTwice() throws Exception {
        EstateSession demo = main.getService(EstateSession.class);
        Assumptions.assumeTrue(demo.file().getFileName().toString().endsWith(".simulated.estate"),
                "the demo's twins did not start in this console: " + demo.file());
        IWorkbenchWindow other = open(copyOfTheDemo("other.estate"));
        driver.waitUntil("the other window active", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() == other);
        int windows = PlatformUI.getWorkbench().getWorkbenchWindowCount();

        other.getService(IHandlerService.class).executeCommand(OpenDemoEstateHandler.COMMAND, null);

        driver.waitUntil("the demo window active again", () -> PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow() == main);
        assertAll(() -> assertEquals(windows, PlatformUI.getWorkbench().getWorkbenchWindowCount(), "no new window"),
                () -> assertEquals("Patchbay \u2014 demo.estate, simulated (6 twins)", main.getShell().getText()));
    }

    @Test
    void openingTheFileAWindowShowsBringsThatWindowForwardInsteadOfASecondEditor() throws Exception {
        IWorkbenchWindow other = open(copyOfTheDemo("second.estate"));
        driver.waitUntil("the other window active", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() == other);
        int windows = PlatformUI.getWorkbench().getWorkbenchWindowCount();

        execute(main.getService(EstateSession.class).file());

        driver.waitUntil("the first window active again", () -> PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow() == main);
        assertEquals(windows, PlatformUI.getWorkbench().getWorkbenchWindowCount(), "no second window on the file");
    }

    @Test
    void ctrlOOpensAnEstate() {
        IBindingService bindings = main.getService(IBindingService.class);
        String keys = Arrays.stream(bindings.getActiveBindingsFor(OpenEstateHandler.COMMAND))
                .map(org.eclipse.jface.bindings.TriggerSequence::format).collect(Collectors.joining(", "));
        assertEquals("Ctrl+O", keys);
    }

    private IWorkbenchWindow open(Path file) throws Exception {
        int before = PlatformUI.getWorkbench().getWorkbenchWindowCount();
        execute(file);
        driver.waitUntil("a new window", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() == before + 1);
        return Arrays.stream(PlatformUI.getWorkbench().getWorkbenchWindows())
                .filter(w -> file.equals(w.getService(EstateSession.class).file())).findFirst().orElseThrow();
    }

    private void execute(Path file) throws Exception {
        ICommandService commands = main.getService(ICommandService.class);
        ParameterizedCommand open = ParameterizedCommand.generateCommand(
                commands.getCommand(OpenEstateHandler.COMMAND), Map.of(OpenEstateHandler.FILE, file.toString()));
        main.getService(IHandlerService.class).executeCommand(open, null);
    }

    private Path copyOfTheDemo(String name) throws IOException {
        return Files.copy(main.getService(EstateSession.class).file(), folder.resolve(name));
    }

    /** The texts of File ▸ Open Recent as the menu shows them. */
    private static List<String> openRecentItems(Shell shell) {
        List<String> texts = new java.util.ArrayList<>();
        openRecent(shell, items -> items.forEach(item -> texts.add(item.getText())));
        return texts;
    }

    /** Opens File ▸ Open Recent as the menu bar does and hands its items to {@code use} while it is open. */
    private static void openRecent(Shell shell, Consumer<List<MenuItem>> use) {
        Menu file = Arrays.stream(shell.getMenuBar().getItems()).filter(i -> i.getText().equals("&File"))
                .findFirst().orElseThrow().getMenu();
        file.notifyListeners(SWT.Show, new Event());
        Menu recent = Arrays.stream(file.getItems()).filter(i -> i.getText().startsWith("Open &Recent"))
                .findFirst().orElseThrow().getMenu();
        recent.notifyListeners(SWT.Show, new Event());
        use.accept(Arrays.asList(recent.getItems()));
        if (!recent.isDisposed()) {
            recent.notifyListeners(SWT.Hide, new Event());
        }
        if (!file.isDisposed()) {
            file.notifyListeners(SWT.Hide, new Event());
        }
    }

    private static Station station(EstateSession session, String name) {
        Station[] found = new Station[1];
        session.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (o instanceof Station s && name.equals(s.getName())) {
                found[0] = s;
            }
        });
        assertNotNull(found[0], "the demo estate has a station named " + name);
        return found[0];
    }
}
