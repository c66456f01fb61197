package io.patchbay.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.patchbay.model.EstateLabels;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;
import io.patchbay.ui.PatchbayUi;

/**
 * The Diagnostics view: the open estate checked against the vendor rules, one row per finding with its F-id, the
 * object and how to fix it. It follows every change made through the editing domain; selecting a row selects the
 * object in the Estate navigator.
 */
public final class DiagnosticsView extends ViewPart {

    private TableViewer viewer;
    private EstateSession session;
    private final CommandStackListener refreshOnChange = event -> refreshLater();

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(EstateSession.class);
        Composite frame = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        frame.setLayout(columns);
        viewer = new TableViewer(frame, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(columns, "Severity", 10, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Finding) element).severity().toString().toLowerCase(Locale.ROOT);
            }

            @Override
            public Image getImage(Object element) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(((Finding) element).isError()
                        ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
            }
        });
        column(columns, "Rule", 7, text(finding -> finding.ruleId()));
        column(columns, "Object", 25, text(finding -> EstateLabels.describe(finding.object())));
        column(columns, "Message", 58, text(Finding::message));
        viewer.addSelectionChangedListener(event -> revealInNavigator(event.getStructuredSelection()));
        getSite().setSelectionProvider(viewer);
        session.editingDomain().getCommandStack().addCommandStackListener(refreshOnChange);
        refresh();
    }

    private interface Text {
        String of(Finding finding);
    }

    private static ColumnLabelProvider text(Text text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((Finding) element);
            }
        };
    }

    private void column(TableColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(labels);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
    }

    private void refreshLater() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    /** Validates the open estate again and shows the result. */
    void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Finding> findings = session.estate().map(EstateValidation::validate).orElse(List.of());
        viewer.setInput(findings);
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        setContentDescription(findings.isEmpty() ? "No problems: the estate meets every rule."
                : errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
    }

    private void revealInNavigator(IStructuredSelection selection) {
        if (!(selection.getFirstElement() instanceof Finding finding)) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        if (page.findView(PatchbayUi.ESTATE_NAVIGATOR_ID) instanceof EstateNavigator navigator) {
            navigator.viewer().setSelection(new StructuredSelection(finding.object()), true);
        }
    }

    /** The findings shown now, for the console's own tests. */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        session.editingDomain().getCommandStack().removeCommandStackListener(refreshOnChange);
        super.dispose();
    }
}
