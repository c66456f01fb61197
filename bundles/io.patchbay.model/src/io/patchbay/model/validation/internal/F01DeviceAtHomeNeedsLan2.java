package io.patchbay.model.validation.internal;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.LanInterface;
import io.patchbay.model.OsbizSystem;

/** F-01: Device@Home works only with the system behind an access router on LAN2. */
final class F01DeviceAtHomeNeedsLan2 extends Rule<OsbizSystem> {

    F01DeviceAtHomeNeedsLan2() {
        super("F-01", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        if (!Systems.usesDeviceAtHome(system)) {
            return;
        }
        if (system.getInternetInterface() != LanInterface.LAN2) {
            report.error(system, EstatePackage.Literals.OSBIZ_SYSTEM__INTERNET_INTERFACE, "Device@Home is used but the system faces the internet on LAN1/WAN",
                    "connect it to the internet through an access router on LAN2");
        } else if (system.getAccessRouter() == null) {
            report.error(system, EstatePackage.Literals.OSBIZ_SYSTEM__ACCESS_ROUTER, "Device@Home is used but no access router is set",
                    "set the router on LAN2 through which the system reaches the internet");
        }
    }
}
