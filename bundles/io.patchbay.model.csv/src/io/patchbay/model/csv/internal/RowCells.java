package io.patchbay.model.csv.internal;

import java.util.List;
import java.util.Map;

import io.patchbay.model.csv.CsvProblem;

/** The cells of one data row by column name, and where its problems go. */
final class RowCells {

    final long line;
    private final String source;
    private final Map<String, Integer> columnIndex; // canonical column name → cell index
    private final List<String> cells;
    private final List<CsvProblem> problems;
    private int problemCount;

    RowCells(long line, String source, Map<String, Integer> columnIndex, List<String> cells,
            List<CsvProblem> problems) {
        this.line = line;
        this.source = source;
        this.columnIndex = columnIndex;
        this.cells = cells;
        this.problems = problems;
    }

    boolean has(String column) {
        return columnIndex.containsKey(column);
    }

    /** The cell without surrounding blanks; "" when empty; null when the file has no such column. */
    String text(String column) {
        Integer index = columnIndex.get(column);
        return index == null ? null : cells.get(index).strip();
    }

    /** The cell of a required column; reports and returns null when it is empty. */
    String required(String column, String hint) {
        String text = text(column);
        if (text == null || text.isEmpty()) {
            problem(column, "empty; " + hint);
            return null;
        }
        return text;
    }

    void problem(String column, String message) {
        problems.add(new CsvProblem(source, line, column, message));
        problemCount++;
    }

    boolean hasProblems() {
        return problemCount > 0;
    }
}
