package io.patchbay.ui.internal.provisioning;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.DeviceResult;

/** The end: per device changed, unchanged, rolled back, failed or not started with the reason, and the journal id. */
final class ResultPage extends WizardPage {

    private final ProvisioningWizard wizard;
    private Label summary;
    private TableViewer viewer;

    ResultPage(ProvisioningWizard wizard) {
        super("result");
        this.wizard = wizard;
        setTitle(wizard.contribution.name() + ": result");
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
        GridLayoutFactory.swtDefaults().applyTo(page);
        summary = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        ApplyPage.column(table, "Device", 280);
        ApplyPage.column(table, "Outcome", 110);
        ApplyPage.column(table, "Reason", 480);
        GridDataFactory.fillDefaults().grab(true, true).hint(780, 300).applyTo(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new Labels());
        setControl(page);
    }

    void show(ApplyReport report) {
        if (viewer == null) {
            return;
        }
        boolean ok = report.allSucceeded();
        setDescription(ok ? "Every device is right." : "Some devices were not changed: see the reasons.");
        summary.setText((report.journalId() == null ? "" : "Journal " + report.journalId() + ": ")
                + ProvisioningWizard.counts(report)
                + (report.journalId() == null ? "" : ". The journal holds each device's values before the change;"
                        + " ./patchbay rollback " + report.journalId() + " --estate ESTATE restores them."));
        summary.getParent().layout(true);
        viewer.setInput(report.results().toArray());
        if (!ok) {
            setMessage("Not every device ended changed or unchanged.", WARNING);
        }
        setPageComplete(true);
    }

    /** The result table, for the console's tests. */
    Table table() {
        return viewer.getTable();
    }

    Label summary() {
        return summary;
    }

    private static final class Labels extends LabelProvider implements ITableLabelProvider {
        @Override
        public Image getColumnImage(Object element, int column) {
            return null;
        }

        @Override
        public String getColumnText(Object element, int column) {
            DeviceResult result = (DeviceResult) element;
            return switch (column) {
            case 0 -> ProvisioningWizard.device(result);
            case 1 -> ProvisioningWizard.text(result.outcome());
            default -> result.reason();
            };
        }
    }
}
