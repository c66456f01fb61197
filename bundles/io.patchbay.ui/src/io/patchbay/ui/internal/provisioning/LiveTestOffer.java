package io.patchbay.ui.internal.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import io.patchbay.livetest.LiveTestRunner;
import io.patchbay.livetest.LiveTestSuite;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.Identifiable;
import io.patchbay.model.ManagedDevice;

/**
 * The live test a wizard offers once its devices are applied: the suite its contribution names ({@code liveTest}),
 * run on the objects it tests that belong to those devices — the device itself, what it holds or is held by, and what
 * refers to it or it refers to (the systems behind a company router, a system's access router).
 *
 * @param suiteId   the suite's id, e.g. {@code device-at-home}
 * @param suiteName the suite's name, e.g. "Device@Home ready"
 * @param devices   how many devices were applied
 * @param targets   the objects the suite tests for them, by id, in document order
 * @param labels    the same objects as the operator reads them
 */
record LiveTestOffer(String suiteId, String suiteName, int devices, List<String> targets, List<String> labels) {

    /**
     * The offer for {@code applied} (devices that ended changed or already correct), when the contribution names a
     * suite and it is installed.
     */
    static Optional<LiveTestOffer> of(WizardContribution contribution, List<ManagedDevice> applied,
            BundleContext context) {
        Optional<String> id = contribution.liveTest();
        if (id.isEmpty() || applied.isEmpty() || context == null) {
            return Optional.empty();
        }
        ServiceReference<LiveTestRunner> reference = context.getServiceReference(LiveTestRunner.class);
        LiveTestRunner runner = reference == null ? null : context.getService(reference);
        if (runner == null) {
            return Optional.empty();
        }
        try {
            LiveTestSuite suite = runner.suites().stream().filter(s -> s.id().equals(id.get())).findFirst()
                    .orElse(null);
            if (suite == null || !(EcoreUtil.getRootContainer(applied.get(0)) instanceof Estate estate)) {
                return Optional.empty();
            }
            List<String> targets = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (EObject target : suite.targets(estate)) {
                if (target instanceof Identifiable identifiable && identifiable.getId() != null
                        && applied.stream().anyMatch(device -> related(target, device))) {
                    targets.add(identifiable.getId());
                    labels.add(EstateLabels.describe(target));
                }
            }
            return Optional.of(new LiveTestOffer(suite.id(), suite.name(), applied.size(), targets, labels));
        } finally {
            context.ungetService(reference);
        }
    }

    private static boolean related(EObject target, ManagedDevice device) {
        return target == device || EcoreUtil.isAncestor(device, target) || EcoreUtil.isAncestor(target, device)
                || target.eCrossReferences().contains(device) || device.eCrossReferences().contains(target);
    }

    /** "Run Device@Home ready on these 3 devices", the button's text. */
    String button() {
        return "&Run " + suiteName.replace("&", "&&") + " on " + (devices == 1 ? "this device" : "these " + devices
                + " devices");
    }

    /** What the run will test, or why there is nothing to test. */
    String explanation() {
        if (targets.isEmpty()) {
            return suiteName + " tests nothing that belongs to these devices.";
        }
        return suiteName + " proves the change from outside, against real peers: it tests " + String.join(", ", labels)
                + ", in the Live Tests view.";
    }
}
