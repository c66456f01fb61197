package io.patchbay.model.validation.internal;

import io.patchbay.model.Codec;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceModel;
import io.patchbay.model.EstatePackage;

/** F-16: myPortal to go VoIP uses G.711 only and Wi-Fi only (its HTTPS 8802 is F-08/F-10's). */
final class F16MyPortalToGoVoip extends Rule<Device> {

    F16MyPortalToGoVoip() {
        super("F-16", Device.class);
    }

    @Override
    void check(Device device, Report.ForRule report) {
        if (device.getModel() != DeviceModel.MYPORTAL_TO_GO_ANDROID
                && device.getModel() != DeviceModel.MYPORTAL_TO_GO_IOS) {
            return;
        }
        if (device.getCodec() != Codec.G711) {
            report.errorFixedBy(device, EstatePackage.Literals.DEVICE__CODEC, Codec.G711, "uses codec " + device.getCodec() + "; myPortal to go VoIP supports G.711 only",
                    "set the codec to G.711");
        }
        if (device.isMobileDataVoip()) {
            report.errorFixedBy(device, EstatePackage.Literals.DEVICE__MOBILE_DATA_VOIP, false, "makes VoIP calls over mobile data; only Wi-Fi is supported",
                    "allow VoIP over Wi-Fi only");
        }
    }
}
