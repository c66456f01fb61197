package io.patchbay.probe.relay.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.patchbay.probe.relay.AttemptOutcome;

/**
 * An HTTP response's status line and headers, read byte by byte so that nothing after them is consumed, within the
 * deadline and a size limit: a peer that trickles, floods or stops cannot hold the probe.
 *
 * @param status the status code
 * @param statusLine the status line as received (printable characters only)
 * @param headers the header lines as received
 */
public record ResponseHead(int status, String statusLine, List<String> headers) {

    static final int LIMIT = 16 * 1024;
    private static final Pattern STATUS = Pattern.compile("HTTP/\\d(?:\\.\\d)? (\\d{3})(?: .*)?");

    /** The values of every header named {@code name}, case-insensitively. */
    public List<String> values(String name) {
        List<String> values = new ArrayList<>();
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        for (String header : headers) {
            if (header.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                values.add(header.substring(prefix.length()).strip());
            }
        }
        return values;
    }

    /**
     * Reads a response head from {@code in}; any failure is {@code malformed} with the reason (closed, cut short,
     * not HTTP, too long) or a timeout.
     */
    static ResponseHead read(InputStream in, Socket socket, Deadline deadline, AttemptOutcome malformed, String who)
            throws AttemptFailed {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            int last3 = 0;
            while (true) {
                deadline.apply(socket, "no answer from " + who);
                int b = in.read();
                if (b < 0) {
                    if (bytes.size() == 0) {
                        throw new AttemptFailed(malformed, "EOF", who + " closed the connection without answering");
                    }
                    throw new AttemptFailed(malformed, "EOF", who + " closed the connection in the middle of its"
                            + " answer: " + printable(bytes.toByteArray()));
                }
                bytes.write(b);
                last3 = (last3 << 8 | b) & 0xFFFFFFFF;
                if (last3 == 0x0D0A0D0A || (last3 & 0xFFFF) == 0x0A0A) {
                    break;
                }
                if (bytes.size() == 8 && !bytes.toString(StandardCharsets.ISO_8859_1).startsWith("HTTP/")) {
                    throw new AttemptFailed(malformed, "NOT-HTTP", who + " answered something other than HTTP: "
                            + printable(bytes.toByteArray()));
                }
                if (bytes.size() > LIMIT) {
                    throw new AttemptFailed(malformed, "TOO-LONG", who + " sent more than " + LIMIT
                            + " bytes of headers: " + printable(firstLine(bytes.toByteArray())));
                }
            }
        } catch (SocketTimeoutException e) {
            throw bytes.size() == 0 ? deadline.timeout("no answer from " + who)
                    : new AttemptFailed(AttemptOutcome.TIMEOUT, "ETIMEDOUT", who + " did not finish its answer within "
                            + deadline.total().toMillis() + " ms: " + printable(firstLine(bytes.toByteArray())));
        } catch (IOException e) {
            throw new AttemptFailed(malformed, "EIO", "the connection to " + who + " broke: " + e.getMessage());
        }
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n")));
        String statusLine = lines.isEmpty() ? "" : lines.remove(0);
        Matcher matcher = STATUS.matcher(statusLine);
        if (!matcher.matches()) {
            throw new AttemptFailed(malformed, "NOT-HTTP", who + " answered with a malformed status line: "
                    + printable(statusLine.getBytes(StandardCharsets.ISO_8859_1)));
        }
        lines.removeIf(String::isEmpty);
        return new ResponseHead(Integer.parseInt(matcher.group(1)),
                printable(statusLine.getBytes(StandardCharsets.ISO_8859_1)), lines);
    }

    private static byte[] firstLine(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r' || bytes[i] == '\n') {
                return java.util.Arrays.copyOf(bytes, i);
            }
        }
        return bytes;
    }

    /** At most 120 characters, non-printable bytes as {@code \xNN}: safe for a report line. */
    public static String printable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (out.length() >= 120) {
                out.append('…');
                break;
            }
            if (c == '\r' || c == '\n') {
                out.append(c == '\r' ? "\\r" : "\\n");
            } else if (c >= 0x20 && c < 0x7F) {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.toString();
    }
}
