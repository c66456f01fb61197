package io.patchbay.core.provisioning;

import io.patchbay.core.Cancellation;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.model.ManagedDevice;

/**
 * Opens a management session to a device of the estate. {@link SshDeviceConnector} is the usual one: address and
 * port from the estate, credential from the vault, host keys beside the estate.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DeviceConnector {

    /**
     * An open session to {@code device}; the caller closes it.
     *
     * @throws ProvisioningException when the estate does not say how to reach the device
     */
    TransportSession open(ManagedDevice device, Cancellation cancellation)
            throws TransportException, ProvisioningException;
}
