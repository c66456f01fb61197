package io.patchbay.cli.internal;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;

import io.patchbay.cli.CliCommand;
import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.SnmpTransport;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.model.Estate;
import io.patchbay.model.ManagedDevice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patchbay apply ESTATE}: plans, then (after confirmation or with {@code --yes}) applies, verifies and rolls
 * back failed devices; every device's result on a line, recorded in the estate's journal.
 */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Apply a provisioning feature to the estate's devices, verify each by reading back and roll back"
                + " those that fail; exit 0 when all are right, 3 when some failed or were rolled back.")
public final class ApplyCommand implements CliCommand {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ESTATE", description = "the .estate file")
    Path file;

    @Option(names = "--feature", defaultValue = "portforward", description = "the provisioning feature "
            + "(default: ${DEFAULT-VALUE})")
    String feature;

    @Option(names = "--generate-passwords", description = "sbc: generate a strong password (to the system's policy)"
            + " into the vault, when the plan is made, for a station that has none")
    boolean generatePasswords;

    @Option(names = "--select", arity = "1..*", paramLabel = "ID", description = "only these devices (estate ids)")
    List<String> select;

    @Option(names = "--parallel", defaultValue = "8", description = "devices changed at once (default: "
            + "${DEFAULT-VALUE})")
    int parallel;

    @Option(names = "--confirm-within", paramLabel = "SECONDS",
            defaultValue = "" + ApplyRunner.Builder.DEFAULT_CONFIRM_SECONDS, description = "for features whose "
                    + "changes can cut the console off (portforward): the device reverts a change by itself unless it "
                    + "is confirmed over a new connection within SECONDS (default: ${DEFAULT-VALUE}); 0 turns this off")
    int confirmWithin;

    @Option(names = "--dry-run", description = "print the plan only; write nothing")
    boolean dryRun;

    @Option(names = "--yes", description = "do not ask before writing the devices")
    boolean yes;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Reference(target = "(" + Transport.PROTOCOL + "=ssh)")
    Transport ssh;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + Transport.PROTOCOL + "=" + SnmpTransport.PROTOCOL + ")")
    SnmpTransport snmp;

    @Reference
    CredentialVault vault;

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    List<Provisioner> provisioners;

    @Override
    public Integer call() {
        if (parallel < 1) {
            throw new CliException(ExitCodes.USAGE, "--parallel must be at least 1");
        }
        if (confirmWithin < 0) {
            throw new CliException(ExitCodes.USAGE, "--confirm-within must be 0 (off) or a number of seconds");
        }
        Estate estate = EstateArguments.load(file);
        Provisioner provisioner = ProvisioningSupport.withOptions(
                ProvisioningSupport.provisioner(provisioners, feature), generatePasswords);
        List<ManagedDevice> devices = ProvisioningSupport.devices(estate, provisioner, select);
        PrintWriter out = spec.commandLine().getOut();
        ApplyRunner.Builder runner = ApplyRunner
                .builder(provisioner, ProvisioningSupport.connector(ssh, snmp, vault, file))
                .parallel(parallel).journal(Journal.besideEstate(file))
                .confirmWithin(Duration.ofSeconds(confirmWithin));
        boolean json = format == OutputFormat.json;
        if (json && !dryRun && !yes) {
            throw new CliException(ExitCodes.USAGE, "--format json cannot ask before writing: add --yes, or "
                    + "--dry-run to only see the plan");
        }
        if (dryRun || !yes) {
            ApplyReport plan = runner.build().plan(devices, new NullProgressMonitor());
            if (json) {
                ProvisioningSupport.printJson(out, provisioner.feature(), plan);
            } else {
                plan.results().forEach(r -> ProvisioningSupport.printPlan(out, r));
            }
            out.flush();
            if (dryRun) {
                return plan.allSucceeded() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
            }
            confirm(plan);
        }
        if (!json) {
            runner.onResult(result -> print(out, result));
        }
        ApplyReport report = runner.build().apply(devices, new NullProgressMonitor());
        if (json) {
            ProvisioningSupport.printJson(out, provisioner.feature(), report);
        } else {
            ProvisioningSupport.printSummary(out, report);
        }
        out.flush();
        return report.allSucceeded() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static synchronized void print(PrintWriter out, DeviceResult result) {
        ProvisioningSupport.printResult(out, result);
        out.flush();
    }

    private void confirm(ApplyReport plan) {
        long changing = plan.results().stream().filter(r -> r.plan() != null && !r.plan().isEmpty()).count();
        Console console = System.console();
        if (console == null) {
            throw new CliException(ExitCodes.USAGE, "not on a terminal: add --yes to write " + changing
                    + " device(s), or --dry-run to only see the plan");
        }
        String answer = console.readLine("Apply these changes to %d device(s)? [y/N] ", changing);
        if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
            throw new CliException(ExitCodes.USAGE, "nothing applied");
        }
    }
}
