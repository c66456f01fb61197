package io.patchbay.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import io.patchbay.cli.CliCommand;
import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.csv.CsvImportException;
import io.patchbay.model.csv.CsvImportResult;
import io.patchbay.model.csv.CsvKind;
import io.patchbay.model.csv.CsvProblem;
import io.patchbay.model.csv.EstateCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patchbay import --csv KIND FILE --into ESTATE}: all rows or none. On any problem every problem is printed,
 * one per line, and the estate file is not written at all.
 */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import stations, devices, routers, forwarding rules or outbound allowances from a CSV file "
                + "into an estate.",
                "Rows update the object their id (or natural key) names, or add one. If any row is wrong, "
                        + "every problem is listed and the estate file is left untouched (exit code 2).",
                "'patchbay export --csv KIND' writes a file with every column of a kind to start from."})
public final class ImportCommand implements CliCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "KIND", description = "what the rows are: "
            + CsvCommandSupport.KINDS)
    String kind;

    @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file (UTF-8, first line names the columns)")
    Path file;

    @Option(names = "--into", required = true, paramLabel = "ESTATE", description = "the estate file to change")
    Path estateFile;

    @Override
    public Integer call() {
        CsvKind csvKind = CsvCommandSupport.kind(kind);
        Estate estate = EstateArguments.load(estateFile);
        CsvImportResult result;
        try {
            result = EstateCsv.importCsv(estate, csvKind, file);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read " + file + ": no such file; check the path");
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read " + file + ": " + CsvCommandSupport.oneLine(e));
        } catch (CsvImportException e) {
            PrintWriter err = spec.commandLine().getErr();
            for (CsvProblem problem : e.problems()) {
                err.println(problem);
            }
            int count = e.problems().size();
            throw new CliException(ExitCodes.USAGE, count + (count == 1 ? " problem" : " problems") + " in " + file
                    + "; nothing imported, " + estateFile + " is unchanged");
        }
        try {
            EstateResources.save(estate, estateFile);
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot write the estate " + estateFile + ": "
                    + CsvCommandSupport.oneLine(e) + "; the file is unchanged, check its folder's permissions", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("imported %d %s into %s: %d new, %d updated%n", result.rows(), csvKind.label(),
                estateFile.getFileName(), result.created(), result.updated());
        out.flush();
        return ExitCodes.OK;
    }
}
