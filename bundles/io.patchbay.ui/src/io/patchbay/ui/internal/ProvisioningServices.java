package io.patchbay.ui.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import io.patchbay.core.CredentialVault;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.SnmpTransport;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceConnector;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SnmpDeviceConnector;
import io.patchbay.core.provisioning.SshDeviceConnector;

/**
 * The OSGi services a console rollback needs, found when it runs: the provisioner of a feature, the SSH transport (and
 * SNMP when installed) and the credential vault, with the estate's known hosts, as {@code patchbay rollback} builds
 * them. A missing service is an error naming the bundle to install.
 */
public final class ProvisioningServices {

    private final Path estateFile;
    private final BundleContext context = FrameworkUtil.getBundle(ProvisioningServices.class).getBundleContext();

    public ProvisioningServices(Path estateFile) {
        this.estateFile = estateFile;
    }

    /** The provisioner of {@code feature}. */
    public Provisioner provisioner(String feature) {
        return service(Provisioner.class, "(" + Provisioner.FEATURE + "=" + feature + ")",
                "the provisioning feature " + feature + " (its io.patchbay.provisioning bundle)");
    }

    /** A runner for {@code feature} that records into {@code journal}. */
    public ApplyRunner runner(String feature, Journal journal) {
        Provisioner provisioner = provisioner(feature);
        Transport ssh = service(Transport.class, "(" + Transport.PROTOCOL + "=ssh)",
                "the SSH transport (bundle io.patchbay.transport.ssh)");
        CredentialVault vault = service(CredentialVault.class, null, "the credential vault (bundle io.patchbay.core)");
        DeviceConnector connector = new SshDeviceConnector(ssh, vault, KnownHostsStore.besideEstate(estateFile));
        SnmpTransport snmp = optional(SnmpTransport.class,
                "(" + Transport.PROTOCOL + "=" + SnmpTransport.PROTOCOL + ")");
        if (snmp != null) {
            connector = DeviceConnector.both(connector, new SnmpDeviceConnector(snmp, vault));
        }
        return ApplyRunner.builder(provisioner, connector).journal(journal).build();
    }

    private <T> T service(Class<T> type, String filter, String what) {
        T found = optional(type, filter);
        if (found == null) {
            throw new IllegalStateException("the console has no " + what + "; install it with the console");
        }
        return found;
    }

    private <T> T optional(Class<T> type, String filter) {
        try {
            Collection<ServiceReference<T>> references = context.getServiceReferences(type, filter);
            return references.stream().findFirst().map((Function<ServiceReference<T>, T>) context::getService)
                    .orElse(null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }
}
