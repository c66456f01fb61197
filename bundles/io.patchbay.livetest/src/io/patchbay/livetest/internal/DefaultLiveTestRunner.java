package io.patchbay.livetest.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.VaultException;
import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestContext;
import io.patchbay.livetest.LiveTestListener;
import io.patchbay.livetest.LiveTestReport;
import io.patchbay.livetest.LiveTestRequest;
import io.patchbay.livetest.LiveTestRunner;
import io.patchbay.livetest.LiveTestSuite;
import io.patchbay.livetest.ObjectResult;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.Identifiable;
import io.patchbay.probe.HostAndPort;

/** Runs suites over the selected objects, a bounded number at a time, each object on its own virtual thread. */
@Component(service = LiveTestRunner.class)
public final class DefaultLiveTestRunner implements LiveTestRunner {

    private final List<LiveTestSuite> suites = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile CredentialVault vault;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSuite(LiveTestSuite suite) {
        suites.add(suite);
    }

    void removeSuite(LiveTestSuite suite) {
        suites.remove(suite);
    }

    @Override
    public List<LiveTestSuite> suites() {
        List<LiveTestSuite> sorted = new ArrayList<>(suites);
        sorted.sort(Comparator.comparing(LiveTestSuite::id));
        return sorted;
    }

    @Override
    public LiveTestReport run(Estate estate, LiveTestRequest request, LiveTestListener listener) {
        long start = System.nanoTime();
        List<LiveTestSuite> chosen = choose(request.suites());
        Set<String> selection = new HashSet<>(request.selection());
        checkSelection(estate, selection);
        record Job(LiveTestSuite suite, EObject target) {
        }
        List<Job> jobs = new ArrayList<>();
        for (LiveTestSuite suite : chosen) {
            for (EObject target : suite.targets(estate)) {
                if (selection.isEmpty() || selected(target, selection)) {
                    jobs.add(new Job(suite, target));
                }
            }
        }
        Semaphore slots = new Semaphore(request.parallelism());
        List<Future<ObjectResult>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Job job : jobs) {
                futures.add(threads.submit(() -> {
                    slots.acquire();
                    try {
                        return runOne(job.suite(), job.target(), estate, request, listener);
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<ObjectResult> results = new ArrayList<>();
            for (Future<ObjectResult> future : futures) {
                results.add(join(future));
            }
            return new LiveTestReport(results, listener.isCancelled(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private ObjectResult runOne(LiveTestSuite suite, EObject target, Estate estate, LiveTestRequest request,
            LiveTestListener listener) {
        String label = EstateLabels.describe(target);
        String id = target instanceof Identifiable identifiable ? identifiable.getId() : label;
        long start = System.nanoTime();
        List<CheckResult> checks;
        if (listener.isCancelled()) {
            checks = List.of(CheckResult.skipped("run", "", "cancelled before it started"));
        } else {
            listener.started(suite, label);
            LiveTestContext context = new Context(estate, request, listener, suite, label);
            try {
                checks = suite.run(target, context);
                if (checks.isEmpty()) {
                    checks = List.of(CheckResult.skipped("run", "", "the suite found nothing to check"));
                }
            } catch (RuntimeException e) {
                // a defect in a suite must not hide the other results: it shows as a failure of this object
                checks = List.of(CheckResult.failed("run", "", "the suite '" + suite.name() + "' stopped with an"
                        + " internal error on " + label + ": " + e, "report this defect of the suite with the log"));
            }
        }
        ObjectResult result = new ObjectResult(suite.id(), suite.name(), id, label, checks,
                Duration.ofNanos(System.nanoTime() - start));
        listener.finished(result);
        return result;
    }

    private static ObjectResult join(Future<ObjectResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a live test", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a live test could not run: " + e.getCause(), e.getCause());
        }
    }

    private List<LiveTestSuite> choose(List<String> ids) {
        List<LiveTestSuite> all = suites();
        if (ids.isEmpty()) {
            return all;
        }
        List<LiveTestSuite> chosen = new ArrayList<>();
        for (String id : ids) {
            Optional<LiveTestSuite> suite = all.stream().filter(s -> s.id().equals(id)).findFirst();
            if (suite.isEmpty()) {
                throw new IllegalArgumentException("no live test suite '" + id + "'; the suites are "
                        + String.join(", ", all.stream().map(LiveTestSuite::id).toList()));
            }
            if (!chosen.contains(suite.get())) {
                chosen.add(suite.get());
            }
        }
        return chosen;
    }

    private static void checkSelection(Estate estate, Set<String> selection) {
        if (selection.isEmpty()) {
            return;
        }
        Set<String> missing = new HashSet<>(selection);
        for (EObject object : (Iterable<EObject>) estate::eAllContents) {
            if (object instanceof Identifiable identifiable) {
                missing.remove(identifiable.getId());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("nothing in the estate has the id " + String.join(", ",
                    missing.stream().sorted().toList()) + "; select systems, routers, RSIP servers, sites or"
                    + " customers by their id");
        }
    }

    /** The object, or one of its containers, is selected. */
    private static boolean selected(EObject target, Set<String> selection) {
        for (EObject object = target; object != null; object = object.eContainer()) {
            if (object instanceof Identifiable identifiable && selection.contains(identifiable.getId())) {
                return true;
            }
        }
        return false;
    }

    private final class Context implements LiveTestContext {
        private final Estate estate;
        private final LiveTestRequest request;
        private final LiveTestListener listener;
        private final LiveTestSuite suite;
        private final String object;

        Context(Estate estate, LiveTestRequest request, LiveTestListener listener, LiveTestSuite suite,
                String object) {
            this.estate = estate;
            this.request = request;
            this.listener = listener;
            this.suite = suite;
            this.object = object;
        }

        @Override
        public Estate estate() {
            return estate;
        }

        @Override
        public Duration timeout() {
            return request.timeout();
        }

        @Override
        public List<LiveTestRequest.Endpoint> servicelinkEndpoints() {
            return request.servicelinkEndpoints();
        }

        @Override
        public Optional<HostAndPort> stunFallback() {
            return request.stunFallbackServer();
        }

        @Override
        public boolean isCancelled() {
            return listener.isCancelled();
        }

        @Override
        public void progress(String message) {
            listener.progress(suite, object, message);
        }

        @Override
        public Optional<Credential> credential(String reference) {
            CredentialVault current = vault;
            if (current == null || reference == null || reference.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(current.resolve(reference));
            } catch (VaultException e) {
                return Optional.empty();
            }
        }
    }
}
