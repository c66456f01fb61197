package io.patchbay.model.csv.internal;

import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * A column of a kind's CSV file. An attribute column maps one model attribute (of the row's object, or of an object
 * it holds such as a router's RSP.servicelink identity); a key column (id, system, station...) is read by the kind
 * itself.
 */
final class Column {

    final String name;
    final boolean required;
    /** The attribute, or {@code null} for a key column. */
    final EAttribute attribute;
    /** The classes the column applies to (the attribute's class); other rows must leave it empty. */
    final EClass appliesTo;
    /** What the column says about an object, for export. */
    final Function<EObject, String> exporter;
    /** For attribute columns: validation beyond the type (may be null); returns a message or null. */
    final Function<Object, String> check;
    /** For attribute columns: the object holding the attribute; {@code create} says whether to create it. */
    final Holder holder;

    interface Holder {
        EObject of(EObject row, boolean create);
    }

    private Column(String name, boolean required, EAttribute attribute, EClass appliesTo,
            Function<EObject, String> exporter, Function<Object, String> check, Holder holder) {
        this.name = name;
        this.required = required;
        this.attribute = attribute;
        this.appliesTo = appliesTo;
        this.exporter = exporter;
        this.check = check;
        this.holder = holder;
    }

    /** A key column: the kind reads it; {@code exporter} writes it. */
    static Column key(String name, boolean required, Function<EObject, String> exporter) {
        return new Column(name, required, null, null, exporter, null, null);
    }

    /** A column named like the attribute, holding a value of the row's object. */
    static Column of(EAttribute attribute) {
        return of(attribute.getName(), attribute, false, null);
    }

    static Column required(EAttribute attribute) {
        return of(attribute.getName(), attribute, true, null);
    }

    static Column checked(EAttribute attribute, Function<Object, String> check) {
        return of(attribute.getName(), attribute, false, check);
    }

    private static Column of(String name, EAttribute attribute, boolean required, Function<Object, String> check) {
        Holder self = (row, create) -> row;
        return new Column(name, required, attribute, attribute.getEContainingClass(),
                row -> attribute.getEContainingClass().isInstance(row) ? Values.format(attribute, row.eGet(attribute))
                        : "",
                check, self);
    }

    /** A column for an attribute of an object the row's object holds (created on import when a value is given). */
    static Column held(String name, EAttribute attribute, EClass appliesTo, Holder holder) {
        return new Column(name, false, attribute, appliesTo, row -> {
            EObject held = appliesTo.isInstance(row) ? holder.of(row, false) : null;
            return held == null ? "" : Values.format(attribute, held.eGet(attribute));
        }, null, holder);
    }

    boolean isAttribute() {
        return attribute != null;
    }
}
