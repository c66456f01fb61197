package io.patchbay.provisioning.rsip.tests;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SshDeviceConnector;
import io.patchbay.demo.DemoEstate;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.RsipServer;
import io.patchbay.simulator.rsip.RsipHostTwin;
import io.patchbay.testing.Services;

/**
 * The demo estate in a temporary folder with its Hamburg RSIP server ({@value #HH}) played by an RSIP host twin on
 * loopback: the estate's address and SSH port point at the twin, its login is in the vault under the server's
 * credential reference. The twin starts with the package's default {@code rsipd.conf}.
 */
final class RsipServerTwins implements AutoCloseable {

    static final String HH = "rsip-hh";

    final Path estateFile;
    final Estate estate;
    final RsipServer server;
    final RsipHostTwin twin;
    final Provisioner provisioner;
    final SshDeviceConnector connector;
    final Journal journal;
    private final Services services = new Services();

    RsipServerTwins(Path folder) throws Exception {
        estateFile = DemoEstate.installInto(folder);
        estate = EstateResources.load(estateFile);
        EObject object = estate.eResource().getEObject(HH);
        server = (RsipServer) object;
        CredentialVault vault = services.get(CredentialVault.class, null);
        Transport ssh = services.get(Transport.class, "(" + Transport.PROTOCOL + "=ssh)");
        provisioner = services.get(Provisioner.class, "(" + Provisioner.FEATURE + "=rsip)");
        twin = RsipHostTwin.builder(folder.resolve("twin-" + HH)).password("Twin-rsip-pw".toCharArray()).start();
        server.setHostAddress(twin.host());
        server.setSshPort(twin.port());
        server.setControlPort(twin.controlPort());
        vault.store(server.getCredentialRef(), Credential.password(twin.username(), twin.password()));
        EstateResources.save(estate, estateFile);
        connector = new SshDeviceConnector(ssh, vault, KnownHostsStore.besideEstate(estateFile));
        journal = Journal.besideEstate(estateFile);
    }

    ApplyRunner runner() {
        return ApplyRunner.builder(provisioner, connector).journal(journal).operator("noc-test").build();
    }

    @Override
    public void close() throws Exception {
        twin.close();
        services.close();
    }
}
