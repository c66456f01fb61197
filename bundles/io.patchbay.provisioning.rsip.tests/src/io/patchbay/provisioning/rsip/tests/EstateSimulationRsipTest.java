package io.patchbay.provisioning.rsip.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.CredentialVault;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SshDeviceConnector;
import io.patchbay.demo.DemoEstate;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.RsipServer;
import io.patchbay.probe.rsip.RsipClient;
import io.patchbay.simulator.estate.EstateSimulation;
import io.patchbay.testing.Services;

/** {@code patchbay simulate} on the demo estate starts an RSIP host twin that the simulated copy can provision. */
class EstateSimulationRsipTest {

    @TempDir
    Path folder;

    @Test
    void theDemoEstatesRsipServerGetsAHostTwinThatTheSimulatedCopyReachesAndProvisions() throws Exception {
        try (Services services = new Services()) {
            CredentialVault vault = services.get(CredentialVault.class, null);
            Transport ssh = services.get(Transport.class, "(" + Transport.PROTOCOL + "=ssh)");
            Provisioner rsip = services.get(Provisioner.class, "(" + Provisioner.FEATURE + "=rsip)");
            Path demo = DemoEstate.installInto(folder);
            try (EstateSimulation simulation = EstateSimulation.start(demo, folder.resolve("state"), vault)) {
                EstateSimulation.Twin twin = simulation.twins().stream()
                        .filter(t -> t.deviceId().equals(RsipServerTwins.HH)).findFirst().orElseThrow();
                Estate copy = EstateResources.load(simulation.simulatedEstate());
                RsipServer server = (RsipServer) copy.eResource().getEObject(RsipServerTwins.HH);
                assertAll(() -> assertEquals("ssh", twin.protocol()),
                        () -> assertEquals("127.0.0.1", server.getHostAddress()),
                        () -> assertEquals(twin.port(), server.getSshPort()),
                        () -> assertTrue(server.getCredentialRef().startsWith(EstateSimulation.CREDENTIAL_PREFIX)
                                && server.getCredentialRef().endsWith("/" + RsipServerTwins.HH),
                                server::getCredentialRef),
                        () -> assertTrue(server.getControlPort() != 4555 && server.getControlPort() > 0));

                try (RsipClient client = RsipClient.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        server.getControlPort()), null, Duration.ofSeconds(3))) {
                    assertTrue(client.register() > 0, "rsipd answers on the copy's control port");
                }

                DeviceResult applied = ApplyRunner.builder(rsip, new SshDeviceConnector(ssh, vault,
                        KnownHostsStore.besideEstate(simulation.simulatedEstate())))
                        .journal(Journal.besideEstate(simulation.simulatedEstate())).operator("noc-test").build()
                        .apply(List.of(server), new NullProgressMonitor()).result(RsipServerTwins.HH);
                assertEquals(Outcome.CHANGED, applied.outcome(), applied.reason());
            }
        }
    }
}
