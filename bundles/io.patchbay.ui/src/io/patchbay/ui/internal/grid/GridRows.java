package io.patchbay.ui.internal.grid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Customer;
import io.patchbay.model.Estate;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;

/**
 * The rows of the estate grid: every station, device, router and RSIP server of the estate in estate order, and the
 * rows shown now, after the kind selector and the filter row, in the order of the sorted column.
 * <p>
 * Sorting and filtering touch every row once (keys are computed once per sort, not per comparison). A change to the
 * estate is applied row by row: a changed, added or removed row is taken out and put back where the sort says,
 * without sorting everything again; only a large batch (an import, an undo of one) rebuilds the list. Not
 * thread-safe: the grid uses it on the UI thread.
 */
public final class GridRows {

    /** Above this many changed rows in one batch, rebuilding the shown rows is cheaper than moving them one by one. */
    static final int INCREMENTAL_LIMIT = 2_000;

    private final List<GridColumn> columns;
    private final List<EObject> all = new ArrayList<>();
    private final Map<EObject, Integer> order = new IdentityHashMap<>();
    private int nextOrder;
    private List<EObject> shown = new ArrayList<>();
    private Map<EObject, Integer> shownIndex; // built on demand, dropped when the shown rows change

    private GridKind kind = GridKind.ALL;
    private final Map<Integer, String> filters = new LinkedHashMap<>();
    private int sortColumn = -1;
    private boolean descending;

    public GridRows(List<GridColumn> columns) {
        this.columns = List.copyOf(columns);
    }

    public List<GridColumn> columns() {
        return columns;
    }

    /** Takes the rows of {@code estate} (null: none) and shows them through the current kind, filter and sort. */
    public void load(Estate estate) {
        all.clear();
        order.clear();
        nextOrder = 0;
        if (estate != null) {
            for (Customer customer : estate.getCustomers()) {
                for (Site site : customer.getSites()) {
                    collect(site, this::append);
                }
            }
        }
        rebuild();
    }

    /** Every row below {@code object} (itself included) in estate order. */
    static void collect(EObject object, java.util.function.Consumer<EObject> rows) {
        if (GridKind.isRow(object)) {
            rows.accept(object);
        } else if (object instanceof Site site) {
            site.getSystems().forEach(system -> collect(system, rows));
            site.getRouters().forEach(rows);
            site.getRsipServers().forEach(rows);
        } else if (object instanceof OsbizSystem system) {
            system.getStations().forEach(rows);
            system.getDevices().forEach(rows);
        } else if (object instanceof Customer customer) {
            customer.getSites().forEach(site -> collect(site, rows));
        } else if (object instanceof Estate estate) {
            estate.getCustomers().forEach(customer -> collect(customer, rows));
        }
    }

    private void append(EObject row) {
        if (!order.containsKey(row)) {
            all.add(row);
            order.put(row, nextOrder++);
        }
    }

    /** How many rows the estate has of the kinds the grid lists, shown or not. */
    public int total() {
        return all.size();
    }

    /** How many rows are shown now. */
    public int size() {
        return shown.size();
    }

    /** The row shown at {@code index} (0 is the top). */
    public EObject get(int index) {
        return shown.get(index);
    }

    /** The rows shown now, top to bottom (a read-only view). */
    public List<EObject> shown() {
        return Collections.unmodifiableList(shown);
    }

    /** Where {@code row} is shown, or -1 when it is filtered out or not a row. */
    public int indexOf(Object row) {
        if (shownIndex == null) {
            Map<EObject, Integer> index = new IdentityHashMap<>(shown.size() * 2);
            for (int i = 0; i < shown.size(); i++) {
                index.put(shown.get(i), i);
            }
            shownIndex = index;
        }
        Integer found = shownIndex.get(row);
        return found == null ? -1 : found;
    }

    /** A number that stays with a row while it is in the estate (for selection across sorting and filtering). */
    public int idOf(EObject row) {
        Integer id = order.get(row);
        return id == null ? -1 : id;
    }

    public GridKind kind() {
        return kind;
    }

    public void setKind(GridKind kind) {
        this.kind = kind;
        rebuild();
    }

    /** The filter text of each filtered column (column index → text). */
    public Map<Integer, String> filters() {
        return Collections.unmodifiableMap(filters);
    }

    /**
     * Shows only rows whose cell contains the text given for each column (ignoring case); an empty or null text
     * clears that column's filter.
     */
    public void setFilters(Map<Integer, ?> byColumn) {
        filters.clear();
        byColumn.forEach((column, value) -> {
            String text = value == null ? "" : value.toString().strip();
            if (!text.isEmpty() && column >= 0 && column < columns.size()) {
                filters.put(column, text);
            }
        });
        rebuild();
    }

    public int sortColumn() {
        return sortColumn;
    }

    public boolean isDescending() {
        return descending;
    }

    /** Sorts the shown rows by {@code column} (-1: estate order); ties keep estate order. */
    public void sort(int column, boolean descending) {
        boolean wasSorted = sortColumn >= 0;
        this.sortColumn = column >= 0 && column < columns.size() ? column : -1;
        this.descending = descending;
        if (sortColumn < 0 && wasSorted) {
            rebuild(); // estate order is the order of all rows: filtering them again is cheaper than sorting
        } else {
            sortShown();
        }
    }

    /** Whether {@code row} passes the kind selector and every column filter. */
    boolean matches(EObject row) {
        if (!kind.includes(row)) {
            return false;
        }
        for (Map.Entry<Integer, String> filter : filters.entrySet()) {
            if (!containsIgnoreCase(columns.get(filter.getKey()).text(row), filter.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsIgnoreCase(String text, String needle) {
        int last = text.length() - needle.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    private void rebuild() {
        List<EObject> rows = new ArrayList<>(all.size());
        for (EObject row : all) {
            if (matches(row)) {
                rows.add(row);
            }
        }
        shown = rows;
        sortShown();
    }

    private void sortShown() {
        shownIndex = null;
        if (sortColumn < 0) {
            return; // shown rows are taken from all rows in estate order
        }
        GridColumn column = columns.get(sortColumn);
        int n = shown.size();
        Object[] keys = new Object[n];
        int[] estateOrder = new int[n];
        Integer[] positions = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = column.value(shown.get(i));
            estateOrder[i] = order.get(shown.get(i));
            positions[i] = i;
        }
        int sign = descending ? -1 : 1;
        java.util.Arrays.sort(positions, (a, b) -> {
            int byKey = sign * compareValues(keys[a], keys[b]);
            return byKey != 0 ? byKey : Integer.compare(estateOrder[a], estateOrder[b]);
        });
        List<EObject> sorted = new ArrayList<>(n);
        for (Integer position : positions) {
            sorted.add(shown.get(position));
        }
        shown = sorted;
    }

    /** The order of the shown rows: the sorted column's values (empty cells last), ties in estate order. */
    private Comparator<EObject> rowOrder() {
        Comparator<EObject> estateOrder = Comparator.comparingInt(order::get);
        if (sortColumn < 0) {
            return estateOrder;
        }
        GridColumn column = columns.get(sortColumn);
        Comparator<EObject> byValue = (a, b) -> compareValues(column.value(a), column.value(b));
        return (descending ? byValue.reversed() : byValue).thenComparing(estateOrder);
    }

    /** Compares cell values: numbers and enums by their order, text naturally ("9" before "10"), empty last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == null || "".equals(a)) {
            return b == null || "".equals(b) ? 0 : 1;
        }
        if (b == null || "".equals(b)) {
            return -1;
        }
        if (a instanceof String x && b instanceof String y) {
            return NaturalOrder.compare(x, y);
        }
        if (a instanceof Enumerator x && b instanceof Enumerator y) {
            return Integer.compare(x.getValue(), y.getValue());
        }
        if (a instanceof Comparable x && a.getClass() == b.getClass()) {
            return x.compareTo(b);
        }
        return NaturalOrder.compare(a.toString(), b.toString());
    }

    /**
     * Applies a batch of changes to the estate: rows whose values changed, rows added and rows removed; with
     * {@code othersChanged} when something else changed that cells show (a site or system renamed). Returns true when
     * the shown rows changed (their number or order); false when a repaint of the cells is enough.
     */
    public boolean apply(Set<EObject> changed, Set<EObject> added, Set<EObject> removed, boolean othersChanged) {
        boolean structural = false;
        if (!removed.isEmpty()) {
            Set<EObject> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            for (EObject row : removed) {
                if (order.remove(row) != null) {
                    gone.add(row);
                }
            }
            if (!gone.isEmpty()) {
                all.removeIf(gone::contains);
                structural |= shown.removeIf(gone::contains);
            }
        }
        List<EObject> candidates = new ArrayList<>();
        for (EObject row : added) {
            if (!order.containsKey(row)) {
                append(row);
                candidates.add(row);
            }
        }
        boolean viewDependsOnValues = sortColumn >= 0 || !filters.isEmpty();
        if (othersChanged && viewDependsOnValues) {
            rebuild();
            return true;
        }
        if (viewDependsOnValues) {
            for (EObject row : changed) {
                if (order.containsKey(row) && !added.contains(row)) {
                    candidates.add(row);
                }
            }
        }
        if (candidates.isEmpty()) {
            if (structural) {
                shownIndex = null;
            }
            return structural;
        }
        if (candidates.size() > INCREMENTAL_LIMIT) {
            rebuild();
            return true;
        }
        Set<EObject> moving = Collections.newSetFromMap(new IdentityHashMap<>());
        moving.addAll(candidates);
        shown.removeIf(moving::contains);
        Comparator<EObject> rowOrder = rowOrder();
        for (EObject row : candidates) {
            if (matches(row)) {
                int at = Collections.binarySearch(shown, row, rowOrder);
                shown.add(at < 0 ? -at - 1 : at, row);
            }
        }
        shownIndex = null;
        return true;
    }

    /** Natural order of text: case-insensitive, runs of digits compared as numbers. */
    static final class NaturalOrder {
        private NaturalOrder() {
        }

        static int compare(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                char x = a.charAt(i);
                char y = b.charAt(j);
                if (isDigit(x) && isDigit(y)) {
                    // compare the two runs of digits as numbers, without leading zeros, without allocating
                    while (i < a.length() - 1 && a.charAt(i) == '0' && isDigit(a.charAt(i + 1))) {
                        i++;
                    }
                    while (j < b.length() - 1 && b.charAt(j) == '0' && isDigit(b.charAt(j + 1))) {
                        j++;
                    }
                    int endA = i;
                    while (endA < a.length() && isDigit(a.charAt(endA))) {
                        endA++;
                    }
                    int endB = j;
                    while (endB < b.length() && isDigit(b.charAt(endB))) {
                        endB++;
                    }
                    int byLength = Integer.compare(endA - i, endB - j);
                    if (byLength != 0) {
                        return byLength;
                    }
                    for (; i < endA; i++, j++) {
                        if (a.charAt(i) != b.charAt(j)) {
                            return Character.compare(a.charAt(i), b.charAt(j));
                        }
                    }
                } else {
                    if (x != y) {
                        int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                        if (byChar != 0) {
                            return byChar;
                        }
                    }
                    i++;
                    j++;
                }
            }
            int byRest = Integer.compare(a.length() - i, b.length() - j);
            return byRest != 0 ? byRest : a.compareTo(b);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    /** The rows below {@code objects} (each included), for a batch of added or removed containers. */
    static Set<EObject> rowsBelow(Collection<?> objects) {
        Set<EObject> rows = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object object : objects) {
            if (object instanceof EObject eObject) {
                collect(eObject, rows::add);
            }
        }
        return rows;
    }
}
