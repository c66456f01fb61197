package io.patchbay.model.validation.internal;

import java.util.EnumMap;
import java.util.Map;

import io.patchbay.model.Device;
import io.patchbay.model.DeviceModel;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Place;
import io.patchbay.model.SoftwareVersion;

/** F-13: minimum firmware of each device model for Device@Home; myPortal @work needs more than V2.0.12 and V2R7. */
final class F13MinimumFirmwareAtHome extends Rule<Device> {

    private static final Map<DeviceModel, SoftwareVersion> MINIMUM = new EnumMap<>(DeviceModel.class);
    private static final SoftwareVersion AT_WORK_ABOVE = SoftwareVersion.parse("V2.0.12");
    private static final SoftwareVersion AT_WORK_SYSTEM = SoftwareVersion.parse("V2R7");

    static {
        MINIMUM.put(DeviceModel.OPENSTAGE_HFA, SoftwareVersion.parse("V3 R0.40.4"));
        MINIMUM.put(DeviceModel.DESKPHONE_IP_HFA, SoftwareVersion.parse("V3 R0.40.4"));
        MINIMUM.put(DeviceModel.DESKPHONE_CP400_HFA, SoftwareVersion.parse("V1 R2.8.0"));
        MINIMUM.put(DeviceModel.DESKPHONE_CP600_HFA, SoftwareVersion.parse("V1 R2.8.0"));
        MINIMUM.put(DeviceModel.MYPORTAL_TO_GO_ANDROID, SoftwareVersion.parse("V2R2.26.19"));
        MINIMUM.put(DeviceModel.MYPORTAL_TO_GO_IOS, SoftwareVersion.parse("V2R5.11.01"));
    }

    F13MinimumFirmwareAtHome() {
        super("F-13", Device.class);
    }

    @Override
    void check(Device device, Report.ForRule report) {
        if (device.getPlace() != Place.HOME) {
            return;
        }
        SoftwareVersion firmware = device.getFirmware();
        SoftwareVersion minimum = MINIMUM.get(device.getModel());
        if (device.getModel() == DeviceModel.MYPORTAL_AT_WORK) {
            if (firmware == null || !(firmware.compareTo(AT_WORK_ABOVE) > 0)) {
                report.error(device, EstatePackage.Literals.DEVICE__FIRMWARE, "myPortal @work " + (firmware == null ? "of unknown version" : firmware)
                        + " at home needs a version newer than " + AT_WORK_ABOVE, "update it");
            }
            OsbizSystem system = Systems.systemOf(device);
            if (system != null && (system.getRelease() == null || !system.getRelease().isAtLeast(AT_WORK_SYSTEM))) {
                report.error(device, "myPortal @work at home needs the system on " + AT_WORK_SYSTEM + " or later",
                        "upgrade the system to " + AT_WORK_SYSTEM);
            }
        } else if (minimum != null && (firmware == null || !firmware.isAtLeast(minimum))) {
            report.error(device, EstatePackage.Literals.DEVICE__FIRMWARE, "firmware " + (firmware == null ? "(not recorded)" : firmware)
                    + " is below the minimum " + minimum + " of " + EstateLabels.describe(device.getModel())
                    + " for Device@Home", "update the firmware to " + minimum + " or later");
        }
    }
}
