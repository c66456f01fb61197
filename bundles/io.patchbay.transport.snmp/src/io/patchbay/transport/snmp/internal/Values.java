package io.patchbay.transport.snmp.internal;

import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

import io.patchbay.core.SnmpValue;

/** Converts between our values and SNMP4J's variables. */
final class Values {

    private Values() {
    }

    static SnmpValue fromSnmp4j(Variable variable) {
        return switch (variable.getSyntax()) {
            case SMIConstants.SYNTAX_INTEGER -> SnmpValue.integer(variable.toInt());
            case SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_OPAQUE ->
                SnmpValue.octets(((OctetString) variable).getValue());
            case SMIConstants.SYNTAX_OBJECT_IDENTIFIER -> SnmpValue.oid(((OID) variable).toDottedString());
            case SMIConstants.SYNTAX_IPADDRESS -> SnmpValue.ipAddress(((IpAddress) variable).getInetAddress()
                    .getHostAddress());
            case SMIConstants.SYNTAX_COUNTER32 -> SnmpValue.counter32(variable.toLong());
            case SMIConstants.SYNTAX_GAUGE32 -> SnmpValue.gauge32(variable.toLong());
            case SMIConstants.SYNTAX_TIMETICKS -> SnmpValue.timeTicks(variable.toLong());
            case SMIConstants.SYNTAX_COUNTER64 -> SnmpValue.counter64(variable.toLong());
            case SMIConstants.EXCEPTION_NO_SUCH_OBJECT -> SnmpValue.special(SnmpValue.Type.NO_SUCH_OBJECT);
            case SMIConstants.EXCEPTION_NO_SUCH_INSTANCE -> SnmpValue.special(SnmpValue.Type.NO_SUCH_INSTANCE);
            case SMIConstants.EXCEPTION_END_OF_MIB_VIEW -> SnmpValue.special(SnmpValue.Type.END_OF_MIB_VIEW);
            default -> SnmpValue.special(SnmpValue.Type.NULL);
        };
    }

    static Variable toSnmp4j(SnmpValue value) {
        return switch (value.type()) {
            case INTEGER -> new Integer32(value.asInt());
            case OCTET_STRING -> new OctetString(value.asBytes());
            case OBJECT_IDENTIFIER -> new OID(value.asText());
            case IP_ADDRESS -> new IpAddress(value.asText());
            case COUNTER32 -> new Counter32(value.asLong());
            case GAUGE32 -> new Gauge32(value.asLong());
            case TIME_TICKS -> new TimeTicks(value.asLong());
            case COUNTER64 -> new Counter64(value.asLong());
            case NULL -> Null.instance;
            case NO_SUCH_OBJECT -> Null.noSuchObject;
            case NO_SUCH_INSTANCE -> Null.noSuchInstance;
            case END_OF_MIB_VIEW -> Null.endOfMibView;
        };
    }
}
