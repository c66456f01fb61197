package io.patchbay.model.validation.internal;

import io.patchbay.model.ClassOfService;
import io.patchbay.model.Device;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.PasswordPolicy;
import io.patchbay.model.Place;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;

/**
 * F-07: a station with the SBC flag needs an IP user licence, authentication with a strong password (the system's
 * password policy) and a reduced class of service; an HFA station with a device at home needs the SBC flag.
 */
final class F07StationSbcNeedsAuthentication extends Rule<OsbizSystem> {

    /** What Patchbay calls a strong policy: the passwords themselves are checked against it by the vault. */
    static final int STRONG_MINIMUM_LENGTH = 8;
    static final int STRONG_CHARACTER_CLASSES = 3;

    F07StationSbcNeedsAuthentication() {
        super("F-07", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        boolean anySbc = false;
        for (Station station : system.getStations()) {
            if (station.isSbcFlag()) {
                anySbc = true;
                checkSbcStation(station, report);
            }
        }
        for (Device device : system.getDevices()) {
            Station station = device.getStation();
            if (device.getPlace() == Place.HOME && station != null && !station.isSbcFlag()
                    && station.getType() == StationType.SYSTEM_CLIENT_HFA) {
                report.error(station, EstatePackage.Literals.STATION__SBC_FLAG, "has a device at home but the SBC flag is off",
                        "set \"Internet Registration with internal SBC\" after enabling authentication with a strong "
                                + "password");
            }
        }
        if (anySbc) {
            PasswordPolicy policy = system.getPasswordPolicy();
            if (policy == null) {
                report.error(system, EstatePackage.Literals.OSBIZ_SYSTEM__PASSWORD_POLICY, "stations have the SBC flag but the password policy is not recorded",
                        "record the system's password policy (at least " + STRONG_MINIMUM_LENGTH + " characters, "
                                + STRONG_CHARACTER_CLASSES + " character classes)");
            } else if (policy.getMinimumLength() < STRONG_MINIMUM_LENGTH
                    || policy.getRequiredCharacterClasses() < STRONG_CHARACTER_CLASSES) {
                report.error(system, EstatePackage.Literals.OSBIZ_SYSTEM__PASSWORD_POLICY, "stations have the SBC flag but the password policy is weak ("
                        + policy.getMinimumLength() + " characters, " + policy.getRequiredCharacterClasses()
                        + " character classes)", "require at least " + STRONG_MINIMUM_LENGTH + " characters and "
                                + STRONG_CHARACTER_CLASSES + " character classes");
            }
        }
    }

    private static void checkSbcStation(Station station, Report.ForRule report) {
        if (!station.isAuthentication()) {
            report.errorFixedBy(station, EstatePackage.Literals.STATION__AUTHENTICATION, true, "SBC flag set but authentication is off",
                    "enable authentication and set a strong password");
        } else if (Systems.blank(station.getPasswordRef())) {
            report.error(station, EstatePackage.Literals.STATION__PASSWORD_REF, "SBC flag set but no password is stored",
                    "set a strong password (it is kept in the vault)");
        }
        if (!station.isIpUserLicence()) {
            report.errorFixedBy(station, EstatePackage.Literals.STATION__IP_USER_LICENCE, true, "SBC flag set but no IP user licence is assigned", "assign an IP user licence");
        }
        ClassOfService cos = station.getClassOfService();
        if (cos == ClassOfService.INTERNATIONAL || cos == ClassOfService.UNRESTRICTED) {
            report.warning(station, EstatePackage.Literals.STATION__CLASS_OF_SERVICE, "reachable from the internet with class of service " + cos
                    + " (toll fraud risk)", "reduce the class of service to NATIONAL or lower");
        }
    }
}
