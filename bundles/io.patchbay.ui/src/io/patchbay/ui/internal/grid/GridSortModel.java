package io.patchbay.ui.internal.grid;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/** NatTable's view of the grid's sorting: one column at a time, ascending, descending, then estate order. */
final class GridSortModel implements ISortModel {

    private final GridRows rows;
    private final Runnable sorted;

    GridSortModel(GridRows rows, Runnable sorted) {
        this.rows = rows;
        this.sorted = sorted;
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        return rows.sortColumn() < 0 ? List.of() : List.of(rows.sortColumn());
    }

    @Override
    public boolean isColumnIndexSorted(int column) {
        return rows.sortColumn() == column;
    }

    @Override
    public SortDirectionEnum getSortDirection(int column) {
        if (rows.sortColumn() != column) {
            return SortDirectionEnum.NONE;
        }
        return rows.isDescending() ? SortDirectionEnum.DESC : SortDirectionEnum.ASC;
    }

    @Override
    public int getSortOrder(int column) {
        return rows.sortColumn() == column ? 0 : -1;
    }

    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int column) {
        return List.of(getColumnComparator(column));
    }

    @Override
    public Comparator<?> getColumnComparator(int column) {
        return GridRows::compareValues;
    }

    @Override
    public void sort(int column, SortDirectionEnum direction, boolean accumulate) {
        rows.sort(direction == SortDirectionEnum.NONE ? -1 : column, direction == SortDirectionEnum.DESC);
        sorted.run();
    }

    @Override
    public void clear() {
        rows.sort(-1, false);
        sorted.run();
    }
}
