package io.patchbay.probe.rsip;

import java.net.InetAddress;
import java.time.Duration;

/**
 * What an ASSIGN or LISTEN response granted.
 *
 * @param bindId the server's BIND ID, for EXTEND
 * @param address the leased external address
 * @param ports the leased ports (for RSA-IP: the whole address, shown as 0 ports)
 * @param lease how long the bind lasts unless extended
 * @since 0.1
 */
public record RsipLease(long bindId, InetAddress address, RsipPorts ports, Duration lease) {
}
