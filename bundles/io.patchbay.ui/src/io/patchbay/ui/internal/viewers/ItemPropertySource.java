package io.patchbay.ui.internal.viewers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IWrapperItemProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view's rows for one estate object, from the EMF item property descriptors of the edit bundle (EMF's
 * own {@code PropertySource} lives in emf.edit.ui, which is not on Maven Central). Attributes of text, number, boolean
 * and enum type are editable; every change is an EMF command on the editing domain, so Ctrl+Z undoes it.
 */
public final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;
    private final EditingDomain domain;

    public ItemPropertySource(Object object, AdapterFactory adapterFactory, EditingDomain domain) {
        this.object = object;
        this.source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        this.domain = domain;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        if (source == null) {
            return new IPropertyDescriptor[0];
        }
        List<IPropertyDescriptor> rows = new ArrayList<>();
        for (IItemPropertyDescriptor item : source.getPropertyDescriptors(object)) {
            rows.add(new Row(item));
        }
        return rows.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor item = item(id);
        return item == null ? null : unwrap(item.getPropertyValue(object));
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor item = item(id);
        return item != null && item.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor item = item(id);
        if (item != null && item.getFeature(object) instanceof EStructuralFeature feature) {
            domain.getCommandStack().execute(SetCommand.create(domain, object, feature, SetCommand.UNSET_VALUE));
        }
    }

    /** Sets a value through an EMF command; text typed into a cell is converted to the attribute's type first. */
    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor item = item(id);
        if (item == null || !(item.getFeature(object) instanceof EAttribute attribute)) {
            return;
        }
        Object converted = value;
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum enumeration && value instanceof Integer index) {
            List<EEnumLiteral> literals = enumeration.getELiterals();
            converted = index >= 0 && index < literals.size() ? literals.get(index).getInstance() : null;
        } else if (value instanceof String text && type.getInstanceClass() != String.class) {
            converted = text.isBlank() ? null : EcoreUtil.createFromString(type, text.strip());
        }
        if (converted == null && type.getInstanceClass() != null && type.getInstanceClass().isPrimitive()) {
            return; // an empty cell cannot become a number or a boolean; the value stays
        }
        Command set = SetCommand.create(domain, object, attribute, converted);
        if (set.canExecute()) {
            domain.getCommandStack().execute(set);
        }
    }

    private IItemPropertyDescriptor item(Object id) {
        return source == null ? null : source.getPropertyDescriptor(object, id);
    }

    private static Object unwrap(Object value) {
        return value instanceof IWrapperItemProvider wrapper ? wrapper.getValue() : value;
    }

    /** One row: the item descriptor's name, category, description and text; an editor for simple attributes. */
    private final class Row extends PropertyDescriptor {
        private final IItemPropertyDescriptor item;

        Row(IItemPropertyDescriptor item) {
            super(item.getId(object), item.getDisplayName(object));
            this.item = item;
            setCategory(item.getCategory(object));
            setDescription(item.getDescription(object));
            IItemLabelProvider labels = item.getLabelProvider(object);
            setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    Object value = unwrap(element);
                    return value == null ? "" : labels.getText(value);
                }
            });
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!item.canSetProperty(object) || !(item.getFeature(object) instanceof EAttribute attribute)
                    || attribute.isMany()) {
                return null;
            }
            EDataType type = attribute.getEAttributeType();
            if (type instanceof EEnum enumeration) {
                String[] names = enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral)
                        .toArray(String[]::new);
                return new EnumEditor(parent, names, enumeration);
            }
            return new TextEditor(parent, type);
        }
    }

    /** A text cell that shows a value in the attribute's own text form (numbers, versions, port ranges). */
    private static final class TextEditor extends TextCellEditor {
        private final EDataType type;

        TextEditor(Composite parent, EDataType type) {
            super(parent, SWT.SINGLE);
            this.type = type;
        }

        @Override
        protected void doSetValue(Object value) {
            Object current = unwrap(value);
            super.doSetValue(current == null ? "" : current instanceof String text ? text
                    : EcoreUtil.convertToString(type, current));
        }
    }

    /** A combo over an enum's literals that shows the current value selected. */
    private static final class EnumEditor extends ComboBoxCellEditor {
        private final EEnum enumeration;

        EnumEditor(Composite parent, String[] names, EEnum enumeration) {
            super(parent, names, SWT.READ_ONLY);
            this.enumeration = enumeration;
        }

        @Override
        protected void doSetValue(Object value) {
            Object current = unwrap(value);
            EEnumLiteral literal = current == null ? null : enumeration.getEEnumLiteralByLiteral(current.toString());
            int index = literal == null ? 0 : Arrays.asList(getItems()).indexOf(literal.getLiteral());
            super.doSetValue(Math.max(index, 0));
        }
    }
}
