package io.patchbay.core;

/**
 * Opens SNMP sessions to devices. An OSGi service, registered with {@code (patchbay.transport=snmp)} like the other
 * transports ({@link Transport#PROTOCOL}); stateless between sessions and safe to use from many threads.
 *
 * <pre>{@code
 * try (SnmpSession session = snmp.open(SnmpSpec.v2c(device, vault.resolve("vault:osbiz/pbx-hh/community")).build())) {
 *     String name = session.get("1.3.6.1.2.1.1.5.0").asText();
 *     session.set("1.3.6.1.4.1.32473.1.1.3.0", SnmpValue.integer(4));
 * } catch (TransportException e) {
 *     if (e.kind() == TransportException.Kind.REFUSED) show(e.snmpError().get().mibName(), e.oid().get(), e.fix());
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface SnmpTransport {

    /** The value of the {@value Transport#PROTOCOL} service property. */
    String PROTOCOL = "snmp";

    /**
     * Opens a session and proves it with one GET of {@code sysObjectID.0}, so that a wrong address, community or
     * SNMPv3 login fails here and not at the first real request.
     *
     * @throws TransportException {@code TIMEOUT}, {@code UNREACHABLE}, {@code AUTH_FAILED}, {@code PROTOCOL_ERROR}
     *                            or {@code CANCELLED}; nothing stays open after a failure
     */
    SnmpSession open(SnmpSpec spec) throws TransportException;
}
