package io.patchbay.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.patchbay.core.ConnectionSpec;
import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.Transport;
import io.patchbay.core.TransportSession;
import io.patchbay.simulator.BuffaloRouterTwin;

/** Patchbay's SSH transport as an OSGi service, as the console and the command line use it. */
final class SshTwins implements AutoCloseable {

    private final ServiceTracker<Transport, Transport> tracker;
    private final Transport transport;

    SshTwins() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(BuffaloRouterTwin.class).getBundleContext();
        tracker = new ServiceTracker<>(context, context.createFilter("(&(objectClass=" + Transport.class.getName()
                + ")(" + Transport.PROTOCOL + "=ssh))"), null);
        tracker.open();
        transport = tracker.waitForService(10_000);
        assertNotNull(transport, "no SSH transport service");
    }

    TransportSession open(String host, int port, String user, char[] password, Path knownHosts) throws Exception {
        return transport.open(ConnectionSpec.to(DeviceAddress.of(host, port))
                .credential(Credential.password(user, password)).knownHosts(KnownHostsStore.at(knownHosts))
                .connectTimeout(Duration.ofSeconds(10)).commandTimeout(Duration.ofSeconds(10)).build());
    }

    @Override
    public void close() {
        tracker.close();
    }
}
