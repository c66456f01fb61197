package io.patchbay.core.provisioning;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.JobGroup;

import io.patchbay.model.ManagedDevice;

/**
 * Applies one {@link Provisioner}'s plans to many devices as Eclipse Jobs, headless or in the console:
 * <ul>
 * <li>at most {@link Builder#parallel(int) parallel} devices at once (a {@link JobGroup}), and never two writers on
 * one device (each job holds the device's {@link DeviceRule});</li>
 * <li>per device: connect, read the actual settings, plan; nothing is written when the plan is empty; otherwise the
 * journal gets the before-values, the steps run, the device is read back and compared with the plan; a device whose
 * steps or verify fail gets its before-values written back (and read back again);</li>
 * <li>progress per device in each job's own monitor, and overall (one unit per device) in the monitor given to
 * {@link #apply};</li>
 * <li>cancelling that monitor leaves devices not yet started untouched ({@link Outcome#NOT_STARTED}); a device in
 * flight finishes its verify, or is rolled back if it was cancelled between two steps;</li>
 * <li>a {@link DeviceResult} for every device given.</li>
 * <li>for a feature whose changes {@linkplain Provisioner#canCutOffConsole() can cut the console off}: commit-confirm
 * within {@link Builder#confirmWithin(Duration) a window} (120 s unless set): the device's own revert is armed before
 * the change, the change is verified over a new connection and confirmed over it; a device that cannot be reached
 * any more is left to revert itself, checked after the window and reported {@link Outcome#ROLLED_BACK} with a
 * reason saying the change cut the console off. The device's rule is held through the window, so no other run
 * writes it meanwhile; cancelling the run then does not shorten the wait, as the device is reverting by itself.</li>
 * </ul>
 * Usage:
 *
 * <pre>{@code
 * ApplyRunner runner = ApplyRunner.builder(provisioner, new SshDeviceConnector(ssh, vault, knownHosts))
 *         .journal(Journal.besideEstate(estateFile)).parallel(8).build();
 * ApplyReport report = runner.apply(routers, monitor);
 * // later, if the change must go: runner.rollback(report.journalId(), estateDevicesById, monitor);
 * }</pre>
 *
 * A runner holds no state between runs and may be used from several threads.
 *
 * @since 0.1
 */
public final class ApplyRunner {

    private final Provisioner provisioner;
    private final DeviceConnector connector;
    private final Journal journal;
    private final int parallel;
    private final boolean dryRun;
    private final String operator;
    private final Consumer<DeviceResult> listener;
    private final Duration confirmWithin;

    private ApplyRunner(Builder b) {
        provisioner = b.provisioner;
        connector = b.connector;
        journal = b.journal;
        parallel = b.parallel;
        dryRun = b.dryRun;
        operator = b.operator;
        listener = b.listener;
        confirmWithin = b.confirmWithin;
    }

    /** Starts a runner for {@code provisioner}'s feature, reaching devices through {@code connector}. */
    public static Builder builder(Provisioner provisioner, DeviceConnector connector) {
        return new Builder(provisioner, connector);
    }

    /**
     * Applies the feature to {@code devices} (those it does not {@linkplain Provisioner#appliesTo apply to} are left
     * out) and waits for all of them. With {@link Builder#dryRun(boolean)} only plans are made.
     */
    public ApplyReport apply(List<? extends ManagedDevice> devices, IProgressMonitor monitor) {
        List<ManagedDevice> targets = devices.stream().filter(provisioner::appliesTo).map(d -> (ManagedDevice) d)
                .toList();
        Map<ManagedDevice, DeviceApplyJob.DesiredState> desired = new LinkedHashMap<>();
        for (ManagedDevice device : targets) {
            desired.put(device, actual -> provisioner.desired(device, actual));
        }
        return run("Applying " + provisioner.feature(), desired, monitor);
    }

    /** The plans alone: {@link #apply} as a dry run, whatever the builder said. */
    public ApplyReport plan(List<? extends ManagedDevice> devices, IProgressMonitor monitor) {
        return toBuilder().dryRun(true).build().apply(devices, monitor);
    }

    /**
     * Restores the before-values that journal run {@code journalId} recorded, on every device of this feature that
     * the run may have changed (changed, failed, or begun and never finished because of a crash); devices that were
     * unchanged or already rolled back are left alone. The restore is itself an apply run (journaled, verified, and
     * rolled back on failure); settings the old run did not touch are kept.
     *
     * @param devicesById finds an estate device by its id ({@code null} when the estate no longer has it: that device
     *                    is reported {@link Outcome#FAILED})
     * @throws IOException when the journal run cannot be read
     */
    public ApplyReport rollback(String journalId, Function<String, ManagedDevice> devicesById,
            IProgressMonitor monitor) throws IOException {
        Objects.requireNonNull(journal, "rollback needs the runner's journal");
        Map<String, Map<String, String>> beforeValues = new LinkedHashMap<>();
        Map<String, String> finalOutcome = new HashMap<>();
        for (JournalEntry entry : journal.read(journalId)) {
            if (!provisioner.feature().equals(entry.feature())) {
                continue;
            }
            if (JournalEntry.BEFORE.equals(entry.phase()) && entry.setting() != null) {
                beforeValues.computeIfAbsent(entry.device(), d -> new LinkedHashMap<>()).put(entry.setting(),
                        entry.before() == null ? "" : entry.before());
            } else if (JournalEntry.AFTER.equals(entry.phase())) {
                finalOutcome.put(entry.device(), entry.outcome());
            }
        }
        Map<ManagedDevice, DeviceApplyJob.DesiredState> desired = new LinkedHashMap<>();
        List<DeviceResult> missing = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> device : beforeValues.entrySet()) {
            String outcome = finalOutcome.get(device.getKey());
            if (Outcome.ROLLED_BACK.name().equals(outcome) || Outcome.UNCHANGED.name().equals(outcome)) {
                continue;
            }
            ManagedDevice estateDevice = devicesById.apply(device.getKey());
            if (estateDevice == null) {
                missing.add(new DeviceResult(device.getKey(), device.getKey(), Outcome.FAILED, null,
                        "the estate has no device " + device.getKey() + " any more; restore it by hand from journal "
                                + journalId, null));
                continue;
            }
            Map<String, String> before = device.getValue();
            desired.put(estateDevice, actual -> {
                Map<String, String> restored = new LinkedHashMap<>(actual);
                restored.putAll(before);
                return restored;
            });
        }
        ApplyReport report = toBuilder().dryRun(false).build().run("Rolling back " + journalId, desired, monitor);
        if (missing.isEmpty()) {
            return report;
        }
        List<DeviceResult> all = new ArrayList<>(report.results());
        all.addAll(missing);
        return new ApplyReport(report.journalId(), all);
    }

    private ApplyReport run(String title, Map<ManagedDevice, DeviceApplyJob.DesiredState> devices,
            IProgressMonitor monitor) {
        String journalId = dryRun || journal == null ? null : journal.newId();
        SubMonitor overall = SubMonitor.convert(monitor, title + " (" + devices.size() + " devices)", devices.size());
        Map<ManagedDevice, DeviceResult> results = new ConcurrentHashMap<>();
        if (devices.isEmpty()) {
            return new ApplyReport(journalId, List.of());
        }
        JobGroup group = new JobGroup(title, parallel, devices.size());
        CountDownLatch done = new CountDownLatch(devices.size());
        DeviceApplyJob.Context context = new DeviceApplyJob.Context(provisioner, connector, journal, journalId,
                operator, dryRun, provisioner.canCutOffConsole() ? confirmWithin : Duration.ZERO);
        List<DeviceApplyJob> jobs = new ArrayList<>();
        for (Map.Entry<ManagedDevice, DeviceApplyJob.DesiredState> device : devices.entrySet()) {
            DeviceApplyJob job = new DeviceApplyJob(context, device.getKey(), device.getValue(), result -> {
                results.put(device.getKey(), result);
                if (listener != null) {
                    listener.accept(result);
                }
            });
            job.setJobGroup(group);
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    done.countDown();
                }
            });
            jobs.add(job);
        }
        jobs.forEach(DeviceApplyJob::schedule);
        int reported = 0;
        boolean cancelled = false;
        try {
            while (!done.await(50, TimeUnit.MILLISECONDS)) {
                reported = progress(overall, results.size(), reported, devices.size());
                if (!cancelled && overall.isCanceled()) {
                    cancelled = true;
                    group.cancel();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            group.cancel();
        }
        progress(overall, results.size(), reported, devices.size());
        List<DeviceResult> ordered = new ArrayList<>();
        for (ManagedDevice device : devices.keySet()) {
            DeviceResult result = results.get(device);
            ordered.add(result != null ? result
                    : new DeviceResult(device.getId(), device.getName(), Outcome.NOT_STARTED, null,
                            "the run was cancelled before this device was touched", null));
        }
        return new ApplyReport(journalId, ordered);
    }

    private static int progress(SubMonitor overall, int finished, int reported, int total) {
        if (finished > reported) {
            overall.worked(finished - reported);
            overall.subTask(finished + " of " + total + " devices done");
        }
        return Math.max(finished, reported);
    }

    private Builder toBuilder() {
        Builder b = new Builder(provisioner, connector);
        b.journal = journal;
        b.parallel = parallel;
        b.dryRun = dryRun;
        b.operator = operator;
        b.listener = listener;
        b.confirmWithin = confirmWithin;
        return b;
    }

    /**
     * Configures an {@link ApplyRunner}: parallelism 4, no journal, real run, operator = the OS user, commit-confirm
     * within {@value #DEFAULT_CONFIRM_SECONDS} s.
     */
    public static final class Builder {

        /** The confirmation window unless {@link #confirmWithin} says otherwise, in seconds. */
        public static final int DEFAULT_CONFIRM_SECONDS = 120;
        private static final Duration DEFAULT_CONFIRM_WITHIN = Duration.ofSeconds(DEFAULT_CONFIRM_SECONDS);

        private final Provisioner provisioner;
        private final DeviceConnector connector;
        private Journal journal;
        private int parallel = 4;
        private boolean dryRun;
        private String operator = System.getProperty("user.name", "unknown");
        private Consumer<DeviceResult> listener;
        private Duration confirmWithin = DEFAULT_CONFIRM_WITHIN;

        private Builder(Provisioner provisioner, DeviceConnector connector) {
            this.provisioner = Objects.requireNonNull(provisioner, "provisioner");
            this.connector = Objects.requireNonNull(connector, "connector");
        }

        /** Where every run is recorded; without one nothing is journaled and {@link #rollback} is unavailable. */
        public Builder journal(Journal journal) {
            this.journal = journal;
            return this;
        }

        /** How many devices are worked on at once (at least 1). */
        public Builder parallel(int parallel) {
            if (parallel < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, not " + parallel);
            }
            this.parallel = parallel;
            return this;
        }

        /** Only read and plan; write nothing, journal nothing. */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** The name recorded as operator in the journal. */
        public Builder operator(String operator) {
            this.operator = Objects.requireNonNull(operator, "operator");
            return this;
        }

        /** Told of each device's result as soon as it is known, on the device's job thread. */
        public Builder onResult(Consumer<DeviceResult> listener) {
            this.listener = listener;
            return this;
        }

        /**
         * How long a device whose change {@linkplain Provisioner#canCutOffConsole() can cut the console off} waits for
         * the confirmation before it reverts the change by itself: whole seconds, {@value #DEFAULT_CONFIRM_SECONDS} s
         * unless set. {@link Duration#ZERO} turns commit-confirm off (the change is applied and verified over the one
         * session, as for any other feature); only do so when the operator asks for it.
         *
         * @throws IllegalArgumentException when negative or not whole seconds
         */
        public Builder confirmWithin(Duration window) {
            if (window.isNegative() || window.getNano() != 0) {
                throw new IllegalArgumentException("the confirmation window must be whole seconds, 0 or more, not "
                        + window);
            }
            this.confirmWithin = window;
            return this;
        }

        public ApplyRunner build() {
            return new ApplyRunner(this);
        }
    }
}
