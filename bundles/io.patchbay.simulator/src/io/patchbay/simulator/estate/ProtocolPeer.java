package io.patchbay.simulator.estate;

/**
 * A protocol peer an {@link EstateSimulation} runs on loopback so that the live tests ({@code patchbay test}) have
 * something real to talk to: the STUN server, a system's SIP registrar and service ports, a router's port forwards,
 * the time server, the RSP.servicelink endpoints, the RSIP server.
 *
 * @param serves   the estate object it stands for, as the operator reads it
 * @param protocol what it speaks, e.g. {@code stun}, {@code sip}, {@code forward}, {@code ntp}, {@code rsip}
 * @param host     the loopback address it listens on
 * @param port     the port (0 when it listens on several: see {@code detail})
 * @param detail   one line: what it answers and how it differs from the real thing
 * @since 0.1
 */
public record ProtocolPeer(String serves, String protocol, String host, int port, String detail) {
}
