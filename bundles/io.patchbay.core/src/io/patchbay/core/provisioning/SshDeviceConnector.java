package io.patchbay.core.provisioning;

import java.time.Duration;
import java.util.Objects;

import io.patchbay.core.Cancellation;
import io.patchbay.core.ConnectionSpec;
import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.Transport;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.core.VaultException;
import io.patchbay.model.ManagedDevice;

/**
 * Reaches a device over SSH the way the estate says: {@code hostAddress} and {@code sshPort}, the credential under
 * {@code credentialRef} in the vault, host keys checked against the estate's known-hosts store. The credential is
 * destroyed when the session is open.
 *
 * @since 0.1
 */
public final class SshDeviceConnector implements DeviceConnector {

    private final Transport ssh;
    private final CredentialVault vault;
    private final KnownHostsStore knownHosts;
    private final Duration commandTimeout;

    /** A connector with the default command timeout of 30 s. */
    public SshDeviceConnector(Transport ssh, CredentialVault vault, KnownHostsStore knownHosts) {
        this(ssh, vault, knownHosts, Duration.ofSeconds(30));
    }

    public SshDeviceConnector(Transport ssh, CredentialVault vault, KnownHostsStore knownHosts,
            Duration commandTimeout) {
        this.ssh = Objects.requireNonNull(ssh, "ssh");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.knownHosts = Objects.requireNonNull(knownHosts, "knownHosts");
        this.commandTimeout = Objects.requireNonNull(commandTimeout, "commandTimeout");
    }

    /** The device's management address from the estate. */
    public static DeviceAddress addressOf(ManagedDevice device) throws ProvisioningException {
        String host = device.getHostAddress();
        if (host == null || host.isBlank()) {
            throw new ProvisioningException(label(device), "the estate has no management address for it",
                    "Set its host address in the estate");
        }
        try {
            return DeviceAddress.of(host.strip(), device.getSshPort());
        } catch (IllegalArgumentException e) {
            throw new ProvisioningException(label(device), e.getMessage(), "Correct its SSH port in the estate");
        }
    }

    @Override
    public TransportSession open(ManagedDevice device, Cancellation cancellation)
            throws TransportException, ProvisioningException {
        DeviceAddress address = addressOf(device);
        String reference = device.getCredentialRef();
        if (!CredentialVault.isReference(reference)) {
            throw new ProvisioningException(label(device), "the estate names no vault credential for it",
                    "Store its login in the vault and set its credential reference (vault:…)");
        }
        Credential credential;
        try {
            credential = vault.resolve(reference);
        } catch (VaultException e) {
            throw new ProvisioningException(label(device), "its credential " + reference + " cannot be read ("
                    + e.getMessage() + ")", "Store the device's login in the vault under " + reference);
        }
        try {
            return ssh.open(ConnectionSpec.to(address).credential(credential).knownHosts(knownHosts)
                    .commandTimeout(commandTimeout).cancellation(cancellation).deviceName(device.getName()).build());
        } finally {
            credential.destroy();
        }
    }

    /** How messages name a device: its name and estate id. */
    static String label(ManagedDevice device) {
        return device.getName() + " (" + device.getId() + ")";
    }
}
