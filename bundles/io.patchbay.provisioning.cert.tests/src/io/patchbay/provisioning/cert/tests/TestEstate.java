package io.patchbay.provisioning.cert.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.patchbay.core.CredentialVault;
import io.patchbay.model.Customer;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstateResources;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;

/** An estate file with one OSBiz system (SPE on) in a temporary folder, and the vault service the product uses. */
final class TestEstate {

    static final String SYSTEM = "osbiz-hh";
    static final String PUBLIC_ADDRESS = "pbx.nordhafen.test";

    private TestEstate() {
    }

    static Path write(Path folder, int speMinimumKeyLength) throws IOException {
        Estate estate = EstateFactory.eINSTANCE.createEstate();
        estate.setName("Certificate test");
        Customer customer = EstateFactory.eINSTANCE.createCustomer();
        customer.setId("c1");
        customer.setName("Nordhafen");
        estate.getCustomers().add(customer);
        Site site = EstateFactory.eINSTANCE.createSite();
        site.setId("s1");
        site.setName("Hamburg");
        customer.getSites().add(site);
        OsbizSystem system = EstateFactory.eINSTANCE.createOsbizSystem();
        system.setId(SYSTEM);
        system.setName("pbx-hamburg");
        system.setPublicAddress(PUBLIC_ADDRESS);
        system.setSpeEnabled(true);
        system.setSpeMinimumKeyLength(speMinimumKeyLength);
        site.getSystems().add(system);
        Path file = folder.resolve("nordhafen.estate");
        EstateResources.save(estate, file);
        return file;
    }

    static CredentialVault vault() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(TestEstate.class).getBundleContext();
        ServiceTracker<CredentialVault, CredentialVault> tracker = new ServiceTracker<>(context,
                CredentialVault.class, null);
        tracker.open();
        CredentialVault vault = tracker.waitForService(10_000);
        assertNotNull(vault, "no CredentialVault service");
        return vault;
    }
}
