package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.relay.Attempt;
import io.patchbay.probe.relay.AttemptOutcome;
import io.patchbay.probe.relay.ConnectionReport;
import io.patchbay.probe.relay.ProxyKind;
import io.patchbay.probe.relay.ProxyServer;
import io.patchbay.probe.relay.ProxySource;
import io.patchbay.probe.relay.Relay;
import io.patchbay.probe.relay.RelayProbe;
import io.patchbay.probe.relay.RelayProbeOptions;
import io.patchbay.probe.rsip.RsipClient;
import io.patchbay.probe.rsip.RsipLease;
import io.patchbay.probe.rsip.RsipServer;
import io.patchbay.probe.rsip.RsipServerConfig;
import io.patchbay.probe.sip.SipMessage;
import io.patchbay.probe.sip.SipServer;
import io.patchbay.probe.sip.SipServerConfig;
import io.patchbay.probe.sip.SipVia;

/**
 * Inputs the fuzzer (releng/fuzz) found mishandled, or that reading the code behind a finding showed, each replayed
 * against the engine as a peer would send it. The fuzzer's inputs are seeds under fuzz/seeds/TARGET/fixed-*.
 */
class FuzzFindingsTest {

    /** What a proxy answering CONNECT with {@code answer} does to the relay probe's report. */
    private static Attempt throughProxy(String answer) throws Exception {
        try (RelayProbeLoopbackTest.HostileServer proxy = RelayProbeLoopbackTest.HostileServer
                .start((in, out) -> out.write(answer.getBytes(StandardCharsets.ISO_8859_1)))) {
            ConnectionReport report = RelayProbe.run(List.of(new Relay("127.0.0.1", List.of(1))),
                    RelayProbeOptions.defaults().withTimeout(RelayProbeLoopbackTest.TIMEOUT)
                            .withProxy(new ProxyServer(ProxyKind.HTTP, new HostAndPort("127.0.0.1", proxy.port()),
                                    ProxySource.OVERRIDE)));
            return report.attempts().get(1);
        }
    }

    /** proxy-answer: the authentication schemes a 407 offers went into the report line as the proxy sent them. */
    @Test
    void aProxyCannotWriteControlCharactersIntoTheReportThroughItsAuthenticationSchemes() throws Exception {
        Attempt attempt = throughProxy("HTTP/1.1 407 Proxy Authentication Required\r\n"
                + "Proxy-Authenticate: \u001b]0;owned\u0007\u001b[2JNegotiate\r\n\r\n");
        String detail = attempt.detail();
        assertAll(() -> assertEquals(AttemptOutcome.PROXY_AUTH_REQUIRED, attempt.outcome(), detail),
                () -> assertTrue(detail.chars().noneMatch(c -> c < 0x20 || c == 0x7F), detail),
                () -> assertTrue(detail.contains("\\x1b]0;owned\\x07\\x1b[2JNegotiate"), detail));
    }

    /**
     * proxy-answer: a challenge header holding only separators made the scheme name an index past an empty array; the
     * probe's last resort turned that into "could not interpret the answer" instead of the proxy's 407.
     */
    @Test
    void aChallengeWithoutASchemeIsStillAProxyAskingForCredentials() throws Exception {
        Attempt attempt = throughProxy("HTTP/1.1 407 Proxy Authentication Required\r\n"
                + "Proxy-Authenticate: ,\r\nProxy-Authenticate: Basic realm=\"squid\"\r\n\r\n");
        assertAll(() -> assertEquals(AttemptOutcome.PROXY_AUTH_REQUIRED, attempt.outcome(), attempt.detail()),
                () -> assertEquals("HTTP 407", attempt.code(), attempt.detail()),
                () -> assertEquals("HTTP/1.1 407 Proxy Authentication Required (it offers Basic)", attempt.detail()));
    }

    /**
     * sip-decode: each continuation line copied the header's whole value so far, so one datagram of 65 KB of
     * continuation lines cost about 270 MB of allocation and half a second of CPU (quadratic): a few such datagrams a
     * second kept the SIP twin's core busy.
     */
    @Test
    void aDatagramOfContinuationLinesIsDecodedInMemoryLinearInItsSize() throws Exception {
        StringBuilder text = new StringBuilder("OPTIONS sip:ping@127.0.0.1 SIP/2.0\r\nX-Folded: a");
        while (text.length() < SipMessage.MAX_SIZE - 10) {
            text.append("\r\n b");
        }
        byte[] datagram = text.append("\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        SipMessage.decode(datagram); // loads the classes
        long before = allocatedBytes();
        SipMessage message = SipMessage.decode(datagram);
        long allocated = allocatedBytes() - before;
        int lines = (datagram.length - 50) / 4;
        assertAll(() -> assertTrue(message.header("X-Folded").orElseThrow().startsWith("a b b b")),
                () -> assertTrue(message.header("X-Folded").orElseThrow().length() > 2 * lines - 10),
                () -> assertTrue(allocated < 100L * datagram.length, "decoding " + datagram.length
                        + " bytes allocated " + allocated + " bytes"));
    }

    /**
     * sip-decode: a blank continuation line left a trailing space in the header's value, which did not survive being
     * sent again (the decoder strips values): a message the server echoed back decoded differently.
     */
    @Test
    void aBlankContinuationLineAddsNothingToTheHeaderAndTheMessageReencodesToItself() throws Exception {
        byte[] datagram = ("OPTIONS sip:ping@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1\r\n \r\n"
                + "Subject:\r\n\tfolded\r\n"
                + "Call-ID: 1@127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        SipMessage message = SipMessage.decode(datagram);
        SipMessage again = SipMessage.decode(message.encode());
        assertAll(() -> assertEquals("SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1", message.header("Via").orElseThrow()),
                () -> assertEquals("folded", message.header("Subject").orElseThrow()),
                () -> assertEquals(message.headers(), again.headers().subList(0, message.headers().size())));
    }

    /**
     * sip-stream: a Via parameter without a name ({@code ;=}) was written back as a bare {@code ;}, which reads as
     * nothing: the SIP server's answer lost a parameter of the Via the client sent.
     */
    @Test
    void theSipServerEchoesEveryViaParameterEvenOneWithoutAName() throws Exception {
        try (SipServer server = SipServer.start(SipServerConfig.on(new InetSocketAddress(
                InetAddress.getLoopbackAddress(), 0))); DatagramSocket client = new DatagramSocket(0,
                        InetAddress.getLoopbackAddress())) {
            client.setSoTimeout(5000);
            String via = "SIP/2.0/UDP 127.0.0.1:" + client.getLocalPort() + ";branch=z9hG4bK77;=;rport";
            byte[] request = ("OPTIONS sip:ping@127.0.0.1 SIP/2.0\r\nVia: " + via + "\r\n"
                    + "From: <sip:fuzz@127.0.0.1>;tag=1\r\nTo: <sip:ping@127.0.0.1>\r\nCall-ID: 7@127.0.0.1\r\n"
                    + "CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            client.send(new DatagramPacket(request, request.length, server.address()));
            DatagramPacket in = new DatagramPacket(new byte[SipMessage.MAX_SIZE], SipMessage.MAX_SIZE);
            client.receive(in);
            SipMessage response = SipMessage.decode(in.getData(), 0, in.getLength());
            SipVia echoed = response.topVia().orElseThrow();
            assertAll(() -> assertEquals(200, response.statusCode()),
                    () -> assertEquals(List.of("branch", "", "rport", "received"),
                            List.copyOf(echoed.parameters().keySet()), echoed.format()),
                    () -> assertEquals(echoed, SipVia.parse(echoed.format()), echoed.format()));
        }
    }

    /**
     * rsip-server: every LISTEN_REQUEST added a bind, also for a port the client already listened on, so one client
     * repeating it made the server hold binds without bound until their leases ran out.
     */
    @Test
    void aClientListeningAgainOnItsPortRenewsItsBindInsteadOfAddingOne() throws Exception {
        RsipServerConfig config = RsipServerConfig.on(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                InetAddress.getByName("192.0.2.7")).withListenRange(new RsipServerConfig.PortRange(5060, 5060));
        try (RsipServer server = RsipServer.start(config);
                RsipClient client = RsipClient.connect(server.address(), null, Duration.ofSeconds(5))) {
            client.register();
            RsipLease first = client.listen(5060);
            for (int i = 0; i < 100; i++) {
                assertEquals(first.bindId(), client.listen(5060).bindId(), "listen " + (i + 2));
            }
            assertAll(() -> assertEquals(1, server.binds().size(), server.binds()::toString),
                    () -> assertEquals(5060, server.binds().get(0).firstPort()));
        }
    }

    /** Bytes this thread allocated so far (the JDK's com.sun.management extension, not exported to bundles). */
    private static long allocatedBytes() throws ReflectiveOperationException {
        Class<?> bean = Class.forName("com.sun.management.ThreadMXBean", false, ClassLoader.getPlatformClassLoader());
        return (long) bean.getMethod("getCurrentThreadAllocatedBytes").invoke(ManagementFactory.getThreadMXBean());
    }
}
