package io.patchbay.ui.internal.provisioning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import io.patchbay.core.CredentialVault;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.SnmpTransport;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.DeviceConnector;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SnmpDeviceConnector;
import io.patchbay.core.provisioning.SshDeviceConnector;

/**
 * The OSGi services a wizard or a rollback uses, got when it starts and released when it closes: the feature's provisioner and
 * what reaches devices (the SSH and SNMP transports and the vault), as {@code patchbay apply} uses them.
 */
public final class ProvisioningServices implements AutoCloseable {

    private final BundleContext context;
    private final List<ServiceReference<?>> held = new ArrayList<>();

    public ProvisioningServices(BundleContext context) {
        this.context = context;
    }

    /** The provisioner registered for {@code feature}, if a bundle provides one. */
    public Optional<Provisioner> provisioner(String feature) {
        return get(Provisioner.class, "(" + Provisioner.FEATURE + "=" + feature + ")");
    }

    /**
     * Reaches devices as the command line does: SSH with the known hosts beside the estate, SNMP (v3, the vault's
     * credential) when an SNMP transport is installed.
     *
     * @throws IllegalStateException when there is no SSH transport or vault (the message says what is missing)
     */
    public DeviceConnector connector(Path estateFile) {
        return connector(estateFile, vault());
    }

    /**
     * The operator's credential vault.
     *
     * @throws IllegalStateException when no vault is running
     */
    public CredentialVault vault() {
        return get(CredentialVault.class, null).orElseThrow(
                () -> new IllegalStateException("No credential vault is running: the console needs io.patchbay.core"
                        + " started to read the devices' logins."));
    }

    /**
     * Reaches devices as {@link #connector(Path)} does, with the logins of {@code vault} (a rehearsal's twins keep
     * theirs apart from the operator's).
     */
    DeviceConnector connector(Path estateFile, CredentialVault vault) {
        Transport ssh = get(Transport.class, "(" + Transport.PROTOCOL + "=ssh)").orElseThrow(
                () -> new IllegalStateException("No SSH transport is installed: the console needs the bundle "
                        + "io.patchbay.transport.ssh to reach devices."));
        DeviceConnector sshConnector = new SshDeviceConnector(ssh, vault, KnownHostsStore.besideEstate(estateFile));
        Optional<SnmpTransport> snmp = get(SnmpTransport.class,
                "(" + Transport.PROTOCOL + "=" + SnmpTransport.PROTOCOL + ")");
        return snmp.<DeviceConnector>map(s -> DeviceConnector.both(sshConnector, new SnmpDeviceConnector(s, vault)))
                .orElse(sshConnector);
    }

    private <S> Optional<S> get(Class<S> type, String filter) {
        try {
            Collection<ServiceReference<S>> references = context.getServiceReferences(type, filter);
            for (ServiceReference<S> reference : references) {
                S service = context.getService(reference);
                if (service != null) {
                    held.add(reference);
                    return Optional.of(service);
                }
            }
            return Optional.empty();
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("bad service filter " + filter, e);
        }
    }

    @Override
    public void close() {
        for (ServiceReference<?> reference : held) {
            try {
                context.ungetService(reference);
            } catch (IllegalStateException e) {
                // the framework is stopping; nothing to release
            }
        }
        held.clear();
    }
}
