package io.patchbay.transport.ssh.tests;

import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;

/** An SSH server the transport suite runs against: a twin or a real Debian daemon on loopback. */
interface SshPeer extends AutoCloseable {

    DeviceAddress address();

    /** The login that works (password). */
    Credential passwordLogin();

    /** The login with the client key the peer has authorized. */
    Credential keyLogin();

    /** The host key's fingerprint as the peer's own tools report it ({@code SHA256:…}). */
    String hostKeyFingerprint();

    /** A line of the banner this peer prints before the first shell prompt. */
    String bannerLine();

    /**
     * Arranges that the connection breaks while the returned command runs (a twin fault, or a command that kills the
     * server process handling the connection).
     */
    String commandThatLosesTheConnection();

    @Override
    void close();
}
