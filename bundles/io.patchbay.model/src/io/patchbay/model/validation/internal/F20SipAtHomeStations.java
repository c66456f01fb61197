package io.patchbay.model.validation.internal;

import io.patchbay.model.Device;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Place;
import io.patchbay.model.SoftwareVersion;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;

/**
 * F-20: SIP@Home needs release V1R3.2 or later and the SBC flag on every SIP station with a device at home
 * (authentication and a strong password for SBC stations are F-07's).
 */
final class F20SipAtHomeStations extends Rule<OsbizSystem> {

    private static final SoftwareVersion SINCE = SoftwareVersion.parse("V1R3.2");

    F20SipAtHomeStations() {
        super("F-20", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        if (!Systems.usesSipAtHome(system)) {
            return;
        }
        if (system.getRelease() != null && !system.getRelease().isAtLeast(SINCE)) {
            report.error(system, EstatePackage.Literals.OSBIZ_SYSTEM__RELEASE, "SIP@Home needs " + SINCE + " or later", "upgrade the system");
        }
        for (Device device : system.getDevices()) {
            Station station = device.getStation();
            if (device.getPlace() == Place.HOME && station != null && station.getType() == StationType.SIP_CLIENT
                    && !station.isSbcFlag()) {
                report.error(station, EstatePackage.Literals.STATION__SBC_FLAG, "has a SIP device at home but the SBC flag is off",
                        "set \"Internet Registration with internal SBC\" after enabling authentication with a strong "
                                + "password");
            }
        }
    }
}
