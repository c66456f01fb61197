package io.patchbay.ui.internal.provisioning;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.SettingChange;

/**
 * The plan: each device read and compared with the estate in a Job (nothing written), shown as a tree of devices and,
 * below each, the settings that change with their value before and after. Devices that cannot be read or planned
 * show the reason. A filter narrows the rows to those containing its text.
 */
final class PlanPage extends WizardPage {

    /** A setting row under its device. */
    record SettingRow(DeviceResult device, SettingChange change) {
    }

    private static final int EXPANDED_DEVICES = 200;

    private final ProvisioningWizard wizard;
    private TreeViewer viewer;
    private Text filter;
    private ProgressBar bar;
    private Label line;
    private Button cancel;
    private Label summary;
    private Text details;
    private Button rehearse;
    private volatile RunMonitor monitor;
    private ApplyReport plan;

    PlanPage(ProvisioningWizard wizard) {
        super("plan");
        this.wizard = wizard;
        setTitle(wizard.contribution.name() + ": plan");
        setDescription("What applying would change on each device, read from the devices now. Nothing is written"
                + " until you press Apply.");
        setPageComplete(false);
    }

    /** Back to the options, except while the devices are being read. */
    @Override
    public org.eclipse.jface.wizard.IWizardPage getPreviousPage() {
        return isRunning() ? null : wizard.optionsPage;
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        bar = new ProgressBar(page, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        cancel = new Button(page, SWT.PUSH);
        cancel.setText("Cancel reading");
        cancel.addListener(SWT.Selection, e -> cancel());
        line = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(line);

        filter = new Text(page, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage("Filter devices and settings");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(filter);

        viewer = new TreeViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        column(tree, "Device / setting", 250);
        column(tree, "Plan", 160);
        column(tree, "Before", 240);
        column(tree, "After", 240);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(780, 220).applyTo(tree);
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new Labels());
        viewer.addFilter(new TextFilter());
        filter.addListener(SWT.Modify, e -> {
            viewer.refresh();
            expand();
        });

        // long values (a router's forward list) do not fit a cell: the selected setting's entries, one a line
        details = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
        details.setMessage("Select a setting to see its entries before and after");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(780, 80).applyTo(details);
        viewer.addSelectionChangedListener(event -> details.setText(
                event.getStructuredSelection().getFirstElement() instanceof SettingRow row ? details(row) : ""));

        summary = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(summary);

        rehearse = new Button(page, SWT.CHECK);
        rehearse.setText("Rehearse on device &twins first");
        rehearse.setToolTipText(RehearsalPage.PROVES);
        rehearse.setSelection(wizard.rehearse);
        rehearse.addListener(SWT.Selection, e -> {
            wizard.rehearse = rehearse.getSelection();
            getContainer().updateButtons();
        });
        GridDataFactory.fillDefaults().span(2, 1).applyTo(rehearse);
        setControl(page);
    }

    /** Every device's settings open, unless there are so many devices that the operator should filter first. */
    private void expand() {
        if (plan != null && plan.results().size() <= EXPANDED_DEVICES) {
            viewer.expandAll();
        }
    }

    private static void column(Tree tree, String title, int width) {
        TreeColumn column = new TreeColumn(tree, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    /** The tree of the plan, for the console's tests. */
    Tree tree() {
        return viewer.getTree();
    }

    Text filter() {
        return filter;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible && monitor == null) {
            start(); // each time the page is entered from the options page: the options may have changed
        }
    }

    boolean isRunning() {
        return monitor != null;
    }

    /** Whether the run is rehearsed on twins before it reaches the devices. */
    boolean rehearse() {
        return wizard.rehearse;
    }

    boolean hasChanges() {
        return plan != null && plan.results().stream().anyMatch(r -> r.plan() != null && !r.plan().isEmpty());
    }

    void cancel() {
        RunMonitor running = monitor;
        if (running != null) {
            running.setCanceled(true);
        }
    }

    private void start() {
        plan = null;
        viewer.setInput(null);
        details.setText("");
        summary.setText("");
        setErrorMessage(null);
        setPageComplete(false);
        bar.setSelection(0);
        cancel.setVisible(true);
        RunMonitor run = new RunMonitor(bar, line);
        monitor = run;
        var runner = wizard.runner().build();
        var devices = wizard.devices;
        Job job = Job.create("Planning " + wizard.contribution.name().toLowerCase(Locale.ROOT), jobMonitor -> {
            ApplyReport report = runner.plan(devices, run);
            getShell().getDisplay().asyncExec(() -> done(report, run));
            return Status.OK_STATUS;
        });
        job.setSystem(false);
        job.schedule();
        getContainer().updateButtons();
    }

    private void done(ApplyReport report, RunMonitor run) {
        if (getControl() == null || getControl().isDisposed() || monitor != run) {
            return;
        }
        monitor = null;
        plan = report;
        cancel.setVisible(false);
        line.setText(run.isCanceled() ? "Reading cancelled" : "Read " + report.results().size() + " device"
                + (report.results().size() == 1 ? "" : "s"));
        viewer.setInput(report);
        expand();
        long changing = report.results().stream().filter(r -> r.plan() != null && !r.plan().isEmpty()).count();
        long correct = report.results().stream().filter(r -> r.plan() != null && r.plan().isEmpty()).count();
        long unplanned = report.results().stream().filter(r -> r.plan() == null).count();
        summary.setText(changing + " to change, " + correct + " already correct, " + unplanned
                + " cannot be planned." + (changing > 0 ? " Apply writes the changes, reads each device back and"
                        + " rolls back a device that does not verify." : ""));
        summary.getParent().layout(true);
        if (changing == 0) {
            setMessage(unplanned == 0 ? "Every device is already correct, nothing to do."
                    : "Nothing can be applied: see the reasons in the table.", unplanned == 0 ? INFORMATION : WARNING);
        } else {
            setMessage(null);
        }
        setPageComplete(true);
        getContainer().updateButtons();
    }

    /** A setting's change entry by entry, as {@code patchbay plan} prints it: removed "-", added "+". */
    static String details(SettingRow row) {
        List<String> was = words(row.change().actual());
        List<String> will = words(row.change().desired());
        StringBuilder text = new StringBuilder(ProvisioningWizard.device(row.device()) + ": "
                + row.change().name());
        was.stream().filter(w -> !will.contains(w)).forEach(w -> text.append("\n  - ").append(w));
        will.stream().filter(w -> !was.contains(w)).forEach(w -> text.append("\n  + ").append(w));
        return text.toString();
    }

    private static List<String> words(String value) {
        return value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }

    /** Text of a device row in the Plan column: what the command line prints for it. */
    static String planText(DeviceResult result) {
        if (result.plan() == null) {
            return "cannot plan: " + result.reason();
        }
        if (result.plan().isEmpty()) {
            return "already correct, nothing to do";
        }
        int n = result.plan().changes().size();
        return n + " setting" + (n == 1 ? "" : "s") + " to change";
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof ApplyReport report ? report.results().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof DeviceResult result && result.plan() != null) {
                List<SettingChange> changes = result.plan().changes();
                return changes.stream().map(c -> new SettingRow(result, c)).toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof SettingRow row ? row.device() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof DeviceResult result && result.plan() != null && !result.plan().isEmpty();
        }
    }

    private static final class Labels extends LabelProvider implements ITableLabelProvider {
        @Override
        public Image getColumnImage(Object element, int column) {
            return null;
        }

        @Override
        public String getColumnText(Object element, int column) {
            if (element instanceof DeviceResult result) {
                return switch (column) {
                case 0 -> ProvisioningWizard.device(result);
                case 1 -> planText(result);
                default -> "";
                };
            }
            if (element instanceof SettingRow row) {
                return switch (column) {
                case 0 -> row.change().name();
                case 1 -> row.change().actual().isEmpty() ? "add" : row.change().desired().isEmpty() ? "remove"
                        : "change";
                case 2 -> row.change().actual();
                case 3 -> row.change().desired();
                default -> "";
                };
            }
            return "";
        }
    }

    /** Keeps a device whose row or any setting row holds the filter text, and a setting row matching or under one. */
    private final class TextFilter extends ViewerFilter {
        private final Labels labels = new Labels();

        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                return true;
            }
            if (element instanceof DeviceResult result) {
                return matches(result, wanted) || result.plan() != null && result.plan().changes().stream()
                        .anyMatch(c -> matches(new SettingRow(result, c), wanted));
            }
            return element instanceof SettingRow row && (matches(row, wanted) || matches(row.device(), wanted));
        }

        private boolean matches(Object element, String wanted) {
            for (int column = 0; column < 4; column++) {
                if (labels.getColumnText(element, column).toLowerCase(Locale.ROOT).contains(wanted)) {
                    return true;
                }
            }
            return false;
        }
    }
}
