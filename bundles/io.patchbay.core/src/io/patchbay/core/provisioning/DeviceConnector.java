package io.patchbay.core.provisioning;

import io.patchbay.core.Cancellation;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.model.ManagedDevice;

/**
 * Opens a management session to a device of the estate, in the {@linkplain Provisioner#protocol() protocol} a
 * provisioner speaks. {@link SshDeviceConnector} is the usual one for SSH (address and port from the estate,
 * credential from the vault, host keys beside the estate); {@link SnmpDeviceConnector} opens SNMPv3 sessions, and
 * {@link #both} combines one of each.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DeviceConnector {

    /**
     * An open SSH session to {@code device}; the caller closes it.
     *
     * @throws ProvisioningException when the estate does not say how to reach the device
     */
    TransportSession open(ManagedDevice device, Cancellation cancellation)
            throws TransportException, ProvisioningException;

    /**
     * An open SNMP session to {@code device}; the caller closes it. The default refuses: a connector that reaches
     * devices over SNMP overrides it.
     *
     * @throws ProvisioningException when the estate does not say how to reach the device, or this connector does not
     *                               speak SNMP
     */
    default SnmpSession openSnmp(ManagedDevice device, Cancellation cancellation)
            throws TransportException, ProvisioningException {
        throw new ProvisioningException(SshDeviceConnector.label(device), "this connector does not speak SNMP",
                "Reach it through a connector for SNMP (SnmpDeviceConnector)");
    }

    /** A connector that opens SSH sessions through {@code ssh} and SNMP sessions through {@code snmp}. */
    static DeviceConnector both(DeviceConnector ssh, DeviceConnector snmp) {
        return new DeviceConnector() {
            @Override
            public TransportSession open(ManagedDevice device, Cancellation cancellation)
                    throws TransportException, ProvisioningException {
                return ssh.open(device, cancellation);
            }

            @Override
            public SnmpSession openSnmp(ManagedDevice device, Cancellation cancellation)
                    throws TransportException, ProvisioningException {
                return snmp.openSnmp(device, cancellation);
            }
        };
    }
}
