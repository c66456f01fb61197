package io.patchbay.ui.internal.provisioning;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceConnector;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.model.ManagedDevice;
import io.patchbay.ui.internal.preferences.ConsolePreferences;
import io.patchbay.ui.provisioning.ProvisioningOptionsContributor;

/**
 * The console's provisioning wizard, the same for every contributed feature: options and the estate rules on the
 * devices (errors block) → plan (read from the devices, nothing written) → optionally a rehearsal on private device
 * twins → apply (progress, per-device status, cancel) → result (per device, the journal id, the matching live test).
 * It drives the feature's {@link Provisioner} through an {@link ApplyRunner}, as {@code patchbay apply} does.
 */
public final class ProvisioningWizard extends Wizard {


    /** A run on more devices than this is rehearsed on twins first unless the operator unticks it. */
    static final int REHEARSE_ABOVE = 1;

    final WizardContribution contribution;
    final Provisioner provisioner;
    final List<ManagedDevice> devices;
    final ProvisioningOptionsContributor optionsContributor;
    private final DeviceConnector connector;
    final Path estateFile;
    final ProvisioningServices services;

    Set<String> options = Set.of();
    /** Devices worked on at once: the console's preference, which the options page may lower. */
    int parallel = new ConsolePreferences().parallelism();
    boolean rehearse;

    final OptionsPage optionsPage;
    final PlanPage planPage;
    final RehearsalPage rehearsalPage;
    final ApplyPage applyPage;
    final ResultPage resultPage;

    ProvisioningWizard(WizardContribution contribution, Provisioner provisioner, List<ManagedDevice> devices,
            ProvisioningOptionsContributor optionsContributor, ProvisioningServices services, Path estateFile) {
        this.contribution = contribution;
        this.provisioner = provisioner;
        this.devices = List.copyOf(devices);
        this.optionsContributor = optionsContributor;
        this.services = services;
        this.connector = services.connector(estateFile);
        this.estateFile = estateFile;
        this.rehearse = devices.size() > REHEARSE_ABOVE;
        setWindowTitle("Provision: " + contribution.name());
        setNeedsProgressMonitor(false); // the plan and apply pages show their own progress and keep the dialog live
        optionsPage = new OptionsPage(this);
        planPage = new PlanPage(this);
        rehearsalPage = new RehearsalPage(this);
        applyPage = new ApplyPage(this);
        resultPage = new ResultPage(this);
        contribution.icon().ifPresent(this::setDefaultPageImageDescriptor);
    }

    @Override
    public void addPages() {
        addPage(optionsPage);
        addPage(planPage);
        addPage(rehearsalPage);
        addPage(applyPage);
        addPage(resultPage);
    }

    /** The feature with the options chosen on the first page. */
    Provisioner chosenProvisioner() {
        return provisioner.withOptions(options);
    }

    /** A runner for the chosen feature, journaled beside the open estate, as {@code patchbay apply} does. */
    ApplyRunner.Builder runner() {
        return ApplyRunner.builder(chosenProvisioner(), connector).parallel(parallel)
                .journal(Journal.besideEstate(estateFile));
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        if (page == optionsPage) {
            return planPage;
        }
        if (page == planPage) {
            return !planPage.hasChanges() ? null : rehearse ? rehearsalPage : applyPage;
        }
        if (page == rehearsalPage) {
            return rehearsalPage.isPageComplete() ? applyPage : null;
        }
        if (page == applyPage) {
            return applyPage.isPageComplete() ? resultPage : null;
        }
        return null;
    }

    @Override
    public IWizardPage getPreviousPage(IWizardPage page) {
        if (page == planPage) {
            return planPage.isRunning() ? null : optionsPage;
        }
        if (page == rehearsalPage) {
            return rehearsalPage.getPreviousPage();
        }
        return page == optionsPage || page == applyPage || page == resultPage ? null : super.getPreviousPage(page);
    }

    @Override
    public boolean canFinish() {
        IWizardPage current = getContainer() == null ? null : getContainer().getCurrentPage();
        return current == resultPage || current == planPage && planPage.isPageComplete() && !planPage.hasChanges();
    }

    @Override
    public boolean performFinish() {
        return true;
    }

    /** While devices are written, Cancel cancels the run: devices in flight finish or roll back, then the result. */
    @Override
    public boolean performCancel() {
        if (applyPage.isRunning()) {
            applyPage.cancel();
            return false;
        }
        planPage.cancel();
        rehearsalPage.close();
        return true;
    }

    /** The twins of a rehearsal stop with the wizard, however it closes. */
    @Override
    public void dispose() {
        rehearsalPage.close();
        super.dispose();
    }

    @Override
    public boolean needsPreviousAndNextButtons() {
        return true;
    }

    /** How an outcome reads for the operator: "changed", "rolled back", "not started". */
    static String text(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "rtr-hh (Hamburg HQ internet router)", as the command line names a device. */
    static String device(DeviceResult result) {
        return result.deviceId() + " (" + result.deviceName() + ")";
    }

    static String device(ManagedDevice device) {
        return device.getId() + " (" + device.getName() + ")";
    }

    /** "1 changed, 0 unchanged, 0 rolled back, 0 failed, 0 not started", as {@code patchbay apply} ends. */
    static String counts(ApplyReport report) {
        return report.count(Outcome.CHANGED) + " changed, " + report.count(Outcome.UNCHANGED) + " unchanged, "
                + report.count(Outcome.ROLLED_BACK) + " rolled back, " + report.count(Outcome.FAILED) + " failed, "
                + report.count(Outcome.NOT_STARTED) + " not started";
    }
}
