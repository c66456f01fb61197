package io.patchbay.provisioning.portforward.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SshDeviceConnector;
import io.patchbay.demo.DemoEstate;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Customer;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstateResources;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;
import io.patchbay.simulator.BuffaloRouterTwin;

/**
 * The port-forwarding change pushed to many router twins at once, timed: run by {@code releng/bench/portforward.sh},
 * which sets {@code patchbay.bench.routers}; skipped in the ordinary build.
 */
class PortForwardingBench {

    @TempDir
    Path folder;

    @Test
    void applyToManyRouters() throws Exception {
        int routers = Integer.getInteger("patchbay.bench.routers", 0);
        int parallel = Integer.getInteger("patchbay.bench.parallel", 32);
        Assumptions.assumeTrue(routers > 0, "a benchmark: run releng/bench/portforward.sh");
        Estate estate = EstateResources.load(DemoEstate.installInto(folder));
        OsbizSystem hamburg = (OsbizSystem) estate.eResource().getEObject("pbx-hh");
        Customer customer = estate.getCustomers().get(0);
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        CredentialVault vault = service(context, CredentialVault.class, null);
        Transport ssh = service(context, Transport.class, "(" + Transport.PROTOCOL + "=ssh)");
        Provisioner provisioner = service(context, Provisioner.class, "(" + Provisioner.FEATURE + "=portforward)");
        char[] password = "Bench-Twin-1".toCharArray();
        vault.store("vault:router/bench", Credential.password(BuffaloRouterTwin.DEFAULT_USER, password));

        long startTwins = System.nanoTime();
        List<BuffaloRouterTwin> twins = new ArrayList<>();
        List<CompanyRouter> targets = new ArrayList<>();
        try {
            for (int i = 0; i < routers; i++) {
                BuffaloRouterTwin twin = BuffaloRouterTwin.builder(folder.resolve("twin-" + i)).password(password)
                        .start();
                twins.add(twin);
                Site site = EstateFactory.eINSTANCE.createSite();
                site.setId("bench-site-" + i);
                OsbizSystem system = EcoreUtil.copy(hamburg);
                system.setId("bench-pbx-" + i);
                CompanyRouter router = EstateFactory.eINSTANCE.createCompanyRouter();
                router.setId("bench-rtr-" + i);
                router.setName("bench router " + i);
                router.setHostAddress(twin.host());
                router.setSshPort(twin.port());
                router.setCredentialRef("vault:router/bench");
                site.getSystems().add(system);
                site.getRouters().add(router);
                system.setAccessRouter(router);
                customer.getSites().add(site);
                targets.add(router);
            }
            double twinSeconds = (System.nanoTime() - startTwins) / 1e9;
            ApplyRunner runner = ApplyRunner.builder(provisioner,
                    new SshDeviceConnector(ssh, vault, KnownHostsStore.at(folder.resolve("bench.known_hosts"))))
                    .journal(Journal.in(folder.resolve("bench.journal"))).parallel(parallel).build();

            long start = System.nanoTime();
            ApplyReport first = runner.apply(targets, new NullProgressMonitor());
            double applySeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            ApplyReport second = runner.apply(targets, new NullProgressMonitor());
            double noopSeconds = (System.nanoTime() - start) / 1e9;

            System.out.printf(Locale.ROOT, "%n== port forwarding on %d DD-WRT twins, %d in parallel ==%n", routers,
                    parallel);
            System.out.printf(Locale.ROOT, "twins started          %8.2f s%n", twinSeconds);
            System.out.printf(Locale.ROOT, "apply (changed %d)    %8.2f s  (%.1f routers/s; target: 1,000 in < 30 s)%n",
                    first.count(Outcome.CHANGED), applySeconds, routers / applySeconds);
            System.out.printf(Locale.ROOT, "second apply (no-op %d) %8.2f s%n%n", second.count(Outcome.UNCHANGED),
                    noopSeconds);
            assertEquals(routers, first.count(Outcome.CHANGED), () -> first.results().stream()
                    .filter(r -> r.outcome() != Outcome.CHANGED).limit(3).toList().toString());
            assertEquals(routers, second.count(Outcome.UNCHANGED));
        } finally {
            for (BuffaloRouterTwin twin : twins) {
                twin.close();
            }
        }
    }

    private static <T> T service(BundleContext context, Class<T> type, String filter) throws Exception {
        String objectClass = "(objectClass=" + type.getName() + ")";
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context,
                context.createFilter(filter == null ? objectClass : "(&" + objectClass + filter + ")"), null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, type.getSimpleName());
        return service;
    }
}
