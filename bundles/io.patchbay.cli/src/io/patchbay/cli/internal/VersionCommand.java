package io.patchbay.cli.internal;

import java.io.PrintWriter;
import java.util.Map;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import com.google.gson.GsonBuilder;

import io.patchbay.cli.CliCommand;
import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay version}: what a bug report needs to say which build it is about. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "version", mixinStandardHelpOptions = true,
        description = "Print the versions of Patchbay, Java and the libraries it runs on.")
public final class VersionCommand implements CliCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        Map<String, String> versions = VersionReport.collect(FrameworkUtil.getBundle(getClass()).getBundleContext());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(new GsonBuilder().setPrettyPrinting().create().toJson(versions));
        } else {
            int width = versions.keySet().stream().mapToInt(String::length).max().orElse(0);
            versions.forEach((name, version) -> out.printf("%-" + width + "s  %s%n", name, version));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
