package io.patchbay.model.csv.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** What one valid row will do to the estate once every row has been checked. */
final class RowChange {

    final long line;
    /** The existing object the row updates, or the new object it adds (not yet in the estate). */
    final EObject target;
    final boolean created;
    /** Puts a new object into the estate; null for an update. */
    final Runnable attach;
    /** For a new object whose row gave no id: the readable start of the id to generate. */
    final String idHint;
    final List<Runnable> assignments = new ArrayList<>();
    /** How messages name the object, and what makes two new objects the same (null: no natural key). */
    String key;
    /** Values a format keeps for its checks across rows (e.g. the final call number of a station). */
    final java.util.Map<String, Object> facts = new java.util.HashMap<>();

    private RowChange(long line, EObject target, boolean created, Runnable attach, String idHint) {
        this.line = line;
        this.target = target;
        this.created = created;
        this.attach = attach;
        this.idHint = idHint;
    }

    static RowChange update(long line, EObject target) {
        return new RowChange(line, target, false, null, null);
    }

    static RowChange create(long line, EObject target, Runnable attach, String idHint) {
        return new RowChange(line, target, true, attach, idHint);
    }

    void apply() {
        if (attach != null) {
            attach.run();
        }
        assignments.forEach(Runnable::run);
    }
}
