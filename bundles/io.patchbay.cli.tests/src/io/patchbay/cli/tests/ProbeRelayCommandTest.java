package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;

/**
 * {@code patchbay probe relay} as an operator and a script see it: against loopback ports, and through Debian's
 * tinyproxy started here on a loopback high port (open, and with BasicAuth), stopped by its PID.
 */
class ProbeRelayCommandTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

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

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void portsAreTriedInOrderAndTheReportIsTextJsonAndAFile() throws Exception {
        int closed = closedPort();
        try (ServerSocket relay = new ServerSocket(0, 50, LOOPBACK)) {
            String target = "127.0.0.1:" + closed + "," + relay.getLocalPort();
            Path file = work.resolve("ticket.txt");
            assertEquals(ExitCodes.OK, run("probe", "relay", target, "--output", file.toString()), err::toString);
            String text = out.toString();
            List<String> lines = text.lines().toList();
            assertAll(() -> assertTrue(lines.get(0).startsWith("Relay reachability report, "), text),
                    () -> assertEquals("setup: direct only; TCP connect only; 3000 ms per attempt", lines.get(1)),
                    () -> assertTrue(lines.get(2).matches("\\S+Z  127\\.0\\.0\\.1:" + closed + "\\s+direct: connection"
                            + " refused: .*\\[ECONNREFUSED, [0-9.]+ ms\\].*"), text),
                    () -> assertTrue(lines.get(3).matches("\\S+Z  127\\.0\\.0\\.1:" + relay.getLocalPort()
                            + "\\s+direct: connected \\[[0-9.]+ ms\\]"), text),
                    () -> assertEquals("verdict: 127.0.0.1 reachable on port " + relay.getLocalPort() + " direct",
                            lines.get(4)),
                    () -> assertEquals(text, Files.readString(file)));
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "relay", "127.0.0.1:" + closed, "--format", "json"));
            Map<String, Object> report = json();
            @SuppressWarnings("unchecked")
            Map<String, Object> attempt = ((List<Map<String, Object>>) report.get("attempts")).get(0);
            assertAll(() -> assertEquals(false, report.get("reachable")),
                    () -> assertEquals("refused", attempt.get("outcome")),
                    () -> assertEquals("ECONNREFUSED", attempt.get("code")),
                    () -> assertEquals("direct", attempt.get("via")),
                    () -> assertEquals((double) closed, attempt.get("port")),
                    () -> assertTrue(String.valueOf(attempt.get("time")).endsWith("Z")));
        }
    }

    @Test
    void throughTinyproxyA407WantsCredentialsAndTheyAreNeverPrinted() throws Exception {
        int closed = closedPort();
        Path password = Files.writeString(work.resolve("proxy-password"), "pr0xy-s3cret\n");
        try (Tinyproxy proxy = Tinyproxy.start(work, "BasicAuth alice pr0xy-s3cret", closed)) {
            String via = "127.0.0.1:" + proxy.port;
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "relay", "127.0.0.1:" + closed, "--proxy", via));
            String without = out.toString();
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "relay", "127.0.0.1:" + closed, "--proxy", via,
                    "--proxy-user", "alice", "--proxy-password-file", password.toString(), "--format", "json"));
            String with = out.toString();
            assertAll(() -> assertTrue(without.contains("via HTTP proxy " + via + " (override): proxy wants"
                    + " credentials"), without),
                    () -> assertTrue(without.contains("[HTTP 407, "), without),
                    () -> assertTrue(with.contains("\"outcome\": \"proxy_target_failed\""), with),
                    () -> assertTrue(with.contains("after a 407, with the Basic credentials of user alice"), with),
                    () -> assertFalse(with.contains("pr0xy-s3cret") || err.toString().contains("pr0xy-s3cret")));
        }
    }

    @Test
    void aPacFileNamesTheProxyAndAnHttpAnswerToTlsIsAMiddlebox() throws Exception {
        try (Tinyproxy proxy = Tinyproxy.start(work, "", 0)) {
            // tinyproxy's own port as the relay: an HTTP server where the relay would speak TLS
            Path pac = Files.writeString(work.resolve("proxy.pac"), "function FindProxyForURL(url, host) {\n"
                    + "  return isInNet(host, '127.0.0.0', '255.0.0.0') ? 'PROXY 127.0.0.1:" + proxy.port
                    + "; DIRECT' : 'DIRECT';\n}\n");
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "relay", "127.0.0.1:" + proxy.port, "--tls", "--pac",
                    pac.toString(), "--timeout", "3000"), err::toString);
            String text = out.toString();
            List<String> lines = text.lines().toList();
            assertAll(() -> assertTrue(lines.get(1).startsWith("setup: direct, then PAC file " + pac
                    + "; TLS handshake (Java's default CAs); 3000 ms per attempt"), text),
                    () -> assertTrue(lines.get(2).contains(" direct: a proxy or firewall answered with HTTP where the"
                    + " relay speaks TLS"), text),
                    () -> assertTrue(lines.get(2).contains("[HTTP 400, "), text),
                    () -> assertTrue(lines.get(3).contains("via HTTP proxy 127.0.0.1:" + proxy.port + " (PAC): a proxy"
                            + " or firewall answered with HTTP"), text));
        }
    }

    @Test
    void badArgumentsAndAnUnreadablePacFileAreUsageErrors() {
        Path missing = work.resolve("missing.pac");
        assertAll(() -> assertEquals(ExitCodes.USAGE, run("probe", "relay", "127.0.0.1:1", "--proxy",
                "ftp://p:21")), () -> assertTrue(err.toString().contains("bad --proxy"), err::toString),
                () -> assertEquals(ExitCodes.USAGE, run("probe", "relay", "127.0.0.1:1", "--pac", missing.toString())),
                () -> assertTrue(err.toString().contains("cannot read PAC file " + missing), err::toString),
                () -> assertEquals(ExitCodes.USAGE, run("probe", "relay", "127.0.0.1:99999")),
                () -> assertEquals(ExitCodes.USAGE, run("probe", "relay", "127.0.0.1:1", "--proxy-user", "alice")),
                () -> assertEquals(ExitCodes.USAGE, run("probe", "relay", "127.0.0.1:1", "--ca", "ca.pem")));
    }

    /** Debian's tinyproxy on a loopback high port with a temporary configuration, stopped by its PID. */
    static final class Tinyproxy implements AutoCloseable {

        final int port;
        private final Process process;

        private Tinyproxy(int port, Process process) {
            this.port = port;
            this.process = process;
        }

        static Tinyproxy start(Path dir, String extra, int connectPort) throws Exception {
            Path program = Path.of("/usr/bin/tinyproxy");
            if (!Files.isExecutable(program)) {
                System.out.println("SKIPPED: tinyproxy is not installed (Debian package tinyproxy-bin, installed by"
                        + " releng/install-prerequisites)");
            }
            assumeTrue(Files.isExecutable(program), "tinyproxy is not installed (Debian package tinyproxy-bin,"
                    + " installed by releng/install-prerequisites)");
            int port = closedPort();
            Path config = Files.writeString(dir.resolve("tinyproxy-" + port + ".conf"), "Port " + port
                    + "\nListen 127.0.0.1\nTimeout 10\nMaxClients 20\nAllow 127.0.0.1\nConnectPort " + port
                    + (connectPort > 0 ? "\nConnectPort " + connectPort : "") + "\n" + extra + "\n");
            Process process = new ProcessBuilder(program.toString(), "-d", "-c", config.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("tinyproxy-" + port + ".log").toFile())
                    .start();
            Tinyproxy proxy = new Tinyproxy(port, process);
            for (int i = 0; i < 100; i++) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
                    return proxy;
                } catch (IOException e) {
                    if (!process.isAlive()) {
                        break;
                    }
                    Thread.sleep(50);
                }
            }
            proxy.close();
            throw new IOException("tinyproxy did not start: " + Files.readString(dir.resolve("tinyproxy-" + port
                    + ".log")));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
