package io.patchbay.model.validation.internal;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.patchbay.model.EstateLabels;
import io.patchbay.model.validation.QuickFix;

/**
 * Turns what a rule finds into EMF diagnostics with the rule id, in one message format. The diagnostic's data is the
 * object, the rule id, the setting the finding is about (or null) and its quick fix (or null).
 */
final class Report {

    private final DiagnosticChain chain;
    private boolean clean = true;

    Report(DiagnosticChain chain) {
        this.chain = chain;
    }

    boolean clean() {
        return clean;
    }

    ForRule forRule(String ruleId) {
        return new ForRule(ruleId);
    }

    /** The reporting side a rule sees: the rule id is filled in. */
    final class ForRule {
        private final String ruleId;

        private ForRule(String ruleId) {
            this.ruleId = ruleId;
        }

        /** The feature cannot work: "{object}: {problem} (F-xx); {fix}". */
        void error(EObject object, String problem, String fix) {
            add(Diagnostic.ERROR, object, null, problem, fix, null);
        }

        /** A risk: "{object}: {problem} (F-xx); {fix}". */
        void warning(EObject object, String problem, String fix) {
            add(Diagnostic.WARNING, object, null, problem, fix, null);
        }

        /** An error about one setting of the object (an editor marks that setting's control). */
        void error(EObject object, EStructuralFeature feature, String problem, String fix) {
            add(Diagnostic.ERROR, object, feature, problem, fix, null);
        }

        /** A warning about one setting of the object. */
        void warning(EObject object, EStructuralFeature feature, String problem, String fix) {
            add(Diagnostic.WARNING, object, feature, problem, fix, null);
        }

        /**
         * An error about one setting whose one right value is known: the finding offers setting it as a quick fix,
         * described by {@code fix} (capitalised). A {@code null} value means the right value is not known here (e.g.
         * derived from an empty setting): the finding then has no quick fix.
         */
        void errorFixedBy(EObject object, EStructuralFeature feature, Object value, String problem, String fix) {
            add(Diagnostic.ERROR, object, feature, problem, fix, value(object, feature, value, fix));
        }

        /** A warning about one setting whose one right value is known (see {@link #errorFixedBy}). */
        void warningFixedBy(EObject object, EStructuralFeature feature, Object value, String problem, String fix) {
            add(Diagnostic.WARNING, object, feature, problem, fix, value(object, feature, value, fix));
        }

        private QuickFix value(EObject object, EStructuralFeature feature, Object value, String fix) {
            if (value == null || value instanceof String text && text.isBlank()) {
                return null;
            }
            String description = fix.isEmpty() ? fix : Character.toUpperCase(fix.charAt(0)) + fix.substring(1);
            return new QuickFix(description, object, feature, value);
        }

        private void add(int severity, EObject object, EStructuralFeature feature, String problem, String fix,
                QuickFix quickFix) {
            clean = false;
            if (chain == null) {
                return;
            }
            String message = EstateLabels.describe(object) + ": " + problem + " (" + ruleId + "); " + fix;
            chain.add(new BasicDiagnostic(severity, EstateValidator.SOURCE, Integer.parseInt(ruleId.substring(2)),
                    message, new Object[] {object, ruleId, feature, quickFix}));
        }
    }
}
