package io.patchbay.ui.provisioning;

import java.util.Set;

import org.eclipse.swt.widgets.Composite;

import io.patchbay.core.provisioning.Provisioner;

/**
 * The options page of a provisioning wizard for one feature: the {@code class} of an
 * {@code io.patchbay.ui.provisioningWizards} contribution. Without one, the console's wizard offers a check box per
 * {@linkplain Provisioner#options() run option} of the feature, labelled with the option's id; a contributor gives
 * them words the operator understands (and may lay out more than check boxes).
 * <p>
 * The console creates one instance per wizard (public no-argument constructor) and calls it on the UI thread only.
 *
 * @since 0.1
 */
public interface ProvisioningOptionsContributor {

    /**
     * Creates the controls for the feature's options in {@code parent} (one-column grid layout, already there).
     *
     * @param parent      where the controls go
     * @param provisioner the feature the wizard runs, without options
     * @param changed     to call whenever the operator changes an option
     */
    void createControls(Composite parent, Provisioner provisioner, Runnable changed);

    /**
     * The run options the operator chose, each one of the feature's {@link Provisioner#options()}; they are given to
     * {@link Provisioner#withOptions(Set)} before the plan is made.
     */
    Set<String> options();

    /**
     * Why the chosen options cannot be used, for the wizard's error line, or {@code null} when they can. None unless
     * overridden.
     */
    default String problem() {
        return null;
    }
}
