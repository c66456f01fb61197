package io.patchbay.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;

import io.patchbay.cli.CliCommand;
import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs one command line: gathers the {@link CliCommand} services, builds the picocli tree, executes, and turns every
 * failure into a one-line message and an exit code from {@link ExitCodes}.
 */
public final class CommandLauncher {

    private final BundleContext context;

    public CommandLauncher(BundleContext context) {
        this.context = context;
    }

    public int execute(String[] args, PrintWriter out, PrintWriter err) {
        List<Runnable> releases = new ArrayList<>();
        try {
            CommandLine root = new CommandLine(new RootCommand());
            root.getCommandSpec().version("Patchbay " + VersionReport.patchbayVersion(context));
            commands(releases, err).forEach((name, command) -> root.addSubcommand(name, command));
            root.setOut(out);
            root.setErr(err);
            root.setCaseInsensitiveEnumValuesAllowed(true);
            root.setParameterExceptionHandler((ex, ignored) -> usageError(ex, err));
            root.setExecutionExceptionHandler((ex, commandLine, parseResult) -> executionError(ex, commandLine, err));
            return root.execute(args);
        } finally {
            releases.forEach(Runnable::run);
            out.flush();
            err.flush();
        }
    }

    /** Fresh instances of every contributed command, by name; the first bundle to claim a name keeps it. */
    private Map<String, CommandLine> commands(List<Runnable> releases, PrintWriter err) {
        Map<String, CommandLine> byName = new TreeMap<>();
        List<ServiceReference<CliCommand>> references;
        try {
            references = new ArrayList<>(context.getServiceReferences(CliCommand.class, null));
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // a null filter is always valid
        }
        references.sort(Comparator.reverseOrder()); // highest service ranking first
        for (ServiceReference<CliCommand> reference : references) {
            ServiceObjects<CliCommand> objects = context.getServiceObjects(reference);
            CliCommand command = objects == null ? null : objects.getService();
            if (command == null) {
                continue;
            }
            releases.add(() -> objects.ungetService(command));
            CommandLine line = new CommandLine(command);
            String name = line.getCommandName();
            if (byName.containsKey(name)) {
                err.printf("patchbay: warning: command '%s' of bundle %s ignored, the name is taken%n", name,
                        reference.getBundle().getSymbolicName());
                continue;
            }
            byName.put(name, line);
        }
        return byName;
    }

    private static int usageError(ParameterException ex, PrintWriter err) {
        CommandLine where = ex.getCommandLine();
        String name = where.getCommandSpec().qualifiedName();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException unmatched && where.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + unmatched.getUnmatched().get(0) + "'";
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += ", did you mean '" + suggestions.get(0) + "'?";
            }
        }
        err.printf("%s: %s (see '%s --help')%n", name, message, name);
        return ExitCodes.USAGE;
    }

    private static int executionError(Exception ex, CommandLine where, PrintWriter err) {
        String name = where.getCommandSpec().qualifiedName();
        if (ex instanceof CliException failure) {
            err.printf("%s: %s%n", name, failure.getMessage());
            return failure.exitCode();
        }
        err.printf("%s: internal error: %s%n", name, ex);
        return ExitCodes.INTERNAL_ERROR;
    }
}
