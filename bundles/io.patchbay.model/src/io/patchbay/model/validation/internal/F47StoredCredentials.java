package io.patchbay.model.validation.internal;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.ServicelinkIdentity;

/**
 * F-47: credentials are stored for every device Patchbay manages (one with a management address) and for every
 * RSP.servicelink identity, and the identity names its Device Identifier.
 */
final class F47StoredCredentials extends Rule<ManagedDevice> {

    F47StoredCredentials() {
        super("F-47", ManagedDevice.class);
    }

    @Override
    void check(ManagedDevice device, Report.ForRule report) {
        if (!Systems.blank(device.getHostAddress()) && Systems.blank(device.getCredentialRef())) {
            report.error(device, EstatePackage.Literals.MANAGED_DEVICE__CREDENTIAL_REF, "no management credentials are stored",
                    "store its credentials in the vault and set the reference");
        }
        ServicelinkIdentity identity = device.getServicelink();
        if (identity != null) {
            if (Systems.blank(identity.getCredentialRef())) {
                report.error(identity, EstatePackage.Literals.SERVICELINK_IDENTITY__CREDENTIAL_REF, "no RSP.servicelink credentials are stored",
                        "store them in the vault and set the reference");
            }
            if (Systems.blank(identity.getDeviceIdentifier())) {
                report.error(identity, EstatePackage.Literals.SERVICELINK_IDENTITY__DEVICE_IDENTIFIER, "has no Device Identifier", "fill in the Device Identifier");
            }
        }
    }
}
