package io.patchbay.ui.internal.provisioning;

import java.util.List;

import io.patchbay.core.provisioning.DeviceSelection;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.model.ManagedDevice;

/**
 * The devices a wizard works on, from the workbench selection, by the same rule as the command line's
 * {@code --select} ({@link DeviceSelection#of}): a selected device the feature applies to; for any other object
 * (estate, customer, site, system) every device below it that the feature applies to; for an object inside a device
 * (a station) the device that holds it. Each device once, in the order found.
 */
final class SelectedDevices {

    private SelectedDevices() {
    }

    static List<ManagedDevice> of(Iterable<?> selection, Provisioner provisioner) {
        return DeviceSelection.of(selection, provisioner::appliesTo);
    }
}
