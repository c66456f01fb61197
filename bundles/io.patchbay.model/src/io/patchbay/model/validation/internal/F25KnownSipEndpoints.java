package io.patchbay.model.validation.internal;

import java.util.Objects;

import io.patchbay.model.Device;
import io.patchbay.model.DeviceModel;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Place;
import io.patchbay.model.SignallingTransport;
import io.patchbay.model.SoftwareVersion;

/**
 * F-25: the known SIP endpoints at home: Yealink T19P only with 31.72.0.48 and UDP; Yealink T41P 36.72.0.57; Zoiper
 * iOS 2.17 with UDP; Zoiper Android 1.51.17 with UDP or TLS; server host the system's public address, server port the
 * external SIP port.
 */
final class F25KnownSipEndpoints extends Rule<Device> {

    F25KnownSipEndpoints() {
        super("F-25", Device.class);
    }

    @Override
    void check(Device device, Report.ForRule report) {
        OsbizSystem system = Systems.systemOf(device);
        if (device.getPlace() != Place.HOME || system == null || !Systems.SIP_ENDPOINTS.contains(device.getModel())) {
            return;
        }
        SoftwareVersion firmware = device.getFirmware();
        switch (device.getModel()) {
            case YEALINK_T19P -> {
                if (!SoftwareVersion.parse("31.72.0.48").equals(firmware)) {
                    report.error(device, EstatePackage.Literals.DEVICE__FIRMWARE, "firmware " + firmware + " is unusable for SIP@Home; only 31.72.0.48 works",
                            "install firmware 31.72.0.48");
                }
                udpOnly(device, report, "it has no TLS 1.2");
            }
            case YEALINK_T41P -> tested(device, report, "36.72.0.57");
            case ZOIPER_IOS -> {
                tested(device, report, "2.17");
                udpOnly(device, report, "Zoiper iOS supports UDP only");
            }
            case ZOIPER_ANDROID -> {
                tested(device, report, "1.51.17");
                if (device.getTransport() == SignallingTransport.TCP) {
                    report.error(device, EstatePackage.Literals.DEVICE__TRANSPORT, "transport is TCP; Zoiper Android works with UDP or TLS",
                            "set the transport to UDP (or TLS)");
                }
            }
            default -> {
                // not a SIP endpoint
            }
        }
        if (!Objects.equals(system.getPublicAddress(), device.getGateway())) {
            report.errorFixedBy(device, EstatePackage.Literals.DEVICE__GATEWAY, system.getPublicAddress(), "server host is " + (device.getGateway() == null ? "(not set)" : device.getGateway())
                    + ", not the system's public address " + system.getPublicAddress(),
                    "set the server host to " + system.getPublicAddress());
        }
        if (device.getGatewayPort() != 0 && device.getGatewayPort() != system.getSipInternetPort()) {
            report.errorFixedBy(device, EstatePackage.Literals.DEVICE__GATEWAY_PORT, system.getSipInternetPort(), "server port is " + device.getGatewayPort() + ", not the external SIP port "
                    + system.getSipInternetPort(), "set the server port to " + system.getSipInternetPort());
        }
    }

    private static void tested(Device device, Report.ForRule report, String version) {
        if (!SoftwareVersion.parse(version).equals(device.getFirmware())) {
            report.warning(device, EstatePackage.Literals.DEVICE__FIRMWARE, "firmware " + device.getFirmware() + " is not the tested version " + version,
                    "install version " + version);
        }
    }

    private static void udpOnly(Device device, Report.ForRule report, String why) {
        if (device.getTransport() != SignallingTransport.UDP) {
            report.errorFixedBy(device, EstatePackage.Literals.DEVICE__TRANSPORT, SignallingTransport.UDP, "transport is " + device.getTransport() + " but " + why,
                    "set the transport to UDP");
        }
    }
}
