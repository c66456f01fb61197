package io.patchbay.cli.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.csv.CsvKind;

/** What the import and export commands share: the kind argument and reading the estate file. */
final class CsvCommandSupport {

    static final String KINDS = "stations, devices, routers or forwarding-rules";

    private CsvCommandSupport() {
    }

    static CsvKind kind(String label) {
        return CsvKind.byLabel(label).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "unknown kind '" + label + "' after --csv; use one of " + CsvKind.labels()));
    }

    static Estate loadEstate(Path file) {
        try {
            return EstateResources.load(file);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read the estate " + file + ": no such file; check the path");
        } catch (IOException | RuntimeException e) { // a damaged or foreign file is the user's input, not our defect
            throw new CliException(ExitCodes.USAGE, "cannot read the estate " + file + ": " + oneLine(e)
                    + "; open a valid .estate file", e);
        }
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip().replaceAll("[.;:]+$", "");
    }
}
