package io.patchbay.provisioning.rsip.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.CommandResult;
import io.patchbay.core.ConnectionSpec;
import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.Transport;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportException.Kind;
import io.patchbay.core.TransportSession;
import io.patchbay.probe.rsip.RsipCause;
import io.patchbay.probe.rsip.RsipClient;
import io.patchbay.probe.rsip.RsipLease;
import io.patchbay.probe.rsip.RsipProbeException;
import io.patchbay.simulator.rsip.RsipHostTwin;
import io.patchbay.testing.Services;

/** The RSIP server host twin over real SSH with Patchbay's transport: its file, rsipdctl, the RSIP server, faults. */
class RsipHostTwinTest {

    private static final String CONF = """
            PORT_RANGE=20000-24999
            LISTEN_RANGE=8000-8099
            MAX_CLIENTS=5
            INT_IF=eth1
            EXT_IF=eth0
            POOL=203.0.113.11
            MTU=1480
            LOG_LEVEL=3
            """;

    @TempDir
    Path folder;

    private final Services services = new Services();
    private Transport transport;
    private RsipHostTwin twin;

    @BeforeEach
    void startTwin() throws Exception {
        transport = services.get(Transport.class, "(" + Transport.PROTOCOL + "=ssh)");
        twin = RsipHostTwin.builder(folder.resolve("twin")).password("Twin-pw-1".toCharArray()).start();
    }

    @AfterEach
    void stopTwin() throws Exception {
        twin.close();
        services.close();
    }

    private ConnectionSpec spec() {
        return ConnectionSpec.to(DeviceAddress.of(twin.host(), twin.port()))
                .credential(Credential.password(twin.username(), twin.password()))
                .knownHosts(KnownHostsStore.at(folder.resolve("known_hosts"))).connectTimeout(Duration.ofSeconds(10))
                .commandTimeout(Duration.ofSeconds(10)).build();
    }

    /** The way the provisioner writes: a whole new file renamed over the old one, in one exec. */
    private static String writeCommand(String content) {
        StringBuilder command = new StringBuilder("printf '%s\\n'");
        content.lines().forEach(line -> command.append(" '").append(line).append('\''));
        return command + " > /etc/rsipd.conf.new && mv /etc/rsipd.conf.new /etc/rsipd.conf";
    }

    private RsipClient rsipClient() throws Exception {
        return RsipClient.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), twin.controlPort()), null,
                Duration.ofSeconds(3));
    }

    @Test
    void aFreshHostRunsRsipdWithThePackagesFileAndReportsItsKernelAndInterfaces() throws Exception {
        try (TransportSession session = transport.open(spec())) {
            CommandResult conf = session.exec("cat /etc/rsipd.conf");
            CommandResult status = session.exec("rsipdctl status");
            CommandResult ports = session.exec("cat /proc/sys/net/ipv4/ip_local_port_range");
            CommandResult links = session.exec("ip link show");
            CommandResult eth0 = session.exec("ip link show dev eth0");
            assertAll(() -> assertEquals(RsipHostTwin.DEFAULT_CONF, conf.stdout()),
                    () -> assertEquals(0, status.exitCode(), status.stdout()),
                    () -> assertTrue(status.stdout().startsWith("rsipd is running"), status.stdout()),
                    () -> assertTrue(status.stdout().contains("control: 127.0.0.1:" + twin.controlPort()),
                            status.stdout()),
                    () -> assertEquals("32768\t60999\n", ports.stdout()),
                    () -> assertTrue(links.stdout().contains("1: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500"),
                            links.stdout()),
                    () -> assertTrue(links.stdout().contains("lo: <LOOPBACK,UP,LOWER_UP> mtu 65536"),
                            links.stdout()),
                    () -> assertFalse(eth0.stdout().contains("eth1"), eth0.stdout()),
                    () -> assertEquals(1, session.exec("ip link show dev eth7").exitCode()));
        }
    }

    @Test
    void aWrittenFileReadsBackAndRsipdRestartsOnItAndDumpsTheBindOfAClient() throws Exception {
        try (TransportSession session = transport.open(spec())) {
            session.exec(writeCommand(CONF)).requireSuccess();
            assertEquals(CONF, session.exec("cat /etc/rsipd.conf").requireSuccess().stdout());
            assertEquals(CONF, twin.rsipdConf().orElseThrow(), "the file on the twin's disk");
            CommandResult restart = session.exec("rsipdctl restart").requireSuccess();
            assertTrue(restart.stdout().contains("started"), restart.stdout());
            assertTrue(session.exec("rsipdctl status").stdout().contains("PORT_RANGE=20000-24999 LISTEN_RANGE="
                    + "8000-8099 MAX_CLIENTS=5 INT_IF=eth1 EXT_IF=eth0 POOL=203.0.113.11 MTU=1480 LOG_LEVEL=3"));

            RsipLease lease;
            long clientId;
            try (RsipClient rsip = rsipClient()) {
                clientId = rsip.register();
                lease = rsip.assignPorts(0);
                List<String> dump = session.exec("rsipdctl dump").requireSuccess().stdout().lines()
                        .filter(l -> !l.startsWith("#")).toList();
                assertEquals(1, dump.size(), dump::toString);
                String line = dump.get(0);
                assertAll(() -> assertEquals("203.0.113.11", lease.address().getHostAddress()),
                        () -> assertEquals(20000, lease.ports().first()),
                        () -> assertTrue(line.startsWith("client=127.0.0.1 address=203.0.113.11 state=active client_id="
                                + clientId + " bind_id=" + lease.bindId() + " lease=300 remaining="), line),
                        () -> assertTrue(line.endsWith(" tunnel=ip-ip protocol=rsap-ip first_port=20000 count=255"),
                                line));
                rsip.deregister();
            }
            assertEquals(List.of(), session.exec("rsipdctl dump").stdout().lines().filter(l -> !l.startsWith("#"))
                    .toList(), "a deregistered client leaves no bind");
        }
    }

    @Test
    void aBadFileIsRefusedAtStartWithItsLineAndTheDaemonStaysDown() throws Exception {
        String bad = CONF.replace("MAX_CLIENTS=5", "MAX_CLIENTS=many");
        try (TransportSession session = transport.open(spec())) {
            session.exec(writeCommand(bad)).requireSuccess();
            CommandResult restart = session.exec("rsipdctl restart");
            CommandResult status = session.exec("rsipdctl status");
            assertAll(() -> assertEquals(1, restart.exitCode()),
                    () -> assertTrue(restart.stderr().contains("/etc/rsipd.conf:3: MAX_CLIENTS 'many' is not a number"),
                            restart.stderr()),
                    () -> assertEquals(3, status.exitCode(), "LSB: not running"),
                    () -> assertTrue(status.stdout().contains("last start failed: /etc/rsipd.conf:3:"),
                            status.stdout()),
                    () -> assertFalse(twin.isRsipdRunning()));
            RsipProbeException refused = assertThrows(RsipProbeException.class, () -> {
                try (RsipClient rsip = rsipClient()) {
                    rsip.register();
                }
            });
            assertEquals(RsipCause.CONNECTION_REFUSED, refused.rsipCause());
        }
    }

    @Test
    void anInterfaceTheHostLacksAndAnMtuAtTheExternalOneAreRefusedAtStart() throws Exception {
        try (TransportSession session = transport.open(spec())) {
            session.exec(writeCommand(CONF.replace("INT_IF=eth1", "INT_IF=eth2"))).requireSuccess();
            CommandResult noIface = session.exec("rsipdctl restart");
            session.exec(writeCommand(CONF.replace("MTU=1480", "MTU=1500"))).requireSuccess();
            CommandResult mtu = session.exec("rsipdctl start");
            assertAll(() -> assertTrue(noIface.stderr().contains(":4: INT_IF eth2: no such interface"),
                    noIface.stderr()),
                    () -> assertTrue(mtu.stderr().contains(":7: MTU 1500 is not below the MTU 1500 of EXT_IF eth0"),
                            mtu.stderr()));
        }
    }

    @Test
    void droppingAfterSomeBytesOfAnAnswerIsConnectionLost() throws Exception {
        try (TransportSession session = transport.open(spec())) {
            twin.dropConnectionAfterBytes(12);
            TransportException lost = assertThrows(TransportException.class,
                    () -> session.exec("cat /etc/rsipd.conf"));
            assertEquals(Kind.CONNECTION_LOST, lost.kind(), lost.getMessage());
        } finally {
            twin.dropConnectionAfterBytes(-1);
        }
        try (TransportSession again = transport.open(spec())) {
            assertEquals(RsipHostTwin.DEFAULT_CONF, again.exec("cat /etc/rsipd.conf").stdout());
        }
    }

    @Test
    void theTwinsConnectionFaultsShowAsTheTransportsKinds() throws Exception {
        twin.refuseConnections(true);
        assertEquals(Kind.UNREACHABLE, assertThrows(TransportException.class, () -> transport.open(spec())).kind());
        twin.refuseConnections(false);
        twin.rejectCredentials(true);
        assertEquals(Kind.AUTH_FAILED, assertThrows(TransportException.class, () -> transport.open(spec())).kind());
        twin.rejectCredentials(false);
        try (TransportSession session = transport.open(spec())) {
            twin.slowAnswers(Duration.ofSeconds(2));
            assertEquals(Kind.TIMEOUT, assertThrows(TransportException.class,
                    () -> session.exec("rsipdctl status", Duration.ofMillis(300))).kind());
            twin.slowAnswers(Duration.ZERO);
            twin.dropConnectionMidCommand(true);
            assertEquals(Kind.CONNECTION_LOST,
                    assertThrows(TransportException.class, () -> session.exec("rsipdctl status")).kind());
            twin.dropConnectionMidCommand(false);
        }
        twin.changeHostKey();
        assertEquals(Kind.HOST_KEY_MISMATCH,
                assertThrows(TransportException.class, () -> transport.open(spec())).kind());
    }
}
