package io.patchbay.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bits of {@code ash} grammar around background jobs: a line cut into lists at {@code ;} and a lone {@code &}
 * (quotes, {@code ( … )} and {@code $( … )} respected), and the body of a job such as
 * {@code (sleep 5; nvram commit) >/dev/null 2>&1}.
 */
final class JobSyntax {

    /** One list of a line, and whether a lone {@code &} sent it to the background. */
    record Part(String text, boolean background) {
    }

    private static final Pattern REDIRECTION = Pattern.compile("\\s*(?:[12]?>&[12]|[012]?>\\s*([^\\s&]\\S*))\\s*$");

    private JobSyntax() {
    }

    /** Whether the line has a lone {@code &} outside quotes and parentheses, i.e. starts a background job. */
    static boolean hasBackground(String line) {
        return split(line).stream().anyMatch(Part::background);
    }

    /** The lists of a line, in order, each with its terminator's meaning; empty lists are dropped. */
    static List<Part> split(String line) {
        List<Part> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && c == ';') {
                add(parts, line.substring(start, i), false);
                start = i + 1;
            } else if (depth == 0 && c == '&') {
                boolean and = next(line, i) == '&';
                boolean redirect = i > 0 && line.charAt(i - 1) == '>' || next(line, i) == '>';
                if (and) {
                    i++;
                } else if (!redirect) {
                    add(parts, line.substring(start, i), true);
                    start = i + 1;
                }
            }
        }
        add(parts, line.substring(start), false);
        return parts;
    }

    /**
     * The commands a background list runs: its redirections removed (they may only send output to
     * {@code /dev/null}, as a job's output has nowhere else to go here) and a {@code ( … )} subshell opened.
     *
     * @throws IllegalArgumentException naming a redirection this twin does not simulate
     */
    static String body(String list) {
        String text = list.strip();
        for (Matcher m = REDIRECTION.matcher(text); m.find(); m = REDIRECTION.matcher(text)) {
            if (m.group(1) != null && !m.group(1).equals("/dev/null")) {
                throw new IllegalArgumentException(m.group(1));
            }
            text = text.substring(0, m.start()).strip();
        }
        if (text.startsWith("(") && closing(text, 0) == text.length() - 1) {
            return text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** The index of the {@code )} that closes the {@code (} at {@code open}, or -1 when it is not closed. */
    static int closing(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void add(List<Part> parts, String text, boolean background) {
        if (!text.isBlank()) {
            parts.add(new Part(text.strip(), background));
        }
    }

    private static char next(String line, int i) {
        return i + 1 < line.length() ? line.charAt(i + 1) : 0;
    }
}
