package io.patchbay.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
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
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.JournalEntry;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.model.Estate;
import io.patchbay.model.ManagedDevice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patchbay rollback JOURNAL-ID --estate ESTATE}: restores the before-values an apply recorded. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Restore on each device the before-values that an apply recorded in the estate's journal; "
                + "exit 0 when all are restored, 3 when some failed.")
public final class RollbackCommand implements CliCommand {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOURNAL-ID", description = "the id an apply printed")
    String journalId;

    @Option(names = "--estate", required = true, paramLabel = "ESTATE", description = "the .estate file")
    Path file;

    @Option(names = "--parallel", defaultValue = "8", description = "devices restored at once (default: "
            + "${DEFAULT-VALUE})")
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
        Journal journal = Journal.besideEstate(file);
        List<JournalEntry> entries;
        try {
            entries = journal.read(journalId);
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read journal " + journalId + ": " + e.getMessage(), e);
        }
        Set<String> features = new LinkedHashSet<>();
        entries.forEach(e -> features.add(e.feature()));
        PrintWriter out = spec.commandLine().getOut();
        boolean json = format == OutputFormat.json;
        boolean ok = true;
        for (String feature : features) {
            Provisioner provisioner = ProvisioningSupport.provisioner(provisioners, feature);
            ApplyRunner runner = ApplyRunner
                    .builder(provisioner, ProvisioningSupport.connector(ssh, snmp, vault, file)).parallel(parallel)
                    .journal(journal).onResult(r -> {
                        if (json) {
                            return;
                        }
                        synchronized (out) {
                            ProvisioningSupport.printResult(out, r);
                            out.flush();
                        }
                    }).build();
            ApplyReport report;
            try {
                report = runner.rollback(journalId, id -> device(estate, id), new NullProgressMonitor());
            } catch (IOException e) {
                throw new CliException(ExitCodes.USAGE, "cannot read journal " + journalId + ": " + e.getMessage(), e);
            }
            if (json) {
                ProvisioningSupport.printJson(out, feature, report);
            } else {
                ProvisioningSupport.printSummary(out, report);
            }
            ok &= report.allSucceeded();
        }
        out.flush();
        return ok ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static ManagedDevice device(Estate estate, String id) {
        EObject object = estate.eResource().getEObject(id);
        return object instanceof ManagedDevice device ? device : null;
    }
}
