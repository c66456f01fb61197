package io.patchbay.ui.internal.provisioning;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Estate;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;

/**
 * The estate rules' findings (F-xx) that concern the devices a wizard works on: those on a device itself, on what it
 * holds (a system's stations) and on what it refers to that is not another device (its SPE certificate). A finding
 * elsewhere in the estate does not stop this feature from being planned on these devices.
 */
final class RuleFindings {

    private RuleFindings() {
    }

    /** The findings on {@code devices}, in document order; read on the UI thread, where the estate is changed. */
    static List<Finding> of(List<ManagedDevice> devices) {
        if (devices.isEmpty()) {
            return List.of();
        }
        Estate estate = estate(devices.get(0));
        if (estate == null) {
            return List.of();
        }
        Set<EObject> concerned = new HashSet<>();
        for (ManagedDevice device : devices) {
            concerned.add(device);
            device.eAllContents().forEachRemaining(concerned::add);
            for (EObject referred : device.eCrossReferences()) {
                if (!(referred instanceof ManagedDevice)) {
                    concerned.add(referred);
                }
            }
        }
        return EstateValidation.validate(estate).stream().filter(f -> concerned.contains(f.object())).toList();
    }

    private static Estate estate(EObject object) {
        for (EObject up = object; up != null; up = up.eContainer()) {
            if (up instanceof Estate estate) {
                return estate;
            }
        }
        return null;
    }
}
