package io.patchbay.core.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.patchbay.core.Cancellation;
import io.patchbay.core.TransportException;
import io.patchbay.model.ManagedDevice;

/**
 * One device of an apply run: read, plan, journal, write, verify, roll back on failure; for a change that can cut the
 * console off, arm the device's own revert first, verify over a new connection and confirm, or let it revert.
 */
final class DeviceApplyJob extends Job {

    /** What the device should hold, given what it holds. */
    @FunctionalInterface
    interface DesiredState {
        Map<String, String> of(Map<String, String> actual) throws ProvisioningException;
    }

    /** What every job of one run shares. */
    record Context(Provisioner provisioner, DeviceConnector connector, Journal journal, String journalId,
            String operator, boolean dryRun, Duration confirmWithin) {
    }

    /** How often a device that cut the console off is tried again once its window has run out. */
    private static final Duration RECONNECT_EVERY = Duration.ofMillis(500);

    /** Raised between two steps when the run was cancelled. */
    private static final class CancelledBetweenSteps extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private final Context context;
    private final ManagedDevice device;
    private final DesiredState desired;
    private final Consumer<DeviceResult> results;
    private final String address;
    private final String label;
    /** When this job began arming the device's own revert: it cannot run before this plus the window. */
    private Instant armStarted;
    /** The outcome reported last, read by the job's own thread only. */
    private Outcome lastReported;

    DeviceApplyJob(Context context, ManagedDevice device, DesiredState desired, Consumer<DeviceResult> results) {
        super(context.provisioner().feature() + ": " + SshDeviceConnector.label(device));
        this.context = context;
        this.device = device;
        this.desired = desired;
        this.results = results;
        this.label = SshDeviceConnector.label(device);
        String where;
        try {
            where = (context.provisioner().protocol() == Provisioner.Protocol.SNMP
                    ? SnmpDeviceConnector.addressOf(device)
                    : SshDeviceConnector.addressOf(device)).toString();
        } catch (ProvisioningException e) {
            where = device.getId();
        }
        this.address = where;
        setRule(DeviceRule.of(where));
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Instant start = Instant.now();
        SubMonitor progress = SubMonitor.convert(monitor, label, 4);
        if (progress.isCanceled()) {
            report(Outcome.NOT_STARTED, null, "the run was cancelled before this device was touched", start);
            return Status.OK_STATUS;
        }
        // the transport is not cancelled with the job: a device in flight is finished or rolled back, not cut off
        Cancellation transport = new Cancellation();
        ChangePlan plan = null;
        try (DeviceSession session = DeviceSession.open(context.provisioner(), context.connector(), device,
                transport)) {
            progress.subTask("reading " + label);
            Map<String, String> actual = session.readActual(context.provisioner(), device);
            plan = ChangePlan.between(context.provisioner(), device, actual, desired.of(actual));
            progress.worked(1);
            if (plan.isEmpty()) {
                journalAfter(plan, Outcome.UNCHANGED, "");
                report(Outcome.UNCHANGED, plan, "", start);
                return Status.OK_STATUS;
            }
            if (context.dryRun()) {
                report(Outcome.PLANNED, plan, "", start);
                return Status.OK_STATUS;
            }
            if (progress.isCanceled()) {
                report(Outcome.NOT_STARTED, plan, "the run was cancelled before this device was touched", start);
                return Status.OK_STATUS;
            }
            journalBefore(plan);
            SelfRevert guard = null;
            Instant armed = null;
            if (!context.confirmWithin().isZero()) {
                guard = context.provisioner().selfRevert(device, plan.before(), context.confirmWithin());
                progress.subTask("arming the self-revert of " + label);
                armStarted = Instant.now();
                try {
                    runSteps(session, guard.arm(), SubMonitor.convert(null));
                } catch (TransportException | CancelledBetweenSteps e) {
                    String reason = "could not arm the device's own revert, so nothing was changed: " + e.getMessage();
                    journalAfter(plan, Outcome.FAILED, reason);
                    report(Outcome.FAILED, plan, reason, start);
                    return Status.OK_STATUS;
                }
                armed = Instant.now();
            }
            progress.subTask("writing " + label);
            try {
                runSteps(session, plan.steps(), progress);
            } catch (TransportException e) {
                return rollBack(session, plan, "applying failed: " + e.getMessage(), start, guard, armed);
            } catch (CancelledBetweenSteps e) {
                return rollBack(session, plan, "the run was cancelled while this device was being changed", start,
                        guard, armed);
            }
            progress.worked(1);
            if (guard != null) {
                return confirm(session, plan, guard, armed, progress, start);
            }
            progress.subTask("verifying " + label);
            String mismatch = mismatch(session.readActual(context.provisioner(), device), plan.after());
            progress.worked(1);
            if (mismatch != null) {
                return rollBack(session, plan, "verify failed: " + mismatch, start);
            }
            journalAfter(plan, Outcome.CHANGED, "");
            report(Outcome.CHANGED, plan, "", start);
        } catch (TransportException | ProvisioningException | RuntimeException e) {
            String reason = e.getMessage();
            if (plan != null && !plan.isEmpty() && !context.dryRun()) {
                journalAfter(plan, Outcome.FAILED, reason);
            } else {
                journalLine(null, null, null, JournalEntry.AFTER, Outcome.FAILED.name(), reason);
            }
            report(Outcome.FAILED, plan, reason, start);
        } finally {
            monitor.done();
        }
        return Status.OK_STATUS;
    }

    private void runSteps(DeviceSession session, List<Step> steps, SubMonitor progress)
            throws TransportException, CancelledBetweenSteps {
        boolean first = true;
        for (Step step : steps) {
            if (!first && progress.isCanceled()) {
                throw new CancelledBetweenSteps();
            }
            first = false;
            session.run(step);
        }
    }

    /**
     * The change is written and its revert armed: verify over a new connection (proof that the console still reaches
     * the device) and confirm over it. No new connection: do not confirm, let the device revert, then check.
     */
    private IStatus confirm(DeviceSession first, ChangePlan plan, SelfRevert guard, Instant armed,
            SubMonitor progress, Instant start) throws TransportException, ProvisioningException {
        progress.subTask("verifying " + label + " over a new connection");
        DeviceSession fresh;
        try {
            fresh = DeviceSession.open(context.provisioner(), context.connector(), device, new Cancellation());
        } catch (TransportException e) {
            first.close();
            return awaitSelfRevert(plan, armed, "the change cut the console off from the device (a new connection "
                    + "failed: " + e.getMessage() + "), so it was not confirmed", start);
        }
        try (fresh) {
            Map<String, String> read;
            try {
                read = fresh.readActual(context.provisioner(), device);
            } catch (TransportException e) {
                first.close();
                return awaitSelfRevert(plan, armed, "the new connection to the device broke while verifying ("
                        + e.getMessage() + "), so the change was not confirmed", start);
            }
            String mismatch = mismatch(read, plan.after());
            progress.worked(1);
            if (mismatch != null && mismatch(read, plan.before()) == null) {
                // back at the before-values: either the device's own revert already ran, or the write was lost
                try {
                    runSteps(fresh, guard.disarm(), SubMonitor.convert(null));
                } catch (TransportException | CancelledBetweenSteps e) {
                    if (revertMayHaveRun()) {
                        return tooLate(plan, armed, start);
                    }
                }
                return rollBack(fresh, plan, "verify failed: " + mismatch, start);
            }
            if (mismatch != null) {
                return rollBack(fresh, plan, "verify failed: " + mismatch, start, guard, armed);
            }
            if (progress.isCanceled()) {
                return rollBack(fresh, plan, "the run was cancelled before the change was confirmed", start, guard,
                        armed);
            }
            progress.subTask("confirming " + label);
            try {
                runSteps(fresh, guard.disarm(), SubMonitor.convert(null));
            } catch (TransportException | CancelledBetweenSteps e) {
                Map<String, String> now = fresh.readActual(context.provisioner(), device);
                if (revertMayHaveRun() && mismatch(now, plan.before()) == null) {
                    return tooLate(plan, armed, start);
                } else {
                    String reason = "could not confirm the change (" + e.getMessage() + "); the device may still "
                            + "revert it by itself within " + seconds(context.confirmWithin()) + " s of arming: read "
                            + "it again then";
                    journalAfter(plan, Outcome.FAILED, reason);
                    report(Outcome.FAILED, plan, reason, start);
                }
                return Status.OK_STATUS;
            }
            journalAfter(plan, Outcome.CHANGED, "");
            report(Outcome.CHANGED, plan, "", start);
            return Status.OK_STATUS;
        }
    }

    /** Whether the window has run out since arming began, so that the device may have reverted by itself. */
    private boolean revertMayHaveRun() {
        return !Instant.now().isBefore(armStarted.plus(context.confirmWithin()));
    }

    /** The device's own revert ran before the change could be confirmed: it reads the before-values again. */
    private IStatus tooLate(ChangePlan plan, Instant armed, Instant start) {
        String why = "the confirmation came too late (" + seconds(Duration.between(armed, Instant.now()))
                + " s after arming, the window is " + seconds(context.confirmWithin()) + " s): the device had "
                + "reverted the change by itself; give it a longer --confirm-within";
        journalAfter(plan, Outcome.ROLLED_BACK, why);
        report(Outcome.ROLLED_BACK, plan, why, start);
        return Status.OK_STATUS;
    }

    /**
     * Waits until the device's own revert is due, then connects again (retrying for as long again, at least 10 s) and
     * checks that it reads its before-values. The wait is not cut short by cancelling the run: the device is changing
     * by itself, and its rule keeps other runs off it until it is done.
     */
    private IStatus awaitSelfRevert(ChangePlan plan, Instant armed, String why, Instant start) {
        Duration window = context.confirmWithin();
        Instant due = armed.plus(window).plus(Duration.ofSeconds(1)).plus(window.dividedBy(10));
        Duration retryFor = window.compareTo(Duration.ofSeconds(10)) > 0 ? window : Duration.ofSeconds(10);
        Instant giveUp = due.plus(retryFor);
        String last = "";
        try {
            sleepUntil(due);
            while (true) {
                try (DeviceSession session = DeviceSession.open(context.provisioner(), context.connector(), device,
                        new Cancellation())) {
                    String mismatch = mismatch(session.readActual(context.provisioner(), device), plan.before());
                    if (mismatch == null) {
                        String reason = why + "; the device reverted it by itself after " + seconds(window)
                                + " s and reads its before-values again";
                        journalAfter(plan, Outcome.ROLLED_BACK, reason);
                        report(Outcome.ROLLED_BACK, plan, reason, start);
                        return Status.OK_STATUS;
                    }
                    last = "it still reads the change: " + mismatch;
                } catch (TransportException | ProvisioningException | RuntimeException e) {
                    last = "it cannot be reached: " + e.getMessage();
                }
                if (Instant.now().isAfter(giveUp)) {
                    break;
                }
                sleepUntil(Instant.now().plus(RECONNECT_EVERY));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            last = "waiting for it was interrupted";
        }
        String reason = why + "; " + seconds(Duration.between(armed, Instant.now())) + " s after arming its revert "
                + last + ". Check the device on its console or power-cycle it (the change was committed)";
        journalAfter(plan, Outcome.FAILED, reason);
        report(Outcome.FAILED, plan, reason, start);
        return Status.OK_STATUS;
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static long seconds(Duration duration) {
        return duration.toSeconds();
    }

    /** Rolls back and then, when a self-revert was armed, disarms it: it would only write the same values again. */
    private IStatus rollBack(DeviceSession broken, ChangePlan plan, String why, Instant start, SelfRevert guard,
            Instant armed) {
        if (guard == null) {
            return rollBack(broken, plan, why, start);
        }
        DeviceSession session = broken;
        if (!session.isOpen()) {
            try {
                session = DeviceSession.open(context.provisioner(), context.connector(), device, new Cancellation());
            } catch (TransportException | ProvisioningException | RuntimeException e) {
                return awaitSelfRevert(plan, armed, why + "; the device cannot be reached to roll it back ("
                        + e.getMessage() + ")", start);
            }
        }
        try {
            rollBack(session, plan, why, start);
            if (lastReported != Outcome.ROLLED_BACK) {
                return Status.OK_STATUS; // not restored: the device's own revert is the remaining way back
            }
            try {
                runSteps(session, guard.disarm(), SubMonitor.convert(null));
            } catch (TransportException | CancelledBetweenSteps e) {
                // the revert already ran (it wrote the same before-values) or will: nothing left to undo
            }
        } finally {
            if (session != broken) {
                session.close();
            }
        }
        return Status.OK_STATUS;
    }

    /** Writes the before-values back over the open session (or a new one if it broke) and reads them back. */
    private IStatus rollBack(DeviceSession broken, ChangePlan plan, String why, Instant start) {
        DeviceSession session = broken;
        boolean own = false;
        try {
            if (!session.isOpen()) {
                session = DeviceSession.open(context.provisioner(), context.connector(), device, new Cancellation());
                own = true;
            }
            runSteps(session, plan.inverseSteps(), SubMonitor.convert(null));
            String mismatch = mismatch(session.readActual(context.provisioner(), device), plan.before());
            if (mismatch != null) {
                String reason = why + "; rolling back did not restore it either: " + mismatch;
                journalAfter(plan, Outcome.FAILED, reason);
                report(Outcome.FAILED, plan, reason, start);
            } else {
                journalAfter(plan, Outcome.ROLLED_BACK, why);
                report(Outcome.ROLLED_BACK, plan, why, start);
            }
        } catch (TransportException | ProvisioningException | CancelledBetweenSteps | RuntimeException e) {
            String reason = why + "; rolling back failed too: " + e.getMessage();
            journalAfter(plan, Outcome.FAILED, reason);
            report(Outcome.FAILED, plan, reason, start);
        } finally {
            if (own) {
                session.close();
            }
        }
        return Status.OK_STATUS;
    }

    /** The first setting that does not read as expected, described; {@code null} when all do. */
    private static String mismatch(Map<String, String> read, Map<String, String> expected) {
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String is = read.getOrDefault(e.getKey(), "");
            if (!Objects.equals(is, e.getValue())) {
                return "the device reads " + e.getKey() + "='" + is + "', expected '" + e.getValue() + "'";
            }
        }
        return null;
    }

    /** One append (one disk flush) per device and phase, however many settings the plan has. */
    private void journalBefore(ChangePlan plan) {
        List<JournalEntry> lines = new ArrayList<>();
        for (SettingChange change : plan.changes()) {
            lines.add(line(change.name(), change.actual(), change.desired(), JournalEntry.BEFORE,
                    JournalEntry.APPLYING, ""));
        }
        append(lines);
    }

    private void journalAfter(ChangePlan plan, Outcome outcome, String reason) {
        if (plan.isEmpty()) {
            journalLine(null, null, null, JournalEntry.AFTER, outcome.name(), reason);
            return;
        }
        List<JournalEntry> lines = new ArrayList<>();
        for (SettingChange change : plan.changes()) {
            lines.add(line(change.name(), change.actual(), change.desired(), JournalEntry.AFTER, outcome.name(),
                    reason));
        }
        append(lines);
    }

    private void journalLine(String setting, String before, String after, String phase, String outcome,
            String reason) {
        append(List.of(line(setting, before, after, phase, outcome, reason)));
    }

    private JournalEntry line(String setting, String before, String after, String phase, String outcome,
            String reason) {
        return new JournalEntry(context.journalId(), context.operator(), Instant.now(),
                context.provisioner().feature(), device.getId(), address, phase, setting, before, after, outcome,
                reason);
    }

    private void append(List<JournalEntry> lines) {
        if (context.journal() != null && context.journalId() != null) {
            context.journal().append(lines);
        }
    }

    private void report(Outcome outcome, ChangePlan plan, String reason, Instant start) {
        lastReported = outcome;
        results.accept(new DeviceResult(device.getId(), device.getName(), outcome, plan, reason,
                Duration.between(start, Instant.now())));
    }
}
