/**
 * The clock check (F-42): SNTP (RFC 4330, RFC 5905 section 8) over UDP.
 * <ul>
 * <li>{@link io.patchbay.probe.ntp.SntpClient}: one client-mode exchange, giving the clock offset and the round trip
 * ({@link io.patchbay.probe.ntp.SntpResult}).</li>
 * <li>{@link io.patchbay.probe.ntp.ClockVerdict}: whether an offset is small enough for certificate validation.</li>
 * <li>{@link io.patchbay.probe.ntp.SntpServer}: a tiny server for simulators and tests that can lie about the time by
 * a given offset.</li>
 * </ul>
 *
 * @since 0.1
 */
package io.patchbay.probe.ntp;
