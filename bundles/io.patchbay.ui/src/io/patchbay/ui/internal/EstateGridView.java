package io.patchbay.ui.internal;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import io.patchbay.model.EstateLabels;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.editors.ObjectEditors;
import io.patchbay.ui.internal.grid.EstateGrid;

/**
 * The Estate grid: every station, device, router and RSIP server of the open estate in one sortable, filterable
 * table (see {@link EstateGrid}). Its selection is the workbench selection, so the Properties view and the status
 * line follow it; selecting in the Estate navigator selects the same rows here.
 */
public final class EstateGridView extends ViewPart implements ISaveablePart {

    private EstateSession session;
    private EstateGrid grid;
    private CommandStackActions undoRedo;
    private final CommandStackListener dirtyState = event -> getSite().getShell().getDisplay()
            .asyncExec(() -> firePropertyChange(PROP_DIRTY));
    private final ISelectionListener followNavigator = this::navigatorSelectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(EstateSession.class);
        GridLayoutFactory.fillDefaults().applyTo(parent);
        grid = new EstateGrid(parent, session.resource().orElse(null), session.editingDomain());
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());
        grid.addRowsListener(this::describeRows);
        describeRows();
        grid.selectionProvider().addSelectionChangedListener(event -> {
            IStructuredSelection selection = (IStructuredSelection) event.getSelection();
            String message = selection.size() == 1 ? EstateLabels.describe(selection.getFirstElement())
                    : selection.isEmpty() ? "" : selection.size() + " objects selected";
            getViewSite().getActionBars().getStatusLineManager().setMessage(message);
        });
        getSite().setSelectionProvider(grid.selectionProvider());
        openOnDoubleClick();
        createContextMenu();
        getSite().getPage().addPostSelectionListener(PatchbayUi.ESTATE_NAVIGATOR_ID, followNavigator);
        undoRedo = new CommandStackActions(session.commandStack(), getViewSite().getActionBars());
        session.commandStack().addCommandStackListener(dirtyState);
    }

    /**
     * The context menu of the rows (popup:<this view's id>, e.g. Provision), acting on the selected rows; the column
     * headers keep the grid's own menu.
     */
    private void createContextMenu() {
        MenuManager contextMenu = new MenuManager();
        contextMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        NatTable table = grid.natTable();
        table.setMenu(contextMenu.createContextMenu(table));
        table.addListener(SWT.MenuDetect, event -> {
            Point at = table.toControl(event.x, event.y);
            LabelStack regions = table.getRegionLabelsByXY(at.x, at.y);
            event.doit = regions != null && regions.hasLabel(GridRegion.BODY);
        });
        getSite().registerContextMenu(contextMenu, grid.selectionProvider());
    }

    /**
     * A double-click on a row's number opens the row's editor (a double-click on a cell edits the cell in place, and
     * Enter commits a cell or filter edit, so neither opens an editor here). F3 and Open in the context menu open the
     * editors of the selected rows from anywhere in the grid.
     */
    private void openOnDoubleClick() {
        NatTable table = grid.natTable();
        table.addListener(SWT.MouseDoubleClick, event -> {
            LabelStack regions = table.getRegionLabelsByXY(event.x, event.y);
            if (regions != null && regions.hasLabel(GridRegion.ROW_HEADER)) {
                ObjectEditors.open(getSite().getPage(), grid.selectionProvider().getSelection());
            }
        });
    }

    private void describeRows() {
        int shown = grid.rows().size();
        int total = grid.rows().total();
        setContentDescription(shown == total ? String.format(Locale.ROOT, "%,d rows", total)
                : String.format(Locale.ROOT, "%,d of %,d rows", shown, total));
    }

    private void navigatorSelectionChanged(IWorkbenchPart part, ISelection selection) {
        if (grid != null && !grid.natTable().isDisposed() && selection instanceof IStructuredSelection objects
                && !objects.isEmpty()) {
            grid.select(objects.toList());
        }
    }

    /** The grid, for the console's own tests. */
    public EstateGrid grid() {
        return grid;
    }

    /** The Properties view shows the selected row's settings, as for the navigator's selection. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class && session != null) {
            return adapter.cast(session.propertySheetPage());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public boolean isDirty() {
        return session != null && session.commandStack().isSaveNeeded();
    }

    /** Ctrl+S with the grid active saves the estate, as it does in the navigator. */
    @Override
    public void doSave(IProgressMonitor monitor) {
        if (session.save(getSite().getShell())) {
            firePropertyChange(PROP_DIRTY);
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("Save As is not offered");
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** The navigator asks on close; asking twice for the same estate would confuse the operator. */
    @Override
    public boolean isSaveOnCloseNeeded() {
        return false;
    }

    @Override
    public void setFocus() {
        grid.natTable().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(PatchbayUi.ESTATE_NAVIGATOR_ID, followNavigator);
        if (undoRedo != null) {
            undoRedo.dispose();
            session.commandStack().removeCommandStackListener(dirtyState);
        }
        super.dispose();
    }
}
