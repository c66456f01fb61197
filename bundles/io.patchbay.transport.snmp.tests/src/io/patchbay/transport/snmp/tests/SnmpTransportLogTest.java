package io.patchbay.transport.snmp.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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

import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.SnmpSpec;
import io.patchbay.core.SnmpTransport;
import io.patchbay.core.SnmpValue;
import io.patchbay.core.SnmpVarBind;
import io.patchbay.core.Transport;
import io.patchbay.core.TransportException;
import io.patchbay.core.transportlog.TransportLog;
import io.patchbay.core.transportlog.TransportLogEntry;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;

/**
 * What the SNMP transport writes to the transport log while it talks to the OSBiz twin: requests with their OIDs and
 * values, the answers, refusals and timeouts, and never the community, the SNMPv3 pass phrases or a password written
 * to a station.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnmpTransportLogTest {

    private static final String SYS_NAME = "1.3.6.1.2.1.1.5.0";
    private static final String STATION_PASSWORD = "H0me-Office!";

    private OsbizSnmpTwin twin;
    private ServiceTracker<SnmpTransport, SnmpTransport> transports;
    private ServiceTracker<TransportLog, TransportLog> logs;
    private SnmpTransport transport;
    private TransportLog log;
    private final List<TransportLogEntry> entries = Collections.synchronizedList(new ArrayList<>());
    private TransportLog.Subscription subscription;

    @BeforeAll
    void startTwinAndFindServices() throws Exception {
        twin = OsbizSnmpTwin.builder().start();
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        transports = new ServiceTracker<>(context, context.createFilter("(&(objectClass="
                + SnmpTransport.class.getName() + ")(" + Transport.PROTOCOL + "=snmp))"), null);
        transports.open();
        logs = new ServiceTracker<>(context, TransportLog.class, null);
        logs.open();
        transport = transports.waitForService(10_000);
        log = logs.waitForService(10_000);
        assertNotNull(transport, "no SNMP transport service registered");
        assertNotNull(log, "no transport log service registered (io.patchbay.core)");
    }

    @BeforeEach
    void listen() {
        entries.clear();
        subscription = log.subscribe(entry -> {
            if (entry.address().equals(address())) {
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
    void getsAndSetsAreLoggedWithOidsAndValuesButNeverAPassPhraseOrAPassword() throws Exception {
        try (SnmpSession session = transport.open(v3())) {
            session.get(SYS_NAME);
            session.set(List.of(SnmpVarBind.of(station(4, 101), SnmpValue.integer(1)),
                    SnmpVarBind.of(station(5, 101), SnmpValue.secret(STATION_PASSWORD.toCharArray()))));
            session.get(station(5, 101));
        }
        String sysName = twin.value(SYS_NAME);

        List<String> lines = lines();
        String all = String.join("\n", lines);
        assertAll(
                () -> assertTrue(lines.get(0).startsWith("EVENT SNMPv3 session as " + twin.v3User()), all),
                () -> assertTrue(lines.contains("SENT GET " + SYS_NAME), all),
                () -> assertTrue(lines.contains("RECEIVED " + SYS_NAME + " = OCTET_STRING: \"" + sysName + "\""),
                        all),
                () -> assertTrue(lines.contains("SENT SET " + station(4, 101) + " = INTEGER: 1, " + station(5, 101)
                        + " = ****"), all),
                () -> assertTrue(lines.contains("RECEIVED " + station(5, 101) + " = ****"), all),
                () -> assertTrue(lines.contains("EVENT closed"), all),
                () -> assertEquals("pbx-hh (" + address() + ")", entries.get(0).deviceLabel()),
                () -> assertEquals("snmp", entries.get(0).transport()));
        assertNoSecret(all, new String(twin.v3AuthPassphrase()), new String(twin.v3PrivPassphrase()),
                STATION_PASSWORD);
    }

    @Test
    void theCommunityOfAV2cSessionIsNeverLogged() throws Exception {
        String community = new String(twin.community());
        try (SnmpSession session = transport.open(SnmpSpec.v2c(address(), Credential.password("", twin.community()))
                .deviceName("pbx-hh").build())) {
            session.get(SYS_NAME);
            session.set(SYS_CONTACT_OID, SnmpValue.string("noc, community " + community));
        }

        String all = String.join("\n", lines());
        assertAll(() -> assertTrue(all.contains("EVENT SNMPv2c session (community hidden)"), all),
                () -> assertTrue(all.contains("SENT SET " + SYS_CONTACT_OID + " = OCTET_STRING: \"noc, community "
                        + "****\""), all));
        assertNoSecret(all, community);
    }

    @Test
    void aRefusalAndATimeoutAreLoggedAsErrors() throws Exception {
        try (SnmpSession session = transport.open(v3())) {
            TransportException refused = assertThrows(TransportException.class, () -> session.set(station(5, 100),
                    SnmpValue.secret("short1A".toCharArray())));
            twin.noAnswer(true);
            try {
                TransportException timeout = assertThrows(TransportException.class, () -> session.get(SYS_NAME));
                List<String> lines = lines();
                String all = String.join("\n", lines);
                assertAll(() -> assertTrue(lines.contains("ERROR " + refused.getMessage()), all),
                        () -> assertTrue(lines.contains("ERROR " + timeout.getMessage()), all),
                        () -> assertTrue(timeout.getMessage().contains("no answer"), timeout.getMessage()));
                assertNoSecret(all, "short1A");
            } finally {
                twin.noAnswer(false);
            }
        }
    }

    private static final String SYS_CONTACT_OID = "1.3.6.1.2.1.1.4.0";

    private SnmpSpec v3() {
        return SnmpSpec.v3(address(), Credential.password(twin.v3User(), twin.v3AuthPassphrase()))
                .privacy(Credential.password(twin.v3User(), twin.v3PrivPassphrase()))
                .timeout(Duration.ofMillis(500)).retries(0).deviceName("pbx-hh").build();
    }

    private DeviceAddress address() {
        return DeviceAddress.of(twin.host(), twin.port());
    }

    private static String station(int column, int callNumber) {
        return OsbizSnmpTwin.STATION_ENTRY + "." + column + "." + callNumber;
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
