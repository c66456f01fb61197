package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.patchbay.probe.rsip.RsipCause;
import io.patchbay.probe.rsip.RsipClient;
import io.patchbay.probe.rsip.RsipLease;
import io.patchbay.probe.rsip.RsipMessage;
import io.patchbay.probe.rsip.RsipProbeException;
import io.patchbay.probe.rsip.RsipServer;
import io.patchbay.probe.rsip.RsipServerConfig;
import io.patchbay.probe.rsip.RsipServerConfig.PortRange;

/** Our RSIP client against our RSIP server on loopback: the happy path and each refusal of F-51–F-53. */
class RsipLoopbackTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private static RsipServerConfig config() throws Exception {
        return RsipServerConfig.on(new InetSocketAddress(LOOPBACK, 0), InetAddress.getByName("192.0.2.7"));
    }

    private static RsipClient connect(RsipServer server) throws Exception {
        return RsipClient.connect(server.address(), null, TIMEOUT);
    }

    @Test
    void registerAssignListenExtendDeregister() throws Exception {
        try (RsipServer server = RsipServer.start(config().withListenRange(new PortRange(5060, 5062)));
                RsipClient client = connect(server)) {
            long id = client.register();
            assertTrue(id > 0);
            assertEquals(Duration.ofMinutes(5), client.registrationLease());
            RsipLease bind = client.assignPorts(0);
            assertAll(() -> assertEquals(InetAddress.getByName("192.0.2.7"), bind.address()),
                    () -> assertEquals(20000, bind.ports().first()),
                    () -> assertEquals(255, bind.ports().count()),
                    () -> assertEquals(Duration.ofMinutes(5), bind.lease()));
            RsipLease second = client.assignPorts(10);
            assertEquals(20255, second.ports().first());
            assertEquals(10, second.ports().count());
            RsipLease listen = client.listen(5060);
            assertEquals(5060, listen.ports().first());
            assertEquals(Duration.ofMinutes(5), client.extend(bind.bindId()));
            assertEquals(3, server.binds().size());
            RsipProbeException query = assertThrows(RsipProbeException.class, client::query); // F-50
            assertEquals(RsipMessage.UNSUPPORTED_MESSAGE, query.error());
            client.deregister();
            assertEquals(0, server.binds().size());
            assertEquals(0, server.clients());
        }
    }

    @Test
    void aSixthClientIsRefusedWithMaxClientsZero() throws Exception {
        List<RsipClient> clients = new ArrayList<>();
        try (RsipServer server = RsipServer.start(config())) {
            for (int i = 0; i < 5; i++) {
                clients.add(connect(server));
                clients.get(i).register();
            }
            try (RsipClient sixth = connect(server)) {
                RsipProbeException refused = assertThrows(RsipProbeException.class, sixth::register);
                assertEquals(RsipCause.UNABLE_TO_REGISTER, refused.rsipCause());
                assertEquals(RsipMessage.REGISTRATION_DENIED, refused.error());
                assertTrue(refused.getMessage().startsWith("Unable to register"), refused.getMessage());
                clients.get(0).deregister();
                sixth.register(); // a place is free again
            }
        } finally {
            for (RsipClient client : clients) {
                client.close();
            }
        }
    }

    @Test
    void anExhaustedRangeAndTheWholeAddressAreRefused() throws Exception {
        try (RsipServer server = RsipServer.start(config().withPortRange(new PortRange(30000, 30599)));
                RsipClient first = connect(server); RsipClient second = connect(server)) {
            first.register();
            second.register();
            first.assignPorts(0);
            first.assignPorts(0);
            RsipProbeException exhausted = assertThrows(RsipProbeException.class, () -> second.assignPorts(0));
            assertEquals(RsipCause.UNABLE_TO_GET_PORTS, exhausted.rsipCause());
            assertEquals(RsipMessage.LOCAL_ADDRPORT_UNAVAILABLE, exhausted.error());
            assertEquals(90, second.assignPorts(90).ports().count()); // what is left still goes
            // RSA-IP: only one client may take the whole range, and only while nobody else holds ports
            assertEquals(RsipMessage.LOCAL_ADDR_INUSE,
                    assertThrows(RsipProbeException.class, second::assignAddress).error());
            first.deregister();
            second.deregister();
            first.register();
            second.register();
            RsipLease whole = first.assignAddress();
            assertEquals(InetAddress.getByName("192.0.2.7"), whole.address());
            RsipProbeException taken = assertThrows(RsipProbeException.class, second::assignAddress);
            assertEquals(RsipCause.UNABLE_TO_GET_PORTS, taken.rsipCause());
            assertThrows(RsipProbeException.class, () -> second.assignPorts(0));
        }
    }

    @Test
    void aListenOnAPortBoundToAnotherClientIsRefused() throws Exception {
        try (RsipServer server = RsipServer.start(config().withListenRange(new PortRange(80, 80)));
                RsipClient first = connect(server); RsipClient second = connect(server)) {
            first.register();
            second.register();
            RsipLease bind = first.assignPorts(0);
            first.listen(bind.ports().first() + 3); // its own port: fine
            RsipProbeException conflict = assertThrows(RsipProbeException.class,
                    () -> second.listen(bind.ports().first() + 3));
            assertEquals(RsipMessage.LOCAL_ADDRPORT_INUSE, conflict.error());
            assertEquals(RsipCause.UNABLE_TO_GET_PORTS, conflict.rsipCause());
            second.listen(80);
            assertEquals(RsipMessage.LOCAL_ADDRPORT_INUSE,
                    assertThrows(RsipProbeException.class, () -> first.listen(80)).error());
            assertEquals(RsipMessage.LOCAL_ADDRPORT_UNALLOWED,
                    assertThrows(RsipProbeException.class, () -> first.listen(443)).error());
        }
    }

    @Test
    void leasesExpireUnlessExtended() throws Exception {
        try (RsipServer server = RsipServer.start(config().withLease(Duration.ofMillis(400)));
                RsipClient kept = connect(server); RsipClient lapsed = connect(server)) {
            kept.register();
            lapsed.register();
            RsipLease keptBind = kept.assignPorts(0);
            RsipLease lapsedBind = lapsed.assignPorts(0);
            for (int i = 0; i < 4; i++) {
                Thread.sleep(200);
                kept.extend(keptBind.bindId());
            }
            assertEquals(List.of(keptBind.bindId()), server.binds().stream().map(RsipServer.Bind::bindId).toList());
            RsipProbeException expired = assertThrows(RsipProbeException.class,
                    () -> lapsed.extend(lapsedBind.bindId()));
            assertEquals(RsipCause.LEASE_EXPIRED, expired.rsipCause());
            assertEquals(1, server.clients());
        }
    }

    @Test
    void onlyClientsFromTheInternalPrefixMayRegister() throws Exception {
        InetAddress outside = InetAddress.getByName("127.0.0.2");
        try (RsipServer server = RsipServer.start(config().withInternalPrefix("127.0.0.1/32"))) {
            try (RsipClient inside = connect(server)) {
                inside.register();
            }
            try (RsipClient external = RsipClient.connect(server.address(), outside, TIMEOUT)) {
                assertEquals(outside, external.localAddress().getAddress());
                RsipProbeException denied = assertThrows(RsipProbeException.class, external::register);
                assertEquals(RsipCause.UNABLE_TO_REGISTER, denied.rsipCause());
                assertEquals(RsipMessage.REGISTRATION_DENIED, denied.error());
            }
        }
    }

    @Test
    void nothingListeningIsConnectionRefusedAndGarbageGetsAnErrorNotAHang() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, LOOPBACK)) {
            free = probe.getLocalPort();
        }
        RsipProbeException refused = assertThrows(RsipProbeException.class,
                () -> RsipClient.connect(new InetSocketAddress(LOOPBACK, free), null, TIMEOUT));
        assertEquals(RsipCause.CONNECTION_REFUSED, refused.rsipCause());
        try (RsipServer server = RsipServer.start(config()); Socket raw = new Socket(LOOPBACK,
                server.address().getPort())) {
            raw.setSoTimeout(5000);
            OutputStream out = raw.getOutputStream();
            out.write(new byte[] { 1, 2, 0, 7, 4, 0, 0 }); // a CLIENT ID of 0 bytes
            byte[] answer = raw.getInputStream().readNBytes(9);
            assertEquals(RsipMessage.ERROR_RESPONSE, RsipMessage.decode(answer).type());
            assertEquals(RsipMessage.BAD_MESSAGE, RsipMessage.decode(answer).error().getAsInt());
            out.write(new byte[] { 9, 9, 9, 9 }); // not RSIP at all: an error, then the server hangs up
            byte[] last = raw.getInputStream().readAllBytes();
            assertEquals(RsipMessage.UNSUPPORTED_RSIP_VERSION, RsipMessage.decode(last).error().getAsInt());
        }
    }

    @Test
    void theSameExchangesWorkOverUdpOnTheSamePort() throws Exception {
        try (RsipServer server = RsipServer.start(config().withMaxClients(1));
                RsipClient client = RsipClient.udp(server.address(), null, TIMEOUT);
                RsipClient other = RsipClient.udp(server.address(), null, TIMEOUT)) {
            client.register();
            RsipLease bind = client.assignPorts(0);
            assertEquals(255, bind.ports().count());
            client.extend(bind.bindId());
            assertEquals(RsipCause.UNABLE_TO_REGISTER,
                    assertThrows(RsipProbeException.class, other::register).rsipCause());
            client.deregister();
            assertEquals(0, server.clients());
        }
    }

    @Test
    void udpGarbageGetsAnErrorAndASilentPortTimesOut() throws Exception {
        try (RsipServer server = RsipServer.start(config()); DatagramSocket raw = new DatagramSocket(0, LOOPBACK)) {
            raw.setSoTimeout(5000);
            byte[] garbage = { 1, 2, 0, 7, 4, 0, 0 };
            raw.send(new DatagramPacket(garbage, garbage.length, server.address()));
            DatagramPacket answer = new DatagramPacket(new byte[100], 100);
            raw.receive(answer);
            assertEquals(RsipMessage.BAD_MESSAGE,
                    RsipMessage.decode(answer.getData(), 0, answer.getLength()).error().getAsInt());
        }
        try (DatagramSocket silent = new DatagramSocket(0, LOOPBACK);
                RsipClient client = RsipClient.udp((InetSocketAddress) silent.getLocalSocketAddress(), null,
                        Duration.ofMillis(300))) {
            assertEquals(RsipCause.NO_ANSWER, assertThrows(RsipProbeException.class, client::register).rsipCause());
        }
    }
}
