package io.patchbay.ui.internal.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.model.ManagedDevice;

/**
 * The devices a wizard works on, from the workbench selection: a selected device the feature applies to; for any
 * other object (estate, customer, site, system) every device below it that the feature applies to; for an object
 * inside a device (a station) the device that holds it. Each device once, in the order found.
 */
final class SelectedDevices {

    private SelectedDevices() {
    }

    static List<ManagedDevice> of(Iterable<?> selection, Provisioner provisioner) {
        Set<ManagedDevice> devices = new LinkedHashSet<>();
        for (Object object : selection) {
            if (object instanceof Resource resource) {
                resource.getContents().forEach(root -> collect(root, provisioner, devices));
            } else if (object instanceof EObject eObject) {
                collect(eObject, provisioner, devices);
                for (EObject up = eObject.eContainer(); up != null; up = up.eContainer()) {
                    if (up instanceof ManagedDevice device) {
                        if (provisioner.appliesTo(device)) {
                            devices.add(device);
                        }
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(devices);
    }

    private static void collect(EObject object, Provisioner provisioner, Set<ManagedDevice> devices) {
        if (object instanceof ManagedDevice device && provisioner.appliesTo(device)) {
            devices.add(device);
        }
        for (TreeIterator<EObject> it = object.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ManagedDevice device && provisioner.appliesTo(device)) {
                devices.add(device);
            }
        }
    }
}
