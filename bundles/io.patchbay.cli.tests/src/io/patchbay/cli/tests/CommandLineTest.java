package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import io.patchbay.cli.CliCommand;
import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The command line as a script sees it: output, error lines and exit codes, with commands found as OSGi services. */
class CommandLineTest {

    private final BundleContext context = FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext();
    private ServiceRegistration<CliCommand> registration;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void unregister() {
        if (registration != null) {
            registration.unregister();
        }
    }

    private int run(String... args) {
        return new CommandLauncher(context).execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void helpListsTheContributedCommands() {
        assertEquals(ExitCodes.OK, run("--help"));
        String help = out.toString();
        assertAll(() -> assertTrue(help.startsWith("Usage: patchbay [-hV] COMMAND"), help),
                () -> assertTrue(help.matches("(?s).*\\n  version +Print the versions of Patchbay.*"), help),
                () -> assertTrue(help.contains("Run 'patchbay console [ESTATE]' to open the desktop console"), help),
                () -> assertTrue(help.lines().allMatch(line -> line.length() <= 80), "fits 80 columns:\n" + help),
                () -> assertEquals("", err.toString()));
    }

    @Test
    void versionPrintsPatchbayJavaAndFrameworkVersions() {
        assertEquals(ExitCodes.OK, run("version"));
        String[] lines = out.toString().split("\\R");
        String bundleVersion = context.getBundle().getVersion().toString();
        assertAll(() -> assertTrue(lines[0].matches("Patchbay +" + java.util.regex.Pattern.quote(bundleVersion)),
                lines[0]),
                () -> assertTrue(lines[1].matches("Java +" + System.getProperty("java.version") + " .*"), lines[1]),
                () -> assertTrue(out.toString().contains("\nEquinox "), out.toString()));
    }

    @Test
    void versionAsJsonIsAnObjectOfNamesToVersions() {
        assertEquals(ExitCodes.OK, run("version", "--format", "json"));
        Map<String, String> versions = new Gson().fromJson(out.toString(), new TypeToken<Map<String, String>>() {
        }.getType());
        assertEquals(context.getBundle().getVersion().toString(), versions.get("Patchbay"));
        assertTrue(versions.get("Java").startsWith(System.getProperty("java.version")), versions.toString());
    }

    @Test
    void unknownCommandIsOneLineAndExitCodeTwo() {
        assertEquals(ExitCodes.USAGE, run("bogus"));
        assertEquals("patchbay: unknown command 'bogus' (see 'patchbay --help')" + System.lineSeparator(),
                err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void misspelledCommandSuggestsTheRightOne() {
        assertEquals(ExitCodes.USAGE, run("versoin"));
        assertTrue(err.toString().contains("did you mean 'version'?"), err.toString());
    }

    @Test
    void badOptionValueIsOneLineAndExitCodeTwo() {
        assertEquals(ExitCodes.USAGE, run("version", "--format", "xml"));
        String message = err.toString();
        assertTrue(message.startsWith("patchbay version: Invalid value for option '--format'"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run());
        assertEquals("patchbay: no command given (see 'patchbay --help')" + System.lineSeparator(), err.toString());
    }

    @Test
    void aCommandFromAnotherBundleRunsAndReportsItsFailureAsOneLine() {
        registration = context.registerService(CliCommand.class, new Greet(), new Hashtable<>());
        assertEquals(ExitCodes.OK, run("greet", "R1"));
        assertEquals("hello R1" + System.lineSeparator(), out.toString());
        assertEquals(ExitCodes.FINDINGS, run("greet", "nobody"));
        assertEquals("patchbay greet: no device named 'nobody'; check the name" + System.lineSeparator(),
                err.toString());
    }

    @Test
    void anUnexpectedFailureIsReportedAsInternalError() {
        registration = context.registerService(CliCommand.class, new Greet(), new Hashtable<>());
        assertEquals(ExitCodes.INTERNAL_ERROR, run("greet", "boom"));
        assertTrue(err.toString().startsWith("patchbay greet: internal error: java.lang.IllegalStateException"),
                err.toString());
    }

    @Test
    void aSecondCommandWithATakenNameIsIgnoredWithAWarning() {
        registration = context.registerService(CliCommand.class, new Impostor(), new Hashtable<>());
        assertEquals(ExitCodes.OK, run("version"));
        assertTrue(out.toString().startsWith("Patchbay "), out.toString());
        assertEquals("patchbay: warning: command 'version' of bundle io.patchbay.cli ignored, the name is taken"
                + System.lineSeparator(), err.toString());
    }

    @Command(name = "greet", description = "Says hello to a device.")
    static final class Greet implements CliCommand {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0")
        String device;

        @Override
        public Integer call() {
            if (device.equals("nobody")) {
                throw new CliException(ExitCodes.FINDINGS, "no device named 'nobody'; check the name");
            }
            if (device.equals("boom")) {
                throw new IllegalStateException("defect");
            }
            spec.commandLine().getOut().println("hello " + device);
            return ExitCodes.OK;
        }
    }

    @Command(name = "version")
    static final class Impostor implements CliCommand {
        @Override
        public Integer call() {
            return 99;
        }
    }
}
