package io.patchbay.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import io.patchbay.cli.CliCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code patchbay probe …}: one protocol exchange against a device or server, for one-off checks. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "probe", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "PROBE",
        subcommands = { ProbeStunCommand.class, ProbeNatCommand.class, ProbeSipCommand.class, ProbeNtpCommand.class,
                ProbePortCommand.class, ProbeRsipCommand.class, ProbeRelayCommand.class },
        description = "Run one protocol probe (STUN binding, NAT behaviour, SIP, NTP clock, TCP/TLS port, RSIP)"
                + " and report.",
        footerHeading = "%n",
        footer = { "Exit codes: 0 passed, 2 bad arguments, 4 the probe failed (no answer, or a failing verdict).",
                "'patchbay probe PROBE --help' describes one probe." })
public final class ProbeCommand implements CliCommand {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no probe given (one of: "
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
