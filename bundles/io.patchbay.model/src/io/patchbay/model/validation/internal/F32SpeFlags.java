package io.patchbay.model.validation.internal;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Station;

/** F-32: a station's SPE flag works only with the system's SPE flag on (changing it needs a system restart). */
final class F32SpeFlags extends Rule<OsbizSystem> {

    F32SpeFlags() {
        super("F-32", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        if (system.isSpeEnabled()) {
            return;
        }
        for (Station station : system.getStations()) {
            if (station.isSpeEnabled()) {
                report.error(station, EstatePackage.Literals.STATION__SPE_ENABLED, "SPE is on for the station but off for the system",
                        "enable SPE on the system (it needs a restart) or switch it off for the station");
            }
        }
    }
}
