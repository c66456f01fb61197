package io.patchbay.core;

import java.time.Duration;

/**
 * An interactive shell on a device, as an operator's terminal would see it, used one command at a time by one
 * thread. Each {@link #run} sends one command line and returns its output and exit status as the device's shell
 * reports them; the prompt and the echo of the command are not part of the output. Works with BusyBox {@code ash}
 * on dropbear as well as {@code bash}/{@code sh} on OpenSSH; the command line must be a single line without a
 * trailing comment or here-document.
 * <p>
 * After a {@code TIMEOUT}, {@code CONNECTION_LOST} or {@code CANCELLED} the shell is closed (its state is unknown);
 * open a new one.
 *
 * @since 0.1
 */
public interface ShellSession extends AutoCloseable {

    /** What the device printed before its first prompt (login banner, message of the day), with {@code \n} lines. */
    String banner();

    /** The prompt the shell printed, e.g. {@code root@DD-WRT:~# }. */
    String prompt();

    /** Runs one command line with the session's command timeout. */
    default CommandResult run(String command) throws TransportException {
        return run(command, null);
    }

    /**
     * Runs one command line and waits for it to finish.
     *
     * @param timeout how long the command may run, or {@code null} for the session's command timeout
     */
    CommandResult run(String command, Duration timeout) throws TransportException;

    boolean isOpen();

    @Override
    void close();
}
