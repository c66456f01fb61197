package io.patchbay.core.transportlog;

import java.util.Objects;

import io.patchbay.core.DeviceAddress;
import io.patchbay.core.transportlog.TransportLogEntry.Direction;

/**
 * Writes the log of one session: masks each text with the session's {@link SecretMasker}, splits output into lines,
 * truncates long output, and hands the result to the log. Transports get one from {@link TransportLog#writer}, or use
 * {@link #NONE} when no log service is there. Safe for use from many threads.
 * <p>
 * Output is logged line by line: at most {@value #MAX_LINES} lines of one answer (then one line saying how many were
 * left out) and {@value #MAX_LINE_LENGTH} characters of a line.
 *
 * @since 0.1
 */
public final class TransportLogWriter {

    /** Lines of one answer that are logged; the rest is summed up in one line. */
    public static final int MAX_LINES = 200;

    /** Characters of one line that are logged. */
    public static final int MAX_LINE_LENGTH = 1000;

    /** A writer that writes nothing, for a transport without a log service. */
    public static final TransportLogWriter NONE = new TransportLogWriter(null, DeviceAddress.of("none", 1), "none",
            SecretMasker.patternsOnly(), null);

    /** Where a writer's masked lines go: a {@link TransportLog} implementation. */
    @FunctionalInterface
    public interface Sink {
        /** Records one line; {@code text} is already masked. */
        void record(String deviceName, DeviceAddress address, String transport, Direction direction, String text);
    }

    private final String deviceName;
    private final DeviceAddress address;
    private final String transport;
    private final SecretMasker masker;
    private final Sink sink;

    /**
     * A writer for one session, for {@link TransportLog} implementations.
     *
     * @param sink where masked lines go, or {@code null} to write nothing
     */
    public TransportLogWriter(String deviceName, DeviceAddress address, String transport, SecretMasker masker,
            Sink sink) {
        this.deviceName = deviceName == null ? "" : deviceName;
        this.address = Objects.requireNonNull(address, "address");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.masker = Objects.requireNonNull(masker, "masker");
        this.sink = sink;
    }

    /** Whether anything is written; a transport may skip building a costly text when not. */
    public boolean isEnabled() {
        return sink != null;
    }

    /** The masker of this session, e.g. for SNMP values ({@link SecretMasker#maskSnmpValue}). */
    public SecretMasker masker() {
        return masker;
    }

    /** A command or request sent to the device (one entry). */
    public void sent(String text) {
        write(Direction.SENT, text);
    }

    /** What the device answered, one entry per line, long answers truncated. */
    public void received(String output) {
        lines(Direction.RECEIVED, output);
    }

    /** Something that happened to the connection: connected, host key verified, authenticated, closed. */
    public void event(String text) {
        write(Direction.EVENT, text);
    }

    /** A failure: the message of the exception the caller gets, or a refusal. */
    public void error(String text) {
        lines(Direction.ERROR, text);
    }

    private void write(Direction direction, String text) {
        if (sink == null) {
            return;
        }
        String masked = masker.mask(text);
        int newline = masked.indexOf('\n');
        if (newline >= 0 && newline == masked.length() - 1) {
            masked = masked.substring(0, newline);
        }
        record(direction, masked.replace("\r", "").replace('\n', '\u21b5'));
    }

    private void lines(Direction direction, String output) {
        if (sink == null || output == null || output.isEmpty()) {
            return;
        }
        // masked whole first: a secret (a key) may span lines
        String masked = masker.mask(output).replace("\r\n", "\n").replace('\r', '\n');
        int end = masked.endsWith("\n") ? masked.length() - 1 : masked.length();
        int start = 0;
        int lines = 0;
        while (start <= end) {
            int newline = masked.indexOf('\n', start);
            if (newline < 0 || newline > end) {
                newline = end;
            }
            if (lines == MAX_LINES) {
                int left = 1;
                for (int i = masked.indexOf('\n', start); i >= 0 && i < end; i = masked.indexOf('\n', i + 1)) {
                    left++;
                }
                record(direction, "\u2026 " + left + " more line" + (left == 1 ? "" : "s") + " ("
                        + (end - start) + " characters) not shown");
                return;
            }
            record(direction, masked.substring(start, newline));
            lines++;
            start = newline + 1;
        }
    }

    private void record(Direction direction, String line) {
        String text = line.length() <= MAX_LINE_LENGTH ? line
                : line.substring(0, MAX_LINE_LENGTH) + "\u2026 (" + (line.length() - MAX_LINE_LENGTH)
                        + " more characters)";
        try {
            sink.record(deviceName, address, transport, direction, text);
        } catch (RuntimeException e) {
            // a broken log never breaks a session to a device
        }
    }

    @Override
    public String toString() {
        return "TransportLogWriter[" + (deviceName.isEmpty() ? "" : deviceName + " ") + address + ", " + transport
                + (sink == null ? ", off" : "") + "]";
    }
}
