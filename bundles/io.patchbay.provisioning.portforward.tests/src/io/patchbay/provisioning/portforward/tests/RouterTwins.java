package io.patchbay.provisioning.portforward.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SshDeviceConnector;
import io.patchbay.demo.DemoEstate;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstateResources;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.ManagedDevice;
import io.patchbay.simulator.BuffaloRouterTwin;
import io.patchbay.testing.Services;

/**
 * The demo estate in a temporary folder with each company router played by a Buffalo twin on loopback: the estate's
 * address and SSH port point at the twin, its login is in the vault under the router's credential reference.
 */
final class RouterTwins implements AutoCloseable {

    /** An unrelated forward the operator made on the router: it must survive every apply. */
    static final String NAS = "nas-ssh:on:tcp:2222>10.10.0.50:22";
    /** A forward of the internal SIP port, which F-23 forbids. */
    static final String OLD_SIP = "old-sip:on:udp:5060>10.10.0.20:5060";

    /** The company router the Lübeck system gets in this fixture. */
    static final String LUEBECK = "rtr-hl-gw";

    final Path folder;
    final Path estateFile;
    final Estate estate;
    final Map<String, BuffaloRouterTwin> twins = new LinkedHashMap<>();
    final List<CompanyRouter> routers = new ArrayList<>();
    final Provisioner provisioner;
    final SshDeviceConnector connector;
    final Journal journal;
    private final Services services = new Services();

    RouterTwins(Path folder) throws Exception {
        this.folder = folder;
        Path demo = DemoEstate.installInto(folder);
        estateFile = demo;
        estate = EstateResources.load(demo);
        CredentialVault vault = services.get(CredentialVault.class, null);
        Transport ssh = services.get(Transport.class, "(" + Transport.PROTOCOL + "=ssh)");
        provisioner = services.get(Provisioner.class, "(" + Provisioner.FEATURE + "=portforward)");
        giveLuebeckACompanyRouter();
        for (var customer : estate.getCustomers()) {
            for (var site : customer.getSites()) {
                for (var router : site.getRouters()) {
                    if (router instanceof CompanyRouter company) {
                        BuffaloRouterTwin twin = BuffaloRouterTwin.builder(folder.resolve("twin-" + router.getId()))
                                .password(("Twin-" + router.getId() + "-pw").toCharArray()).start();
                        company.setHostAddress(twin.host());
                        company.setSshPort(twin.port());
                        vault.store(company.getCredentialRef(),
                                Credential.password(twin.username(), twin.password()));
                        twins.put(router.getId(), twin);
                        routers.add(company);
                    }
                }
            }
        }
        EstateResources.save(estate, demo);
        connector = new SshDeviceConnector(ssh, vault, KnownHostsStore.besideEstate(demo));
        journal = Journal.besideEstate(demo);
    }

    /**
     * The demo's Lübeck system reaches the internet through its Buffalo router; here it gets a DD-WRT company router
     * {@value #LUEBECK} of its own, so that the estate has two company routers to provision.
     */
    private void giveLuebeckACompanyRouter() {
        for (var customer : estate.getCustomers()) {
            for (var site : customer.getSites()) {
                for (OsbizSystem system : site.getSystems()) {
                    if (system.getAccessRouter() != null && "rtr-hl".equals(system.getAccessRouter().getId())) {
                        CompanyRouter router = EstateFactory.eINSTANCE.createCompanyRouter();
                        router.setId(LUEBECK);
                        router.setName("Lübeck internet router");
                        router.setCredentialRef("vault:router/" + LUEBECK);
                        site.getRouters().add(router);
                        system.setAccessRouter(router);
                    }
                }
            }
        }
    }

    BuffaloRouterTwin twin(String routerId) {
        return twins.get(routerId);
    }

    ManagedDevice device(String id) {
        EObject object = estate.eResource().getEObject(id);
        return object instanceof ManagedDevice device ? device : null;
    }

    /** Both forwards, unrelated and forbidden, put on a router as the operator's web UI would. */
    void giveOperatorForwards(String routerId) {
        twin(routerId).setNvram("forward_spec", NAS + " " + OLD_SIP);
    }

    String nvram(String routerId, String name) {
        return twin(routerId).nvram(name).orElse("");
    }


    @Override
    public void close() throws IOException {
        for (BuffaloRouterTwin twin : twins.values()) {
            twin.close();
        }
        services.close();
        Files.deleteIfExists(folder.resolve("never"));
    }
}
