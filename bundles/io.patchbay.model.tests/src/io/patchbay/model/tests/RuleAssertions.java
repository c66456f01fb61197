package io.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.EstateLabels;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;
import io.patchbay.model.validation.Severity;

/** What a user sees of one rule on a fixture: nothing when it is kept, one exact finding when it is broken. */
final class RuleAssertions {

    private RuleAssertions() {
    }

    static List<Finding> findings(Fixture fixture, String ruleId) {
        return EstateValidation.validate(fixture.estate).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    static void assertKept(Fixture fixture, String ruleId) {
        assertEquals(List.of(), findings(fixture, ruleId), ruleId + " should be kept");
    }

    static void assertBroken(Fixture fixture, String ruleId, Severity severity, EObject object, String message) {
        List<Finding> findings = findings(fixture, ruleId);
        assertEquals(1, findings.size(), () -> "one " + ruleId + " finding expected, got " + findings);
        Finding finding = findings.get(0);
        assertAll(() -> assertEquals(message, finding.message()),
                () -> assertSame(object, finding.object(), () -> "object " + EstateLabels.describe(finding.object())),
                () -> assertEquals(severity, finding.severity()),
                () -> assertEquals(ruleId, finding.ruleId()));
    }
}
