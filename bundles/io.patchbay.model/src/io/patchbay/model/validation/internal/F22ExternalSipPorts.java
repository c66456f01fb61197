package io.patchbay.model.validation.internal;

import org.eclipse.emf.ecore.EAttribute;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.SoftwareVersion;

/** F-22: since V2R3 the external SIP ports are 5070 (UDP/TCP) and 5071 (TLS); migrated systems keep 5060/5062. */
final class F22ExternalSipPorts extends Rule<OsbizSystem> {

    private static final SoftwareVersion SINCE = SoftwareVersion.parse("V2R3");

    F22ExternalSipPorts() {
        super("F-22", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        if (system.getRelease() == null || !system.getRelease().isAtLeast(SINCE)) {
            return;
        }
        boolean inUse = Systems.usesSipAtHome(system);
        port(system, report, inUse, EstatePackage.Literals.OSBIZ_SYSTEM__SIP_INTERNET_PORT, "external SIP port", system.getSipInternetPort(), 5070);
        port(system, report, inUse, EstatePackage.Literals.OSBIZ_SYSTEM__SIP_INTERNET_TLS_PORT, "external SIP TLS port", system.getSipInternetTlsPort(), 5071);
    }

    private static void port(OsbizSystem system, Report.ForRule report, boolean inUse, EAttribute feature, String what, int actual,
            int expected) {
        if (actual == expected) {
            return;
        }
        String problem = what + " is " + actual + ", not " + expected + " (kept from an older release?)";
        String fix = "change it to " + expected + " by hand";
        if (inUse) {
            report.errorFixedBy(system, feature, expected, problem, fix);
        } else {
            report.warningFixedBy(system, feature, expected, problem, fix);
        }
    }
}
