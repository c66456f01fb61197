package io.patchbay.model.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * One result of validating an estate: a vendor rule that an object breaks.
 *
 * @param ruleId   the id of the rule in the domain facts, e.g. {@code "F-07"}
 * @param severity how bad it is
 * @param object   the object that breaks the rule (the one to select and fix)
 * @param message  the message for the operator: names the object, the rule id and how to fix it, e.g.
 *                 {@code "Station 163 (SIP-163): SBC flag set but authentication is off (F-07); enable authentication
 *                 and set a strong password"}
 */
public record Finding(String ruleId, Severity severity, EObject object, String message) {

    /** Checks that no component is {@code null}. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
    }

    /** Whether this finding is an error: the estate cannot work as it is. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " " + message;
    }
}
