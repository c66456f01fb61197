package io.patchbay.core;

import java.util.Objects;

/**
 * Where a device is reached: host name or address and TCP/UDP port. Its {@link #toString()} is {@code host:port}
 * ({@code [v6addr]:port} for IPv6), the form every Patchbay message uses to name a device.
 *
 * @param host host name, IPv4 or IPv6 address (without brackets)
 * @param port 1–65535
 * @since 0.1
 */
public record DeviceAddress(String host, int port) {

    /** @throws IllegalArgumentException if the host is blank or the port outside 1–65535 */
    public DeviceAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("a device address needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " of " + host + " is outside 1-65535");
        }
    }

    /** The address of {@code host} on {@code port}. */
    public static DeviceAddress of(String host, int port) {
        return new DeviceAddress(host, port);
    }

    @Override
    public String toString() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
