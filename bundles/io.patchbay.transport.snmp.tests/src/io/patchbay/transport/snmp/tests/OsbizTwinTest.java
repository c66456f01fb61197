package io.patchbay.transport.snmp.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.patchbay.core.SnmpErrorStatus;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.SnmpSpec;
import io.patchbay.core.SnmpValue;
import io.patchbay.core.SnmpVarBind;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportException.Kind;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;

/** The transport suite against the OSBiz twin, plus the Patchbay MIB, the system's refusals and the twin's faults. */
class OsbizTwinTest extends SnmpTransportContract {

    static final String ENTRY = OsbizSnmpTwin.STATION_ENTRY;
    static final String SYS = OsbizSnmpTwin.SYSTEM_SCALARS;
    static final int NAME = 2, AUTH = 4, PASSWORD = 5, SBC = 6, SPE = 7, COS = 8;
    static final int TRUE = 1, FALSE = 2;

    private OsbizSnmpTwin twin() {
        return ((TwinSnmpPeer) peer).twin;
    }

    @Override
    protected SnmpPeer startPeer(Path folder) throws Exception {
        return new TwinSnmpPeer();
    }

    private static String station(int column, int callNumber) {
        return ENTRY + "." + column + "." + callNumber;
    }

    private static String sys(int scalar) {
        return SYS + "." + scalar + ".0";
    }

    private TransportException refusal(SnmpSpec spec, List<SnmpVarBind> values) throws Exception {
        try (SnmpSession session = transport.open(spec)) {
            return failureOf(() -> session.set(values));
        }
    }

    @Test
    void theStationTableWalksByCallNumberAndNeverShowsAPassword() throws Exception {
        try (SnmpSession session = transport.open(v3().build())) {
            List<SnmpVarBind> names = session.walk(ENTRY + "." + NAME);
            List<SnmpVarBind> passwords = session.walk(ENTRY + "." + PASSWORD);
            assertAll(() -> assertEquals(List.of(station(NAME, 100), station(NAME, 101), station(NAME, 102)),
                    names.stream().map(SnmpVarBind::oid).toList()),
                    () -> assertEquals("Home office", names.get(1).value().asText()),
                    () -> assertTrue(passwords.stream().allMatch(p -> p.value().asText().isEmpty())),
                    () -> assertEquals(3 * 8, session.walk(ENTRY).size()));
        }
    }

    @Test
    void sipAtHomeForAStationIsOneSetOfAuthenticationStrongPasswordAndSbcFlag() throws Exception {
        try (SnmpSession session = transport.open(v3().build())) {
            List<SnmpVarBind> answer = session.set(List.of(
                    SnmpVarBind.of(station(AUTH, 101), SnmpValue.integer(TRUE)),
                    SnmpVarBind.of(station(PASSWORD, 101), SnmpValue.secret("H0me-Office!".toCharArray())),
                    SnmpVarBind.of(station(SBC, 101), SnmpValue.integer(TRUE)),
                    SnmpVarBind.of(station(COS, 101), SnmpValue.integer(3))));
            assertAll(() -> assertEquals(TRUE, session.get(station(SBC, 101)).asInt()),
                    () -> assertEquals(3, session.get(station(COS, 101)).asInt()),
                    () -> assertTrue(twin().stationPasswordIs(101, "H0me-Office!")),
                    () -> assertFalse(answer.toString().contains("H0me-Office!"), answer.toString()));
        }
    }

    @Test
    void theSbcFlagWhileAuthenticationIsOffIsInconsistentValueAndChangesNothing() throws Exception {
        TransportException e = refusal(v2c().build(), List.of(
                SnmpVarBind.of(station(COS, 101), SnmpValue.integer(2)),
                SnmpVarBind.of(station(SBC, 101), SnmpValue.integer(TRUE))));
        assertAll(() -> assertEquals(Kind.REFUSED, e.kind()),
                () -> assertEquals(SnmpErrorStatus.INCONSISTENT_VALUE, e.snmpError().orElseThrow()),
                () -> assertEquals(station(SBC, 101), e.oid().orElseThrow()),
                () -> assertTrue(e.fix().contains("authentication before the SBC flag"), e.fix()),
                () -> assertEquals("2", twin().value(station(SBC, 101))),
                () -> assertEquals("4", twin().value(station(COS, 101)), "a refused SET changes nothing"));
    }

    @Test
    void switchingAuthenticationOffUnderAnSbcStationIsInconsistentValue() throws Exception {
        TransportException e = refusal(v3().build(), List.of(SnmpVarBind.of(station(AUTH, 102),
                SnmpValue.integer(FALSE))));
        assertAll(() -> assertEquals(SnmpErrorStatus.INCONSISTENT_VALUE, e.snmpError().orElseThrow()),
                () -> assertEquals(station(AUTH, 102), e.oid().orElseThrow()));
    }

    @Test
    void aWeakPasswordIsWrongValueAndNeitherStoredNorShown() throws Exception {
        for (String weak : List.of("short1A", "alllowercase1", "Has100Inside", "Passsword1x", "NoDigitsHere")) {
            TransportException e = refusal(v2c().build(), List.of(SnmpVarBind.of(station(PASSWORD, 100),
                    SnmpValue.secret(weak.toCharArray()))));
            assertAll(weak, () -> assertEquals(SnmpErrorStatus.WRONG_VALUE, e.snmpError().orElseThrow()),
                    () -> assertEquals(station(PASSWORD, 100), e.oid().orElseThrow()),
                    () -> assertFalse(e.toString().contains(weak)),
                    () -> assertTrue(twin().stationPasswordIs(100, "Recept1onDesk")));
        }
    }

    @Test
    void readOnlyObjectsOfTheMibAreNotWritable() throws Exception {
        for (String oid : List.of(station(NAME, 100), sys(7))) {
            TransportException e = refusal(v3().build(), List.of(SnmpVarBind.of(oid, SnmpValue.string("x"))));
            assertAll(oid, () -> assertEquals(SnmpErrorStatus.NOT_WRITABLE, e.snmpError().orElseThrow()),
                    () -> assertEquals(oid, e.oid().orElseThrow()));
        }
    }

    @Test
    void anUnknownStationIsNoCreationOnSetAndNoSuchInstanceOnGet() throws Exception {
        TransportException e = refusal(v2c().build(), List.of(SnmpVarBind.of(station(AUTH, 555),
                SnmpValue.integer(TRUE))));
        assertAll(() -> assertEquals(SnmpErrorStatus.NO_CREATION, e.snmpError().orElseThrow()),
                () -> assertEquals(station(AUTH, 555), e.oid().orElseThrow()),
                () -> assertTrue(e.fix().contains("create it on the device first"), e.fix()));
        try (SnmpSession session = transport.open(v2c().build())) {
            assertEquals(SnmpValue.Type.NO_SUCH_INSTANCE, session.get(station(AUTH, 555)).type());
        }
    }

    @Test
    void aValueOfTheWrongTypeIsWrongTypeAndOutOfRangeIsWrongValue() throws Exception {
        TransportException type = refusal(v3().build(), List.of(SnmpVarBind.of(sys(2), SnmpValue.string("3478"))));
        TransportException range = refusal(v3().build(), List.of(SnmpVarBind.of(sys(2), SnmpValue.integer(0))));
        assertAll(() -> assertEquals(SnmpErrorStatus.WRONG_TYPE, type.snmpError().orElseThrow()),
                () -> assertEquals(SnmpErrorStatus.WRONG_VALUE, range.snmpError().orElseThrow()));
    }

    @Test
    void deviceAtHomeSystemSettingsAreTypedValuesInOneSet() throws Exception {
        try (SnmpSession session = transport.open(v3().build())) {
            session.set(List.of(SnmpVarBind.of(sys(1), SnmpValue.string("stun.example.net")),
                    SnmpVarBind.of(sys(2), SnmpValue.integer(3478)),
                    SnmpVarBind.of(sys(3), SnmpValue.integer(8)),
                    SnmpVarBind.of(sys(4), SnmpValue.integer(TRUE)),
                    SnmpVarBind.of(sys(8), SnmpValue.ipAddress("198.51.100.7")),
                    // software deployment on needs the DLS address it announces, in the same SET or before
                    SnmpVarBind.of(sys(9), SnmpValue.string("198.51.100.7"))));
            List<SnmpVarBind> back = session.get(List.of(sys(1), sys(3), sys(4), sys(6), sys(7), sys(8)));
            assertAll(() -> assertEquals("stun.example.net", back.get(0).value().asText()),
                    () -> assertEquals(8, back.get(1).value().asInt()),
                    () -> assertEquals(TRUE, back.get(2).value().asInt()),
                    () -> assertEquals(2048, back.get(3).value().asInt()),
                    () -> assertEquals("V2R7.1.0", back.get(4).value().asText()),
                    () -> assertEquals(SnmpValue.ipAddress("198.51.100.7"), back.get(5).value()));
        }
    }

    @Test
    void stationSpeNeedsTheSystemSpeFlagFirst() throws Exception {
        TransportException e = refusal(v2c().build(), List.of(SnmpVarBind.of(station(SPE, 100),
                SnmpValue.integer(TRUE))));
        assertEquals(SnmpErrorStatus.INCONSISTENT_VALUE, e.snmpError().orElseThrow());
        try (SnmpSession session = transport.open(v2c().build())) {
            session.set(List.of(SnmpVarBind.of(sys(5), SnmpValue.integer(TRUE)),
                    SnmpVarBind.of(station(SPE, 100), SnmpValue.integer(TRUE))));
            assertEquals(TRUE, session.get(station(SPE, 100)).asInt());
            TransportException off = failureOf(() -> session.set(sys(5), SnmpValue.integer(FALSE)));
            assertEquals(SnmpErrorStatus.INCONSISTENT_VALUE, off.snmpError().orElseThrow());
            session.set(List.of(SnmpVarBind.of(station(SPE, 100), SnmpValue.integer(FALSE)),
                    SnmpVarBind.of(sys(5), SnmpValue.integer(FALSE))));
        }
    }

    @Test
    void aSystemThatDoesNotAnswerIsATimeout() throws Exception {
        try (SnmpSession session = transport.open(v3().timeout(Duration.ofMillis(300)).retries(1).build())) {
            twin().noAnswer(true);
            assertEquals(Kind.TIMEOUT, failureOf(() -> session.get(SYS_NAME)).kind());
        } finally {
            twin().noAnswer(false);
        }
    }

    @Test
    void closingASessionEndsTheRequestWaitingInItAtOnce() throws Exception {
        SnmpSession session = transport.open(v2c().timeout(Duration.ofSeconds(20)).retries(0).build());
        twin().noAnswer(true);
        try {
            java.util.concurrent.CompletableFuture.delayedExecutor(300, java.util.concurrent.TimeUnit.MILLISECONDS)
                    .execute(session::close);
            long start = System.nanoTime();
            TransportException e = failureOf(() -> session.get(SYS_NAME));
            long took = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertAll(() -> assertEquals(Kind.CONNECTION_LOST, e.kind()),
                    () -> assertTrue(took < 3000, "took " + took + " ms"));
        } finally {
            twin().noAnswer(false);
            session.close();
        }
    }

    @Test
    void aSlowSystemRunsIntoTheTimeoutAndIsFineWithAPatientOne() throws Exception {
        twin().slowAnswers(Duration.ofMillis(700));
        try {
            assertEquals(Kind.TIMEOUT, failureOf(() -> transport.open(v2c().timeout(Duration.ofMillis(300))
                    .retries(0).build())).kind());
            try (SnmpSession session = transport.open(v2c().timeout(Duration.ofSeconds(3)).retries(0).build())) {
                assertFalse(session.get(SYS_NAME).asText().isEmpty());
            }
        } finally {
            twin().slowAnswers(Duration.ZERO);
        }
    }

    @Test
    void changedCredentialsOnTheSystemAreAuthFailedInV3AndSilenceInV2c() {
        twin().rejectCredentials(true);
        try {
            assertAll(() -> assertEquals(Kind.AUTH_FAILED, failureOf(() -> transport.open(v3().build())).kind()),
                    () -> assertEquals(Kind.TIMEOUT, failureOf(() -> transport.open(v2c()
                            .timeout(Duration.ofMillis(300)).build())).kind()));
        } finally {
            twin().rejectCredentials(false);
        }
    }

    @Test
    void authNoPrivIsAllowedForASystemSetUpSoButWarned() throws Exception {
        try (SnmpSession session = transport.open(v3().securityLevel(SnmpSpec.SecurityLevel.AUTH_NO_PRIV)
                .build())) {
            assertAll(() -> assertFalse(session.get(SYS_NAME).asText().isEmpty()),
                    () -> assertTrue(session.warnings().stream().anyMatch(w -> w.contains("without privacy")),
                            session.warnings().toString()));
        }
    }

    @Test
    void specsAndValuesNeverShowSecrets() {
        SnmpSpec spec = v3().build();
        String secret = new String(peer.v3User().secret());
        assertAll(() -> assertFalse(spec.toString().contains(secret), spec.toString()),
                () -> assertFalse(v2c().build().toString().contains(new String(peer.community().secret()))),
                () -> assertEquals("OCTET_STRING: ***", SnmpValue.secret("Secr3tPass".toCharArray()).toString()));
    }
}
