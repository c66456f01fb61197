package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.patchbay.probe.stun.StunAttribute;
import io.patchbay.probe.stun.StunClient;
import io.patchbay.probe.stun.StunMessage;
import io.patchbay.probe.stun.StunResponse;
import io.patchbay.probe.stun.StunServer;
import io.patchbay.probe.stun.StunServerConfig;
import io.patchbay.probe.stun.StunTimeoutException;
import io.patchbay.probe.stun.StunTiming;

/** Our client against our server on 127.0.0.1 (and 127.0.0.2 for RFC 5780), over UDP and TCP. */
class StunLoopbackTest {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final InetAddress LOOPBACK_2 = address("127.0.0.2");
    static final StunTiming FAST = StunTiming.of(Duration.ofMillis(50), 3, 2);

    private StunServer server;

    static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private StunServer plain() throws Exception {
        server = StunServer.start(StunServerConfig.on(new InetSocketAddress(LOOPBACK, 0)));
        return server;
    }

    private StunServer rfc5780() throws Exception {
        server = StunServer.start(StunServerConfig.on(new InetSocketAddress(LOOPBACK, 0))
                .withAlternate(new InetSocketAddress(LOOPBACK_2, 0)));
        return server;
    }

    @Test
    void udpBindingReturnsTheClientsOwnAddress() throws Exception {
        plain();
        try (StunClient client = StunClient.udp(new InetSocketAddress(LOOPBACK, 0))) {
            StunResponse response = client.binding(server.primaryAddress(), FAST);
            assertAll(() -> assertTrue(response.isSuccess()),
                    () -> assertEquals(Optional.of(client.localAddress()), response.message().xorMappedAddress()),
                    () -> assertEquals(server.primaryAddress(), response.from()),
                    () -> assertEquals(Optional.of("Patchbay"), response.message().software()),
                    () -> assertEquals(1, response.transmissions()),
                    () -> assertTrue(response.message().otherAddress().isEmpty(), "a plain server has no other"));
        }
    }

    @Test
    void aClientTowardsAServerSendsFromTheRoutedAddress() throws Exception {
        plain();
        try (StunClient client = StunClient.udpTowards(server.primaryAddress())) {
            assertEquals(LOOPBACK, client.localAddress().getAddress());
            assertEquals(Optional.of(client.localAddress()),
                    client.binding(server.primaryAddress(), FAST).message().xorMappedAddress());
        }
    }

    @Test
    void tcpBindingReturnsTheClientsOwnAddress() throws Exception {
        plain();
        StunResponse response = StunClient.tcpBinding(server.primaryAddress(), Duration.ofSeconds(5));
        assertTrue(response.tcp());
        assertEquals(Optional.of(response.local()), response.message().xorMappedAddress());
    }

    @Test
    void tcpCarriesMessagesBackToBackOnOneConnection() throws Exception {
        plain();
        try (Socket socket = new Socket(LOOPBACK, server.primaryAddress().getPort())) {
            StunMessage first = StunMessage.request(StunMessage.BINDING).build();
            StunMessage second = StunMessage.request(StunMessage.BINDING).fingerprint().build();
            byte[] both = new byte[first.length() + second.length()];
            System.arraycopy(first.encode(), 0, both, 0, first.length());
            System.arraycopy(second.encode(), 0, both, first.length(), second.length());
            OutputStream out = socket.getOutputStream();
            out.write(both);
            socket.setSoTimeout(5_000);
            java.io.DataInputStream in = new java.io.DataInputStream(socket.getInputStream());
            for (StunMessage request : List.of(first, second)) {
                byte[] header = in.readNBytes(20);
                byte[] message = new byte[20 + (((header[2] & 0xFF) << 8) | (header[3] & 0xFF))];
                System.arraycopy(header, 0, message, 0, 20);
                in.readFully(message, 20, message.length - 20);
                StunMessage response = StunMessage.decode(message);
                assertTrue(response.sameTransaction(request));
                assertEquals(request.hasFingerprint(), response.hasFingerprint());
            }
        }
    }

    @Test
    void rfc5780ServerAnswersChangeRequestFromTheSocketAskedFor() throws Exception {
        rfc5780();
        InetSocketAddress primary = server.primaryAddress();
        InetSocketAddress other = server.otherAddress().orElseThrow();
        assertEquals(LOOPBACK_2, other.getAddress());
        assertTrue(other.getPort() != primary.getPort());
        try (StunClient client = StunClient.udp(new InetSocketAddress(LOOPBACK, 0))) {
            StunResponse plainAnswer = client.binding(primary, FAST);
            assertEquals(Optional.of(other), plainAnswer.message().otherAddress());
            assertEquals(Optional.of(primary), plainAnswer.message().responseOrigin());
            int[][] cases = { { StunAttribute.CHANGE_IP | StunAttribute.CHANGE_PORT }, { StunAttribute.CHANGE_PORT },
                    { StunAttribute.CHANGE_IP } };
            List<InetSocketAddress> expected = List.of(other, new InetSocketAddress(LOOPBACK, other.getPort()),
                    new InetSocketAddress(LOOPBACK_2, primary.getPort()));
            for (int i = 0; i < cases.length; i++) {
                StunResponse response = client.transact(primary,
                        StunMessage.request(StunMessage.BINDING).changeRequest(cases[i][0]).build(), FAST);
                assertEquals(expected.get(i), response.from(), "flags " + cases[i][0]);
                assertEquals(Optional.of(expected.get(i)), response.message().responseOrigin());
                assertEquals(Optional.of(client.localAddress()), response.message().xorMappedAddress());
            }
        }
    }

    @Test
    void rfc5780ServerSendsTheResponseToTheResponsePort() throws Exception {
        rfc5780();
        try (DatagramSocket elsewhere = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
                DatagramSocket client = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
            StunMessage request = StunMessage.request(StunMessage.BINDING).responsePort(elsewhere.getLocalPort())
                    .changeRequest(StunAttribute.CHANGE_IP).build();
            client.send(new DatagramPacket(request.encode(), request.length(), server.primaryAddress()));
            DatagramPacket packet = new DatagramPacket(new byte[1500], 1500);
            elsewhere.setSoTimeout(5_000);
            elsewhere.receive(packet);
            StunMessage response = StunMessage.decode(packet.getData(), 0, packet.getLength());
            assertTrue(response.sameTransaction(request));
            assertEquals(Optional.of(client.getLocalSocketAddress()), response.xorMappedAddress(), "the source");
            assertEquals(LOOPBACK_2, ((InetSocketAddress) packet.getSocketAddress()).getAddress());
        }
    }

    @Test
    void aPlainServerRefusesChangeRequestWith420() throws Exception {
        plain();
        try (StunClient client = StunClient.udp()) {
            StunResponse response = client.transact(server.primaryAddress(),
                    StunMessage.request(StunMessage.BINDING).changeRequest(StunAttribute.CHANGE_PORT).build(), FAST);
            assertFalse(response.isSuccess());
            assertEquals(420, response.message().errorCode().orElseThrow().code());
            assertEquals(List.of(StunAttribute.CHANGE_REQUEST), response.message().unknownAttributes());
        }
    }

    @Test
    void shortTermCredentialsAreChecked() throws Exception {
        server = StunServer.start(StunServerConfig.on(new InetSocketAddress(LOOPBACK, 0))
                .withCredentials("evtj:h6vY", Rfc5769VectorsTest.PASSWORD));
        try (StunClient client = StunClient.udp()) {
            InetSocketAddress to = server.primaryAddress();
            assertEquals(400, client.binding(to, FAST).message().errorCode().orElseThrow().code());
            StunMessage wrong = StunMessage.request(StunMessage.BINDING).username("evtj:h6vY")
                    .messageIntegrity(StunMessage.shortTermKey("guess")).build();
            assertEquals(401, client.transact(to, wrong, FAST).message().errorCode().orElseThrow().code());
            StunMessage right = StunMessage.request(StunMessage.BINDING).username("evtj:h6vY")
                    .messageIntegrity(Rfc5769VectorsTest.KEY).fingerprint().build();
            StunResponse response = client.transact(to, right, FAST);
            assertTrue(response.isSuccess());
            assertTrue(response.message().verifyIntegrity(Rfc5769VectorsTest.KEY));
            assertTrue(response.message().hasFingerprint());
        }
    }

    @Test
    void silenceTimesOutOnTheRfcScheduleWithAShortenedRto() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
                StunClient client = StunClient.udp(new InetSocketAddress(LOOPBACK, 0))) {
            StunTiming timing = StunTiming.of(Duration.ofMillis(20), 4, 3); // sends at 0, 20, 60, 140; gives up at 200
            assertEquals(Duration.ofMillis(200), timing.total());
            long start = System.nanoTime();
            StunTimeoutException timeout = assertThrows(StunTimeoutException.class,
                    () -> client.binding((InetSocketAddress) silent.getLocalSocketAddress(), timing));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(4, timeout.transmissions());
            assertTrue(millis >= 195 && millis < 1_000, millis + " ms");
            int received = 0;
            silent.setSoTimeout(100);
            try {
                while (true) {
                    silent.receive(new DatagramPacket(new byte[100], 100));
                    received++;
                }
            } catch (java.net.SocketTimeoutException e) {
                assertEquals(4, received, "retransmissions the server saw");
            }
        }
    }

    @Test
    void theClientIgnoresGarbageAndOtherTransactionsWhileWaiting() throws Exception {
        try (DatagramSocket fake = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
                StunClient client = StunClient.udp(new InetSocketAddress(LOOPBACK, 0))) {
            Thread answerer = Thread.ofVirtual().start(() -> {
                try {
                    DatagramPacket packet = new DatagramPacket(new byte[1500], 1500);
                    fake.receive(packet);
                    StunMessage request = StunMessage.decode(packet.getData(), 0, packet.getLength());
                    for (byte[] junk : List.of(new byte[] { 1, 2, 3 }, Rfc5769VectorsTest.IPV4_RESPONSE,
                            StunMessage.successResponse(request).build().encode())) {
                        fake.send(new DatagramPacket(junk, junk.length, packet.getSocketAddress()));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            StunResponse response = client.binding((InetSocketAddress) fake.getLocalSocketAddress(), FAST);
            answerer.join();
            assertTrue(response.isSuccess());
            assertTrue(response.message().xorMappedAddress().isEmpty(), "the third datagram, not the vector");
        }
    }

    @Test
    void theServerIgnoresGarbageAndKeepsAnswering() throws Exception {
        rfc5780();
        Random random = new Random(8489);
        try (DatagramSocket sender = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
                StunClient client = StunClient.udp(new InetSocketAddress(LOOPBACK, 0))) {
            for (int i = 0; i < 2_000; i++) {
                byte[] junk = new byte[random.nextInt(600)];
                random.nextBytes(junk);
                if (junk.length >= 20 && random.nextBoolean()) { // make some look like STUN
                    System.arraycopy(Rfc5769VectorsTest.REQUEST, 0, junk, 0, 8);
                }
                sender.send(new DatagramPacket(junk, junk.length, server.primaryAddress()));
            }
            for (byte[] vector : List.of(Rfc5769VectorsTest.IPV4_RESPONSE, new byte[0])) {
                sender.send(new DatagramPacket(vector, vector.length, server.primaryAddress()));
            }
            try (Socket tcp = new Socket(LOOPBACK, server.primaryAddress().getPort())) {
                tcp.getOutputStream().write(new byte[] { 0, 1, 0, 0, 0x21, 0x12 }); // a truncated header
            }
            try (Socket tcp = new Socket(LOOPBACK, server.primaryAddress().getPort())) {
                tcp.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes());
            }
            assertTrue(client.binding(server.primaryAddress(), FAST).isSuccess());
            assertTrue(StunClient.tcpBinding(server.primaryAddress(), Duration.ofSeconds(5)).isSuccess());
            assertTrue(server.ignored() > 0);
        }
    }
}
