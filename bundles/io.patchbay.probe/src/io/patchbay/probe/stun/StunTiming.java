package io.patchbay.probe.stun;

import java.time.Duration;

/**
 * When a UDP client retransmits a request and when it gives up (RFC 5389 section 7.2.1): the first transmission at 0,
 * then one after RTO, doubling the interval each time, {@code transmissions} in all; after the last one the client
 * waits {@code lastWaitMultiplier} × RTO. The RFC's defaults (RTO 500 ms, 7 transmissions, ×16) give up after 39.5 s.
 * <p>
 * {@code limit} caps the whole transaction whatever the schedule says; over TCP it is the only timeout (RFC 5389's Ti,
 * 39.5 s by default).
 *
 * @param rto the first retransmission timeout, at least 1 ms
 * @param transmissions how many times the request is sent over UDP, at least 1
 * @param lastWaitMultiplier how many RTOs to wait after the last transmission, at least 1
 * @param limit the longest the whole transaction may take
 * @since 0.1
 */
public record StunTiming(Duration rto, int transmissions, int lastWaitMultiplier, Duration limit) {

    public StunTiming {
        if (rto.toMillis() < 1) {
            throw new IllegalArgumentException("RTO " + rto.toMillis() + " ms is shorter than 1 ms");
        }
        if (transmissions < 1 || transmissions > 30) {
            throw new IllegalArgumentException("transmissions " + transmissions + " is not between 1 and 30");
        }
        if (lastWaitMultiplier < 1) {
            throw new IllegalArgumentException("last wait multiplier " + lastWaitMultiplier + " is less than 1");
        }
        if (limit.toMillis() < 1) {
            throw new IllegalArgumentException("limit " + limit.toMillis() + " ms is shorter than 1 ms");
        }
    }

    /** RFC 5389's defaults: RTO 500 ms, 7 transmissions, a last wait of 16 RTOs: 39.5 s in all. */
    public static StunTiming rfc5389() {
        return of(Duration.ofMillis(500), 7, 16);
    }

    /** The schedule of RFC 5389 with the given parameters and no further limit. */
    public static StunTiming of(Duration rto, int transmissions, int lastWaitMultiplier) {
        return new StunTiming(rto, transmissions, lastWaitMultiplier, schedule(rto, transmissions, lastWaitMultiplier));
    }

    /** The same schedule, cut off after {@code total}. */
    public StunTiming limitedTo(Duration total) {
        return new StunTiming(rto, transmissions, lastWaitMultiplier, total.compareTo(limit) < 0 ? total : limit);
    }

    /** The longest a transaction with this timing can take. */
    public Duration total() {
        return limit;
    }

    private static Duration schedule(Duration rto, int transmissions, int lastWaitMultiplier) {
        long interval = rto.toNanos();
        long lastSend = 0;
        for (int i = 1; i < transmissions; i++) {
            lastSend += interval;
            interval *= 2;
        }
        return Duration.ofNanos(lastSend + rto.toNanos() * lastWaitMultiplier);
    }
}
