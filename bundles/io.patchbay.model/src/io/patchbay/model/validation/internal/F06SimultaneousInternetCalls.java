package io.patchbay.model.validation.internal;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;

/** F-06: "Number of simultaneous internet calls" must be greater than 0. */
final class F06SimultaneousInternetCalls extends Rule<OsbizSystem> {

    F06SimultaneousInternetCalls() {
        super("F-06", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        if (Systems.usesInternetDevices(system) && system.getSimultaneousInternetCalls() <= 0) {
            report.error(system, EstatePackage.Literals.OSBIZ_SYSTEM__UPSTREAM_KBPS, "the number of simultaneous internet calls is " + system.getSimultaneousInternetCalls(),
                    "set \"Upstream up to (Kbps)\" so that at least one internet call is possible");
        }
    }
}
