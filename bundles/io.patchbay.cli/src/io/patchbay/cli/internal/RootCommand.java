package io.patchbay.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code patchbay} itself: holds the sub-commands contributed as services, and answers --help and --version. */
@Command(name = "patchbay", mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "COMMAND", subcommands = CommandLine.HelpCommand.class,
        description = "Manage an estate of telephony systems, phones, routers and RSIP servers.",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {"Run 'patchbay console [ESTATE]' to open the desktop console (on the demo",
                "estate when no file is given), 'patchbay COMMAND --help' for one command.",
                "",
                "Exit codes: 0 ok, 1 problems found, 2 usage error or unreadable input,",
                "3 some devices failed, 4 some live tests failed, 70 internal error."})
final class RootCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "no command given");
    }
}
