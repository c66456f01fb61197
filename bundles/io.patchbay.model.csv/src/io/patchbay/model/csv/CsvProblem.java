package io.patchbay.model.csv;

/**
 * One thing wrong with a CSV file, located so that the user can find and fix it.
 * <p>
 * Its {@link #toString() text form} is the line a user sees, in the form compilers use so that editors can jump to
 * it: {@code stations.csv:14: column 'type': 'SIPP' is not one of SYSTEM_CLIENT_HFA, SIP_CLIENT}.
 *
 * @param source  the name of the file (or other source) the problem is in, as the user named it
 * @param line    the line the problem is on, counted from 1 (the header is line 1); 0 when it concerns the whole file
 * @param column  the name of the column the problem is in, or {@code null} when it concerns the whole row or file
 * @param message what is wrong and how to fix it
 * @since 0.1
 */
public record CsvProblem(String source, long line, String column, String message) {

    /**
     * Returns the problem as one line: {@code SOURCE:LINE: column 'COLUMN': MESSAGE}, leaving out the parts that are
     * not known.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (column != null) {
            text.append("column '").append(column).append("': ");
        }
        return text.append(message).toString();
    }
}
