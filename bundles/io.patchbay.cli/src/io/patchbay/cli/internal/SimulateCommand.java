package io.patchbay.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import com.google.gson.GsonBuilder;

import io.patchbay.cli.CliCommand;
import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.PatchbayHome;
import io.patchbay.model.EstateFileException;
import io.patchbay.simulator.estate.EstateSimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patchbay simulate ESTATE}: twins on loopback for the estate's devices, until Ctrl-C. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Start a device twin on loopback for every device of an estate that has one, and write "
                + "NAME.simulated.estate pointing at them (the estate itself is not changed); the twins' logins go "
                + "into the vault. Runs until Ctrl-C."})
public final class SimulateCommand implements CliCommand {

    @Spec
    CommandSpec spec;

    @Reference
    CredentialVault vault;

    @Parameters(index = "0", paramLabel = "ESTATE", description = "the .estate file")
    Path estate;

    @Option(names = "--state", paramLabel = "DIR",
            description = "where the twins keep their state (default: ~/.patchbay/twins/NAME)")
    Path state;

    @Option(names = "--exit-after", paramLabel = "SECONDS",
            description = "stop the twins after this many seconds instead of waiting for Ctrl-C")
    Long exitAfter;

    @Option(names = "--slow-answers", paramLabel = "MS", description = "every twin answers each command this many"
            + " milliseconds late: to rehearse long runs, cancellation and recovery (default: 0)")
    long slowAnswers;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        if (slowAnswers < 0) {
            throw new CliException(ExitCodes.USAGE, "--slow-answers must be 0 or more milliseconds");
        }
        Path stateFolder = state != null ? state
                : PatchbayHome.folder().resolve("twins").resolve(estate.getFileName().toString());
        EstateSimulation simulation;
        try {
            simulation = EstateSimulation.start(estate, stateFolder, vault);
        } catch (EstateFileException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read the estate " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.SOME_FAILED, "cannot start the twins of " + estate + ": "
                    + e.getMessage(), e);
        }
        simulation.slowAnswers(Duration.ofMillis(slowAnswers));
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            simulation.close();
            stopped.countDown();
        }, "patchbay simulate: stop twins");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            report(simulation);
            if (exitAfter != null) {
                stopped.await(exitAfter, TimeUnit.SECONDS);
            } else {
                stopped.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped from inside the process: stop the twins as on Ctrl-C
        } finally {
            simulation.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdown);
        } catch (IllegalStateException shuttingDown) {
            return ExitCodes.OK; // the hook has stopped the twins
        }
        if (format == OutputFormat.text) {
            spec.commandLine().getOut().println("twins stopped");
        }
        return ExitCodes.OK;
    }

    private void report(EstateSimulation simulation) {
        PrintWriter out = spec.commandLine().getOut();
        List<EstateSimulation.Twin> twins = simulation.twins();
        if (format == OutputFormat.json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("estate", estate.toString());
            report.put("simulatedEstate", simulation.simulatedEstate().toString());
            report.put("twins", twins);
            report.put("notSimulated", simulation.notSimulated());
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(report));
        } else {
            out.printf("%d twins for %s; manage %s%n", twins.size(), estate.getFileName(),
                    simulation.simulatedEstate());
            int width = twins.stream().mapToInt(t -> t.device().length()).max().orElse(0);
            for (EstateSimulation.Twin twin : twins) {
                out.printf("  %-" + width + "s  %s %s:%d  login %s%n", twin.device(), twin.protocol(), twin.host(),
                        twin.port(), twin.credentialRef());
            }
            if (!simulation.notSimulated().isEmpty()) {
                out.println("no twin yet for: " + String.join(", ", simulation.notSimulated()));
            }
            out.println(exitAfter != null ? "stopping after " + exitAfter + " s" : "press Ctrl-C to stop");
        }
        out.flush();
    }
}
