package io.patchbay.ui.internal.provisioning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.provisioning.ProvisioningOptionsContributor;

/**
 * One contribution to {@value PatchbayUi#PROVISIONING_WIZARDS}: a wizard for the provisioner of {@link #feature()}.
 *
 * @param id          unique id of the contribution
 * @param name        the menu item and wizard title, e.g. "Port forwarding"
 * @param feature     the {@code patchbay.feature} of the provisioner the wizard runs
 * @param element     the configuration element (icon, options class and live test are read from it when needed)
 */
record WizardContribution(String id, String name, String feature, IConfigurationElement element) {

    /** Every valid contribution, by name; invalid ones are logged with what to fix and left out. */
    static List<WizardContribution> all(IExtensionRegistry registry) {
        List<WizardContribution> all = new ArrayList<>();
        if (registry == null) {
            return all;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(PatchbayUi.PROVISIONING_WIZARDS)) {
            String id = element.getAttribute("id");
            String name = element.getAttribute("name");
            String feature = element.getAttribute("feature");
            if (!"wizard".equals(element.getName()) || blank(id) || blank(name) || blank(feature)) {
                ILog.of(WizardContribution.class).warn("Bundle " + element.getContributor().getName()
                        + " contributes a provisioning wizard without id, name or feature; it is left out of the"
                        + " Provision menu. Give <wizard> all three in its plugin.xml.");
                continue;
            }
            all.add(new WizardContribution(id, name, feature, element));
        }
        all.sort(Comparator.comparing(WizardContribution::name, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    static List<WizardContribution> all() {
        return all(RegistryFactory.getRegistry());
    }

    /** The icon, when the contribution names one that its bundle has. */
    Optional<ImageDescriptor> icon() {
        String icon = element.getAttribute("icon");
        return blank(icon) ? Optional.empty()
                : ResourceLocator.imageDescriptorFromBundle(element.getContributor().getName(), icon);
    }

    /**
     * The id of the live-test suite that proves the feature works once applied (e.g. {@code device-at-home} after
     * port forwarding), when the contribution names one in its {@code liveTest} attribute.
     */
    Optional<String> liveTest() {
        String suite = element.getAttribute("liveTest");
        return blank(suite) ? Optional.empty() : Optional.of(suite.strip());
    }

    /** A new options page contributor, when the contribution names a class. */
    Optional<ProvisioningOptionsContributor> optionsContributor() throws CoreException {
        if (blank(element.getAttribute("class"))) {
            return Optional.empty();
        }
        return Optional.of((ProvisioningOptionsContributor) element.createExecutableExtension("class"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
