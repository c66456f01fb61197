package io.patchbay.model.validation.internal;

import org.eclipse.emf.ecore.EObject;

/**
 * One vendor rule of the domain facts, checked on the objects of one type.
 *
 * @param <T> the type of object the rule looks at
 */
abstract class Rule<T extends EObject> {

    private final String id;
    private final Class<T> type;

    /**
     * @param id   the rule id in the domain facts, e.g. "F-07"
     * @param type the objects the rule is checked on
     */
    Rule(String id, Class<T> type) {
        this.id = id;
        this.type = type;
    }

    final String id() {
        return id;
    }

    final boolean appliesTo(EObject object) {
        return type.isInstance(object);
    }

    final void check(EObject object, Report report) {
        check(type.cast(object), report.forRule(id));
    }

    /** Reports every way {@code object} breaks the rule (nothing if it keeps it). */
    abstract void check(T object, Report.ForRule report);
}
