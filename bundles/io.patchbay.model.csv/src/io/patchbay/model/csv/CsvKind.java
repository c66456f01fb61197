package io.patchbay.model.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.patchbay.model.csv.internal.KindFormats;

/**
 * The kinds of estate objects that travel as CSV, each with one documented column set (see the bundle's README).
 *
 * @since 0.1
 */
public enum CsvKind {

    /** Stations (subscribers) of OpenScape Business systems; a row names its system by id. */
    STATIONS("stations"),
    /** Devices (phones and soft clients); a row names its system by id and its station by call number. */
    DEVICES("devices"),
    /** Company, home and Buffalo routers; a row names its site by id and its kind. */
    ROUTERS("routers"),
    /** The port-forwarding rules of company routers; a row names its router by id. */
    FORWARDING_RULES("forwarding-rules"),
    /** The destinations that company routers with outbound filtering let through; a row names its router by id. */
    OUTBOUND_ALLOWANCES("outbound-allowances");

    private final String label;

    CsvKind(String label) {
        this.label = label;
    }

    /** The name users type and read, e.g. {@code stations} or {@code forwarding-rules}. */
    public String label() {
        return label;
    }

    /** The columns of this kind's CSV files, in the order an export writes them. */
    public List<String> columns() {
        return KindFormats.of(this).columnNames();
    }

    /** The columns an import needs in its header; the other columns may be left out. */
    public List<String> requiredColumns() {
        return KindFormats.of(this).requiredColumnNames();
    }

    /**
     * Finds a kind by its {@link #label() label}, ignoring case.
     *
     * @param label a label such as {@code stations}
     * @return the kind, or empty if no kind has that label
     */
    public static Optional<CsvKind> byLabel(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label.equalsIgnoreCase(label.strip())).findFirst();
    }

    /**
     * The labels of all kinds, for messages:
     * {@code stations, devices, routers, forwarding-rules, outbound-allowances}.
     */
    public static String labels() {
        return Arrays.stream(values()).map(CsvKind::label).collect(Collectors.joining(", "));
    }
}
