package io.patchbay.model.validation.internal;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.ItspTrunk;
import io.patchbay.model.OsbizSystem;

/** F-02: ITSP trunks and internet-connected devices use the same LAN interface. */
final class F02TrunksAndDevicesShareInterface extends Rule<OsbizSystem> {

    F02TrunksAndDevicesShareInterface() {
        super("F-02", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        if (system.getInternetInterface() == null || !Systems.usesInternetDevices(system)) {
            return;
        }
        for (ItspTrunk trunk : system.getItspTrunks()) {
            if (trunk.isActive() && trunk.getLanInterface() != system.getInternetInterface()) {
                report.errorFixedBy(trunk, EstatePackage.Literals.ITSP_TRUNK__LAN_INTERFACE, system.getInternetInterface(), "uses " + trunk.getLanInterface() + " but the internet devices use "
                        + system.getInternetInterface(), "put the trunk on " + system.getInternetInterface());
            }
        }
    }
}
