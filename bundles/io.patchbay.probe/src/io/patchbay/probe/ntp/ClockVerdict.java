package io.patchbay.probe.ntp;

import java.time.Duration;

/**
 * Whether a clock is close enough to a time server for certificate validation (F-42).
 *
 * @param offset how far the server is ahead of the clock checked (negative: the clock is ahead)
 * @param threshold the largest offset, either way, that still passes
 * @param ok whether |offset| ≤ threshold
 * @param message one line for an operator: the offset in words and, when it fails, what follows and what to do
 * @since 0.1
 */
public record ClockVerdict(Duration offset, Duration threshold, boolean ok, String message) {

    /** The default threshold: well inside certificate validity margins, well above network jitter. */
    public static final Duration DEFAULT_THRESHOLD = Duration.ofSeconds(60);

    /** Judges {@code result}'s offset against {@code threshold}. */
    public static ClockVerdict of(SntpResult result, Duration threshold) {
        return of(result.offset(), threshold);
    }

    /** Judges {@code offset} (server minus local clock) against {@code threshold}. */
    public static ClockVerdict of(Duration offset, Duration threshold) {
        if (threshold.isNegative()) {
            throw new IllegalArgumentException("threshold " + threshold + " is negative");
        }
        Duration size = offset.abs();
        String how = size.isZero() ? "clock is right" : "clock is " + words(size) + (offset.isNegative() ? " ahead" : " behind");
        boolean ok = size.compareTo(threshold) <= 0;
        String message = ok ? how + " (within " + words(threshold) + ")"
                : how + ": certificate validation will fail (F-42); set NTP";
        return new ClockVerdict(offset, threshold, ok, message);
    }

    /**
     * "250 ms", "3.4 s", "1.5 min", "12 min", "2 h 5 min", "3 d 4 h": rounded, never truncated, so an offset measured a
     * few milliseconds short of 12 minutes still reads "12 min".
     */
    static String words(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        if (ms < 600_000) {
            return String.format(java.util.Locale.ROOT, "%.1f min", ms / 60_000.0);
        }
        long minutes = (ms + 30_000) / 60_000;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        long roundedHours = (minutes + 30) / 60;
        return roundedHours / 24 + " d" + (roundedHours % 24 == 0 ? "" : " " + roundedHours % 24 + " h");
    }
}
