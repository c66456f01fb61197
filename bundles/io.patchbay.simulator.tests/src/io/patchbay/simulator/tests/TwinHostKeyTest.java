package io.patchbay.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.simulator.BuffaloRouterTwin;
import io.patchbay.simulator.osbiz.OsbizSshTwin;
import io.patchbay.simulator.rsip.RsipHostTwin;

/**
 * A twin started again on the same state folder presents the same host key, so the operator's known hosts still
 * hold; only {@code changeHostKey()} (a reinstall, or someone in between) changes it.
 */
class TwinHostKeyTest {

    @TempDir
    Path folder;

    private SshTwins ssh;

    @BeforeEach
    void transport() throws Exception {
        ssh = new SshTwins();
    }

    @AfterEach
    void close() {
        ssh.close();
    }

    private void exec(BuffaloRouterTwin twin, Path knownHosts) throws Exception {
        try (TransportSession session = ssh.open(twin.host(), twin.port(), twin.username(), twin.password(),
                knownHosts)) {
            session.exec("nvram get lan_ipaddr").requireSuccess();
        }
    }

    @Test
    void aRestartedRouterTwinKeepsItsKeySoTheKnownHostsStillHoldUntilTheKeyIsChanged() throws Exception {
        Path state = folder.resolve("router");
        Path knownHosts = folder.resolve("known_hosts");
        int port;
        String first;
        try (BuffaloRouterTwin twin = BuffaloRouterTwin.builder(state).start()) {
            port = twin.port();
            first = twin.hostKeyFingerprint();
            exec(twin, knownHosts); // recorded on first use
        }
        Path keyFile = state.resolve("ssh_host_ecdsa_key");
        assertAll(() -> assertTrue(Files.readString(keyFile).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----")),
                () -> assertEquals("rw-------",
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)), "owner only"));

        try (BuffaloRouterTwin again = BuffaloRouterTwin.builder(state).port(port).start()) {
            assertEquals(first, again.hostKeyFingerprint());
            exec(again, knownHosts); // the recorded key still matches

            again.changeHostKey();
            String changed = again.hostKeyFingerprint();
            assertNotEquals(first, changed);
            try {
                exec(again, knownHosts);
                throw new AssertionError("connected although the host key changed");
            } catch (TransportException expected) {
                assertEquals(TransportException.Kind.HOST_KEY_MISMATCH, expected.kind(), expected.getMessage());
            }
            again.close();
            try (BuffaloRouterTwin third = BuffaloRouterTwin.builder(state).start()) {
                assertEquals(changed, third.hostKeyFingerprint(), "the changed key is the one kept");
            }
        }
    }

    @Test
    void legacyRouterRsipHostAndOsbizServerTwinsKeepTheirKeysToo() throws Exception {
        String legacy;
        try (BuffaloRouterTwin twin = BuffaloRouterTwin.builder(folder.resolve("old")).legacyAlgorithmsOnly(true)
                .start()) {
            legacy = twin.hostKeyFingerprint();
            assertEquals("ssh-rsa", twin.hostKeyType());
        }
        String rsip;
        try (RsipHostTwin twin = RsipHostTwin.builder(folder.resolve("rsip")).start()) {
            rsip = twin.hostKeyFingerprint();
        }
        String osbiz;
        try (OsbizSshTwin twin = OsbizSshTwin.builder(folder.resolve("osbiz")).start()) {
            osbiz = twin.hostKeyFingerprint();
        }
        try (BuffaloRouterTwin old = BuffaloRouterTwin.builder(folder.resolve("old")).legacyAlgorithmsOnly(true)
                .start(); RsipHostTwin host = RsipHostTwin.builder(folder.resolve("rsip")).start();
                OsbizSshTwin server = OsbizSshTwin.builder(folder.resolve("osbiz")).start()) {
            assertAll(() -> assertEquals(legacy, old.hostKeyFingerprint()),
                    () -> assertEquals(rsip, host.hostKeyFingerprint()),
                    () -> assertEquals(osbiz, server.hostKeyFingerprint()),
                    () -> assertTrue(Files.exists(folder.resolve("old/ssh_host_rsa_key"))));
        }
    }
}
