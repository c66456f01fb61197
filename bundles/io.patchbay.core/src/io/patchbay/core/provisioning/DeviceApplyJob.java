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

/** One device of an apply run: read, plan, journal, write, verify, roll back on failure. */
final class DeviceApplyJob extends Job {

    /** What the device should hold, given what it holds. */
    @FunctionalInterface
    interface DesiredState {
        Map<String, String> of(Map<String, String> actual) throws ProvisioningException;
    }

    /** What every job of one run shares. */
    record Context(Provisioner provisioner, DeviceConnector connector, Journal journal, String journalId,
            String operator, boolean dryRun) {
    }

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
            progress.subTask("writing " + label);
            try {
                runSteps(session, plan.steps(), progress);
            } catch (TransportException e) {
                return rollBack(session, plan, "applying failed: " + e.getMessage(), start);
            } catch (CancelledBetweenSteps e) {
                return rollBack(session, plan, "the run was cancelled while this device was being changed", start);
            }
            progress.worked(1);
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
        results.accept(new DeviceResult(device.getId(), device.getName(), outcome, plan, reason,
                Duration.between(start, Instant.now())));
    }
}
