package io.patchbay.model.csv;

/**
 * What a successful CSV import did to the estate.
 *
 * @param kind    the kind of objects imported
 * @param created how many objects the import added
 * @param updated how many existing objects the import wrote to (whether or not a value changed)
 * @since 0.1
 */
public record CsvImportResult(CsvKind kind, int created, int updated) {

    /** The number of rows imported: {@code created + updated}. */
    public int rows() {
        return created + updated;
    }

    /**
     * Returns the summary shown to the user, e.g. {@code 12 stations: 3 new, 9 updated}.
     */
    @Override
    public String toString() {
        return rows() + " " + kind.label() + ": " + created + " new, " + updated + " updated";
    }
}
