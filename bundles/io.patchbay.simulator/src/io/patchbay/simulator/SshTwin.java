package io.patchbay.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

import io.patchbay.simulator.internal.TwinFaults;
import io.patchbay.simulator.internal.TwinSshServer;

/**
 * What every device twin reached over SSH offers besides its own device's behaviour: the faults a test or an operator
 * switches on and off while it runs (refused connections, rejected logins, a changed host key, connections dropped
 * mid-command, after N bytes or after a given command, slow answers), its address and host key, and its open sessions. The twins of this bundle
 * extend it; it is not meant to be extended elsewhere.
 *
 * @since 0.1
 */
public abstract class SshTwin implements AutoCloseable {

    /** The faults in force, read by the twin's SSH server per connection and per command. */
    protected final TwinFaults faults = new TwinFaults();

    protected SshTwin() {
    }

    /** The twin's SSH server. */
    protected abstract TwinSshServer ssh();

    /** The loopback address it listens on. */
    public String host() {
        return ssh().host();
    }

    /** The SSH port (chosen by the system unless the builder fixed one); kept across faults and restarts. */
    public int port() {
        return ssh().port();
    }

    /** The host key's type, e.g. {@code ecdsa-sha2-nistp256}, or {@code ssh-rsa} with legacy algorithms only. */
    public String hostKeyType() {
        return ssh().hostKeyType();
    }

    /** OpenSSH's fingerprint of the current host key, {@code SHA256:…}. */
    public String hostKeyFingerprint() {
        return ssh().hostKeyFingerprint();
    }

    /** Stops listening, so SSH connections are refused, or listens again on the same port. */
    public void refuseConnections(boolean refuse) throws IOException {
        ssh().refuseConnections(refuse);
    }

    /** Rejects every login (as after someone changed the password), or accepts the right ones again. */
    public void rejectCredentials(boolean reject) {
        faults.rejectCredentials = reject;
    }

    /**
     * A new host key from now on, as after a factory reset or a reinstall (or a device in between). The key is kept in
     * the state folder: a twin started again on the same folder presents the same key until this is called.
     */
    public void changeHostKey() {
        ssh().changeHostKey();
    }

    /** Each command prints a few bytes and then the connection drops, as when the device loses power. */
    public void dropConnectionMidCommand(boolean drop) {
        faults.dropMidCommand = drop;
    }

    /**
     * After {@code bytes} bytes of a channel's output (banner and prompts included) the connection drops, as when a
     * link dies in the middle of an answer; a negative number switches it off.
     */
    public void dropConnectionAfterBytes(long bytes) {
        faults.dropAfterBytes = bytes;
    }

    /**
     * The next command starting with {@code prefix} (e.g. {@code nvram set}) takes effect and then the connection
     * drops before its answer, once: a link dying in the middle of an apply. {@code null} clears it.
     */
    public void dropConnectionAfterCommand(String prefix) {
        faults.dropAfterCommand(prefix);
    }

    /** Every command waits {@code delay} before it runs; {@link Duration#ZERO} for normal speed. */
    public void slowAnswers(Duration delay) {
        faults.slowAnswers = Objects.requireNonNull(delay);
    }

    /** Sessions open right now (a client that closed properly leaves none). */
    public int activeSessions() {
        return ssh().activeSessions();
    }
}
