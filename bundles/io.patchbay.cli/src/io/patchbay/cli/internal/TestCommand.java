package io.patchbay.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import com.google.gson.GsonBuilder;

import io.patchbay.cli.CliCommand;
import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestListener;
import io.patchbay.livetest.LiveTestReport;
import io.patchbay.livetest.LiveTestRequest;
import io.patchbay.livetest.LiveTestRunner;
import io.patchbay.livetest.LiveTestSuite;
import io.patchbay.livetest.ObjectResult;
import io.patchbay.livetest.Outcome;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFileException;
import io.patchbay.model.EstateResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patchbay test ESTATE}: the live test suites against the estate's devices, one verdict per check. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "test", mixinStandardHelpOptions = true,
        description = { "Run live tests: each suite probes the devices of an estate it applies to (STUN, NAT,",
                "SIP, TLS, RSIP, NTP, TCP) and gives a verdict per check with its rule (F-xx) and the fix.",
                "'patchbay test --list' lists the suites. Exit 0 when no check failed, 4 when some failed,",
                "2 for a usage error or an unreadable estate." })
public final class TestCommand implements CliCommand {

    @Spec
    CommandSpec spec;

    @Reference
    LiveTestRunner runner;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ESTATE", description = "the .estate file")
    Path estate;

    @Option(names = "--list", description = "list the suites and exit")
    boolean list;

    @Option(names = "--suite", paramLabel = "ID", split = ",",
            description = "run only these suites (default: all; see --list)")
    List<String> suites = new ArrayList<>();

    @Option(names = "--select", paramLabel = "ID", split = ",",
            description = "test only these objects, or the objects of these sites or customers, by id")
    List<String> select = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "3000",
            description = "how long one probe waits for its peer, in milliseconds (default: ${DEFAULT-VALUE})")
    long timeoutMillis;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "objects tested at once (default: ${DEFAULT-VALUE})")
    int parallel;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        if (list) {
            return listSuites();
        }
        if (estate == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'ESTATE'");
        }
        if (timeoutMillis < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 ms");
        }
        if (parallel < 1) {
            throw new ParameterException(spec.commandLine(), "--parallel must be at least 1");
        }
        Estate model;
        try {
            model = EstateResources.load(estate);
        } catch (EstateFileException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read the estate " + e.getMessage(), e);
        }
        LiveTestRequest request = new LiveTestRequest(suites, select, parallel, Duration.ofMillis(timeoutMillis));
        LiveTestReport report;
        try {
            report = runner.run(model, request, LiveTestListener.NONE);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (format == OutputFormat.json) {
            printJson(report);
        } else {
            printText(report);
        }
        return report.passed() ? ExitCodes.OK : ExitCodes.TESTS_FAILED;
    }

    private int listSuites() {
        PrintWriter out = spec.commandLine().getOut();
        List<LiveTestSuite> all = runner.suites();
        if (format == OutputFormat.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (LiveTestSuite suite : all) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", suite.id());
                row.put("name", suite.name());
                row.put("facts", suite.facts());
                row.put("description", suite.description());
                rows.add(row);
            }
            out.println(gson().toJson(Map.of("suites", rows)));
        } else {
            int width = all.stream().mapToInt(s -> s.id().length()).max().orElse(0);
            for (LiveTestSuite suite : all) {
                out.printf("%-" + width + "s  %s (%s)%n", suite.id(), suite.name(), String.join(", ", suite.facts()));
                out.printf("%-" + width + "s  %s%n", "", suite.description());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void printText(LiveTestReport report) {
        PrintWriter out = spec.commandLine().getOut();
        for (ObjectResult result : report.results()) {
            out.printf("%s — %s: %s%n", result.suiteName(), result.object(), word(result.outcome()));
            for (CheckResult check : result.checks()) {
                out.printf("  %-4s %-5s %s: %s%n", word(check.outcome()), check.factId(), check.check(),
                        check.message());
                if (!check.fix().isEmpty()) {
                    out.printf("             fix: %s%n", check.fix());
                }
                if (check.outcome() == Outcome.PASSED && !check.evidence().isEmpty()) {
                    out.printf("             %s%n", String.join(", ", check.evidence().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).toList()));
                }
            }
        }
        if (report.results().isEmpty()) {
            out.println("no object of " + estate.getFileName() + " is one the chosen suites apply to");
        }
        out.printf("%d tested: %d passed, %d failed, %d skipped%s (%d ms)%n", report.results().size(),
                report.count(Outcome.PASSED), report.count(Outcome.FAILED), report.count(Outcome.SKIPPED),
                report.cancelled() ? ", cancelled" : "", report.elapsed().toMillis());
        out.flush();
    }

    private void printJson(LiveTestReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("estate", estate.toString());
        json.put("passed", report.passed());
        json.put("cancelled", report.cancelled());
        json.put("elapsedMillis", report.elapsed().toMillis());
        Map<String, Long> summary = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            summary.put(outcome.name().toLowerCase(), report.count(outcome));
        }
        json.put("summary", summary);
        List<Map<String, Object>> results = new ArrayList<>();
        for (ObjectResult result : report.results()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("suite", result.suiteId());
            row.put("suiteName", result.suiteName());
            row.put("objectId", result.objectId());
            row.put("object", result.object());
            row.put("outcome", result.outcome().name().toLowerCase());
            row.put("failedFacts", result.failedFacts());
            List<Map<String, Object>> checks = new ArrayList<>();
            for (CheckResult check : result.checks()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("check", check.check());
                c.put("outcome", check.outcome().name().toLowerCase());
                c.put("fact", check.factId());
                c.put("message", check.message());
                c.put("fix", check.fix());
                c.put("evidence", check.evidence());
                checks.add(c);
            }
            row.put("checks", checks);
            results.add(row);
        }
        json.put("results", results);
        PrintWriter out = spec.commandLine().getOut();
        out.println(gson().toJson(json));
        out.flush();
    }

    private static String word(Outcome outcome) {
        return switch (outcome) {
        case PASSED -> "PASS";
        case FAILED -> "FAIL";
        case SKIPPED -> "SKIP";
        };
    }

    private static com.google.gson.Gson gson() {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    }
}
