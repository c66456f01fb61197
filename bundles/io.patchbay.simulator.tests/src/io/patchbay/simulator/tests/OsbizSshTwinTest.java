package io.patchbay.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.CommandResult;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.simulator.osbiz.OsbizSshTwin;

/** The Linux server of an OSBiz S over real SSH with Patchbay's transport: SPoA (F-45, F-46), clock, release. */
class OsbizSshTwinTest {

    private static final String SCRIPT = "/opt/rsp-slp/cp-spoa.sh";

    @TempDir
    Path folder;

    private SshTwins ssh;
    private OsbizSshTwin twin;

    @BeforeEach
    void start() throws Exception {
        ssh = new SshTwins();
        twin = OsbizSshTwin.builder(folder.resolve("twin")).password("S-server-pw-1".toCharArray()).release("V3R1")
                .hostname("pbx-luebeck").start();
    }

    @AfterEach
    void stop() throws Exception {
        twin.close();
        ssh.close();
    }

    private TransportSession open() throws Exception {
        return ssh.open(twin.host(), twin.port(), twin.username(), twin.password(), folder.resolve("known_hosts"));
    }

    @Test
    void cpSpoaMinusRResetsEveryRouteAndTheLogUnderOptRspSlSaysSo() throws Exception {
        try (TransportSession session = open()) {
            session.exec(SCRIPT + " -action add -net 10.20.0.0/24 -gw 10.8.0.1").requireSuccess();
            session.exec(SCRIPT + " -action add -net 10.30.0.0/16 -gw 10.8.0.1").requireSuccess();
            assertEquals(List.of("10.20.0.0/24 via 10.8.0.1", "10.30.0.0/16 via 10.8.0.1"), twin.spoaRoutes());

            CommandResult reset = session.exec(SCRIPT + " -r");
            String log = session.exec("cat /opt/rsp-sl/openvpn_logs").requireSuccess().stdout();
            assertAll(() -> assertEquals(0, reset.exitCode(), reset.stderr()),
                    () -> assertEquals(List.of(), twin.spoaRoutes(), "F-45: -r deletes every SPoA route"),
                    () -> assertTrue(log.contains("cp-spoa: route add 10.30.0.0/16 via 10.8.0.1"), log),
                    () -> assertTrue(log.contains("cp-spoa: routes reset (-r)"), "F-46: the reset is logged\n" + log),
                    () -> assertEquals(127, session.exec("/jffs/openvpncl/cp-spoa.sh -r").exitCode(),
                            "a Linux server has no Buffalo plugin paths"));
        }
    }

    @Test
    void aProvisionerReadsTheReleaseTheOsAndTheClock() throws Exception {
        try (TransportSession session = open()) {
            String release = session.exec("cat /etc/osbiz-release").requireSuccess().stdout();
            String os = session.exec("cat /etc/os-release").requireSuccess().stdout();
            String uname = session.exec("uname -a").requireSuccess().stdout();
            String date = session.exec("date").requireSuccess().stdout();
            int year = ZonedDateTime.now(ZoneOffset.UTC).getYear();
            assertAll(() -> assertTrue(release.lines().anyMatch("RELEASE=V3R1"::equals), release),
                    () -> assertTrue(os.contains("PRETTY_NAME=\"SUSE Linux Enterprise Server 15 SP5\""), os),
                    () -> assertTrue(uname.startsWith("Linux pbx-luebeck ") && uname.contains("x86_64"), uname),
                    () -> assertTrue(date.strip().endsWith("UTC " + year),
                            "F-42: the server's clock is right (NTP), not the year 2000 of a router: " + date));
            CommandResult write = session.exec("printf 'RELEASE=V1R3\\n' > /etc/osbiz-release");
            assertAll(() -> assertEquals(1, write.exitCode(), "the release is the installed package's, read-only"),
                    () -> assertEquals("V3R1", twin.release()));
        }
    }

    @Test
    void aWrongPasswordIsRejectedAndRejectCredentialsLocksTheRightOneOut() throws Exception {
        try (TransportSession session = ssh.open(twin.host(), twin.port(), twin.username(), "wrong".toCharArray(),
                folder.resolve("known_hosts"))) {
            throw new AssertionError("a wrong password logged in");
        } catch (TransportException expected) {
            assertEquals(TransportException.Kind.AUTH_FAILED, expected.kind(), expected.getMessage());
        }
        twin.rejectCredentials(true);
        try (TransportSession session = open()) {
            throw new AssertionError("logged in while credentials are rejected");
        } catch (TransportException expected) {
            assertEquals(TransportException.Kind.AUTH_FAILED, expected.kind(), expected.getMessage());
        }
    }
}
