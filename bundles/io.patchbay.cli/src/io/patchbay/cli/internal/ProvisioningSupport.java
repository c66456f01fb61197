package io.patchbay.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.SnmpTransport;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ChangePlan;
import io.patchbay.core.provisioning.DeviceConnector;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.DeviceSelection;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SettingChange;
import io.patchbay.core.provisioning.SnmpDeviceConnector;
import io.patchbay.core.provisioning.SshDeviceConnector;
import io.patchbay.model.Estate;
import io.patchbay.model.ManagedDevice;

/** What {@code plan}, {@code apply} and {@code rollback} share: finding the feature and devices, printing results. */
final class ProvisioningSupport {

    private ProvisioningSupport() {
    }

    static Provisioner provisioner(List<Provisioner> provisioners, String feature) {
        return provisioners.stream().filter(p -> p.feature().equals(feature)).findFirst()
                .orElseThrow(() -> new CliException(ExitCodes.USAGE, "there is no provisioning feature '" + feature
                        + "'; known: " + provisioners.stream().map(Provisioner::feature).sorted()
                                .collect(Collectors.joining(", "))));
    }

    /** The estate's devices the feature applies to, or the selected ones (each must exist and qualify). */
    static List<ManagedDevice> devices(Estate estate, Provisioner provisioner, List<String> select) {
        try {
            return DeviceSelection.byIds(estate, provisioner::appliesTo, select);
        } catch (DeviceSelection.UnknownDeviceException e) {
            throw new CliException(ExitCodes.USAGE, "--select " + e.id() + ": the estate has no device with that id"
                    + " that " + provisioner.feature() + " applies to");
        }
    }

    static SshDeviceConnector connector(Transport ssh, CredentialVault vault, Path estateFile) {
        return new SshDeviceConnector(ssh, vault, KnownHostsStore.besideEstate(estateFile));
    }

    /** SSH as {@link #connector(Transport, CredentialVault, Path)}, SNMP (v3, vault credential) when available. */
    static DeviceConnector connector(Transport ssh, SnmpTransport snmp, CredentialVault vault, Path estateFile) {
        DeviceConnector sshConnector = connector(ssh, vault, estateFile);
        return snmp == null ? sshConnector
                : DeviceConnector.both(sshConnector, new SnmpDeviceConnector(snmp, vault));
    }

    /** The feature with the run options its flags ask for; a flag the feature does not know is a usage error. */
    static Provisioner withOptions(Provisioner provisioner, boolean generatePasswords) {
        Set<String> options = generatePasswords ? Set.of("generate-passwords") : Set.of();
        try {
            return provisioner.withOptions(options);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "--generate-passwords: the feature " + provisioner.feature()
                    + " has no such option");
        }
    }

    /** The diff of one device: each setting's entries removed ({@code -}) and added ({@code +}). */
    static void printPlan(PrintWriter out, DeviceResult result) {
        ChangePlan plan = result.plan();
        String who = result.deviceId() + " (" + result.deviceName() + ")";
        if (plan == null) {
            out.println(who + ": cannot plan: " + result.reason());
            return;
        }
        if (plan.isEmpty()) {
            out.println(who + ": already correct, nothing to do");
            return;
        }
        out.println(who + ": " + plan.changes().size() + " setting" + (plan.changes().size() == 1 ? "" : "s")
                + " to change");
        for (SettingChange change : plan.changes()) {
            out.println("  " + change.name());
            List<String> was = words(change.actual());
            List<String> will = words(change.desired());
            was.stream().filter(w -> !will.contains(w)).forEach(w -> out.println("    - " + w));
            will.stream().filter(w -> !was.contains(w)).forEach(w -> out.println("    + " + w));
        }
    }

    static void printResult(PrintWriter out, DeviceResult result) {
        out.printf(Locale.ROOT, "%-12s %s (%s)%s%n", result.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                result.deviceId(), result.deviceName(), result.reason().isEmpty() ? "" : ": " + result.reason());
    }

    static void printSummary(PrintWriter out, ApplyReport report) {
        out.printf(Locale.ROOT, "%s%d changed, %d unchanged, %d rolled back, %d failed, %d not started%n",
                report.journalId() == null ? "" : "journal " + report.journalId() + ": ",
                report.count(Outcome.CHANGED), report.count(Outcome.UNCHANGED), report.count(Outcome.ROLLED_BACK),
                report.count(Outcome.FAILED), report.count(Outcome.NOT_STARTED));
    }

    /**
     * A run as JSON for scripts: the journal id (none for a plan), the counts per outcome and per device its outcome,
     * reason, time taken and each setting's before- and after-value. Secrets never reach a setting, so none here.
     */
    static void printJson(PrintWriter out, String feature, ApplyReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("feature", feature);
        json.put("journal", report.journalId());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome.name().toLowerCase(Locale.ROOT), report.count(outcome));
        }
        json.put("counts", counts);
        List<Map<String, Object>> devices = new ArrayList<>();
        for (DeviceResult result : report.results()) {
            Map<String, Object> device = new LinkedHashMap<>();
            device.put("id", result.deviceId());
            device.put("name", result.deviceName());
            device.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
            device.put("reason", result.reason());
            device.put("seconds", result.elapsed().toMillis() / 1000.0);
            List<Map<String, String>> changes = new ArrayList<>();
            if (result.plan() != null) {
                for (SettingChange change : result.plan().changes()) {
                    Map<String, String> c = new LinkedHashMap<>();
                    c.put("setting", change.name());
                    c.put("before", change.actual());
                    c.put("after", change.desired());
                    changes.add(c);
                }
            }
            device.put("changes", changes);
            devices.add(device);
        }
        json.put("devices", devices);
        out.println(GSON.toJson(json));
        out.flush();
    }

    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private static List<String> words(String value) {
        return value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }
}
