package io.patchbay.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import io.patchbay.cli.CliCommand;
import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.model.AtomicFiles;
import io.patchbay.model.Estate;
import io.patchbay.model.csv.CsvKind;
import io.patchbay.model.csv.EstateCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay export --csv KIND --from ESTATE [--output FILE]}: the CSV that {@code import} reads back. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the stations, devices, routers, forwarding rules or outbound allowances of an "
                + "estate as CSV.",
                "One row per object in the order of the estate file, with every column that "
                        + "'patchbay import --csv KIND' reads."})
public final class ExportCommand implements CliCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "KIND", description = "what to export: "
            + CsvCommandSupport.KINDS)
    String kind;

    @Option(names = "--from", required = true, paramLabel = "ESTATE", description = "the estate file to read")
    Path estateFile;

    @Option(names = "--output", paramLabel = "FILE", description = "the CSV file to write (default: standard output)")
    Path output;

    @Override
    public Integer call() {
        CsvKind csvKind = CsvCommandSupport.kind(kind);
        Estate estate = EstateArguments.load(estateFile);
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (output == null) {
                EstateCsv.exportCsv(estate, csvKind, out);
            } else {
                int rows = write(estate, csvKind, output);
                out.printf("exported %d %s from %s to %s%n", rows, csvKind.label(), estateFile.getFileName(), output);
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot write " + (output == null ? "the output" : output) + ": "
                    + CsvCommandSupport.oneLine(e) + "; check the folder and its permissions", e);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Writes a complete file or none (see {@link AtomicFiles}). */
    private static int write(Estate estate, CsvKind kind, Path file) throws IOException {
        int[] rows = new int[1];
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            rows[0] = EstateCsv.exportCsv(estate, kind, writer);
            writer.flush();
        });
        return rows[0];
    }
}
