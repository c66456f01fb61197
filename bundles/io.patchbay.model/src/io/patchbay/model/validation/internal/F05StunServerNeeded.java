package io.patchbay.model.validation.internal;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;

/** F-05: STUN must be active: an ITSP trunk's STUN server or the default STUN server. */
final class F05StunServerNeeded extends Rule<OsbizSystem> {

    F05StunServerNeeded() {
        super("F-05", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        if (Systems.usesInternetDevices(system) && !Systems.hasItspStun(system)
                && Systems.blank(system.getStunServer())) {
            report.error(system, EstatePackage.Literals.OSBIZ_SYSTEM__STUN_SERVER, "no STUN server: no active ITSP trunk has one and no default STUN server is set",
                    "set a default STUN server (port 3478)");
        }
    }
}
