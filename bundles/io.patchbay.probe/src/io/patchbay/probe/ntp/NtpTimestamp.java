package io.patchbay.probe.ntp;

import java.time.Instant;

/** The 64-bit NTP timestamp: seconds since 1900 (era 0, wrapping in 2036 into era 1) and a binary fraction. */
final class NtpTimestamp {

    /** Seconds from 1900-01-01 to 1970-01-01. */
    static final long UNIX_TO_NTP = 2_208_988_800L;
    private static final long ERA = 1L << 32;

    private NtpTimestamp() {
    }

    static long encode(Instant time) {
        long seconds = (time.getEpochSecond() + UNIX_TO_NTP) & 0xFFFF_FFFFL;
        long fraction = (time.getNano() * ERA) / 1_000_000_000L;
        return seconds << 32 | fraction;
    }

    /**
     * The instant closest to {@code near} with these bits: era 0 and era 1 (after 2036-02-07) are told apart by
     * whichever lies within 68 years of our own clock.
     */
    static Instant decode(long bits, Instant near) {
        long seconds = bits >>> 32;
        long fraction = bits & 0xFFFF_FFFFL;
        long unix = seconds - UNIX_TO_NTP;
        long nearSeconds = near.getEpochSecond();
        while (unix < nearSeconds - ERA / 2) {
            unix += ERA;
        }
        while (unix > nearSeconds + ERA / 2) {
            unix -= ERA;
        }
        return Instant.ofEpochSecond(unix, (fraction * 1_000_000_000L) >>> 32);
    }
}
