package io.patchbay.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.patchbay.cli.CliCommand;
import io.patchbay.core.CredentialVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code patchbay cert …}: the estate's CA and server certificates (F-30, F-31) through the cert bundle's API. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "cert", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "ca|server|export|list",
        subcommands = { CertCaCommand.class, CertServerCommand.class, CertExportCommand.class,
                CertListCommand.class },
        description = { "Create or import a CA, issue server certificates signed by it (PKCS#12 with",
                "a passphrase from the vault), export and list them (F-30, F-31)." },
        footerHeading = "%n",
        footer = { "Files: NAME.certs/ beside NAME.estate holds ID.pem, ID.p12 (owner-only) and",
                "the serial ledger 'serials'; CA keys and passphrases are in the vault.",
                "Exit codes: 0 ok, 1 refused by a rule (key length, serial, validity) or a",
                "listed certificate expired or missing, 2 bad arguments or unreadable input,",
                "70 internal error." })
public final class CertCommand implements CliCommand {

    @Spec
    CommandSpec spec;

    @Reference
    CredentialVault vault;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no sub-command given (one of: "
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
