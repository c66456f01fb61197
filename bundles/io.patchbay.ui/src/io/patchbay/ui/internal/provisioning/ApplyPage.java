package io.patchbay.ui.internal.provisioning;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.model.ManagedDevice;
import io.patchbay.ui.internal.preferences.ConsolePreferences;

/**
 * The run: the feature applied to the devices in a Job, with the overall progress and each device's status as it
 * ends. Cancel (on the page or the dialog's) cancels the run: devices not started are left untouched, devices in
 * flight finish their verify or are rolled back. When the run ends the wizard shows the result.
 */
final class ApplyPage extends WizardPage {

    /** One device's line, updated when its result arrives. */
    static final class Row {
        final String device;
        String status = "waiting";
        String reason = "";

        Row(String device) {
            this.device = device;
        }
    }

    private final ProvisioningWizard wizard;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private TableViewer viewer;
    private ProgressBar bar;
    private Label line;
    private Button cancel;
    private volatile RunMonitor monitor;
    private boolean started;
    private ApplyReport report;

    ApplyPage(ProvisioningWizard wizard) {
        super("apply");
        this.wizard = wizard;
        setTitle(wizard.contribution.name() + ": applying");
        setDescription("Writing each device, reading it back to verify, rolling back a device that does not verify.");
        setPageComplete(false);
    }

    /** No way back once devices are being written: the plan was read before the run. */
    @Override
    public org.eclipse.jface.wizard.IWizardPage getPreviousPage() {
        return null;
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        bar = new ProgressBar(page, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        cancel = new Button(page, SWT.PUSH);
        cancel.setText("Cancel run");
        cancel.addListener(SWT.Selection, e -> cancel());
        line = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(line);
        viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(table, "Device", 280);
        column(table, "Status", 110);
        column(table, "Reason", 480);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(780, 300).applyTo(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new Labels());
        setControl(page);
    }

    static void column(Table table, String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible && !started) {
            start();
        }
    }

    boolean isRunning() {
        return monitor != null;
    }

    void cancel() {
        RunMonitor running = monitor;
        if (running != null) {
            running.setCanceled(true);
            cancel.setEnabled(false);
            line.setText("Cancelling: devices not started are left alone, devices in flight finish or roll back");
        }
    }

    /** The run's result, once it has ended. */
    ApplyReport report() {
        return report;
    }

    private void start() {
        started = true;
        for (ManagedDevice device : wizard.devices) {
            rows.put(device.getId(), new Row(ProvisioningWizard.device(device)));
        }
        viewer.setInput(rows.values().toArray());
        RunMonitor run = new RunMonitor(bar, line);
        monitor = run;
        // Window > Preferences > Provisioning: the console-wide parallelism limit and the commit-confirm window
        ConsolePreferences preferences = new ConsolePreferences();
        var runner = wizard.runner().parallel(Math.min(wizard.parallel, preferences.parallelism()))
                .confirmWithin(preferences.confirmWithin())
                .onResult(result -> getShell().getDisplay().asyncExec(() -> show(result))).build();
        var devices = wizard.devices;
        Job job = Job.create("Applying " + wizard.contribution.name().toLowerCase(Locale.ROOT), jobMonitor -> {
            ApplyReport done = runner.apply(devices, run);
            getShell().getDisplay().asyncExec(() -> done(done));
            return Status.OK_STATUS;
        });
        job.schedule();
        getContainer().updateButtons();
    }

    private void show(DeviceResult result) {
        Row row = rows.get(result.deviceId());
        if (row == null || viewer.getTable().isDisposed()) {
            return;
        }
        row.status = ProvisioningWizard.text(result.outcome());
        row.reason = result.reason();
        viewer.update(row, null);
    }

    private void done(ApplyReport done) {
        if (getControl() == null || getControl().isDisposed()) {
            return;
        }
        done.results().forEach(this::show);
        report = done;
        monitor = null;
        cancel.setEnabled(false);
        setPageComplete(true);
        wizard.resultPage.show(done);
        getContainer().showPage(wizard.resultPage);
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
