package io.patchbay.model.csv.internal;

import org.eclipse.emf.ecore.EClass;

import io.patchbay.model.EstatePackage.Literals;
import io.patchbay.model.Identifiable;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;

/** Reading the columns that name another object of the estate by id. */
final class Lookups {

    private Lookups() {
    }

    static OsbizSystem system(RowCells row, String column, EstateIndex index) {
        return (OsbizSystem) byId(row, column, index, Literals.OSBIZ_SYSTEM, "OpenScape Business system", true);
    }

    static Site site(RowCells row, String column, EstateIndex index) {
        return (Site) byId(row, column, index, Literals.SITE, "site", true);
    }

    /**
     * The object a cell names by id; reports a problem and returns null when the cell is empty (if required), or
     * names no object of that class.
     */
    static Identifiable byId(RowCells row, String column, EstateIndex index, EClass eClass, String noun,
            boolean required) {
        String id = required ? row.required(column, "write the id of the " + noun) : row.text(column);
        if (id == null || id.isEmpty()) {
            return null;
        }
        Identifiable object = index.get(id);
        if (object == null) {
            row.problem(column, "no " + noun + " has id '" + id + "'; " + index.idsOf(eClass));
            return null;
        }
        if (!eClass.isInstance(object)) {
            row.problem(column, "'" + id + "' is a " + object.eClass().getName() + ", not a " + noun + "; "
                    + index.idsOf(eClass));
            return null;
        }
        return object;
    }

    /** Checks an id the file gives a new object: valid, and not given to another new object of the file. */
    static boolean newId(RowCells row, String id, EstateIndex index) {
        if (!EstateIndex.isValidId(id)) {
            row.problem("id", "'" + id + "' is not a valid id; " + EstateIndex.idRule());
            return false;
        }
        if (!index.claim(id)) {
            row.problem("id", "'" + id + "' is given to another new object in this file; each id once");
            return false;
        }
        return true;
    }
}
