package io.patchbay.model.validation.internal;

import io.patchbay.model.Device;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.LanInterface;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.SignallingTransport;

/**
 * F-14: TLS 1.2 by default (a TLS 1.0 fallback is a risk); TLS is not supported on the WAN interface; SRTP with SDES
 * is not supported at home. SIP endpoints are F-26's.
 */
final class F14TlsAndSrtpAtHome extends Rule<OsbizSystem> {

    F14TlsAndSrtpAtHome() {
        super("F-14", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        if (system.isTlsFallbackToTls10()) {
            report.warningFixedBy(system, EstatePackage.Literals.OSBIZ_SYSTEM__TLS_FALLBACK_TO_TLS10, false, "lets old devices fall back to TLS 1.0",
                    "update those devices and switch the fallback off (TLS 1.2 is the default)");
        }
        for (Device device : Systems.homeDevices(system)) {
            if (Systems.isSip(device)) {
                continue;
            }
            if (device.getTransport() == SignallingTransport.TLS
                    && system.getInternetInterface() == LanInterface.LAN1_WAN) {
                report.error(device, EstatePackage.Literals.DEVICE__TRANSPORT, "uses TLS but the system faces the internet on LAN1/WAN, where TLS is not supported",
                        "connect the system through LAN2");
            }
            if (device.isSrtpSdes()) {
                report.errorFixedBy(device, EstatePackage.Literals.DEVICE__SRTP_SDES, false, "uses SRTP with SDES, which is not supported at home",
                        "switch SRTP with SDES off on the device");
            }
        }
    }
}
