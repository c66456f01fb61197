package io.patchbay.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.commands.ActionHandler;
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
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import io.patchbay.model.EstateLabels;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;
import io.patchbay.model.validation.QuickFix;
import io.patchbay.ui.PatchbayUi;

/**
 * The Diagnostics view: the open estate checked against the vendor rules, one row per finding with its F-id, the
 * object and how to fix it. It follows every change made through the editing domain; selecting a row selects the
 * object in the Estate navigator. Where the rule offers an obvious repair the row shows it under Fix, and Quick Fix
 * (Ctrl+1 or the context menu) applies it to every selected finding in one undoable command.
 */
public final class DiagnosticsView extends ViewPart {

    /** The key context of this view (Ctrl+1 = Quick Fix), active while the view is. */
    private static final String DIAGNOSTICS_CONTEXT = "io.patchbay.ui.contexts.diagnostics";

    private TableViewer viewer;
    private EstateSession session;
    private final CommandStackListener refreshOnChange = event -> refreshLater();

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(EstateSession.class);
        Composite frame = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        frame.setLayout(columns);
        viewer = new TableViewer(frame, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
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
        column(columns, "Message", 46, text(Finding::message));
        column(columns, "Fix", 12, text(finding -> finding.quickFix().map(QuickFix::description).orElse("")));
        viewer.addSelectionChangedListener(event -> revealInNavigator(event.getStructuredSelection()));
        createQuickFix();
        getSite().setSelectionProvider(viewer);
        session.editingDomain().getCommandStack().addCommandStackListener(refreshOnChange);
        refresh();
    }

    /**
     * Quick Fix (Ctrl+1, and in the context menu): carries out the fixes the rules offer for the selected findings, in
     * one undoable command; the rule decides what the fix is, this view only applies it.
     */
    private void createQuickFix() {
        quickFix.setActionDefinitionId(PatchbayUi.QUICK_FIX_COMMAND_ID);
        quickFix.setEnabled(false);
        viewer.addSelectionChangedListener(event -> quickFix.setEnabled(!fixes(event.getStructuredSelection())
                .isEmpty()));
        MenuManager menu = new MenuManager();
        menu.add(quickFix);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().getService(IHandlerService.class).activateHandler(PatchbayUi.QUICK_FIX_COMMAND_ID,
                new ActionHandler(quickFix));
        getSite().getService(IContextService.class).activateContext(DIAGNOSTICS_CONTEXT);
    }

    private final Action quickFix = new Action("&Quick Fix") {
        @Override
        public void run() {
            applyFixes(viewer.getStructuredSelection());
        }
    };

    private static List<QuickFix> fixes(IStructuredSelection selection) {
        List<QuickFix> fixes = new ArrayList<>();
        for (Object element : selection.toList()) {
            if (element instanceof Finding finding) {
                finding.quickFix().filter(fix -> !fix.isApplied()).ifPresent(fixes::add);
            }
        }
        return fixes;
    }

    /** Applies the fixes of the selected findings as one command (one Ctrl+Z undoes them all). */
    void applyFixes(IStructuredSelection selection) {
        List<QuickFix> fixes = fixes(selection);
        if (fixes.isEmpty()) {
            return;
        }
        Set<String> rules = new TreeSet<>();
        for (Object element : selection.toList()) {
            if (element instanceof Finding finding && finding.quickFix().isPresent()) {
                rules.add(finding.ruleId());
            }
        }
        CompoundCommand command = new CompoundCommand("Quick Fix " + String.join(", ", rules)
                + (fixes.size() > 1 ? " (" + fixes.size() + " objects)" : ""));
        for (QuickFix fix : fixes) {
            command.append(SetCommand.create(session.editingDomain(), fix.object(), fix.feature(), fix.value()));
        }
        if (command.canExecute()) {
            session.commandStack().execute(command);
        }
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
