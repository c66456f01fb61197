package io.patchbay.core.provisioning;

import java.time.Duration;
import java.util.Objects;

import io.patchbay.core.Cancellation;
import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.SnmpSpec;
import io.patchbay.core.SnmpTransport;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.core.VaultException;
import io.patchbay.model.ManagedDevice;

/**
 * Reaches a device over SNMPv3 the way the estate says: {@code hostAddress} and {@code snmpPort}, the vault credential
 * under {@code credentialRef} as the USM user with its secret as both the authentication and the privacy pass phrase
 * (authPriv) — what {@code patchbay simulate} stores for its OSBiz twins. The credential is destroyed when the session
 * is open. It does not open SSH sessions.
 *
 * @since 0.1
 */
public final class SnmpDeviceConnector implements DeviceConnector {

    private final SnmpTransport snmp;
    private final CredentialVault vault;
    private final Duration timeout;

    /** A connector with a request timeout of 5 s. */
    public SnmpDeviceConnector(SnmpTransport snmp, CredentialVault vault) {
        this(snmp, vault, Duration.ofSeconds(5));
    }

    public SnmpDeviceConnector(SnmpTransport snmp, CredentialVault vault, Duration timeout) {
        this.snmp = Objects.requireNonNull(snmp, "snmp");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The device's SNMP address from the estate: {@code hostAddress}:{@code snmpPort}. */
    public static DeviceAddress addressOf(ManagedDevice device) throws ProvisioningException {
        String host = device.getHostAddress();
        if (host == null || host.isBlank()) {
            throw new ProvisioningException(SshDeviceConnector.label(device),
                    "the estate has no management address for it", "Set its host address in the estate");
        }
        try {
            return DeviceAddress.of(host.strip(), device.getSnmpPort());
        } catch (IllegalArgumentException e) {
            throw new ProvisioningException(SshDeviceConnector.label(device), e.getMessage(),
                    "Correct its SNMP port in the estate");
        }
    }

    @Override
    public TransportSession open(ManagedDevice device, Cancellation cancellation) throws ProvisioningException {
        throw new ProvisioningException(SshDeviceConnector.label(device), "this connector does not speak SSH",
                "Reach it through an SshDeviceConnector");
    }

    @Override
    public SnmpSession openSnmp(ManagedDevice device, Cancellation cancellation)
            throws TransportException, ProvisioningException {
        DeviceAddress address = addressOf(device);
        String reference = device.getCredentialRef();
        if (!CredentialVault.isReference(reference)) {
            throw new ProvisioningException(SshDeviceConnector.label(device),
                    "the estate names no vault credential for it",
                    "Store its SNMPv3 user in the vault and set its credential reference (vault:…)");
        }
        Credential credential;
        try {
            credential = vault.resolve(reference);
        } catch (VaultException e) {
            throw new ProvisioningException(SshDeviceConnector.label(device), "its credential " + reference
                    + " cannot be read (" + e.getMessage() + ")",
                    "Store the device's SNMPv3 user in the vault under " + reference);
        }
        try {
            return snmp.open(SnmpSpec.v3(address, credential).timeout(timeout)
                    .cancellation(cancellation).deviceName(device.getName()).build());
        } finally {
            credential.destroy();
        }
    }
}
