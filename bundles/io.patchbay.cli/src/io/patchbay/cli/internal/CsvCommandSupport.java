package io.patchbay.cli.internal;

import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.model.csv.CsvKind;

/** What the import and export commands share: the kind argument and one-line messages. */
final class CsvCommandSupport {

    static final String KINDS = "stations, devices, routers, forwarding-rules or outbound-allowances";

    private CsvCommandSupport() {
    }

    static CsvKind kind(String label) {
        return CsvKind.byLabel(label).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "unknown kind '" + label + "' after --csv; use one of " + CsvKind.labels()));
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip().replaceAll("[.;:]+$", "");
    }
}
