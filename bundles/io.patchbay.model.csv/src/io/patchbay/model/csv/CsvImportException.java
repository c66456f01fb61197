package io.patchbay.model.csv;

import java.util.List;

/**
 * A CSV import that was refused: the file could not be read as CSV, or at least one row is wrong. The estate has
 * not been changed.
 * <p>
 * {@link #problems()} holds every problem found (not only the first), in the order of the file.
 *
 * @since 0.1
 */
public class CsvImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<CsvProblem> problems;

    /**
     * @param problems the problems found; at least one
     */
    public CsvImportException(List<CsvProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the file; never empty. */
    public List<CsvProblem> problems() {
        return problems;
    }

    private static String summary(List<CsvProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused import has at least one problem");
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }
}
