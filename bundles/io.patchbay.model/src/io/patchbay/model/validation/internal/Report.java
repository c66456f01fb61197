package io.patchbay.model.validation.internal;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.EstateLabels;

/** Turns what a rule finds into EMF diagnostics with the rule id, in one message format. */
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
            add(Diagnostic.ERROR, object, problem, fix);
        }

        /** A risk: "{object}: {problem} (F-xx); {fix}". */
        void warning(EObject object, String problem, String fix) {
            add(Diagnostic.WARNING, object, problem, fix);
        }

        private void add(int severity, EObject object, String problem, String fix) {
            clean = false;
            if (chain == null) {
                return;
            }
            String message = EstateLabels.describe(object) + ": " + problem + " (" + ruleId + "); " + fix;
            chain.add(new BasicDiagnostic(severity, EstateValidator.SOURCE, Integer.parseInt(ruleId.substring(2)),
                    message, new Object[] {object, ruleId}));
        }
    }
}
