package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.probe.rsip.RsipClient;
import io.patchbay.probe.rsip.RsipServer;
import io.patchbay.probe.rsip.RsipServerConfig;
import io.patchbay.probe.rsip.RsipServerConfig.PortRange;

/** {@code patchbay probe rsip} against our own RSIP server on loopback, as a script sees it. */
class ProbeRsipCommandTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final BundleContext context = FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext();
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLauncher(context).execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Map<String, Object> json() {
        return new Gson().fromJson(out.toString(), new TypeToken<Map<String, Object>>() {
        }.getType());
    }

    private static RsipServerConfig config() throws Exception {
        return RsipServerConfig.on(new InetSocketAddress(LOOPBACK, 0), InetAddress.getByName("192.0.2.7"));
    }

    @Test
    void registerAssignDeregisterInTextAndJson() throws Exception {
        try (RsipServer server = RsipServer.start(config())) {
            String target = "127.0.0.1:" + server.address().getPort();
            assertEquals(ExitCodes.OK, run("probe", "rsip", target), err::toString);
            String text = out.toString();
            assertAll(() -> assertTrue(text.startsWith("RSIP server      " + target + " over TCP\n"), text),
                    () -> assertTrue(text.contains("\nleased address   192.0.2.7\n"), text),
                    () -> assertTrue(text.contains("\nports            20000-20254 (255 ports)\n"), text),
                    () -> assertTrue(text.contains("\nverdict          registered, got a port bind and de-registered"),
                            text));
            assertEquals(0, server.binds().size());
            assertEquals(0, server.clients());
            assertEquals(ExitCodes.OK, run("probe", "rsip", target, "--ports", "10", "--format", "json"));
            Map<String, Object> result = json();
            assertAll(() -> assertEquals(10.0, result.get("ports")), () -> assertEquals(20000.0, result.get("firstPort")),
                    () -> assertEquals("tcp", result.get("transport")), () -> assertEquals(true, result.get("ok")));
            assertEquals(ExitCodes.OK, run("probe", "rsip", target, "--udp"), err::toString);
            assertTrue(out.toString().startsWith("RSIP server      " + target + " over UDP\n"), out::toString);
            assertEquals(0, server.clients());
        }
    }

    @Test
    void refusalsAreExitFourWithTheF56Cause() throws Exception {
        try (RsipServer full = RsipServer.start(config().withMaxClients(1));
                RsipClient holder = RsipClient.connect(full.address(), null, java.time.Duration.ofSeconds(3))) {
            holder.register();
            String target = "127.0.0.1:" + full.address().getPort();
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "rsip", target));
            assertTrue(err.toString().startsWith("patchbay probe rsip: Unable to register: "), err::toString);
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "rsip", target, "--format", "json"));
            Map<String, Object> result = json();
            assertAll(() -> assertEquals("Unable to register", result.get("cause")),
                    () -> assertEquals(304.0, result.get("rsipError")),
                    () -> assertEquals("register", result.get("step")));
        }
        try (RsipServer small = RsipServer.start(config().withPortRange(new PortRange(30000, 30099)))) {
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "rsip", "127.0.0.1:" + small.address().getPort()));
            assertTrue(err.toString().startsWith("patchbay probe rsip: Unable to get port assignments: "),
                    err::toString);
        }
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            closed = socket.getLocalPort();
        }
        assertEquals(ExitCodes.TESTS_FAILED, run("probe", "rsip", "127.0.0.1:" + closed));
        assertTrue(err.toString().startsWith("patchbay probe rsip: Connection refused: "), err::toString);
    }

    @Test
    void badArgumentsAreExitCodeTwoAndHelpFitsEightyColumns() {
        for (List<String> args : List.of(List.of("probe", "rsip"), List.of("probe", "rsip", "127.0.0.1:x"),
                List.of("probe", "rsip", "127.0.0.1", "--ports", "256"),
                List.of("probe", "rsip", "127.0.0.1", "--timeout", "0"))) {
            assertEquals(ExitCodes.USAGE, run(args.toArray(String[]::new)), args + ": " + out + err);
            assertTrue(err.toString().startsWith("patchbay probe rsip: "), err::toString);
        }
        assertEquals(ExitCodes.OK, run("probe", "--help"));
        assertTrue(out.toString().contains("\n  rsip "), out::toString);
        assertEquals(ExitCodes.OK, run("probe", "rsip", "--help"));
        assertTrue(out.toString().lines().allMatch(line -> line.length() <= 80), out::toString);
    }
}
