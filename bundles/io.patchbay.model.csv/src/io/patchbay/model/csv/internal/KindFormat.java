package io.patchbay.model.csv.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Estate;
import io.patchbay.model.csv.CsvKind;

/**
 * The column set of one {@link CsvKind} and how its rows find (or make) their objects. Attribute columns are
 * handled by {@link CsvImporter} and {@link CsvExporter}; a format handles its key columns.
 */
public abstract class KindFormat {

    abstract CsvKind kind();

    /** Where a secret belongs instead, told when a file tries to carry one, e.g. "put its vault reference in ...". */
    abstract String secretAdvice();

    /** The columns in export order. */
    abstract List<Column> columns();

    /** The objects an export writes, in document order. */
    abstract List<? extends EObject> objects(Estate estate);

    /** Every object of {@code type} in the estate, in document order (so exports diff well). */
    static <T> List<T> allOf(Estate estate, Class<T> type) {
        List<T> found = new java.util.ArrayList<>();
        estate.eAllContents().forEachRemaining(object -> {
            if (type.isInstance(object)) {
                found.add(type.cast(object));
            }
        });
        return found;
    }

    /** What one object is called in messages, e.g. "station" or "company router". */
    abstract String noun(EClass eClass);

    /**
     * Reads the key columns of a row: finds the object it updates or makes the object it adds, and adds the
     * assignments of non-attribute columns (references). Reports problems on {@code row}; returns null when the
     * row has no target.
     */
    abstract RowChange resolve(RowCells row, EstateIndex index);

    /** Checks that need all rows at once (e.g. call numbers unique in a system). */
    void checkAll(List<RowChange> changes, Map<RowChange, RowCells> rows, EstateIndex index) {
    }

    /** Runs after a row's attribute assignments (e.g. drops a held object whose values were all unset). */
    void afterAssignments(RowChange change) {
    }

    public final List<String> columnNames() {
        return columns().stream().map(column -> column.name).toList();
    }

    public final List<String> requiredColumnNames() {
        return columns().stream().filter(column -> column.required).map(column -> column.name).toList();
    }

    final Column column(String name) {
        for (Column column : columns()) {
            if (column.name.equalsIgnoreCase(name)) {
                return column;
            }
        }
        return null;
    }
}
