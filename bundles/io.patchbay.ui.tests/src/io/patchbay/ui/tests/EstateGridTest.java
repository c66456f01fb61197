package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.patchbay.model.Device;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.Router;
import io.patchbay.model.RsipServer;
import io.patchbay.model.Station;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.EstateGridView;
import io.patchbay.ui.internal.EstateNavigator;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.internal.grid.EstateGrid;
import io.patchbay.ui.testing.SwtDriver;

/**
 * The Estate grid on the demo estate, driven as an operator drives it: real clicks on headers and cells, real keys
 * in the filter row and the cell editor, and the pixels checked for text.
 */
class EstateGridTest {

    /** The grid's header rows above the first body row: the column headers and the filter row. */
    private static final int HEADER_ROWS = 2;

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private EstateSession session;
    private EstateGridView view;
    private EstateGrid grid;
    private NatTable table;

    @BeforeEach
    void openTheGrid() throws PartInitException {
        window = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        page = window.getActivePage();
        session = window.getService(EstateSession.class);
        view = (EstateGridView) page.showView(PatchbayUi.ESTATE_GRID_ID);
        grid = view.grid();
        table = grid.natTable();
        driver.waitUntil("the grid's rows", () -> grid.rows().size() > 0);
    }

    @AfterEach
    void undoEverythingAndClearTheGrid() {
        while (session.commandStack().canUndo()) {
            session.commandStack().undo();
        }
        if (view.isDirty()) {
            view.doSave(null); // the estate file as it was, for the tests that follow
        }
        grid.clearFilters();
        grid.clearSort();
        grid.reveal(0, 0);
        driver.flush();
    }

    @Test
    void theGridHasOneRowPerStationDeviceRouterAndRsipServerWithTheirSettings() {
        long expected = Stream.of(allObjects()).filter(o -> o instanceof Station || o instanceof Device
                || o instanceof Router || o instanceof RsipServer).count();
        int jana = rowOf("Name", "Jana Petersen");
        int cp600 = rowOf("Name", "Petersen home office phone");
        assertAll(() -> assertEquals(21, expected, "the demo estate's rows"),
                () -> assertEquals(expected, grid.rows().size()),
                () -> assertEquals("21 rows", view.getContentDescription()),
                () -> assertEquals("Station", cell("Kind", jana)),
                () -> assertEquals("101", cell("Number", jana)),
                () -> assertEquals("Hamburg HQ", cell("Site", jana)),
                () -> assertEquals("Hamburg HQ OSBiz X3", cell("System", jana)),
                () -> assertEquals("yes", cell("SBC flag", jana)),
                () -> assertEquals("yes", cell("Authentication", jana)),
                () -> assertEquals("Device", cell("Kind", cp600)),
                () -> assertEquals("DESKPHONE_CP600_HFA", cell("Model", cp600)),
                () -> assertEquals("101", cell("Station", cp600)),
                () -> assertEquals("Company router", cell("Kind", rowOf("Name", "Hamburg HQ internet router"))),
                // the console shows the simulated copy: its RSIP server is the RSIP host twin on loopback
                () -> assertEquals("127.0.0.1", cell("Address", rowOf("Name", "Hamburg RSIP gateway"))));
    }

    @Test
    void theCellsArePaintedWithTextAndAScreenshotIsSaved() throws Exception {
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        try {
            driver.flush();
            Shell shell = window.getShell();
            int jana = rowOf("Name", "Jana Petersen");
            Rectangle nameCell = inShell(shell, table, cellBounds(column("Name"), jana));
            Rectangle below = inShell(shell, table, new Rectangle(0, cellBounds(0, grid.rows().size() - 1).y + 30,
                    table.getClientArea().width, 40));
            ImageData screen = driver.capture(shell);
            Path file = driver.save(screen, screenshots().resolve("grid.png"));
            assertTrue(Files.size(file) > 0, "screenshot written to " + file);
            int ink = SwtDriver.inkPixels(screen, nameCell, table.getBackground().getRGB());
            assertTrue(ink > 40, "'Jana Petersen' left only " + ink + " dark pixels in " + nameCell + ", see " + file);
            int header = SwtDriver.inkPixels(screen, inShell(shell, table, table.getBoundsByPosition(
                    column("Name") + 1, 0)), table.getBackground().getRGB());
            assertTrue(header > 40, "the header 'Name' is painted, see " + file);
            if (below.y + below.height < inShell(shell, table, table.getClientArea()).y + table.getClientArea().height) {
                assertEquals(0, SwtDriver.inkPixels(screen, below, table.getBackground().getRGB()),
                        "nothing is painted below the last row, see " + file);
            }
        } finally {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        }
    }

    @Test
    void clickingAHeaderSortsByThatColumnAndClickingAgainReverses() {
        int name = column("Name");
        click(table.getBoundsByPosition(name + 1, 0));
        driver.waitUntil("the rows sorted by name", () -> grid.rows().sortColumn() == name);
        List<String> ascending = columnTexts(name);
        assertEquals("Anna Schulz", ascending.get(0), "first name A to Z: " + ascending);
        assertEquals("Yilmaz smartphone", ascending.get(ascending.size() - 1), ascending.toString());

        click(table.getBoundsByPosition(name + 1, 0));
        driver.waitUntil("the rows sorted by name, Z to A", () -> grid.rows().isDescending());
        assertEquals("Yilmaz smartphone", columnTexts(name).get(0));
    }

    @Test
    void typingIntoTheFilterRowShowsOnlyMatchingRows() {
        int name = column("Name");
        // under Xvfb a click can be lost while the workbench settles after the previous test: click again, as a user
        // would, before judging
        for (int attempt = 0; attempt < 3 && table.getActiveCellEditor() == null; attempt++) {
            click(table.getBoundsByPosition(name + 1, 1));
            driver.holdsWithin(java.time.Duration.ofSeconds(5), () -> table.getActiveCellEditor() != null);
        }
        driver.waitUntil("the filter cell being edited", () -> table.getActiveCellEditor() != null);
        for (char c : "petersen".toCharArray()) {
            driver.press(c);
        }
        driver.press(SWT.CR);
        driver.waitUntil("only rows whose name contains 'petersen'", () -> grid.rows().size() < 21);
        List<String> names = columnTexts(name);
        assertEquals(List.of("Jana Petersen", "Petersen home office phone", "Petersen home router"), names);
        assertEquals("3 of 21 rows", view.getContentDescription());
        assertEquals(3, table.getRowCount() - HEADER_ROWS, "the table itself shows three rows");
    }

    @Test
    void selectingARowDrivesThePropertiesViewAndTheStatusLine() {
        int jana = rowOf("Name", "Jana Petersen");
        click(cellBounds(column("Kind"), jana));
        driver.waitUntil("station 101 is the workbench selection", () -> window.getSelectionService()
                .getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Station station
                && "101".equals(station.getNumber()));
        driver.find(window.getShell(), CLabel.class, "the status line naming the station",
                label -> "Station 101 (Jana Petersen)".equals(label.getText()));
        PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
        driver.waitFor("the properties of station 101", () -> driver.findAll(
                (Composite) sheet.getCurrentPage().getControl().getParent(), Tree.class,
                tree -> Arrays.stream(tree.getItems()).flatMap(EstateGridTest::withChildren)
                        .anyMatch(row -> "Name".equals(row.getText(0)) && "Jana Petersen".equals(row.getText(1))))
                .stream().findFirst().orElse(null));
    }

    @Test
    void ctrlClickSelectsSeveralRowsAndTheStatusLineCountsThem() {
        click(cellBounds(column("Kind"), rowOf("Name", "Jana Petersen")));
        press(cellBounds(column("Kind"), rowOf("Name", "Anna Schulz")), 1, SWT.MOD1);
        driver.waitUntil("two stations selected in the workbench", () -> window.getSelectionService()
                .getSelection() instanceof IStructuredSelection s && s.size() == 2
                && s.toList().stream().map(o -> ((Station) o).getNumber()).sorted().toList()
                        .equals(List.of("101", "201")));
        driver.find(window.getShell(), CLabel.class, "the status line counting them",
                label -> "2 objects selected".equals(label.getText()));
    }

    @Test
    void anEditInACellIsACommandThatCtrlZUndoesAndCtrlShiftZRedoes() {
        Station reception = station("100");
        int row = rowOf("Name", "Reception");
        Rectangle nameCell = cellBounds(column("Name"), row);
        doubleClick(nameCell);
        Text editor = driver.waitFor("the cell editor", () -> table.getActiveCellEditor() == null ? null
                : table.getActiveCellEditor().getEditorControl() instanceof Text text ? text : null);
        editor.selectAll();
        for (char c : "Front desk".toCharArray()) {
            driver.press(c);
        }
        driver.press(SWT.CR);
        driver.waitUntil("the station renamed", () -> "Front desk".equals(reception.getName()));
        assertEquals("Front desk", cell("Name", grid.rows().indexOf(reception)));
        assertTrue(view.isDirty(), "the estate has unsaved changes");

        table.setFocus();
        driver.press(SWT.MOD1, 'z');
        driver.waitUntil("the old name back after Ctrl+Z", () -> "Reception".equals(reception.getName()));
        driver.waitUntil("the grid showing it", () -> "Reception".equals(cell("Name",
                grid.rows().indexOf(reception))));
        driver.press(SWT.MOD1 | SWT.SHIFT, 'z'); // Redo on Linux
        driver.waitUntil("the new name again after Ctrl+Shift+Z", () -> "Front desk".equals(reception.getName()));
    }

    @Test
    void ctrlSWithTheGridActiveWritesTheEditToTheEstateFile() throws Exception {
        Station reception = station("100");
        session.commandStack().execute(SetCommand.create(session.editingDomain(), reception,
                EstatePackage.Literals.STATION__NAME, "Front desk"));
        page.activate(view);
        table.setFocus();
        driver.press(SWT.MOD1, 's');
        driver.waitUntil("the estate saved", () -> !view.isDirty());
        assertTrue(Files.readString(session.file()).contains("name=\"Front desk\""), "the file holds the new name");
    }

    @Test
    void theIdIsShownButCannotBeEditedInPlace() {
        int row = rowOf("Name", "Reception");
        assertEquals("pbx-hh-st-100", cell("Id", row));
        doubleClick(cellBounds(column("Id"), row));
        assertEquals(null, table.getActiveCellEditor(), "no editor opens on the id");
    }

    @Test
    void aChangeMovesTheRowWhereTheSortSaysWithoutTheOperatorDoingAnything() {
        int name = column("Name");
        click(table.getBoundsByPosition(name + 1, 0));
        driver.waitUntil("sorted by name", () -> grid.rows().sortColumn() == name);
        Station warehouse = station("105");
        session.commandStack().execute(SetCommand.create(session.editingDomain(), warehouse,
                EstatePackage.Literals.STATION__NAME, "Aaron's warehouse"));
        driver.waitUntil("the renamed station at the top", () -> "Aaron's warehouse".equals(cell("Name", 0)));
        assertEquals(21, grid.rows().size());
    }

    @Test
    void selectingInTheNavigatorSelectsTheSameRowInTheGrid() {
        Station jana = station("101");
        EstateNavigator navigator = (EstateNavigator) page.findView(PatchbayUi.ESTATE_NAVIGATOR_ID);
        page.activate(navigator);
        navigator.viewer().setSelection(new StructuredSelection(jana), true);
        driver.waitUntil("station 101 selected in the grid",
                () -> ((IStructuredSelection) grid.selectionProvider().getSelection()).toList().equals(List.of(jana)));
    }

    @Test
    void theKindSelectorShowsOneKind() {
        grid.kindSelector().select(1);
        grid.kindSelector().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.waitUntil("only stations", () -> grid.rows().size() == 8);
        assertTrue(IntStream.range(0, 8).allMatch(i -> "Station".equals(cell("Kind", i))));
        grid.kindSelector().select(0);
        grid.kindSelector().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.waitUntil("all kinds again", () -> grid.rows().size() == 21);
    }

    @Test
    void theColumnChooserListsTheColumns() {
        List<String> listed = new ArrayList<>();
        String[] title = {null};
        long deadline = System.nanoTime() + SwtDriver.DEFAULT_TIMEOUT.toNanos();
        Runnable closeTheChooser = new Runnable() {
            @Override
            public void run() {
                Shell chooser = Arrays.stream(driver.display().getShells())
                        .filter(shell -> shell != window.getShell() && shell.isVisible()).findFirst().orElse(null);
                if (chooser == null && System.nanoTime() < deadline) {
                    driver.display().timerExec(100, this); // not open yet: look again
                    return;
                }
                if (chooser != null) {
                    title[0] = chooser.getText();
                    driver.findAll(chooser, Tree.class, tree -> true).forEach(tree -> Arrays.stream(tree.getItems())
                            .flatMap(EstateGridTest::withChildren).forEach(item -> listed.add(item.getText())));
                    chooser.close();
                }
            }
        };
        driver.display().timerExec(100, closeTheChooser);
        grid.chooseColumns(); // modal: returns when the timer has closed it
        assertTrue(title[0] != null, "a column chooser dialog opened");
        assertTrue(listed.containsAll(List.of("Kind", "Name", "Firmware", "SBC flag")), listed.toString());
    }

    @Test
    void windowEstateGridOpensTheGridAgainAfterItWasClosed() {
        page.hideView(view);
        driver.waitUntil("the grid closed", () -> page.findView(PatchbayUi.ESTATE_GRID_ID) == null);
        org.eclipse.swt.widgets.MenuItem windowMenu = Arrays.stream(window.getShell().getMenuBar().getItems())
                .filter(item -> item.getText().replace("&", "").equals("Window")).findFirst()
                .orElseThrow(() -> new AssertionError("no Window menu"));
        windowMenu.getMenu().notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event()); // as opening it does
        org.eclipse.swt.widgets.MenuItem open = Arrays.stream(windowMenu.getMenu().getItems())
                .filter(item -> item.getText().replace("&", "").startsWith("Estate Grid")).findFirst()
                .orElseThrow(() -> new AssertionError("no Window > Estate Grid"));
        String key = open.getText().substring(open.getText().indexOf('\t') + 1);
        assertTrue(key.contains("Ctrl") && key.contains("Shift") && key.endsWith("G"),
                "the menu shows the key Ctrl+Shift+G: " + open.getText());
        open.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        view = driver.waitFor("the grid open again", () -> (EstateGridView) page.findView(PatchbayUi.ESTATE_GRID_ID));
        grid = view.grid();
        table = grid.natTable();
        assertEquals(21, grid.rows().size());
    }

    // ------------------------------------------------------------------------------------------ helpers

    /**
     * Clicks the middle of {@code area} (table coordinates): the pointer moves there through the window system, then
     * the button goes down and up on the table. Under Xvfb, GTK reports synthetic button events on owner-drawn
     * controls such as NatTable at 0,0, so press and release are given to the table's listeners where the pointer is.
     */
    private void click(Rectangle area) {
        press(area, 1, SWT.NONE);
    }

    private void doubleClick(Rectangle area) {
        press(area, 2, SWT.NONE);
    }

    private void press(Rectangle area, int clicks, int modifiers) {
        window.getShell().forceActive();
        Point at = table.toDisplay(area.x + area.width / 2, area.y + area.height / 2);
        org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        assertTrue(driver.display().post(move), "the window system took the pointer move");
        driver.flush();
        Point local = table.toControl(driver.display().getCursorLocation());
        assertEquals(table.toControl(at), local, "the pointer is where the test moved it");
        for (int click = 1; click <= clicks; click++) {
            mouse(SWT.MouseDown, local, click, modifiers);
            if (click == 2) {
                mouse(SWT.MouseDoubleClick, local, click, modifiers);
            }
            mouse(SWT.MouseUp, local, click, modifiers);
        }
    }

    private void mouse(int type, Point at, int count, int modifiers) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.stateMask = modifiers;
        event.button = 1;
        event.count = count;
        event.x = at.x;
        event.y = at.y;
        table.notifyListeners(type, event);
        driver.flush();
    }

    private int column(String header) {
        return IntStream.range(0, grid.rows().columns().size()).filter(i -> header.equals(grid.headerText(i)))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + header));
    }

    private String cell(String header, int row) {
        return grid.cellText(column(header), row);
    }

    private int rowOf(String header, String text) {
        int column = column(header);
        return IntStream.range(0, grid.rows().size()).filter(row -> text.equals(grid.cellText(column, row)))
                .findFirst().orElseThrow(() -> new AssertionError("no row with " + header + " " + text));
    }

    private List<String> columnTexts(int column) {
        List<String> texts = new ArrayList<>();
        for (int row = 0; row < grid.rows().size(); row++) {
            texts.add(grid.cellText(column, row));
        }
        return texts;
    }

    /** The bounds of a body cell in the table, scrolling its row into view first. */
    private Rectangle cellBounds(int column, int row) {
        grid.reveal(column, row);
        driver.flush();
        for (int position = HEADER_ROWS; position < table.getRowCount(); position++) {
            if (table.getRowIndexByPosition(position) == row) {
                for (int columnPosition = 1; columnPosition < table.getColumnCount(); columnPosition++) {
                    if (table.getColumnIndexByPosition(columnPosition) == column) {
                        return table.getBoundsByPosition(columnPosition, position);
                    }
                }
            }
        }
        throw new AssertionError("row " + row + " is not in view");
    }

    private Station station(String number) {
        return (Station) Stream.of(allObjects()).filter(o -> o instanceof Station s && number.equals(s.getNumber()))
                .findFirst().orElseThrow();
    }

    private EObject[] allObjects() {
        List<EObject> all = new ArrayList<>();
        session.estate().orElseThrow().eAllContents().forEachRemaining(all::add);
        return all.toArray(EObject[]::new);
    }

    private static Stream<org.eclipse.swt.widgets.TreeItem> withChildren(TreeItem item) {
        return Stream.concat(Stream.of(item), Arrays.stream(item.getItems()).flatMap(EstateGridTest::withChildren));
    }

    private static Rectangle inShell(Shell shell, Control control, Rectangle area) {
        Point origin = control.toDisplay(area.x, area.y);
        Rectangle bounds = shell.getBounds();
        return new Rectangle(origin.x - bounds.x, origin.y - bounds.y, area.width, area.height);
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("patchbay.screenshots", "target/screenshots"));
    }
}
