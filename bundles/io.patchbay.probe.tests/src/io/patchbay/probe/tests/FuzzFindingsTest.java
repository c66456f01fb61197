package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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

/**
 * Inputs the fuzzer (releng/fuzz) found mishandled, each replayed against the engine as a peer would send it. The
 * same inputs are seeds under fuzz/seeds/TARGET/fixed-*.
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
}
