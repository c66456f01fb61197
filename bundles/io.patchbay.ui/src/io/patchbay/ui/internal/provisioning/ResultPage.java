package io.patchbay.ui.internal.provisioning;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.eclipse.swt.widgets.Table;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.model.ManagedDevice;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.LiveTestsView;

/**
 * The end: per device changed, unchanged, rolled back, failed or not started with the reason, the journal id, and the
 * live test that proves the change on the devices that ended right (the contribution's {@code liveTest}).
 */
final class ResultPage extends WizardPage {

    private final ProvisioningWizard wizard;
    private Label summary;
    private TableViewer viewer;
    private Composite offerRow;
    private Button runLiveTest;
    private Label offerText;
    private LiveTestOffer offer;

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

        offerRow = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(offerRow);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(offerRow);
        offerRow.setVisible(false);
        runLiveTest = new Button(offerRow, SWT.PUSH);
        runLiveTest.addListener(SWT.Selection, e -> runLiveTest());
        offerText = new Label(offerRow, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(offerText);
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
        offer(report);
        setPageComplete(true);
    }

    /** Offers the contribution's live test on the devices that ended changed or already correct. */
    private void offer(ApplyReport report) {
        Set<String> right = report.results().stream()
                .filter(r -> r.outcome() == Outcome.CHANGED || r.outcome() == Outcome.UNCHANGED)
                .map(DeviceResult::deviceId).collect(Collectors.toSet());
        List<ManagedDevice> applied = wizard.devices.stream().filter(d -> right.contains(d.getId())).toList();
        org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(ResultPage.class);
        offer = LiveTestOffer.of(wizard.contribution, applied, bundle == null ? null : bundle.getBundleContext())
                .orElse(null);
        boolean shown = offer != null;
        offerRow.setVisible(shown);
        ((org.eclipse.swt.layout.GridData) offerRow.getLayoutData()).exclude = !shown;
        if (shown) {
            runLiveTest.setText(offer.button());
            runLiveTest.setEnabled(!offer.targets().isEmpty());
            offerText.setText(offer.explanation());
        }
        offerRow.getParent().layout(true, true);
    }

    /** Closes the wizard, opens the Live Tests view and runs the offered suite on the objects it tests. */
    private void runLiveTest() {
        LiveTestOffer chosen = offer;
        if (chosen == null) {
            return;
        }
        org.eclipse.ui.IWorkbenchWindow window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (getContainer() instanceof org.eclipse.jface.wizard.WizardDialog dialog) {
            dialog.close();
        }
        if (window == null) {
            return;
        }
        try {
            LiveTestsView view = (LiveTestsView) window.getActivePage().showView(PatchbayUi.LIVE_TESTS_ID);
            view.chooseSuite(chosen.suiteId());
            view.run(chosen.targets());
        } catch (org.eclipse.ui.PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(window.getShell(), chosen.suiteName(),
                    "The Live Tests view cannot open (" + e.getMessage() + "); run " + chosen.suiteName()
                            + " from Window > Live Tests.");
        }
    }

    /** The offered live test, for the console's tests. */
    Optional<LiveTestOffer> offer() {
        return Optional.ofNullable(offer);
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
