package io.patchbay.model.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The one obvious repair of a {@link Finding}: set one setting of one object to one value. The rule that reports the
 * finding decides whether there is such a repair (a flag that must be on, a port with one right value, an empty field
 * whose value can be derived); a tool only carries it out, e.g. as an undoable EMF {@code SetCommand}.
 *
 * @param description what the repair does, for the operator, e.g. {@code "Switch the SIP ALG off"}
 * @param object      the object to change (usually the finding's object)
 * @param feature     the setting to change; a single-valued feature of {@code object}'s class
 * @param value       the value to set (an instance of the feature's type, e.g. a {@code Boolean} or an enum literal)
 */
public record QuickFix(String description, EObject object, EStructuralFeature feature, Object value) {

    /** Checks that nothing but the value is {@code null} and that the feature belongs to the object. */
    public QuickFix {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(feature, "feature");
        if (feature.isMany() || !feature.getEContainingClass().isSuperTypeOf(object.eClass())) {
            throw new IllegalArgumentException(feature.getName() + " is not a single setting of " + object.eClass()
                    .getName());
        }
    }

    /** Whether the object already holds the value (applying the fix would change nothing). */
    public boolean isApplied() {
        return Objects.equals(object.eGet(feature), value);
    }

    @Override
    public String toString() {
        return description;
    }
}
