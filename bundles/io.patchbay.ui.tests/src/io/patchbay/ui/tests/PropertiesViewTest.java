package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.patchbay.model.Station;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.EstateNavigator;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.internal.viewers.ItemPropertySource;
import io.patchbay.ui.testing.SwtDriver;

/** The Properties view shows the selected object's attributes, named as the operator knows them; edits undo. */
class PropertiesViewTest {

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private final IWorkbenchWindow window = driver.waitFor("the workbench window",
            () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    private final EstateSession session = window.getService(EstateSession.class);

    @AfterEach
    void undoEverything() {
        while (session.commandStack().canUndo()) {
            session.commandStack().undo();
        }
    }

    @Test
    void aClickedStationShowsItsSettingsInTheProperties() {
        EstateNavigator navigator = (EstateNavigator) window.getActivePage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID);
        Tree tree = navigator.viewer().getTree();
        driver.click(driver.treeItem(tree, "Estate Patchbay demo estate",
                "Customer Nordhafen Logistik GmbH (customer ID 100234)", "Site Hamburg HQ",
                "Hamburg HQ OSBiz X3 (X3, V2R7)", "Station 101 (Jana Petersen)"));
        driver.waitUntil("station 101 selected", () -> navigator.viewer().getStructuredSelection()
                .getFirstElement() instanceof Station s && "101".equals(s.getNumber()));

        PropertySheet sheet = (PropertySheet) window.getActivePage().findView(IPageLayout.ID_PROP_SHEET);
        Tree rows = driver.waitFor("the property rows of station 101", () -> driver.findAll(
                (org.eclipse.swt.widgets.Composite) sheet.getCurrentPage().getControl().getParent(), Tree.class,
                t -> row(t, "Name") != null && "Jana Petersen".equals(row(t, "Name").getText(1))).stream()
                .findFirst().orElse(null));
        assertAll(() -> assertEquals("true", row(rows, "Internet Registration with internal SBC").getText(1)),
                () -> assertEquals("true", row(rows, "Authentication").getText(1)),
                () -> assertEquals("101", row(rows, "Call Number").getText(1)));
    }

    @Test
    void anEditThroughThePropertiesIsACommandThatUndoes() {
        Station station = (Station) ((IStructuredSelection) selectStation101()).getFirstElement();
        ItemPropertySource properties = new ItemPropertySource(station, session.adapterFactory(),
                session.editingDomain());
        Object nameId = Arrays.stream(properties.getPropertyDescriptors())
                .filter(d -> "Name".equals(d.getDisplayName())).map(IPropertyDescriptor::getId).findFirst()
                .orElseThrow();
        Object classId = Arrays.stream(properties.getPropertyDescriptors())
                .filter(d -> "Class Of Service".equals(d.getDisplayName())).map(IPropertyDescriptor::getId)
                .findFirst().orElseThrow();

        properties.setPropertyValue(nameId, "Jana P.");
        properties.setPropertyValue(classId, 0); // the first literal of the enum, as the combo gives it
        assertAll(() -> assertEquals("Jana P.", station.getName()),
                () -> assertEquals("INTERNAL_ONLY", station.getClassOfService().getLiteral()),
                () -> assertTrue(session.commandStack().canUndo()));
        session.commandStack().undo();
        session.commandStack().undo();
        assertEquals("Jana Petersen", station.getName());
    }

    private Object selectStation101() {
        Station[] found = new Station[1];
        session.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (o instanceof Station s && "101".equals(s.getNumber())) {
                found[0] = s;
            }
        });
        return new org.eclipse.jface.viewers.StructuredSelection(found[0]);
    }

    private static TreeItem row(Tree tree, String name) {
        return all(tree.getItems()).filter(item -> name.equals(item.getText(0))).findFirst().orElse(null);
    }

    private static Stream<TreeItem> all(TreeItem[] items) {
        return Arrays.stream(items).flatMap(item -> Stream.concat(Stream.of(item), all(item.getItems())));
    }
}
