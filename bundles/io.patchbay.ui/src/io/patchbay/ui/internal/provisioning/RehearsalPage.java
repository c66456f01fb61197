package io.patchbay.ui.internal.provisioning;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.model.Estate;
import io.patchbay.model.ManagedDevice;

/**
 * The rehearsal: the run applied first to private twins of the devices ({@link Rehearsal}), with progress, each
 * device's outcome (changed, already correct, refused with the reason, failed verify) and what a rehearsal proves and
 * what not. Only a rehearsal without failures lets the operator go on to apply to the devices; after a failure Back
 * leads to the plan and the options.
 */
final class RehearsalPage extends WizardPage {

    /** One device's line. */
    static final class Row {
        final String device;
        String status = "waiting";
        String reason = "";

        Row(String device) {
            this.device = device;
        }
    }

    /** What a rehearsal proves and what not, in the page. */
    static final String PROVES = "A rehearsal proves that the plan can be made from the estate and that each device's"
            + " software accepts the steps and reads back what was planned (or rolls back cleanly). It does not prove"
            + " that the real devices start from the same values: the twins start from the estate's values, not from"
            + " the devices' live state. Nothing is written to the devices, and the rehearsal's journal is not the"
            + " estate's.";

    private final ProvisioningWizard wizard;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private TableViewer viewer;
    private ProgressBar bar;
    private Label line;
    private Label summary;
    private Button cancel;
    private volatile RunMonitor monitor;
    private volatile Rehearsal rehearsal;
    private ApplyReport report;

    RehearsalPage(ProvisioningWizard wizard) {
        super("rehearsal");
        this.wizard = wizard;
        setTitle(wizard.contribution.name() + ": rehearsal on device twins");
        setDescription("The same run on twins of these devices, before anything reaches the devices.");
        setPageComplete(false);
    }

    /** Back to the plan, except while the twins run. */
    @Override
    public IWizardPage getPreviousPage() {
        return isRunning() ? null : wizard.planPage;
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        Label proves = new Label(page, SWT.WRAP);
        proves.setText(PROVES);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(760, SWT.DEFAULT).applyTo(proves);
        bar = new ProgressBar(page, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        cancel = new Button(page, SWT.PUSH);
        cancel.setText("Cancel rehearsal");
        cancel.addListener(SWT.Selection, e -> cancel());
        line = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(line);
        viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        ApplyPage.column(table, "Device", 280);
        ApplyPage.column(table, "Rehearsal", 150);
        ApplyPage.column(table, "Reason", 440);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(780, 180).applyTo(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new Labels());
        summary = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(760, SWT.DEFAULT).applyTo(summary);
        setControl(page);
    }

    /** Each time the page is entered from the plan: the options or the estate may have changed. */
    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible && !isRunning()) {
            start();
        }
    }

    boolean isRunning() {
        return monitor != null;
    }

    /** Cancels a running rehearsal: devices not started are left, the twins stop. */
    void cancel() {
        RunMonitor running = monitor;
        if (running != null) {
            running.setCanceled(true);
            cancel.setEnabled(false);
        }
    }

    /** Stops the twins, e.g. when the wizard closes during the rehearsal. */
    void close() {
        cancel();
        Rehearsal running = rehearsal;
        if (running != null) {
            running.close();
        }
    }

    /** The last rehearsal's result, once it has ended. */
    ApplyReport report() {
        return report;
    }

    /** The outcome table, for the console's tests. */
    Table table() {
        return viewer.getTable();
    }

    private void start() {
        report = null;
        rows.clear();
        for (ManagedDevice device : wizard.devices) {
            rows.put(device.getId(), new Row(ProvisioningWizard.device(device)));
        }
        viewer.setInput(rows.values().toArray());
        summary.setText("");
        setErrorMessage(null);
        setMessage(null);
        setPageComplete(false);
        bar.setSelection(0);
        cancel.setEnabled(true);
        RunMonitor run = new RunMonitor(bar, line);
        monitor = run;
        Rehearsal started = new Rehearsal(copyOfEstate(), wizard.estateFile,
                wizard.devices.stream().map(ManagedDevice::getId).toList(), wizard.chosenProvisioner(),
                wizard.parallel, wizard.services);
        rehearsal = started;
        Job job = Job.create("Rehearsing " + wizard.contribution.name().toLowerCase(Locale.ROOT) + " on twins",
                jobMonitor -> {
                    ApplyReport done;
                    String problem = null;
                    try {
                        done = started.run(run, result -> ui(() -> show(result)));
                    } catch (IOException | RuntimeException e) {
                        done = null;
                        problem = "The rehearsal's twins did not start: " + e.getMessage()
                                + ". Go Back and apply without a rehearsal, or try again.";
                    }
                    ApplyReport result = done;
                    String failure = problem;
                    ui(() -> done(run, started, result, failure));
                    return Status.OK_STATUS;
                });
        job.schedule();
        getContainer().updateButtons();
    }

    /** The open estate as it is now, copied on the UI thread where it is changed. */
    private Estate copyOfEstate() {
        EObject root = EcoreUtil.getRootContainer(wizard.devices.get(0));
        return (Estate) EcoreUtil.copy(root);
    }

    private void ui(Runnable runnable) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        getShell().getDisplay().asyncExec(() -> {
            if (getControl() != null && !getControl().isDisposed()) {
                runnable.run();
            }
        });
    }

    private void show(DeviceResult result) {
        Row row = rows.get(result.deviceId());
        if (row == null) {
            return;
        }
        row.status = text(result);
        row.reason = result.reason();
        viewer.update(row, null);
    }

    /** How a device's rehearsal reads: changed, already correct, refused, failed verify, not rehearsed. */
    static String text(DeviceResult result) {
        return switch (result.outcome()) {
        case CHANGED -> "changed";
        case UNCHANGED -> "already correct";
        case PLANNED -> "planned";
        case ROLLED_BACK -> "failed verify, rolled back";
        case FAILED -> result.plan() == null ? "refused" : "failed";
        case NOT_STARTED -> "not rehearsed";
        };
    }

    /** Whether a device's rehearsal stops the run: it was refused, failed or did not verify. */
    static boolean blocks(DeviceResult result) {
        return result.outcome() == Outcome.FAILED || result.outcome() == Outcome.ROLLED_BACK;
    }

    private void done(RunMonitor run, Rehearsal finished, ApplyReport done, String failure) {
        if (monitor != run) {
            return;
        }
        monitor = null;
        rehearsal = null;
        cancel.setEnabled(false);
        String where = finished.folder() == null ? "" : " The rehearsal's estate copy and journal are in "
                + finished.folder() + "; its twins have stopped.";
        if (failure != null) {
            setErrorMessage(failure);
            summary.setText(where.strip());
            summary.getParent().layout(true);
            getContainer().updateButtons();
            return;
        }
        report = done;
        done.results().forEach(this::show);
        List<DeviceResult> failed = done.results().stream().filter(RehearsalPage::blocks).toList();
        long notRehearsed = done.results().stream().filter(r -> r.outcome() == Outcome.NOT_STARTED).count();
        line.setText(run.isCanceled() ? "Rehearsal cancelled" : "Rehearsal done");
        summary.setText("Rehearsal: " + ProvisioningWizard.counts(done) + "." + where);
        summary.getParent().layout(true);
        if (!failed.isEmpty()) {
            DeviceResult first = failed.get(0);
            setErrorMessage("The rehearsal failed on " + ProvisioningWizard.device(first) + ": " + first.reason()
                    + (failed.size() > 1 ? " (and " + (failed.size() - 1) + " more)" : "")
                    + ". Nothing was written to the devices; go Back to change the options, or fix the estate.");
            setPageComplete(false);
        } else if (run.isCanceled()) {
            setErrorMessage("The rehearsal was cancelled: go Back and rehearse again, or apply without a rehearsal.");
            setPageComplete(false);
        } else {
            setErrorMessage(null);
            setMessage(notRehearsed == 0 ? "The rehearsal went through on every device: Apply to the devices writes"
                    + " the real ones." : notRehearsed + " device" + (notRehearsed == 1 ? " has" : "s have")
                            + " no twin and were not rehearsed; the others went through.",
                    notRehearsed == 0 ? INFORMATION : WARNING);
            setPageComplete(true);
        }
        getContainer().updateButtons();
    }

    private static final class Labels extends LabelProvider implements ITableLabelProvider {
        @Override
        public Image getColumnImage(Object element, int column) {
            return null;
        }

        @Override
        public String getColumnText(Object element, int column) {
            Row row = (Row) element;
            return switch (column) {
            case 0 -> row.device;
            case 1 -> row.status;
            default -> row.reason;
            };
        }
    }
}
