package io.patchbay.probe.ntp;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;

/**
 * The answer of one SNTP exchange.
 *
 * @param server where the reply came from
 * @param offset how far the server's clock is ahead of ours (negative: ours is ahead); RFC 5905 θ =
 *            ((T2 − T1) + (T3 − T4)) / 2
 * @param roundTrip the network delay RFC 5905 δ = (T4 − T1) − (T3 − T2), never negative
 * @param serverTime the server's transmit timestamp (T3)
 * @param stratum 1–15 (1: a reference clock; 16 and above: unsynchronised)
 * @param leap the leap indicator, 0–3 (3: the server's clock is not synchronised)
 * @param version the NTP version of the reply
 * @param referenceId the server's reference id as text: four ASCII characters for stratum 1 ("GPS", "LOCL"), an IPv4
 *            address above
 * @since 0.1
 */
public record SntpResult(InetSocketAddress server, Duration offset, Duration roundTrip, Instant serverTime,
        int stratum, int leap, int version, String referenceId) {

    /** Whether the server says its own clock is synchronised (leap indicator not 3, stratum below 16). */
    public boolean serverSynchronised() {
        return leap != 3 && stratum >= 1 && stratum < 16;
    }
}
