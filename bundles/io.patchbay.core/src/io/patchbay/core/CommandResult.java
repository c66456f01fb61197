package io.patchbay.core;

import java.util.Objects;

/**
 * What a command on a device produced: its exit code and its output. A non-zero exit code is a result, not an
 * error; call {@link #requireSuccess()} when the caller treats it as one.
 *
 * @param device  the device the command ran on
 * @param command the command line as sent
 * @param exitCode the command's exit status (0 = success)
 * @param stdout  standard output, lines ending in {@code \n} (no {@code \r})
 * @param stderr  standard error (empty in a shell, where the terminal merges it into {@code stdout})
 * @since 0.1
 */
public record CommandResult(DeviceAddress device, String command, int exitCode, String stdout, String stderr) {

    public CommandResult {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(command, "command");
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /**
     * Returns this result if the exit code is 0.
     *
     * @throws TransportException of kind {@link TransportException.Kind#COMMAND_FAILED} carrying the exit code and
     *                            the output otherwise
     */
    public CommandResult requireSuccess() throws TransportException {
        if (exitCode != 0) {
            throw TransportException.commandFailed(device, command, exitCode, stdout, stderr);
        }
        return this;
    }

    /** Device, command and exit code; the output is left out because a device may print secrets. */
    @Override
    public String toString() {
        return "CommandResult[" + device + ", " + TransportException.commandName(command) + ", exit " + exitCode + "]";
    }
}
