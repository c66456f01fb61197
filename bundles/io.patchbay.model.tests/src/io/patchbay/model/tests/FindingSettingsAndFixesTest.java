package io.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.patchbay.model.EstatePackage.Literals;
import io.patchbay.model.PortRange;
import io.patchbay.model.SipAlg;
import io.patchbay.model.SystemModel;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;
import io.patchbay.model.validation.QuickFix;
import io.patchbay.model.validation.Severity;

/**
 * Findings name the setting they are about (so an editor can mark its control) and, where a rule knows the one right
 * value, a quick fix; applying the fix makes the finding go away.
 */
class FindingSettingsAndFixesTest {

    private final Fixture f = new Fixture();

    @Test
    void aChangedHfaPortIsAboutThePortAndIsFixedBySettingItBack() {
        f.system.setHfaPort(4060);
        Finding finding = only("F-08");
        assertEquals(Optional.of(Literals.OSBIZ_SYSTEM__HFA_PORT), finding.setting());
        QuickFix fix = finding.quickFix().orElseThrow();
        assertSame(f.system, fix.object());
        assertEquals(Literals.OSBIZ_SYSTEM__HFA_PORT, fix.feature());
        assertEquals(4062, fix.value());
        assertEquals("Set it back to 4062: the system ports must not be changed", fix.description());

        apply(fix);
        assertTrue(RuleAssertions.findings(f, "F-08").isEmpty(), "the fix keeps F-08");
    }

    @Test
    void anEnabledSipAlgIsFixedBySwitchingItOff() {
        f.homeRouter.setSipAlg(SipAlg.ENABLED);
        Finding finding = only("F-04");
        assertEquals(Optional.of(Literals.HOME_ROUTER__SIP_ALG), finding.setting());
        assertEquals(SipAlg.DISABLED, finding.quickFix().orElseThrow().value());
        assertFalse(finding.quickFix().orElseThrow().isApplied());

        apply(finding.quickFix().orElseThrow());
        assertTrue(RuleAssertions.findings(f, "F-04").isEmpty(), "the fix keeps F-04");
    }

    @Test
    void aWrongRtpRangeIsFixedByTheModelsRange() {
        f.system.setModel(SystemModel.X3);
        f.system.setRtpPortRange(PortRange.parse("30528-30887"));
        Finding finding = only("F-09");
        assertEquals(Optional.of(Literals.OSBIZ_SYSTEM__RTP_PORT_RANGE), finding.setting());
        apply(finding.quickFix().orElseThrow());
        assertTrue(RuleAssertions.findings(f, "F-09").isEmpty(), "the fix keeps F-09");
    }

    @Test
    void aFindingWithTwoRemediesNamesItsSettingButOffersNoFix() {
        f.petersen.setSpeEnabled(true);
        f.system.setSpeEnabled(false);
        Finding finding = RuleAssertions.findings(f, "F-32").get(0);
        assertEquals(Optional.of(Literals.STATION__SPE_ENABLED), finding.setting());
        assertEquals(Optional.empty(), finding.quickFix(), "system or station: the operator decides");
    }

    @Test
    void aFindingAboutTheObjectAsAWholeHasNoSetting() {
        f.system.getStations().get(0).setSbcFlag(true);
        f.system.setPasswordPolicy(null);
        Finding finding = RuleAssertions.findings(f, "F-07").stream().filter(x -> x.object() == f.system)
                .findFirst().orElseThrow();
        assertEquals(Optional.of(Literals.OSBIZ_SYSTEM__PASSWORD_POLICY), finding.setting());
        assertEquals(Optional.empty(), finding.quickFix());
    }

    @Test
    void theFourPartConstructorStillMakesAFindingWithoutSettingOrFix() {
        Finding finding = new Finding("F-07", Severity.ERROR, f.reception, "message");
        assertEquals(Optional.empty(), finding.setting());
        assertEquals(Optional.empty(), finding.quickFix());
        assertEquals(new Finding("F-07", Severity.ERROR, f.reception, "message", null, null), finding);
    }

    @Test
    void aQuickFixMustSetASettingOfItsObject() {
        assertThrows(IllegalArgumentException.class,
                () -> new QuickFix("Switch the SIP ALG off", f.system, Literals.HOME_ROUTER__SIP_ALG, SipAlg.DISABLED));
    }

    private Finding only(String ruleId) {
        List<Finding> findings = RuleAssertions.findings(f, ruleId);
        assertEquals(1, findings.size(), () -> "one " + ruleId + " finding: " + EstateValidation.validate(f.estate));
        return findings.get(0);
    }

    private static void apply(QuickFix fix) {
        fix.object().eSet(fix.feature(), fix.value());
    }
}
