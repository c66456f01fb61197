package io.patchbay.transport.ssh.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.simulator.BuffaloRouterTwin;

/** The Buffalo/DD-WRT twin as a peer of the suite. */
final class TwinPeer implements SshPeer {

    final BuffaloRouterTwin twin;
    private final ClientKey key;

    TwinPeer(Path folder) throws IOException, GeneralSecurityException {
        twin = BuffaloRouterTwin.builder(folder).password("Buffalo-Twin-9".toCharArray()).start();
        key = new ClientKey();
        twin.authorizeKey(key.authorizedKeyLine());
    }

    @Override
    public DeviceAddress address() {
        return DeviceAddress.of(twin.host(), twin.port());
    }

    @Override
    public Credential passwordLogin() {
        return Credential.password(twin.username(), twin.password());
    }

    @Override
    public Credential keyLogin() {
        return key.credential(twin.username());
    }

    @Override
    public String hostKeyFingerprint() {
        return twin.hostKeyFingerprint();
    }

    @Override
    public String bannerLine() {
        return "WARNING: this system is for the use of authorized staff only.";
    }

    @Override
    public String commandThatLosesTheConnection() {
        twin.dropConnectionMidCommand(true);
        return "nvram commit";
    }

    @Override
    public void close() {
        try {
            twin.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Buffalo twin " + address();
    }
}
