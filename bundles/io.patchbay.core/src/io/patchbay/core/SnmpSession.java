package io.patchbay.core;

import java.util.List;

/**
 * An open SNMP session to one device. Safe to use from several threads at once. Every request waits
 * {@link SnmpSpec#timeout()} per try, {@link SnmpSpec#retries()} more times, and ends early when the spec's
 * {@link Cancellation} is raised. Closing is idempotent and never throws; afterwards every call fails with
 * {@code CONNECTION_LOST}.
 * <p>
 * Failures are {@link TransportException}s: {@code TIMEOUT} (no answer: device off, wrong address or port, or, in
 * SNMPv2c, a wrong community, which devices answer with silence), {@code AUTH_FAILED} (SNMPv3 user or pass phrase
 * refused), {@code REFUSED} (an SNMP error status, with {@link TransportException#snmpError()} and the OID),
 * {@code CANCELLED}, {@code PROTOCOL_ERROR}.
 *
 * @since 0.1
 */
public interface SnmpSession extends AutoCloseable {

    DeviceAddress device();

    /** Things the operator should know, e.g. that the device runs SNMPv3 without privacy. One line each. */
    List<String> warnings();

    /**
     * Reads several objects in one GET. The answer has one entry per OID, in order; an object the device does not
     * have comes back as {@link SnmpValue.Type#NO_SUCH_OBJECT} or {@link SnmpValue.Type#NO_SUCH_INSTANCE}, not as an
     * error.
     */
    List<SnmpVarBind> get(List<String> oids) throws TransportException;

    /** Reads one object; see {@link #get(List)}. */
    default SnmpValue get(String oid) throws TransportException {
        return get(List.of(oid)).get(0).value();
    }

    /** The next object after {@code oid} in the device's order (one GETNEXT). */
    SnmpVarBind getNext(String oid) throws TransportException;

    /**
     * Every object under {@code subtree}, in OID order, read with GETBULK ({@link SnmpSpec#maxRepetitions()} per
     * request). A device that returns OIDs out of order ends the walk with {@code PROTOCOL_ERROR}.
     */
    List<SnmpVarBind> walk(String subtree) throws TransportException;

    /**
     * Writes all {@code values} in one SET, which the device applies all or nothing. A refusal is a
     * {@code REFUSED} exception naming the error status and the OID the device blamed.
     *
     * @return what the device answered (normally the values written; secrets stay masked in its {@code toString})
     */
    List<SnmpVarBind> set(List<SnmpVarBind> values) throws TransportException;

    /** Writes one object; see {@link #set(List)}. */
    default void set(String oid, SnmpValue value) throws TransportException {
        set(List.of(SnmpVarBind.of(oid, value)));
    }

    boolean isOpen();

    @Override
    void close();
}
