package io.patchbay.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import com.google.gson.GsonBuilder;

import io.patchbay.cli.CliCommand;
import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.model.Estate;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patchbay validate FILE}: the estate checked against the vendor rules, one finding per line. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an estate file against the vendor rules (F-xx); exit 0 when no errors, 1 when errors.")
public final class ValidateCommand implements CliCommand {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .estate file")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        Estate estate = EstateArguments.load(file);
        List<Finding> findings = EstateValidation.validate(estate);
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("file", file.toString());
            report.put("errors", errors);
            report.put("warnings", warnings);
            report.put("findings", findings.stream().map(ValidateCommand::json).toList());
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(report));
        } else {
            for (Finding finding : findings) {
                out.printf(Locale.ROOT, "%-7s %s  %s%n", finding.severity().toString().toLowerCase(Locale.ROOT),
                        finding.ruleId(), finding.message());
            }
            out.printf(Locale.ROOT, "%s: %s, %s%n", file.getFileName(), plural(errors, "error"),
                    plural(warnings, "warning"));
        }
        out.flush();
        return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static Map<String, Object> json(Finding finding) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("rule", finding.ruleId());
        entry.put("severity", finding.severity().toString().toLowerCase(Locale.ROOT));
        EObject object = finding.object();
        entry.put("object", EcoreUtil.getID(object));
        entry.put("path", EcoreUtil.getURI(object).fragment());
        entry.put("message", finding.message());
        return entry;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
