package io.patchbay.model;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An estate file that cannot be read, with where and why: {@link #getMessage()} is one line of the form
 * {@code FILE:LINE:COLUMN: what is wrong; what to do} (line and column are left out when unknown), ready to be shown
 * to an operator or printed by a command.
 *
 * @since 0.1
 */
public class EstateFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file    the file that was read
     * @param line    1-based line of the problem, or 0 when unknown
     * @param column  1-based column of the problem, or 0 when unknown
     * @param problem what is wrong and what to do, without the location
     * @param cause   the underlying exception, if any
     */
    public EstateFileException(Path file, int line, int column, String problem, Throwable cause) {
        super(location(file, line, column) + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String location(Path file, int line, int column) {
        StringBuilder location = new StringBuilder().append(file);
        if (line > 0) {
            location.append(':').append(line);
            if (column > 0) {
                location.append(':').append(column);
            }
        }
        return location.append(": ").toString();
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong and what to do, without the location. */
    public String problem() {
        return problem;
    }
}
