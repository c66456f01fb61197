package io.patchbay.cli;

/**
 * A failure that the user can act on: its message is printed as a single line (prefixed with the command name) and
 * the process ends with {@link #exitCode()}. The message must name the object concerned and say what to do.
 *
 * @since 0.1
 */
public class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
