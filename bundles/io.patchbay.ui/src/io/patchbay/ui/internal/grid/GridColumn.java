package io.patchbay.ui.internal.grid;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * One column of the estate grid: a header and how a row's value is read. An attribute column reads the first of its
 * attributes the row's class has (so "Firmware" is a device's software version and a Buffalo router's firmware
 * string) and can be edited in place through an EMF command; a derived column (kind, site, system) is read-only.
 */
public final class GridColumn {

    /** The text of a true and a false boolean in a cell, and what the cell's combo offers. */
    static final String YES = "yes";
    static final String NO = "no";

    private final String header;
    private final List<String> featureNames;
    private final Function<EObject, Object> derived;
    private final Map<EClass, EAttribute> attributes = new IdentityHashMap<>();

    private GridColumn(String header, List<String> featureNames, Function<EObject, Object> derived) {
        this.header = header;
        this.featureNames = featureNames;
        this.derived = derived;
    }

    /** A column showing the first attribute named {@code featureNames} that a row's class has; editable. */
    static GridColumn attribute(String header, String... featureNames) {
        return new GridColumn(header, Arrays.asList(featureNames), null);
    }

    /** A read-only column computed from the row (its kind, its site...). */
    static GridColumn derived(String header, Function<EObject, Object> value) {
        return new GridColumn(header, List.of(), value);
    }

    public String header() {
        return header;
    }

    /** The attribute this column shows for {@code row}, or null when the column is derived or the row has none. */
    EAttribute attribute(EObject row) {
        if (derived != null) {
            return null;
        }
        EClass eClass = row.eClass();
        if (attributes.containsKey(eClass)) {
            return attributes.get(eClass);
        }
        EAttribute found = null;
        for (String name : featureNames) {
            EStructuralFeature feature = eClass.getEStructuralFeature(name);
            if (feature instanceof EAttribute attribute && !attribute.isMany()) {
                found = attribute;
                break;
            }
        }
        attributes.put(eClass, found);
        return found;
    }

    /** The row's value in this column (a string, number, boolean, enum literal...), or null. */
    Object value(EObject row) {
        if (derived != null) {
            return derived.apply(row);
        }
        EAttribute attribute = attribute(row);
        return attribute == null ? null : row.eGet(attribute);
    }

    /** The value as the cell shows it: enums by literal, booleans as yes/no, nothing as an empty cell. */
    String text(EObject row) {
        Object value = value(row);
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean flag) {
            return flag ? YES : NO;
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        if (value instanceof String text) {
            return text;
        }
        EAttribute attribute = attribute(row);
        return attribute == null ? value.toString() : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    /** Whether the operator may change this cell in place: a single attribute of the row that is changeable. */
    boolean isEditable(EObject row) {
        EAttribute attribute = attribute(row);
        return attribute != null && attribute.isChangeable() && !attribute.isDerived();
    }

    /** The choices for a cell edited with a combo (enum literals, yes/no), or null for a text cell. */
    List<String> choices(EObject row) {
        EAttribute attribute = attribute(row);
        if (attribute == null) {
            return null;
        }
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum enumeration) {
            return enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
        }
        Class<?> instance = type.getInstanceClass();
        return instance == boolean.class || instance == Boolean.class ? List.of(YES, NO) : null;
    }

    /**
     * Converts typed text to the attribute's type: the value to set, or an {@link IllegalArgumentException} whose
     * message says what the cell accepts.
     */
    Object parse(EObject row, String text) {
        EAttribute attribute = attribute(row);
        if (attribute == null) {
            throw new IllegalArgumentException(header + " cannot be edited here");
        }
        EDataType type = attribute.getEAttributeType();
        String value = text == null ? "" : text.strip();
        Class<?> instance = type.getInstanceClass();
        if (type instanceof EEnum enumeration) {
            EEnumLiteral literal = enumeration.getEEnumLiteralByLiteral(value.toUpperCase(Locale.ROOT));
            if (literal == null) {
                throw new IllegalArgumentException(header + " must be one of " + choices(row) + ", not '" + value + "'");
            }
            return literal.getInstance();
        }
        if (instance == boolean.class || instance == Boolean.class) {
            if (YES.equalsIgnoreCase(value) || "true".equalsIgnoreCase(value)) {
                return Boolean.TRUE;
            }
            if (NO.equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
                return Boolean.FALSE;
            }
            throw new IllegalArgumentException(header + " must be yes or no, not '" + value + "'");
        }
        if (instance == String.class) {
            return value.isEmpty() ? null : value;
        }
        if (value.isEmpty()) {
            if (instance != null && instance.isPrimitive()) {
                throw new IllegalArgumentException(header + " needs a value");
            }
            return null;
        }
        try {
            return EcoreUtil.createFromString(type, value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(header + " does not accept '" + value + "'"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    /**
     * Sets the row's attribute to the value {@code text} stands for, as one command on the editing domain's stack
     * (so Ctrl+Z undoes it). Returns false when nothing changed.
     */
    boolean set(EditingDomain domain, EObject row, String text) {
        Object value = parse(row, text);
        EAttribute attribute = attribute(row);
        Object current = row.eGet(attribute);
        if (value == null ? current == null : value.equals(current)) {
            return false;
        }
        Command set = SetCommand.create(domain, row, attribute, value == null ? SetCommand.UNSET_VALUE : value);
        if (!set.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(set);
        return true;
    }

    @Override
    public String toString() {
        return header;
    }
}
