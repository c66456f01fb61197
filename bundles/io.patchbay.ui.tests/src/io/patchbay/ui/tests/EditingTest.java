package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
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

/** Changes go through the command stack: the navigator follows them, Ctrl+Z undoes them, Ctrl+S writes the file. */
class EditingTest {

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private IWorkbenchWindow window;
    private EstateSession session;
    private EstateNavigator navigator;
    private Tree tree;

    @BeforeEach
    void focusTheNavigator() {
        window = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        session = window.getService(EstateSession.class);
        navigator = (EstateNavigator) window.getActivePage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID);
        window.getActivePage().activate(navigator);
        tree = navigator.viewer().getTree();
        driver.waitUntil("the estate in the navigator", () -> tree.getItemCount() > 0);
        navigator.viewer().expandAll();
        driver.flush();
    }

    @AfterEach
    void undoEverythingAndSave() {
        while (session.commandStack().canUndo()) {
            session.commandStack().undo();
        }
        if (navigator.isDirty()) {
            navigator.doSave(null);
        }
    }

    @Test
    void aRenameShowsInTheTreeAndCtrlZUndoesIt() {
        Station reception = station("Reception");
        session.commandStack().execute(
                SetCommand.create(session.editingDomain(), reception, EstatePackage.Literals.STATION__NAME, "Front desk"));
        driver.waitUntil("the renamed station in the tree", () -> treeShows("Front desk"));
        assertTrue(navigator.isDirty(), "the estate has unsaved changes");

        tree.setFocus();
        driver.press(SWT.MOD1, 'z');
        driver.waitUntil("the old name back after Ctrl+Z", () -> treeShows("Reception") && !treeShows("Front desk"));
        assertFalse(navigator.isDirty(), "nothing left to save after undo");
    }

    @Test
    void ctrlSWritesTheChangeToTheEstateFile() throws IOException {
        Station reception = station("Reception");
        session.commandStack().execute(
                SetCommand.create(session.editingDomain(), reception, EstatePackage.Literals.STATION__NAME, "Front desk"));
        tree.setFocus();
        driver.press(SWT.MOD1, 's');
        driver.waitUntil("the estate saved", () -> !navigator.isDirty());
        assertTrue(Files.readString(session.file()).contains("name=\"Front desk\""), "the file holds the new name");
    }

    private boolean treeShows(String text) {
        return all(tree.getItems()).anyMatch(item -> item.getText().contains(text));
    }

    private static java.util.stream.Stream<TreeItem> all(TreeItem[] items) {
        return Arrays.stream(items).flatMap(item -> java.util.stream.Stream.concat(java.util.stream.Stream.of(item),
                all(item.getItems())));
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
}
