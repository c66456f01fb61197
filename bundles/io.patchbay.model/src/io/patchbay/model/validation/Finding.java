package io.patchbay.model.validation;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One result of validating an estate: a vendor rule that an object breaks.
 *
 * @param ruleId   the id of the rule in the domain facts, e.g. {@code "F-07"}
 * @param severity how bad it is
 * @param object   the object that breaks the rule (the one to select and fix)
 * @param message  the message for the operator: names the object, the rule id and how to fix it, e.g.
 *                 {@code "Station 163 (SIP-163): SBC flag set but authentication is off (F-07); enable authentication
 *                 and set a strong password"}
 * @param feature  the setting of {@code object} the finding is about (an editor decorates its control), or
 *                 {@code null} when the finding is about the object as a whole or about several settings at once;
 *                 see {@link #setting()}
 * @param fix      the one obvious repair, or {@code null} when there is none (the operator must decide); see
 *                 {@link #quickFix()}
 */
public record Finding(String ruleId, Severity severity, EObject object, String message, EStructuralFeature feature,
        QuickFix fix) {

    /** Checks that no component but {@code feature} and {@code fix} is {@code null}. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
    }

    /** A finding about the object as a whole, without a quick fix. */
    public Finding(String ruleId, Severity severity, EObject object, String message) {
        this(ruleId, severity, object, message, null, null);
    }

    /** Whether this finding is an error: the estate cannot work as it is. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The setting of {@link #object()} the finding is about, if it is about one. */
    public Optional<EStructuralFeature> setting() {
        return Optional.ofNullable(feature);
    }

    /** The one obvious repair, if there is one. */
    public Optional<QuickFix> quickFix() {
        return Optional.ofNullable(fix);
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " " + message;
    }
}
