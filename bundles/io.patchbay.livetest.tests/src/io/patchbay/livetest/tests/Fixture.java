package io.patchbay.livetest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import io.patchbay.core.CredentialVault;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceConnector;
import io.patchbay.core.provisioning.DeviceSelection;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SshDeviceConnector;
import io.patchbay.demo.DemoEstate;
import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestListener;
import io.patchbay.livetest.LiveTestReport;
import io.patchbay.livetest.LiveTestRequest;
import io.patchbay.livetest.LiveTestRunner;
import io.patchbay.livetest.ObjectResult;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.Identifiable;
import io.patchbay.model.ManagedDevice;
import io.patchbay.simulator.estate.EstateSimulation;

/** The demo estate under simulation, the runner from the service registry, and ways to find a verdict. */
final class Fixture {

    static final BundleContext CONTEXT = FrameworkUtil.getBundle(LiveTestRunner.class).getBundleContext();

    private Fixture() {
    }

    /** A service, waiting up to 10 s for Declarative Services to register it. */
    static <T> T service(Class<T> type) throws InterruptedException {
        return service(type, null);
    }

    /** A service matching {@code filter} ({@code null}: any), waiting up to 10 s for Declarative Services. */
    static <T> T service(Class<T> type, String filter) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Collection<ServiceReference<T>> references;
            try {
                references = CONTEXT.getServiceReferences(type, filter);
            } catch (InvalidSyntaxException e) {
                throw new IllegalArgumentException(filter, e);
            }
            for (ServiceReference<T> reference : references) {
                T service = CONTEXT.getService(reference);
                if (service != null) {
                    return service;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + type.getSimpleName() + " service" + (filter == null ? "" : " " + filter)
                + " was registered within 10 s");
    }

    /** The demo estate copied into {@code folder}, changed by {@code change} first, its twins and peers running. */
    static EstateSimulation simulateDemo(Path folder, Consumer<Estate> change) throws Exception {
        Path demo = DemoEstate.installInto(folder);
        if (change != null) {
            Estate estate = EstateResources.load(demo);
            change.accept(estate);
            EstateResources.save(estate, demo);
        }
        return EstateSimulation.start(demo, folder.resolve("twins"), service(CredentialVault.class));
    }

    /**
     * What {@code patchbay apply SIMULATED --feature FEATURE --yes} does, through the provisioning API, as an operator
     * does before proving the estate: the twins start as fresh devices do (a router forwards nothing, the RSIP host
     * has the package's rsipd.conf).
     */
    static void apply(EstateSimulation simulation, String feature) throws Exception {
        service(LiveTestRunner.class);
        Path file = simulation.simulatedEstate();
        Provisioner provisioner = service(Provisioner.class, "(" + Provisioner.FEATURE + "=" + feature + ")");
        Transport ssh = service(Transport.class, "(" + Transport.PROTOCOL + "=ssh)");
        DeviceConnector connector = new SshDeviceConnector(ssh, service(CredentialVault.class),
                KnownHostsStore.besideEstate(file));
        List<ManagedDevice> devices = DeviceSelection.of(List.of(EstateResources.load(file)),
                provisioner::appliesTo);
        ApplyReport report = ApplyRunner.builder(provisioner, connector).journal(Journal.besideEstate(file)).build()
                .apply(devices, new NullProgressMonitor());
        assertEquals(List.of(), report.results().stream().filter(r -> r.outcome() != Outcome.CHANGED
                && r.outcome() != Outcome.UNCHANGED).map(r -> r.deviceId() + ": " + r.reason()).toList(),
                feature + " applied to every device it applies to");
    }

    static Estate load(EstateSimulation simulation) throws IOException {
        return EstateResources.load(simulation.simulatedEstate());
    }

    /** Runs {@code suites} (all when none) on every object of {@code estate}, two at a time, 2 s per probe. */
    static LiveTestReport run(Estate estate, String... suites) throws InterruptedException {
        return service(LiveTestRunner.class).run(estate, LiveTestRequest.all().withSuites(List.of(suites))
                .withParallelism(2).withTimeout(java.time.Duration.ofSeconds(2)), LiveTestListener.NONE);
    }

    static ObjectResult result(LiveTestReport report, String suite, String objectId) {
        return report.results().stream().filter(r -> r.suiteId().equals(suite) && r.objectId().equals(objectId))
                .findFirst().orElseThrow(() -> new AssertionError("no result of " + suite + " on " + objectId
                        + " in " + report.results()));
    }

    /** The first check on {@code objectId} whose name starts with {@code check}. */
    static CheckResult check(LiveTestReport report, String suite, String objectId, String check) {
        return result(report, suite, objectId).checks().stream().filter(c -> c.check().startsWith(check))
                .findFirst().orElseThrow(() -> new AssertionError("no check '" + check + "' of " + suite + " on "
                        + objectId + " in " + result(report, suite, objectId).checks()));
    }

    static <T extends EObject> T find(Estate estate, Class<T> type, String id) {
        for (EObject object : (Iterable<EObject>) estate::eAllContents) {
            if (type.isInstance(object) && object instanceof Identifiable identifiable
                    && Objects.equals(identifiable.getId(), id)) {
                return type.cast(object);
            }
        }
        assertNotNull(null, "no " + type.getSimpleName() + " " + id + " in the estate");
        return null;
    }

    /** Every check of the report as one line each, for assertion messages. */
    static String describe(LiveTestReport report) {
        StringBuilder text = new StringBuilder();
        for (ObjectResult result : report.results()) {
            text.append(result.suiteId()).append(' ').append(result.objectId()).append(": ")
                    .append(result.outcome()).append('\n');
            for (CheckResult check : result.checks()) {
                text.append("  ").append(check.outcome()).append(' ').append(check.factId()).append(' ')
                        .append(check.check()).append(": ").append(check.message()).append(' ')
                        .append(check.evidence()).append('\n');
            }
        }
        return text.toString();
    }
}
