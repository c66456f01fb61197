package io.patchbay.model.validation.internal;

import java.util.EnumSet;
import java.util.Set;

import io.patchbay.model.Device;
import io.patchbay.model.DeviceModel;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;

/** F-11: software deployment (DLI) to phones at home is off by default and must be enabled explicitly. */
final class F11SoftwareDeploymentAtHome extends Rule<OsbizSystem> {

    /** Desk phones that get their firmware through DLI. */
    static final Set<DeviceModel> DESK_PHONES = EnumSet.of(DeviceModel.OPENSTAGE_HFA, DeviceModel.DESKPHONE_IP_HFA,
            DeviceModel.DESKPHONE_CP400_HFA, DeviceModel.DESKPHONE_CP600_HFA);

    F11SoftwareDeploymentAtHome() {
        super("F-11", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        if (system.isDliEnabled()) {
            return;
        }
        long phones = Systems.homeDevices(system).stream().map(Device::getModel).filter(DESK_PHONES::contains).count();
        if (phones > 0) {
            report.warningFixedBy(system, EstatePackage.Literals.OSBIZ_SYSTEM__DLI_ENABLED, true, phones + " phone(s) at home get no software updates: software deployment (DLI) is off",
                    "enable software deployment to devices at home (it uses DLI 18443 and HTTPS 8804)");
        }
    }
}
