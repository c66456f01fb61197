package io.patchbay.core;

import java.time.Duration;
import java.util.List;

/**
 * An open, authenticated session to one device. Commands may be run from several threads at once (each runs on its
 * own channel). A command that exits non-zero returns normally; failures to run it throw {@link TransportException}.
 * Closing is idempotent and never throws; afterwards every call fails with {@code CONNECTION_LOST}.
 *
 * @since 0.1
 */
public interface TransportSession extends AutoCloseable {

    DeviceAddress device();

    /**
     * Things the operator should know about this session, e.g. that legacy algorithms are enabled for the device.
     * One line each; empty when there is nothing to say.
     */
    List<String> warnings();

    /** Runs one command with the spec's {@linkplain ConnectionSpec#commandTimeout() command timeout}. */
    default CommandResult exec(String command) throws TransportException {
        return exec(command, null);
    }

    /**
     * Runs one command (non-interactive, no terminal) and waits for its exit status.
     *
     * @param timeout how long the command may run, or {@code null} for the spec's command timeout
     * @throws TransportException {@code TIMEOUT} (the command is abandoned, the session stays usable),
     *                            {@code CONNECTION_LOST}, {@code CANCELLED} or {@code PROTOCOL_ERROR}
     */
    CommandResult exec(String command, Duration timeout) throws TransportException;

    /**
     * Opens an interactive shell, waits through the device's banner to its first prompt, and returns it ready for
     * commands. For devices whose commands only work in a login shell.
     */
    ShellSession openShell() throws TransportException;

    boolean isOpen();

    @Override
    void close();
}
