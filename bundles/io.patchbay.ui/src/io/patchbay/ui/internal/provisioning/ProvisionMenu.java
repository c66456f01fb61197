package io.patchbay.ui.internal.provisioning;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.osgi.framework.FrameworkUtil;

import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.model.ManagedDevice;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.provisioning.ProvisioningOptionsContributor;

/**
 * The items of the Provision menu (and of the Provision submenu of the navigator's and the grid's context menus): one
 * per contribution to {@code io.patchbay.ui.provisioningWizards}, each opening the wizard on the current selection.
 */
public final class ProvisionMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<WizardContribution> contributions = WizardContribution.all();
        IContributionItem[] items = new IContributionItem[contributions.size()];
        for (int i = 0; i < items.length; i++) {
            WizardContribution contribution = contributions.get(i);
            Action action = new Action(contribution.name() + "\u2026") {
                @Override
                public void run() {
                    open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), contribution);
                }
            };
            action.setId(contribution.id());
            contribution.icon().ifPresent(action::setImageDescriptor);
            items[i] = new ActionContributionItem(action);
        }
        return items;
    }

    /** Opens the wizard of {@code contribution} on the window's current selection; returns once it is open. */
    static void open(IWorkbenchWindow window, WizardContribution contribution) {
        if (window == null) {
            return;
        }
        Shell shell = window.getShell();
        EstateSession session = window.getService(EstateSession.class);
        ISelection selection = window.getSelectionService().getSelection();
        Iterable<?> selected = selection instanceof IStructuredSelection objects ? objects.toList() : List.of();
        ProvisioningServices services = new ProvisioningServices(
                FrameworkUtil.getBundle(ProvisionMenu.class).getBundleContext());
        try {
            Provisioner provisioner = services.provisioner(contribution.feature()).orElse(null);
            if (provisioner == null) {
                services.close();
                MessageDialog.openError(shell, contribution.name(), "No provisioner for the feature '"
                        + contribution.feature() + "' is installed (contributed by "
                        + contribution.element().getContributor().getName()
                        + "). Install the bundle that provides it, or remove the wizard's contribution.");
                return;
            }
            List<ManagedDevice> devices = SelectedDevices.of(selected, provisioner);
            ProvisioningOptionsContributor options = contribution.optionsContributor().orElse(null);
            ProvisioningWizard wizard = new ProvisioningWizard(contribution, provisioner, devices, options, services,
                    session.file());
            // modal to the window, but the workbench's own event loop runs it: the services go when it closes
            Dialog dialog = new Dialog(shell, wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
            dialog.getShell().addDisposeListener(e -> services.close());
        } catch (CoreException | IllegalStateException e) {
            services.close();
            MessageDialog.openError(shell, contribution.name(), "The wizard cannot open: " + e.getMessage());
        }
    }

    /**
     * The wizard dialog, whose Next button reads "Apply" on the plan page ("Rehearse on twins" when the rehearsal is
     * ticked) and "Apply to the devices" after the rehearsal.
     */
    private static final class Dialog extends WizardDialog {
        Dialog(Shell shell, ProvisioningWizard wizard) {
            super(shell, wizard);
            setPageSize(800, 420);
        }

        @Override
        public void updateButtons() {
            super.updateButtons();
            if (getButton(IDialogConstants.NEXT_ID) != null) {
                getButton(IDialogConstants.NEXT_ID).setText(getCurrentPage() instanceof PlanPage plan
                        ? plan.rehearse() ? "&Rehearse on twins" : "&Apply"
                        : getCurrentPage() instanceof RehearsalPage ? "&Apply to the devices"
                                : IDialogConstants.NEXT_LABEL);
                setButtonLayoutData(getButton(IDialogConstants.NEXT_ID)); // as wide as its text
                getShell().layout(true, true);
            }
        }
    }
}
