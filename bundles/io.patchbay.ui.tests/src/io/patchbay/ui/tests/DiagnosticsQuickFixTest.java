package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.patchbay.model.EstatePackage.Literals;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.validation.Finding;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.DiagnosticsView;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.testing.SwtDriver;

/** Quick Fix in the Diagnostics view: the rule's repair, applied as one undoable command. */
class DiagnosticsQuickFixTest {

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private IWorkbenchWindow window;
    private EditingDomain domain;
    private DiagnosticsView diagnostics;
    private Table table;
    private OsbizSystem system;

    @BeforeEach
    void showTheDiagnostics() throws PartInitException {
        window = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        diagnostics = (DiagnosticsView) window.getActivePage().showView(PatchbayUi.DIAGNOSTICS_ID);
        EstateSession session = window.getService(EstateSession.class);
        domain = session.editingDomain();
        table = diagnostics.viewer().getTable();
        OsbizSystem[] found = new OsbizSystem[1];
        session.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (found[0] == null && o instanceof OsbizSystem s) {
                found[0] = s;
            }
        });
        system = found[0];
    }

    @AfterEach
    void undoEverything() {
        while (domain.getCommandStack().canUndo()) {
            domain.getCommandStack().undo();
        }
    }

    @Test
    void ctrl1OnAFindingAppliesItsFixAndUndoBringsTheFindingBack() {
        domain.getCommandStack().execute(SetCommand.create(domain, system, Literals.OSBIZ_SYSTEM__HFA_PORT, 4060));
        TableItem row = driver.waitFor("an F-08 finding", () -> rows("F-08").stream().findFirst().orElse(null));
        assertEquals("Set it back to 4062: the system ports must not be changed", row.getText(4),
                "the row shows the fix");

        driver.click(table, row.getBounds(1));
        driver.waitUntil("the Diagnostics view active", () -> window.getActivePage().getActivePart() == diagnostics);
        driver.press(SWT.MOD1, '1');
        driver.waitUntil("the F-08 finding gone after Ctrl+1", () -> rows("F-08").isEmpty());
        assertEquals(4062, system.getHfaPort(), "the port is back at its default");
        assertTrue(domain.getCommandStack().getUndoCommand().getLabel().startsWith("Quick Fix F-08"),
                domain.getCommandStack().getUndoCommand().getLabel());

        domain.getCommandStack().undo();
        driver.waitUntil("the F-08 finding back after undo", () -> rows("F-08").size() == 1);
        assertEquals(4060, system.getHfaPort());
    }

    @Test
    void severalFindingsOfOneRuleAreFixedInOneCommand() {
        CompoundCommand breakTwo = new CompoundCommand("two ports");
        breakTwo.append(SetCommand.create(domain, system, Literals.OSBIZ_SYSTEM__HFA_PORT, 4060));
        breakTwo.append(SetCommand.create(domain, system, Literals.OSBIZ_SYSTEM__HTTPS_PORT, 8800));
        domain.getCommandStack().execute(breakTwo);
        driver.waitUntil("two F-08 findings", () -> rows("F-08").size() == 2);

        List<?> findings = Arrays.stream(table.getItems()).map(TableItem::getData)
                .filter(f -> ((Finding) f).ruleId().equals("F-08")).toList();
        window.getActivePage().activate(diagnostics);
        diagnostics.viewer().setSelection(new StructuredSelection(findings));
        table.setFocus();
        driver.press(SWT.MOD1, '1');
        driver.waitUntil("both F-08 findings gone", () -> rows("F-08").isEmpty());
        assertEquals(List.of(4062, 8802), List.of(system.getHfaPort(), system.getHttpsPort()));

        domain.getCommandStack().undo();
        driver.waitUntil("both findings back after one undo", () -> rows("F-08").size() == 2);
    }

    private List<TableItem> rows(String ruleId) {
        return Arrays.stream(table.getItems()).filter(item -> ruleId.equals(item.getText(1))).toList();
    }
}
