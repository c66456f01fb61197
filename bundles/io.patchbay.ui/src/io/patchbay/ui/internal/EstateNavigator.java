package io.patchbay.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.part.ViewPart;

import io.patchbay.ui.internal.editors.ObjectEditors;
import io.patchbay.ui.internal.viewers.AdapterFactoryLabelProvider;
import io.patchbay.ui.internal.viewers.AdapterFactoryTreeContentProvider;

/**
 * The Estate navigator: customers → sites → systems → stations and devices; routers; RSIP servers. It is the
 * selection provider the wizards and detail views work on; the status line names the selected object.
 */
public final class EstateNavigator extends ViewPart implements ISaveablePart {

    private TreeViewer viewer;
    private EstateSession session;
    private CommandStackActions undoRedo;
    private final CommandStackListener dirtyState = event -> getSite().getShell().getDisplay()
            .asyncExec(() -> firePropertyChange(PROP_DIRTY));

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(EstateSession.class);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        session.problem().ifPresent(problem -> {
            // not a modal dialog: the operator keeps a working console and can open another estate
            Label message = new Label(parent, SWT.WRAP);
            message.setText(problem);
            message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(message);
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(problem);
        });
        session.note().ifPresent(note -> {
            Label message = new Label(parent, SWT.WRAP);
            message.setText(note);
            GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(message);
        });
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new AdapterFactoryTreeContentProvider(session.adapterFactory()));
        AdapterFactoryLabelProvider labels = new AdapterFactoryLabelProvider(session.adapterFactory());
        viewer.setLabelProvider(labels);
        session.resource().ifPresent(resource -> {
            viewer.setInput(resource);
            viewer.expandToLevel(4);
        });
        viewer.addSelectionChangedListener(event -> {
            IStructuredSelection selection = event.getStructuredSelection();
            String message = selection.size() == 1 ? labels.getText(selection.getFirstElement())
                    : selection.isEmpty() ? "" : selection.size() + " objects selected";
            getViewSite().getActionBars().getStatusLineManager().setMessage(message);
        });
        getSite().setSelectionProvider(viewer);
        // Enter or a double-click opens the object's editor (so do F3 and Open in the context menu)
        viewer.addOpenListener(event -> ObjectEditors.open(getSite().getPage(), event.getSelection()));
        // the context menu: contributions such as Provision go to its additions group (popup:<this view's id>)
        MenuManager contextMenu = new MenuManager();
        contextMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(contextMenu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(contextMenu, viewer);
        undoRedo = new CommandStackActions(session.commandStack(), getViewSite().getActionBars());
        session.commandStack().addCommandStackListener(dirtyState);
    }

    /** The Properties view shows the selected object's attributes from the edit bundle; edits are undoable commands. */
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

    /** Writes the estate back to its file (atomically); a file that could not be read is never written. */
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

    @Override
    public boolean isSaveOnCloseNeeded() {
        return isDirty();
    }

    @Override
    public void dispose() {
        if (undoRedo != null) {
            undoRedo.dispose();
            session.commandStack().removeCommandStackListener(dirtyState);
        }
        super.dispose();
    }

    /** The tree viewer, for the console's own views and tests. */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
