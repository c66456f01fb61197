package io.patchbay.model.validation.internal;

import java.util.Objects;

import io.patchbay.model.Device;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Place;
import io.patchbay.model.SignallingTransport;
import io.patchbay.model.Station;
import io.patchbay.model.TlsRenegotiation;

/**
 * F-12: an HFA phone at home has the system's public address as gateway and DLS address, takes the time from the
 * system, is bound to its station, and with SPE uses TLS with secure renegotiation (RFC 5746).
 */
final class F12DeviceAtHomeSettings extends Rule<Device> {

    F12DeviceAtHomeSettings() {
        super("F-12", Device.class);
    }

    @Override
    void check(Device device, Report.ForRule report) {
        OsbizSystem system = Systems.systemOf(device);
        if (device.getPlace() != Place.HOME || system == null
                || !F11SoftwareDeploymentAtHome.DESK_PHONES.contains(device.getModel())) {
            return;
        }
        String publicAddress = system.getPublicAddress();
        if (!Objects.equals(publicAddress, device.getGateway())) {
            report.errorFixedBy(device, EstatePackage.Literals.DEVICE__GATEWAY, publicAddress, "gateway is " + text(device.getGateway()) + ", not the system's public address "
                    + text(publicAddress), "set the gateway to " + text(publicAddress));
        }
        if (!Objects.equals(publicAddress, device.getDlsAddress())) {
            report.errorFixedBy(device, EstatePackage.Literals.DEVICE__DLS_ADDRESS, publicAddress, "DLS address is " + text(device.getDlsAddress())
                    + ", not the system's public address " + text(publicAddress),
                    "set the DLS address to " + text(publicAddress));
        }
        if (!device.isTimeFromSystem()) {
            report.errorFixedBy(device, EstatePackage.Literals.DEVICE__TIME_FROM_SYSTEM, true, "date and time do not come from the system", "set the date/time source to system");
        }
        Station station = device.getStation();
        if (station == null) {
            report.error(device, EstatePackage.Literals.DEVICE__STATION, "not bound to a station", "bind it to its station (subscriber number and password)");
        } else if (station.isSpeEnabled() && system.isSpeEnabled()) {
            if (device.getTransport() != SignallingTransport.TLS) {
                report.errorFixedBy(device, EstatePackage.Literals.DEVICE__TRANSPORT, SignallingTransport.TLS, "SPE is on but signalling transport is " + device.getTransport(),
                        "set the signalling transport to TLS");
            }
            if (device.getTlsRenegotiation() != TlsRenegotiation.SECURE_RFC5746) {
                report.errorFixedBy(device, EstatePackage.Literals.DEVICE__TLS_RENEGOTIATION, TlsRenegotiation.SECURE_RFC5746, "SPE is on but TLS renegotiation is not secure",
                        "set TLS renegotiation to secure (RFC 5746)");
            }
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "(not set)" : value;
    }
}
