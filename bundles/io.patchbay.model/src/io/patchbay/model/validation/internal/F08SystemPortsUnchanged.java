package io.patchbay.model.validation.internal;

import org.eclipse.emf.ecore.EAttribute;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;

/** F-08: the system's signalling ports HFA 4062, HFA-TLS 4063 and HTTPS 8802 must not be changed. */
final class F08SystemPortsUnchanged extends Rule<OsbizSystem> {

    F08SystemPortsUnchanged() {
        super("F-08", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        port(system, report, EstatePackage.Literals.OSBIZ_SYSTEM__HFA_PORT, "HFA", system.getHfaPort(), 4062);
        port(system, report, EstatePackage.Literals.OSBIZ_SYSTEM__HFA_TLS_PORT, "HFA-TLS", system.getHfaTlsPort(), 4063);
        port(system, report, EstatePackage.Literals.OSBIZ_SYSTEM__HTTPS_PORT, "HTTPS", system.getHttpsPort(), 8802);
    }

    private static void port(OsbizSystem system, Report.ForRule report, EAttribute feature, String service, int actual, int expected) {
        if (actual != expected) {
            report.errorFixedBy(system, feature, expected, service + " port is " + actual + ", not " + expected,
                    "set it back to " + expected + ": the system ports must not be changed");
        }
    }
}
