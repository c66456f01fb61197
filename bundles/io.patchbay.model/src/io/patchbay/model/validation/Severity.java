package io.patchbay.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How bad a {@link Finding} is. */
public enum Severity {
    /** The feature cannot work as configured. */
    ERROR(Diagnostic.ERROR),
    /** It may work, but it is a risk (security, expiry, untested versions). */
    WARNING(Diagnostic.WARNING),
    /** Worth knowing; nothing to fix. */
    INFO(Diagnostic.INFO);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /**
     * Returns the matching EMF {@link Diagnostic} severity.
     *
     * @return {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or {@link Diagnostic#INFO}
     */
    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }

    /**
     * Returns the severity of an EMF diagnostic severity.
     *
     * @param diagnosticSeverity an EMF severity
     * @return ERROR for ERROR and CANCEL, WARNING for WARNING, INFO otherwise
     */
    public static Severity of(int diagnosticSeverity) {
        if (diagnosticSeverity >= Diagnostic.ERROR) {
            return ERROR;
        }
        return diagnosticSeverity == Diagnostic.WARNING ? WARNING : INFO;
    }
}
