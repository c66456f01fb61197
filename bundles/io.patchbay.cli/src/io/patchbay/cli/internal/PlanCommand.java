package io.patchbay.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;

import io.patchbay.cli.CliCommand;
import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.SnmpTransport;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.model.Estate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patchbay plan ESTATE}: reads the devices and prints what an apply would change, writing nothing. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Read the devices and print, per device, what an apply would change; writes nothing (exit 0).")
public final class PlanCommand implements CliCommand {

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

    @Option(names = "--parallel", defaultValue = "8", description = "devices read at once (default: ${DEFAULT-VALUE})")
    int parallel;

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
        Estate estate = EstateArguments.load(file);
        Provisioner provisioner = ProvisioningSupport.withOptions(
                ProvisioningSupport.provisioner(provisioners, feature), generatePasswords);
        ApplyReport report = ApplyRunner.builder(provisioner, ProvisioningSupport.connector(ssh, snmp, vault, file))
                .parallel(parallel).build()
                .plan(ProvisioningSupport.devices(estate, provisioner, select), new NullProgressMonitor());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            ProvisioningSupport.printJson(out, provisioner.feature(), report);
            return ExitCodes.OK;
        }
        for (DeviceResult result : report.results()) {
            ProvisioningSupport.printPlan(out, result);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
