package io.patchbay.model.csv.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Estate;
import io.patchbay.model.Identifiable;
import io.patchbay.model.csv.CsvImportException;
import io.patchbay.model.csv.CsvImportResult;
import io.patchbay.model.csv.CsvProblem;

/**
 * One import: reads the file, checks the header and every row, and only when nothing is wrong applies the rows in
 * file order. Nothing touches the estate before the last row has been checked.
 */
public final class CsvImporter {

    /** Header words that name a secret; such columns are refused (unless they are a vault reference, "...Ref"). */
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "secret", "passphrase", "pin",
            "pincode", "psk", "privatekey");

    private final Estate estate;
    private final KindFormat format;
    private final String source;
    private final List<CsvProblem> problems = new ArrayList<>();
    /** Column name (as written and canonical) → position in the header, to list a row's problems left to right. */
    private final Map<String, Integer> positions = new HashMap<>();

    public CsvImporter(Estate estate, KindFormat format, String source) {
        this.estate = estate;
        this.format = format;
        this.source = source;
    }

    public CsvImportResult run(byte[] content) throws CsvImportException {
        CsvTable table = CsvTable.read(content, source, format.columnNames(), problems);
        if (table == null) {
            throw refused();
        }
        List<CsvTable.Row> rows = table.rows();
        Map<String, Integer> columnIndex = header(rows.get(0));
        if (columnIndex == null) {
            throw refused();
        }
        EstateIndex index = new EstateIndex(estate);
        List<RowChange> changes = new ArrayList<>();
        Map<RowChange, RowCells> cellsOf = new IdentityHashMap<>();
        int width = rows.get(0).cells().size();
        for (CsvTable.Row row : rows.subList(1, rows.size())) {
            if (row.cells().size() != width) {
                problems.add(new CsvProblem(source, row.line(), null, "the row has " + row.cells().size()
                        + " fields but the header names " + width + " columns; check for a missing or extra "
                        + "delimiter, and put a cell that holds one in \"quotes\""));
                continue;
            }
            RowCells cells = new RowCells(row.line(), source, columnIndex, row.cells(), problems);
            RowChange change = format.resolve(cells, index);
            assignAttributes(cells, change);
            if (change != null && !cells.hasProblems()) {
                format.afterAssignments(change);
                changes.add(change);
                cellsOf.put(change, cells);
            }
        }
        checkDuplicates(changes, cellsOf);
        format.checkAll(changes, cellsOf, index);
        if (!problems.isEmpty()) {
            throw refused();
        }
        int created = 0;
        for (RowChange change : changes) {
            if (change.created && change.idHint != null) {
                ((Identifiable) change.target).setId(index.generate(change.idHint));
            }
            created += change.created ? 1 : 0;
        }
        changes.forEach(RowChange::apply);
        return new CsvImportResult(format.kind(), created, changes.size() - created);
    }

    /** Maps the header's column names to cell indexes; reports every header problem. Null if rows cannot be read. */
    private Map<String, Integer> header(CsvTable.Row header) {
        Map<String, Integer> columnIndex = new LinkedHashMap<>();
        boolean fatal = false;
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            Column column = format.column(name);
            positions.putIfAbsent(name, i);
            if (column != null) {
                positions.putIfAbsent(column.name, i);
            }
            if (name.isEmpty()) {
                problems.add(new CsvProblem(source, header.line(), null, "column " + (i + 1)
                        + " has no name; name it (" + String.join(", ", format.columnNames()) + ") or delete it"));
            } else if (column == null && isSecret(name)) {
                problems.add(new CsvProblem(source, header.line(), name, "passwords and other secrets never travel in CSV files; "
                        + "store the password in the vault and " + format.secretAdvice()));
            } else if (column == null) {
                problems.add(new CsvProblem(source, header.line(), name, "unknown column; the columns of "
                        + format.kind().label() + " are " + String.join(", ", format.columnNames())));
            } else if (columnIndex.containsKey(column.name)) {
                problems.add(new CsvProblem(source, header.line(), name, "appears twice; delete one of them"));
            } else {
                columnIndex.put(column.name, i);
            }
        }
        for (Column column : format.columns()) {
            if (column.required && !columnIndex.containsKey(column.name)) {
                problems.add(new CsvProblem(source, header.line(), column.name, "missing; the header of a "
                        + format.kind().label() + " file must name the columns "
                        + String.join(", ", format.requiredColumnNames())));
                fatal = true;
            }
        }
        return fatal ? null : columnIndex;
    }

    private static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (lower.endsWith("ref")) {
            return false;
        }
        return SECRET_WORDS.stream().anyMatch(word -> lower.equals(word) || lower.contains("password")
                || lower.contains("passphrase") || lower.contains("secret") || lower.endsWith(word));
    }

    /** Parses the attribute columns of a row; adds their assignments to the change (if there is one). */
    private void assignAttributes(RowCells cells, RowChange change) {
        EObject target = change == null ? null : change.target;
        for (Column column : format.columns()) {
            if (!column.isAttribute() || !cells.has(column.name)) {
                continue;
            }
            String text = cells.text(column.name);
            boolean applies = target == null || column.appliesTo.isInstance(target);
            if (text.isEmpty()) {
                if (applies && target != null) {
                    change.assignments.add(() -> {
                        EObject holder = column.holder.of(target, false);
                        if (holder != null) {
                            holder.eUnset(column.attribute);
                        }
                    });
                }
                continue;
            }
            if (!applies) {
                cells.problem(column.name, "applies to " + format.noun(column.appliesTo) + "s only; leave it empty for "
                        + "a " + format.noun(target.eClass()));
                continue;
            }
            Object value;
            try {
                value = Values.parse(column.attribute, text);
            } catch (Values.BadValue e) {
                cells.problem(column.name, e.getMessage());
                continue;
            }
            String bad = column.check == null ? null : column.check.apply(value);
            if (bad != null) {
                cells.problem(column.name, bad);
                continue;
            }
            if (target != null) {
                change.assignments.add(() -> column.holder.of(target, true).eSet(column.attribute, value));
            }
        }
    }

    /** Each object at most once per file: two rows for one object would make the result depend on their order. */
    private void checkDuplicates(List<RowChange> changes, Map<RowChange, RowCells> cellsOf) {
        Map<EObject, RowChange> byTarget = new IdentityHashMap<>();
        Map<String, RowChange> byKey = new HashMap<>();
        List<RowChange> duplicates = new ArrayList<>();
        for (RowChange change : changes) {
            RowChange first = change.created ? (change.key == null ? null : byKey.putIfAbsent(change.key, change))
                    : byTarget.putIfAbsent(change.target, change);
            if (first != null) {
                cellsOf.get(change).problem(null, "the same " + format.noun(change.target.eClass()) + " as line "
                        + first.line + (change.key == null ? "" : " (" + change.key + ")")
                        + "; an object may appear once per file, merge the two rows");
                duplicates.add(change);
            }
        }
        changes.removeAll(duplicates);
    }

    private CsvImportException refused() {
        problems.sort(Comparator.comparingLong(CsvProblem::line).thenComparingInt(
                problem -> problem.column() == null ? -1 : positions.getOrDefault(problem.column(), Integer.MAX_VALUE)));
        return new CsvImportException(problems);
    }
}
