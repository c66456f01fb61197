package io.patchbay.core.transportlog;

import java.time.Instant;
import java.util.Objects;

import io.patchbay.core.DeviceAddress;

/**
 * One line of a transport log: what Patchbay sent to a device, what the device answered, or something that happened
 * to the connection. The text is already masked (see {@link SecretMasker}): an entry never holds a secret, so it may
 * be shown, copied and saved as it is.
 *
 * @param sequence   increasing number of the entry in its log (gaps mean entries were dropped from the ring buffer)
 * @param time       when the transport wrote it
 * @param deviceName the device's name in the estate, or empty when the caller did not name it
 * @param address    where the device was reached
 * @param transport  the protocol, {@code ssh} or {@code snmp}
 * @param direction  sent, received, event or error
 * @param text       one line (or a short block), masked and truncated
 * @since 0.1
 */
public record TransportLogEntry(long sequence, Instant time, String deviceName, DeviceAddress address,
        String transport, Direction direction, String text) {

    /** Which way an entry went. */
    public enum Direction {
        /** a command or request sent to the device */
        SENT("\u2192"),
        /** what the device answered */
        RECEIVED("\u2190"),
        /** something that happened to the connection: connect, host key verified, authenticated, disconnect */
        EVENT("\u2022"),
        /** a failure: refused, timed out, lost, authentication failed */
        ERROR("!");

        private final String marker;

        Direction(String marker) {
            this.marker = marker;
        }

        /** A one-character marker for a console line: → ← • ! */
        public String marker() {
            return marker;
        }
    }

    public TransportLogEntry {
        Objects.requireNonNull(time, "time");
        deviceName = deviceName == null ? "" : deviceName;
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(direction, "direction");
        text = text == null ? "" : text;
    }

    /** The device as a console names it: {@code name (host:port)}, or just {@code host:port} without a name. */
    public String deviceLabel() {
        return deviceName.isEmpty() ? address.toString() : deviceName + " (" + address + ")";
    }

    /** Whether {@code needle} (case-insensitive) occurs in the device's name, its address or the text. */
    public boolean matches(String needle) {
        if (needle == null || needle.isBlank()) {
            return true;
        }
        String lower = needle.strip().toLowerCase(java.util.Locale.ROOT);
        return deviceName.toLowerCase(java.util.Locale.ROOT).contains(lower)
                || address.toString().toLowerCase(java.util.Locale.ROOT).contains(lower)
                || text.toLowerCase(java.util.Locale.ROOT).contains(lower);
    }

    /** {@code time device transport marker text} on one line, as the console's Copy and Save as… write it. */
    @Override
    public String toString() {
        return time + " " + deviceLabel() + " " + transport + " " + direction.marker() + " " + text;
    }
}
