package io.patchbay.model.validation.internal;

import io.patchbay.model.OsbizSystem;

/** F-08: the system's signalling ports HFA 4062, HFA-TLS 4063 and HTTPS 8802 must not be changed. */
final class F08SystemPortsUnchanged extends Rule<OsbizSystem> {

    F08SystemPortsUnchanged() {
        super("F-08", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        port(system, report, "HFA", system.getHfaPort(), 4062);
        port(system, report, "HFA-TLS", system.getHfaTlsPort(), 4063);
        port(system, report, "HTTPS", system.getHttpsPort(), 8802);
    }

    private static void port(OsbizSystem system, Report.ForRule report, String service, int actual, int expected) {
        if (actual != expected) {
            report.error(system, service + " port is " + actual + ", not " + expected,
                    "set it back to " + expected + ": the system ports must not be changed");
        }
    }
}
