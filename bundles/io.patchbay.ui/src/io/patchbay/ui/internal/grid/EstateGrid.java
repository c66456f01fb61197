package io.patchbay.ui.internal.grid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommand;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommandHandler;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.EditableRule;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.data.validate.DataValidator;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.action.KeyEditAction;
import org.eclipse.nebula.widgets.nattable.edit.action.MouseEditAction;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.edit.config.DialogErrorHandling;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.command.ClearAllFiltersCommand;
import org.eclipse.nebula.widgets.nattable.filterrow.event.FilterRowMouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.CellEditorMouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.menu.HeaderMenuConfiguration;
import org.eclipse.nebula.widgets.nattable.ui.menu.PopupMenuBuilder;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowColumnInViewportCommand;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.patchbay.model.Estate;

/**
 * The estate as one flat grid on NatTable: a row per station, device, router and RSIP server, a column per setting;
 * click a header to sort, type into the filter row under the headers to filter (a cell's text contains what you
 * type, ignoring case), choose the kinds shown and the columns (header menu or "Columns…"). Double-click or F2
 * edits a simple setting in place as a command on the editing domain, so Undo, Redo and Save work as everywhere.
 * <p>
 * Only the visible cells are painted and no widget exists per row, so an estate of 100,000 rows scrolls as one of
 * ten. The grid follows the estate: changes arrive in batches and move only the rows they touch.
 */
public final class EstateGrid {

    /** The label of body cells edited with a combo (enums, yes/no). */
    private static final String COMBO = "PATCHBAY_COMBO";

    private final EditingDomain domain;
    private final GridRows rows;
    private final Composite control;
    private final Combo kindSelector;
    private final NatTable natTable;
    private final DataLayer bodyDataLayer;
    private final DataLayer columnHeaderDataLayer;
    private final ViewportLayer viewport;
    private final GridSortModel sortModel;
    private final SelectionLayer selectionLayer;
    private final FilterRowHeaderComposite<EObject> filterRow;
    private final RowSelectionProvider<EObject> selectionProvider;
    private final EstateChangeWatcher watcher;
    private final List<Runnable> rowListeners = new CopyOnWriteArrayList<>();

    /**
     * Builds the grid in {@code parent} over the estate held by {@code resource} (null: an empty grid); edits go to
     * {@code domain}'s command stack.
     */
    public EstateGrid(Composite parent, Resource resource, EditingDomain domain) {
        this.domain = domain;
        this.rows = new GridRows(GridColumns.all());
        rows.load(resource == null || resource.getContents().isEmpty() ? null
                : (Estate) resource.getContents().get(0));

        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 2).applyTo(control);
        Label show = new Label(control, SWT.NONE);
        show.setText("Show:");
        GridDataFactory.swtDefaults().indent(4, 2).applyTo(show);
        kindSelector = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (GridKind kind : GridKind.values()) {
            kindSelector.add(kind.label());
        }
        kindSelector.select(0);
        kindSelector.addListener(SWT.Selection, event -> setKind(GridKind.values()[kindSelector.getSelectionIndex()]));
        GridDataFactory.swtDefaults().indent(0, 2).applyTo(kindSelector);
        Button chooseColumns = new Button(control, SWT.PUSH);
        chooseColumns.setText("Columns\u2026");
        chooseColumns.setToolTipText("Choose and order the columns of the grid");
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).indent(0, 2).applyTo(chooseColumns);

        List<GridColumn> columns = rows.columns();
        IRowDataProvider<EObject> bodyData = new BodyData();
        bodyDataLayer = new DataLayer(bodyData);
        int[] widths = {110, 190, 70, 150, 170, 110, 190, 70, 110, 130, 90, 70, 70, 80, 150, 170, 130, 100, 130};
        for (int i = 0; i < columns.size() && i < widths.length; i++) {
            bodyDataLayer.setColumnWidthByPosition(i, widths[i]);
        }
        bodyDataLayer.setConfigLabelAccumulator((labels, columnPosition, rowPosition) -> {
            if (rowPosition < rows.size() && columns.get(columnPosition).choices(rows.get(rowPosition)) != null) {
                labels.addLabel(COMBO);
            }
        });
        ColumnHideShowLayer hideShow = new ColumnHideShowLayer(bodyDataLayer);
        selectionLayer = new SelectionLayer(hideShow, false);
        selectionLayer.setSelectionModel(new RowSelectionModel<>(selectionLayer, bodyData, rows::idOf));
        selectionLayer.addConfiguration(new DefaultRowSelectionLayerConfiguration());
        viewport = new ViewportLayer(selectionLayer);

        IDataProvider headerData = new HeaderData();
        columnHeaderDataLayer = new DataLayer(headerData);
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(columnHeaderDataLayer, viewport, selectionLayer);
        sortModel = new GridSortModel(rows, this::rowsChanged);
        SortHeaderLayer<EObject> sortHeader = new SortHeaderLayer<>(columnHeader, sortModel, false);
        ConfigRegistry configRegistry = new ConfigRegistry();
        filterRow = new FilterRowHeaderComposite<>(this::applyFilter, sortHeader, headerData, configRegistry);

        DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(bodyData);
        DefaultRowHeaderDataLayer rowNumbers = new DefaultRowHeaderDataLayer(rowHeaderData);
        rowNumbers.setDefaultColumnWidth(56); // room for "100,000"-row estates
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowNumbers, viewport, selectionLayer);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
                rowHeader, filterRow);
        GridLayer grid = new GridLayer(viewport, filterRow, rowHeader, corner, false);
        grid.addConfiguration(new DefaultEditConfiguration());

        // the grid has no column groups
        viewport.registerCommandHandler(new DisplayColumnChooserCommandHandler(selectionLayer, hideShow, columnHeader,
                columnHeaderDataLayer, null, null));

        natTable = new NatTable(control, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, grid, false);
        natTable.setConfigRegistry(configRegistry);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.addConfiguration(new EditingConfiguration());
        natTable.addConfiguration(new EditBindings());
        natTable.addConfiguration(new HeaderMenuConfiguration(natTable) {
            @Override
            protected PopupMenuBuilder createColumnHeaderMenu(NatTable table) {
                return super.createColumnHeaderMenu(table).withColumnChooserMenuItem("Choose columns\u2026");
            }
        });
        natTable.configure();
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(natTable);
        chooseColumns.addListener(SWT.Selection, event -> chooseColumns());

        selectionProvider = new RowSelectionProvider<>(selectionLayer, bodyData, false);

        watcher = new EstateChangeWatcher(parent.getDisplay(), this::estateChanged);
        if (resource != null) {
            resource.eAdapters().add(watcher);
        }
        control.addDisposeListener(event -> {
            if (resource != null) {
                resource.eAdapters().remove(watcher);
            }
        });
    }

    /** The grid's columns in their initial order, for tests of {@link GridRows} without a display. */
    public static List<GridColumn> columnsForTests() {
        return GridColumns.all();
    }

    /** The grid and the controls above it (kind selector, column chooser). */
    public Composite control() {
        return control;
    }

    public NatTable natTable() {
        return natTable;
    }

    /** The selected rows as estate objects; setting a selection selects those rows that are shown. */
    public ISelectionProvider selectionProvider() {
        return selectionProvider;
    }

    public GridRows rows() {
        return rows;
    }

    public Combo kindSelector() {
        return kindSelector;
    }

    /** Called after the shown rows changed (filter, kind, sort, a change to the estate). */
    public void addRowsListener(Runnable listener) {
        rowListeners.add(listener);
    }

    /** Shows only rows of {@code kind}. */
    public void setKind(GridKind kind) {
        rows.setKind(kind);
        if (kindSelector.getSelectionIndex() != kind.ordinal()) {
            kindSelector.select(kind.ordinal());
        }
        rowsChanged();
    }

    /** Opens the column chooser: which columns are shown, in which order. */
    public void chooseColumns() {
        natTable.doCommand(new DisplayColumnChooserCommand(natTable));
    }

    /** The text of a body cell as the data layer gives it to the painter (column and row index of the data). */
    public String cellText(int column, int row) {
        Object value = bodyDataLayer.getDataValue(column, row);
        return value == null ? "" : value.toString();
    }

    /** The header of a column as the column header's data layer gives it. */
    public String headerText(int column) {
        return String.valueOf(columnHeaderDataLayer.getDataValue(column, 0));
    }

    /** Types {@code text} into the filter row above {@code column}, as the operator does, and applies it. */
    public void filter(int column, String text) {
        filterRow.getFilterRowDataLayer().getFilterRowDataProvider().setDataValue(column, 0, text);
    }

    /** Clears every filter of the filter row. */
    public void clearFilters() {
        natTable.doCommand(new ClearAllFiltersCommand());
    }

    /** Back to estate order. */
    public void clearSort() {
        sortModel.clear();
        natTable.redraw();
    }

    /** Scrolls the shown row {@code row} into view. */
    public void reveal(int row) {
        viewport.doCommand(new ShowRowInViewportCommand(selectionLayer.getRowPositionByIndex(row)));
    }

    /** Scrolls the cell of {@code column} and the shown row {@code row} into view. */
    public void reveal(int column, int row) {
        int position = selectionLayer.getColumnPositionByIndex(column);
        if (position >= 0) {
            viewport.doCommand(new ShowColumnInViewportCommand(position));
        }
        reveal(row);
    }

    /** Selects the rows of {@code objects} that are shown, and scrolls the first into view. */
    public void select(Collection<?> objects) {
        List<EObject> shown = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        for (Object object : objects) {
            int index = rows.indexOf(object);
            if (index >= 0) {
                shown.add((EObject) object);
                first = Math.min(first, index);
            }
        }
        selectionProvider.setSelection(new StructuredSelection(shown));
        if (first != Integer.MAX_VALUE) {
            viewport.doCommand(new ShowRowInViewportCommand(selectionLayer.getRowPositionByIndex(first)));
        }
    }

    private void applyFilter(Map<Integer, Object> filters) {
        rows.setFilters(filters);
        rowsChanged();
    }

    private void estateChanged(EstateChangeWatcher.Batch batch) {
        if (natTable.isDisposed()) {
            return;
        }
        if (rows.apply(batch.changed(), batch.added(), batch.removed(), batch.othersChanged())) {
            rowsChanged();
        } else {
            natTable.redraw();
        }
    }

    private void rowsChanged() {
        bodyDataLayer.fireLayerEvent(new RowStructuralRefreshEvent(bodyDataLayer));
        rowListeners.forEach(Runnable::run);
    }

    /** The cells: the shown rows by the columns; a typed value becomes a command on the editing domain. */
    private final class BodyData implements IRowDataProvider<EObject> {
        @Override
        public Object getDataValue(int column, int row) {
            return row < rows.size() ? rows.columns().get(column).text(rows.get(row)) : "";
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            if (row < rows.size()) {
                rows.columns().get(column).set(domain, rows.get(row), value == null ? "" : value.toString());
            }
        }

        @Override
        public int getColumnCount() {
            return rows.columns().size();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public EObject getRowObject(int row) {
            return rows.get(row);
        }

        @Override
        public int indexOfRowObject(EObject row) {
            return rows.indexOf(row);
        }
    }

    private final class HeaderData implements IDataProvider {
        @Override
        public Object getDataValue(int column, int row) {
            return rows.columns().get(column).header();
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            throw new UnsupportedOperationException("column headers are fixed");
        }

        @Override
        public int getColumnCount() {
            return rows.columns().size();
        }

        @Override
        public int getRowCount() {
            return 1;
        }
    }

    /** Which body cells can be edited, with which editor, and what they accept; text reads from the left. */
    private final class EditingConfiguration extends AbstractRegistryConfiguration {
        @Override
        public void configureRegistry(IConfigRegistry registry) {
            registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, new EditableRule() {
                @Override
                public boolean isEditable(int column, int row) {
                    return row < rows.size() && rows.columns().get(column).isEditable(rows.get(row));
                }
            }, DisplayMode.EDIT, GridRegion.BODY);
            registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR,
                    new ComboBoxCellEditor(new IComboBoxDataProvider() {
                        @Override
                        public List<?> getValues(int column, int row) {
                            List<String> choices = row < rows.size()
                                    ? rows.columns().get(column).choices(rows.get(row)) : null;
                            return choices == null ? List.of() : choices;
                        }
                    }), DisplayMode.EDIT, COMBO);
            registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, new DataValidator() {
                @Override
                public boolean validate(int column, int row, Object value) {
                    try {
                        rows.columns().get(column).parse(rows.get(row), value == null ? "" : value.toString());
                        return true;
                    } catch (IllegalArgumentException e) {
                        throw new ValidationFailedException(e.getMessage(), e);
                    }
                }
            }, DisplayMode.EDIT, GridRegion.BODY);
            Style leftAligned = new Style();
            leftAligned.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, leftAligned, DisplayMode.NORMAL,
                    GridRegion.BODY);
            DialogErrorHandling explain = new DialogErrorHandling();
            explain.setValidationFailureShellTitle("Value not accepted");
            registry.registerConfigAttribute(EditConfigAttributes.VALIDATION_ERROR_HANDLER, explain,
                    DisplayMode.EDIT, GridRegion.BODY);
        }
    }

    /** Double-click or F2 edits a cell, a single click only selects its row; a click in the filter row edits it. */
    private static final class EditBindings extends AbstractUiBindingConfiguration {
        @Override
        public void configureUiBindings(UiBindingRegistry registry) {
            registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.F2), new KeyEditAction());
            registry.registerDoubleClickBinding(new CellEditorMouseEventMatcher(GridRegion.BODY),
                    new MouseEditAction());
            // the filter row lies in the column header region: a click on it edits the filter instead of sorting
            registry.registerFirstSingleClickBinding(new FilterRowMouseEventMatcher(), new MouseEditAction());
        }
    }
}
