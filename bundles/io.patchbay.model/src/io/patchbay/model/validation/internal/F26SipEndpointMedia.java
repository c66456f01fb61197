package io.patchbay.model.validation.internal;

import io.patchbay.model.Device;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.LanInterface;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Place;
import io.patchbay.model.SignallingTransport;

/**
 * F-26: a SIP endpoint at home needs STUN, has one media stream (no video), and uses TLS only when the system's
 * internet interface is the LAN interface.
 */
final class F26SipEndpointMedia extends Rule<Device> {

    F26SipEndpointMedia() {
        super("F-26", Device.class);
    }

    @Override
    void check(Device device, Report.ForRule report) {
        OsbizSystem system = Systems.systemOf(device);
        if (device.getPlace() != Place.HOME || system == null || !Systems.isSip(device)) {
            return;
        }
        if (!device.isStun()) {
            report.errorFixedBy(device, EstatePackage.Literals.DEVICE__STUN, true, "has no STUN; SIP endpoints at home cannot work without it",
                    "enable STUN (server and port 3478)");
        }
        if (device.isVideo()) {
            report.errorFixedBy(device, EstatePackage.Literals.DEVICE__VIDEO, false, "has video enabled; only one media stream per session is supported",
                    "switch video off");
        }
        if (device.getTransport() == SignallingTransport.TLS
                && system.getInternetInterface() == LanInterface.LAN1_WAN) {
            report.error(device, EstatePackage.Literals.DEVICE__TRANSPORT, "uses TLS but the system faces the internet on LAN1/WAN; TLS works on the LAN "
                    + "interface only", "use UDP, or connect the system through LAN2");
        }
    }
}
