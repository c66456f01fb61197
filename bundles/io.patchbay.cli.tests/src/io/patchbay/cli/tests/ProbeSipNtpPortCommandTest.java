package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.probe.ntp.SntpServer;
import io.patchbay.probe.sip.DigestCredentials;
import io.patchbay.probe.sip.SipServer;
import io.patchbay.probe.sip.SipServerConfig;

/** {@code patchbay probe sip|ntp|port} against our own servers on loopback, as a script sees them. */
class ProbeSipNtpPortCommandTest {

    private static final InetSocketAddress ANY_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private final BundleContext context = FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext();
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @TempDir
    Path work;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLauncher(context).execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Map<String, Object> json() {
        return new Gson().fromJson(out.toString(), new TypeToken<Map<String, Object>>() {
        }.getType());
    }

    @Test
    void sipOptionsOverUdpAndTcpPrintsTheAnswerAndTheAddressSeen() throws Exception {
        try (SipServer server = SipServer.start(SipServerConfig.on(ANY_PORT))) {
            String target = "127.0.0.1:" + server.address().getPort();
            assertEquals(ExitCodes.OK, run("probe", "sip", target), err::toString);
            String text = out.toString();
            assertAll(() -> assertTrue(text.startsWith("SIP server       " + target + " over UDP\n"), text),
                    () -> assertTrue(text.contains("\nrequest          OPTIONS\n"), text),
                    () -> assertTrue(text.matches("(?s).*\nanswer           200 OK in [0-9.]+ ms\n.*"), text),
                    () -> assertTrue(text.matches("(?s).*\nseen from        127\\.0\\.0\\.1:\\d+\n.*"), text),
                    () -> assertTrue(text.contains("\nserver software  Patchbay simulator\n"), text));
            assertEquals(ExitCodes.OK, run("probe", "sip", target, "--transport", "tcp", "--format", "json"));
            Map<String, Object> result = json();
            assertAll(() -> assertEquals("tcp", result.get("transport")),
                    () -> assertEquals(200.0, result.get("status")),
                    () -> assertEquals(result.get("localAddress"), result.get("seenFrom")),
                    () -> assertEquals(true, result.get("ok")));
        }
    }

    @Test
    void sipRegisterWithDigestAndTheF24ContactCheck() throws Exception {
        Path password = Files.writeString(work.resolve("password"), "s3cret\n");
        Path wrong = Files.writeString(work.resolve("wrong"), "guess\n");
        try (SipServer server = SipServer.start(
                SipServerConfig.on(ANY_PORT).withCredentials(new DigestCredentials("alice", "s3cret")))) {
            String target = "127.0.0.1:" + server.address().getPort();
            assertEquals(ExitCodes.OK, run("probe", "sip", target, "--register", "--user", "alice",
                    "--password-file", password.toString(), "--contact", "198.51.100.1:40112", "--public",
                    "198.51.100.1:40112"), err::toString);
            String text = out.toString();
            assertAll(() -> assertTrue(text.contains("200 OK in "), text),
                    () -> assertTrue(text.contains("(after a Digest challenge)"), text),
                    () -> assertTrue(text.contains("\nF-24             ok: the Contact names the public address"
                            + " 198.51.100.1:40112\n"), text),
                    () -> assertTrue(!text.contains("s3cret"), text));
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "sip", target, "--register", "--user", "alice",
                    "--password-file", password.toString(), "--public", "198.51.100.1:40112", "--format", "json"));
            Map<String, Object> result = json();
            assertAll(() -> assertEquals(200.0, result.get("status")), () -> assertEquals(false, result.get("ok")),
                    () -> assertTrue(String.valueOf(result.get("f24")).contains("does not name the public address"),
                            result::toString));
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "sip", target, "--register", "--user", "alice",
                    "--password-file", wrong.toString()));
            assertTrue(out.toString().contains("401 Unauthorized"), out::toString);
        }
    }

    @Test
    void sipWithoutAnswerIsOneLineAndExitCodeFour() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(ANY_PORT)) {
            assertEquals(ExitCodes.TESTS_FAILED,
                    run("probe", "sip", "127.0.0.1:" + silent.getLocalPort(), "--timeout", "300"));
            String message = err.toString();
            assertAll(() -> assertTrue(message.startsWith("patchbay probe sip: no final answer to OPTIONS from 127.0.0.1:"
                    + silent.getLocalPort() + " over UDP within 300 ms"), message),
                    () -> assertTrue(message.contains("(F-22)"), message),
                    () -> assertEquals(1, message.lines().count(), message));
        }
    }

    @Test
    void ntpJudgesTheOffsetAgainstTheThreshold() throws Exception {
        try (SntpServer honest = SntpServer.start(ANY_PORT, Duration.ZERO);
                SntpServer lying = SntpServer.start(ANY_PORT, Duration.ofMinutes(12))) {
            assertEquals(ExitCodes.OK, run("probe", "ntp", "127.0.0.1:" + honest.address().getPort()),
                    err::toString);
            String text = out.toString();
            assertAll(() -> assertTrue(text.startsWith("NTP server       127.0.0.1:" + honest.address().getPort()),
                    text), () -> assertTrue(text.contains("\nstratum          1 (reference LOCL)\n"), text),
                    () -> assertTrue(text.contains("\nverdict          clock is "), text));
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "ntp", "127.0.0.1:" + lying.address().getPort()));
            assertTrue(out.toString().contains(
                    "\nverdict          clock is 12 min behind: certificate validation will fail (F-42); set NTP\n"),
                    out::toString);
            assertEquals(ExitCodes.OK, run("probe", "ntp", "127.0.0.1:" + lying.address().getPort(), "--max-offset",
                    "900", "--format", "json"));
            Map<String, Object> result = json();
            assertAll(() -> assertEquals(true, result.get("ok")),
                    () -> assertTrue(Math.abs((Double) result.get("offsetSeconds") - 720) < 1, result::toString));
        }
    }

    @Test
    void portProbesTcpAndTls() throws Exception {
        int closed;
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            closed = listener.getLocalPort();
            assertEquals(ExitCodes.OK, run("probe", "port", "127.0.0.1:" + closed), err::toString);
            assertTrue(out.toString().contains("\nverdict          port open\n"), out::toString);
            // an open port that does not speak TLS
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "port", "127.0.0.1:" + closed, "--tls", "--timeout",
                    "500", "--format", "json"));
            assertEquals("timeout", json().get("outcome"));
        }
        assertEquals(ExitCodes.TESTS_FAILED, run("probe", "port", "127.0.0.1:" + closed));
        assertTrue(out.toString().contains("\nverdict          connection refused"), out::toString);
    }

    @Test
    void badArgumentsAreExitCodeTwo() throws IOException {
        Path notCa = Files.writeString(work.resolve("not-a-ca.pem"), "hello");
        for (List<String> args : List.of(List.of("probe", "port", "127.0.0.1"),
                List.of("probe", "port", "127.0.0.1:99999"), List.of("probe", "port", "127.0.0.1:443", "--ca", "x"),
                List.of("probe", "port", "127.0.0.1:443", "--tls", "--ca", notCa.toString()),
                List.of("probe", "sip", "127.0.0.1", "--transport", "sctp"),
                List.of("probe", "sip", "127.0.0.1", "--public", "1.2.3.4:5"),
                List.of("probe", "sip", "127.0.0.1", "--register", "--auth-user", "a"),
                List.of("probe", "ntp", "127.0.0.1", "--max-offset", "-1"), List.of("probe", "ntp"))) {
            assertEquals(ExitCodes.USAGE, run(args.toArray(String[]::new)), args + ": " + out + err);
            assertTrue(err.toString().startsWith("patchbay probe " + args.get(1) + ": "), err::toString);
        }
        run("probe", "port", "127.0.0.1");
        assertTrue(err.toString().contains("names no port: give HOST:PORT"), err::toString);
    }

    @Test
    void helpListsTheNewProbesWithinEightyColumns() {
        assertEquals(ExitCodes.OK, run("probe", "--help"));
        String help = out.toString();
        assertAll(() -> assertTrue(help.contains("\n  sip "), help), () -> assertTrue(help.contains("\n  ntp "), help),
                () -> assertTrue(help.contains("\n  port "), help));
        for (String probe : List.of("sip", "ntp", "port")) {
            assertEquals(ExitCodes.OK, run("probe", probe, "--help"));
            assertTrue(out.toString().lines().allMatch(line -> line.length() <= 80), out::toString);
        }
    }
}
