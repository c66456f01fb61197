package io.patchbay.model.csv.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Estate;

/** Writes the objects of one kind: header, then one row per object in document order, {@code \n} line ends. */
public final class CsvExporter {

    /** RFC 4180 with \n line ends, so that exports diff line by line in git on every platform. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final KindFormat format;

    public CsvExporter(KindFormat format) {
        this.format = format;
    }

    @SuppressWarnings("resource") // closing the printer would close the caller's stream
    public int write(Estate estate, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(format.columnNames());
        List<String> cells = new ArrayList<>();
        List<? extends EObject> objects = format.objects(estate);
        for (EObject object : objects) {
            cells.clear();
            for (Column column : format.columns()) {
                cells.add(column.exporter.apply(object));
            }
            printer.printRecord(cells);
        }
        printer.flush();
        return objects.size();
    }
}
