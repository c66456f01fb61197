package io.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.SipAlg;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;
import io.patchbay.model.validation.QuickFix;

/** The validation API: EMF diagnostics with the rule ids, and findings in document order. */
class EstateValidationTest {

    private final Fixture f = new Fixture();

    @Test
    void anyEmfDiagnosticianRunsTheRulesOnceTheApiIsLoaded() {
        EstateValidation.register();
        f.homeRouter.setSipAlg(SipAlg.ENABLED);
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(f.estate);
        Diagnostic child = diagnostic.getChildren().get(0);
        assertAll(() -> assertEquals(Diagnostic.ERROR, diagnostic.getSeverity()),
                () -> assertEquals(1, diagnostic.getChildren().size()),
                () -> assertEquals("io.patchbay.model", child.getSource()),
                () -> assertEquals(4, child.getCode()),
                () -> assertEquals(List.of(f.homeRouter, "F-04", EstatePackage.Literals.HOME_ROUTER__SIP_ALG,
                        new QuickFix("Switch the SIP ALG off", f.homeRouter, EstatePackage.Literals.HOME_ROUTER__SIP_ALG,
                                SipAlg.DISABLED)), child.getData()),
                () -> assertEquals("Home router Petersen home router: has its SIP ALG enabled (F-04); switch the SIP "
                        + "ALG off", child.getMessage()),
                () -> assertEquals(true, EValidator.Registry.INSTANCE.get(EstatePackage.eINSTANCE) != null,
                        "registered for the estate package"));
    }

    @Test
    void findingsComeInDocumentOrderAndCannotBeChanged() {
        f.rsipClient.setMtu(1500);
        f.system.setSimultaneousInternetCalls(0);
        f.homeRouter.setSipAlg(SipAlg.ENABLED);
        List<Finding> findings = EstateValidation.validate(f.estate);
        assertEquals(List.of("F-06", "F-04", "F-54"), findings.stream().map(Finding::ruleId).toList());
        assertThrows(UnsupportedOperationException.class, () -> findings.remove(0));
    }
}
