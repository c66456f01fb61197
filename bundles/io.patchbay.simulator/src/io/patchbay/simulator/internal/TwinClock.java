package io.patchbay.simulator.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * A router without a real-time clock (F-44): at boot the time is NVRAM {@code no_ntp_time} ({@code YYYYMMDDhhmm},
 * UTC) if set, 1 January 2000 otherwise, and it runs on from there.
 */
public final class TwinClock {

    private static final DateTimeFormatter NO_NTP_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmm");
    private static final DateTimeFormatter BUSYBOX_DATE =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss 'UTC' uuuu", Locale.ENGLISH);
    private static final LocalDateTime NO_CLOCK = LocalDateTime.of(2000, 1, 1, 0, 0);

    private volatile LocalDateTime bootTime = NO_CLOCK;
    private volatile long bootNanos = System.nanoTime();

    /** Starts the clock again as a boot would, from {@code noNtpTime} when it is a valid date. */
    public void boot(Optional<String> noNtpTime) {
        LocalDateTime start = NO_CLOCK;
        if (noNtpTime.isPresent()) {
            try {
                start = LocalDateTime.parse(noNtpTime.get().strip(), NO_NTP_TIME);
            } catch (DateTimeParseException e) {
                // DD-WRT ignores a malformed value and starts without a clock
            }
        }
        bootTime = start;
        bootNanos = System.nanoTime();
    }

    /** Starts the clock from {@code start} (UTC), as a host whose time NTP keeps right (F-42). */
    public void set(LocalDateTime start) {
        bootTime = start;
        bootNanos = System.nanoTime();
    }

    public LocalDateTime now() {
        return bootTime.plus(Duration.ofNanos(System.nanoTime() - bootNanos));
    }

    /** {@code date}'s output, as BusyBox prints it: {@code Sat Jan  1 00:00:05 UTC 2000}. */
    public String date() {
        return BUSYBOX_DATE.format(now());
    }
}
