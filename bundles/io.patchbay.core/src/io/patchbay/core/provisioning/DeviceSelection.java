package io.patchbay.core.provisioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.patchbay.model.Estate;
import io.patchbay.model.ManagedDevice;

/**
 * The devices a provisioning run works on, from what the operator chose: the console's selection or the command
 * line's {@code --select}. One place for the rule, so that a wizard and {@code patchbay apply} change the same
 * devices for the same choice.
 *
 * @since 0.1
 */
public final class DeviceSelection {

    private DeviceSelection() {
    }

    /**
     * The devices below a selection that {@code applies} accepts (usually {@link Provisioner#appliesTo}): a selected
     * device itself; for any other object (estate, customer, site, system) every device below it; for an object
     * inside a device (a station) the device that holds it; for a {@link Resource} every device in it. Each device
     * once, in the order found; objects that are neither EMF objects nor resources are ignored.
     */
    public static List<ManagedDevice> of(Iterable<?> selection, Predicate<? super ManagedDevice> applies) {
        Set<ManagedDevice> devices = new LinkedHashSet<>();
        for (Object object : selection) {
            if (object instanceof Resource resource) {
                resource.getContents().forEach(root -> collect(root, applies, devices));
            } else if (object instanceof EObject eObject) {
                collect(eObject, applies, devices);
                for (EObject up = eObject.eContainer(); up != null; up = up.eContainer()) {
                    if (up instanceof ManagedDevice device) {
                        if (applies.test(device)) {
                            devices.add(device);
                        }
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(devices);
    }

    /**
     * The devices of {@code estate} named by {@code ids} (estate ids; an entry may list several separated by
     * commas), each once, in the order named; every device of the estate that {@code applies} accepts when no id is
     * given.
     *
     * @throws UnknownDeviceException for the first id that names no device of the estate {@code applies} accepts
     */
    public static List<ManagedDevice> byIds(Estate estate, Predicate<? super ManagedDevice> applies,
            Collection<String> ids) {
        List<ManagedDevice> all = of(List.of(estate), applies);
        if (ids == null || ids.isEmpty()) {
            return all;
        }
        Set<String> wanted = new LinkedHashSet<>();
        ids.forEach(entry -> wanted.addAll(Arrays.asList(entry.split(","))));
        List<ManagedDevice> chosen = new ArrayList<>();
        for (String id : wanted) {
            chosen.add(all.stream().filter(d -> id.equals(d.getId())).findFirst()
                    .orElseThrow(() -> new UnknownDeviceException(id)));
        }
        return chosen;
    }

    private static void collect(EObject object, Predicate<? super ManagedDevice> applies,
            Set<ManagedDevice> devices) {
        if (object instanceof ManagedDevice device && applies.test(device)) {
            devices.add(device);
        }
        for (TreeIterator<EObject> it = object.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ManagedDevice device && applies.test(device)) {
                devices.add(device);
            }
        }
    }

    /** An id given to {@link DeviceSelection#byIds} that names no device the feature applies to. */
    public static final class UnknownDeviceException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String id;

        UnknownDeviceException(String id) {
            super("the estate has no device with id '" + id + "' that the feature applies to");
            this.id = id;
        }

        /** The id as given. */
        public String id() {
            return id;
        }
    }
}
