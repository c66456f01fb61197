package io.patchbay.transport.ssh.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.patchbay.core.ConnectionSpec;
import io.patchbay.core.Credential;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.ShellSession;
import io.patchbay.core.Transport;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.core.transportlog.TransportLog;
import io.patchbay.core.transportlog.TransportLogEntry;
import io.patchbay.core.transportlog.TransportLogEntry.Direction;

/**
 * What the SSH transport writes to the transport log while it talks to the Buffalo/DD-WRT twin: the commands, the
 * answers line by line, the connection's events and failures, and never the password, a password set on the router
 * or a line of the private key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SshTransportLogTest {

    private static final String NEW_ROUTER_PASSWORD = "Router-Admin-77";

    private TwinPeer twin;
    private Path folder;
    private KnownHostsStore knownHosts;
    private ServiceTracker<Transport, Transport> transports;
    private ServiceTracker<TransportLog, TransportLog> logs;
    private Transport transport;
    private TransportLog log;
    private final List<TransportLogEntry> entries = Collections.synchronizedList(new ArrayList<>());
    private TransportLog.Subscription subscription;

    @BeforeAll
    void startTwinAndFindServices() throws Exception {
        folder = Files.createTempDirectory("patchbay-ssh-log");
        twin = new TwinPeer(folder.resolve("twin"));
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        transports = new ServiceTracker<>(context, context.createFilter("(&(objectClass=" + Transport.class.getName()
                + ")(" + Transport.PROTOCOL + "=ssh))"), null);
        transports.open();
        logs = new ServiceTracker<>(context, TransportLog.class, null);
        logs.open();
        transport = transports.waitForService(10_000);
        log = logs.waitForService(10_000);
        assertNotNull(transport, "no SSH transport service registered");
        assertNotNull(log, "no transport log service registered (io.patchbay.core)");
    }

    @BeforeEach
    void listen() {
        knownHosts = KnownHostsStore.at(folder.resolve("known_hosts-" + System.nanoTime()));
        entries.clear();
        subscription = log.subscribe(entry -> {
            if (entry.address().equals(twin.address())) {
                entries.add(entry);
            }
        }, false);
    }

    @AfterEach
    void stopListening() {
        subscription.close();
    }

    @AfterAll
    void stop() {
        transports.close();
        logs.close();
        twin.close();
    }

    @Test
    void commandsAndAnswersAreLoggedWithTheConnectionsEventsButNeverThePassword() throws Exception {
        String password = new String(twin.twin.password());
        try (TransportSession session = transport.open(spec(twin.passwordLogin()))) {
            session.exec("nvram get lan_ipaddr").requireSuccess();
            session.exec("nvram set http_passwd=" + NEW_ROUTER_PASSWORD + " && nvram commit").requireSuccess();
            session.exec("nvram show").requireSuccess();
            session.exec("echo " + password).requireSuccess();
            try (ShellSession shell = session.openShell()) {
                shell.run("nvram get wan_proto");
            }
        }

        List<String> lines = lines();
        String all = String.join("\n", lines);
        String lanAddress = twin.twin.nvram("lan_ipaddr").orElseThrow();
        assertAll(
                () -> assertTrue(lines.contains("EVENT connecting as " + twin.twin.username() + " (password)"), all),
                () -> assertTrue(lines.stream().anyMatch(l -> l.startsWith("EVENT host key SHA256:")
                        && l.endsWith("seen for the first time, trusted and recorded")), all),
                () -> assertTrue(lines.contains("EVENT authenticated as " + twin.twin.username()), all),
                () -> assertTrue(lines.contains("SENT nvram get lan_ipaddr"), all),
                () -> assertTrue(lines.contains("RECEIVED " + lanAddress), all),
                () -> assertTrue(lines.contains("SENT nvram set http_passwd=**** && nvram commit"), all),
                () -> assertTrue(lines.contains("RECEIVED http_passwd=****"), all),
                () -> assertTrue(lines.contains("SENT echo ****"), all),
                () -> assertTrue(lines.contains("RECEIVED ****"), all),
                () -> assertTrue(lines.contains("SENT nvram get wan_proto"), all),
                () -> assertTrue(lines.contains("EVENT disconnected"), all),
                () -> assertEquals("hh-router (" + twin.address() + ")", entries.get(0).deviceLabel()),
                () -> assertEquals("ssh", entries.get(0).transport()));
        assertNoSecret(all, password, NEW_ROUTER_PASSWORD);
    }

    @Test
    void aKeyLoginNeverLogsALineOfTheKey() throws Exception {
        Credential key = twin.keyLogin();
        List<String> keyLines = new String(key.privateKeyBytes(), StandardCharsets.US_ASCII).lines()
                .filter(line -> !line.startsWith("-----")).toList();
        try (TransportSession session = transport.open(spec(key))) {
            // a device printing key material back, e.g. a key file on its flash
            session.exec("echo " + keyLines.get(3)).requireSuccess();
        }

        String all = String.join("\n", lines());
        assertAll(() -> assertTrue(all.contains("EVENT connecting as " + twin.twin.username() + " (key)"), all),
                () -> assertTrue(all.contains("SENT echo ****"), all),
                () -> assertTrue(all.contains("RECEIVED ****"), all));
        assertNoSecret(all, keyLines.toArray(String[]::new));
    }

    @Test
    void aRefusedLoginIsLoggedAsAnErrorWithoutThePassword() {
        twin.twin.rejectCredentials(true);
        try {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.open(spec(twin.passwordLogin())).close());
            String all = String.join("\n", lines());
            assertAll(() -> assertTrue(lines().contains("ERROR " + e.getMessage()), all),
                    () -> assertFalse(all.contains("EVENT authenticated"), all));
            assertNoSecret(all, new String(twin.twin.password()));
        } finally {
            twin.twin.rejectCredentials(false);
        }
    }

    @Test
    void aLongAnswerIsLoggedLineByLineAndCut() throws Exception {
        try (TransportSession session = transport.open(spec(twin.passwordLogin()))) {
            String numbers = java.util.stream.IntStream.rangeClosed(1, 500).mapToObj(Integer::toString)
                    .collect(Collectors.joining(" "));
            session.exec("printf 'line%s\\n' " + numbers).requireSuccess();
        }

        List<String> received = entries.stream().filter(e -> e.direction() == Direction.RECEIVED)
                .map(TransportLogEntry::text).toList();
        assertAll(() -> assertEquals("line1", received.get(0)),
                () -> assertEquals("line200", received.get(199)),
                () -> assertTrue(received.get(200).startsWith("\u2026 300 more lines"), received.toString()),
                () -> assertEquals(201, received.size()));
    }

    private ConnectionSpec spec(Credential credential) {
        return ConnectionSpec.to(twin.address()).credential(credential).knownHosts(knownHosts)
                .deviceName("hh-router").build();
    }

    private List<String> lines() {
        synchronized (entries) {
            return entries.stream().map(e -> e.direction() + " " + e.text()).collect(Collectors.toList());
        }
    }

    private static void assertNoSecret(String log, String... secrets) {
        for (String secret : secrets) {
            assertFalse(log.contains(secret), "the transport log shows a secret:\n" + log);
        }
    }
}
