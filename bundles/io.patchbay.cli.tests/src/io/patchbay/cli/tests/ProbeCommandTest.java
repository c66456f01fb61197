package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.probe.stun.StunServer;
import io.patchbay.probe.stun.StunServerConfig;

/** {@code patchbay probe stun|nat} against our own STUN server on loopback, as a script sees them. */
class ProbeCommandTest {

    private final BundleContext context = FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext();
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private StunServer server;
    private String target;

    @BeforeEach
    void startServer() throws Exception {
        server = StunServer.start(StunServerConfig.on(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .withAlternate(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0)));
        target = "127.0.0.1:" + server.primaryAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

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
    void stunOverUdpPrintsTheMappedAddress() {
        assertEquals(ExitCodes.OK, run("probe", "stun", target), err::toString);
        String text = out.toString();
        assertAll(() -> assertTrue(text.startsWith("STUN server      " + target + " over UDP"), text),
                () -> assertTrue(text.matches("(?s).*\nmapped address   127\\.0\\.0\\.1:\\d+\n.*"), text),
                () -> assertTrue(text.matches("(?s).*\nlocal address    127\\.0\\.0\\.1:\\d+\n.*"), text),
                () -> assertTrue(text.contains("\nother address    127.0.0.2:"), text),
                () -> assertEquals("", err.toString()));
    }

    @Test
    void stunOverTcpAsJson() {
        assertEquals(ExitCodes.OK, run("probe", "stun", target, "--tcp", "--format", "json"), err::toString);
        Map<String, Object> result = json();
        assertAll(() -> assertEquals("tcp", result.get("transport")),
                () -> assertEquals(true, result.get("answered")),
                () -> assertEquals(result.get("localAddress"), result.get("mappedAddress")),
                () -> assertEquals("Patchbay", result.get("software")));
    }

    @Test
    void noAnswerIsOneLineAndExitCodeFour() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            assertEquals(ExitCodes.TESTS_FAILED,
                    run("probe", "stun", "127.0.0.1:" + silent.getLocalPort(), "--timeout", "200"));
            String message = err.toString();
            assertTrue(message.startsWith("patchbay probe stun: no answer from 127.0.0.1:" + silent.getLocalPort()
                    + " over UDP within"), message);
            assertEquals(1, message.lines().count(), message);
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "stun", "127.0.0.1:" + silent.getLocalPort(),
                    "--timeout", "100", "--format", "json"));
            assertEquals(false, json().get("answered"));
        }
    }

    @Test
    void badArgumentsAreExitCodeTwo() {
        assertAll(() -> assertEquals(ExitCodes.USAGE, run("probe", "stun", "127.0.0.1:notaport")),
                () -> assertTrue(err.toString().startsWith("patchbay probe stun: bad HOST[:PORT]"), err::toString),
                () -> assertEquals(ExitCodes.USAGE, run("probe", "stun", target, "--timeout", "0")),
                () -> assertEquals(ExitCodes.USAGE, run("probe", "stun")),
                () -> assertEquals(ExitCodes.USAGE, run("probe", "nat", target, "--format", "xml")),
                () -> assertEquals(ExitCodes.USAGE, run("probe")),
                () -> assertTrue(err.toString().startsWith("patchbay probe: no probe given (one of: stun, nat, sip, ntp, port, rsip, relay)"),
                        err::toString));
    }

    @Test
    void natOnLoopbackIsOpenInternet() {
        assertEquals(ExitCodes.OK, run("probe", "nat", target), err::toString);
        String text = out.toString();
        assertAll(() -> assertTrue(text.contains("\nNAT              none\n"), text),
                () -> assertTrue(text.contains("\nmapping          endpoint-independent\n"), text),
                () -> assertTrue(text.contains("\nfiltering        endpoint-independent\n"), text),
                () -> assertTrue(text.contains("\ntype             open internet\n"), text),
                () -> assertTrue(text.contains("Device@Home and SIP@Home can work"), text));
        assertEquals(ExitCodes.OK, run("probe", "nat", target, "--format", "json"));
        Map<String, Object> result = json();
        assertEquals("open internet", result.get("type"));
        assertEquals(true, result.get("voipCapable"));
    }

    @Test
    void natWithoutAnswerIsUdpBlockedAndExitCodeFour() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            assertEquals(ExitCodes.TESTS_FAILED, run("probe", "nat", "127.0.0.1:" + silent.getLocalPort(), "--rto",
                    "20"));
            assertTrue(out.toString().contains("\ntype             UDP blocked\n"), out::toString);
        }
    }

    @Test
    void helpListsTheProbes() {
        assertEquals(ExitCodes.OK, run("probe", "--help"));
        String help = out.toString();
        assertAll(() -> assertTrue(help.contains("\n  stun "), help), () -> assertTrue(help.contains("\n  nat "), help),
                () -> assertTrue(help.lines().allMatch(line -> line.length() <= 80), help));
        assertEquals(ExitCodes.OK, run("probe", "nat", "--help"));
        assertTrue(out.toString().lines().allMatch(line -> line.length() <= 80), out::toString);
        assertEquals(ExitCodes.OK, run("probe", "stun", "--help"));
        assertTrue(out.toString().lines().allMatch(line -> line.length() <= 80), out::toString);
    }
}
