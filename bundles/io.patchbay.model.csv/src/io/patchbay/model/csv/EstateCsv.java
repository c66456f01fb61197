package io.patchbay.model.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.patchbay.model.Estate;
import io.patchbay.model.csv.internal.CsvExporter;
import io.patchbay.model.csv.internal.CsvImporter;
import io.patchbay.model.csv.internal.KindFormats;

/**
 * Bulk import and export of estate objects as CSV files, one file per {@link CsvKind kind}.
 * <p>
 * What callers may rely on:
 * <ul>
 * <li><b>All or nothing.</b> An import checks every row before it changes anything. If one row is wrong, the estate
 * is left exactly as it was and {@link CsvImportException#problems()} lists every problem found, each with file,
 * line, column and how to fix it.</li>
 * <li><b>Update or create.</b> A row whose {@code id} (or, without an id, whose natural key, e.g. system and number
 * for a station) names an existing object updates it; otherwise the row adds a new object, with the row's id or a
 * generated one. An import never deletes.</li>
 * <li><b>Empty means unset.</b> An empty cell unsets the value (the model's default applies). A column left out of
 * the file leaves that value of existing objects unchanged.</li>
 * <li><b>No secrets.</b> A column that looks like a password is refused; secrets live in the vault, and the estate
 * holds only references ({@code passwordRef}, {@code credentialRef}).</li>
 * <li><b>Round trip.</b> Exporting a kind and importing the file again into the estate without those objects gives
 * the same estate. Exports list objects in document order, so files diff well.</li>
 * </ul>
 * Files are UTF-8 (a byte order mark is allowed) with a header line naming the columns; the delimiter is a comma, or
 * a semicolon when the header holds semicolons and no comma (as spreadsheets in some locales write it).
 *
 * @since 0.1
 */
public final class EstateCsv {

    private EstateCsv() {
    }

    /**
     * Imports a CSV file of one kind into an estate.
     *
     * @param estate the estate to change; it changes only if the whole file is valid
     * @param kind   what the rows are
     * @param file   the CSV file; problems are reported under its file name
     * @return how many objects were created and updated
     * @throws IOException        if the file cannot be read at all (missing, no permission)
     * @throws CsvImportException if the file is not valid CSV of that kind; the estate is unchanged
     */
    public static CsvImportResult importCsv(Estate estate, CsvKind kind, Path file)
            throws IOException, CsvImportException {
        byte[] content = Files.readAllBytes(file);
        Path name = file.getFileName();
        return importCsv(estate, kind, content, name == null ? file.toString() : name.toString());
    }

    /**
     * Imports CSV content of one kind into an estate.
     *
     * @param estate  the estate to change; it changes only if the whole content is valid
     * @param kind    what the rows are
     * @param content the bytes of the file (UTF-8)
     * @param source  the name problems are reported under, usually the file name
     * @return how many objects were created and updated
     * @throws CsvImportException if the content is not valid CSV of that kind; the estate is unchanged
     */
    public static CsvImportResult importCsv(Estate estate, CsvKind kind, byte[] content, String source)
            throws CsvImportException {
        return new CsvImporter(estate, KindFormats.of(kind), source).run(content);
    }

    /**
     * Writes every object of one kind in the estate as CSV: a header line with {@link CsvKind#columns()}, then one
     * line per object in document order, {@code \n} line ends.
     *
     * @param estate the estate to read
     * @param kind   which objects to write
     * @param out    where to write
     * @return the number of objects written (the rows after the header)
     * @throws IOException if {@code out} fails
     */
    public static int exportCsv(Estate estate, CsvKind kind, Appendable out) throws IOException {
        return new CsvExporter(KindFormats.of(kind)).write(estate, out);
    }

    /**
     * Returns every object of one kind in the estate as CSV text, as {@link #exportCsv(Estate, CsvKind, Appendable)}
     * writes it.
     *
     * @param estate the estate to read
     * @param kind   which objects to write
     * @return the CSV text
     */
    public static String exportCsv(Estate estate, CsvKind kind) {
        StringBuilder text = new StringBuilder();
        try {
            exportCsv(estate, kind, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return text.toString();
    }
}
