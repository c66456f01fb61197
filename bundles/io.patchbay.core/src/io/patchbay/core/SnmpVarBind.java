package io.patchbay.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One object of an SNMP request or response: its numeric OID and its value.
 *
 * @param oid   numeric, dotted, without a leading dot ({@code 1.3.6.1.2.1.1.5.0})
 * @param value the value ({@link SnmpValue#special NULL} in a GET request)
 * @since 0.1
 */
public record SnmpVarBind(String oid, SnmpValue value) {

    private static final Pattern NUMERIC = Pattern.compile("[0-2](\\.\\d+)+");

    public SnmpVarBind {
        oid = checkOid(oid);
        Objects.requireNonNull(value, "value");
    }

    public static SnmpVarBind of(String oid, SnmpValue value) {
        return new SnmpVarBind(oid, value);
    }

    /** Whether {@code oid} lies in the subtree {@code root} (or is {@code root} itself). */
    public static boolean inSubtree(String oid, String root) {
        return oid.equals(root) || oid.startsWith(root + ".");
    }

    static String checkOid(String oid) {
        Objects.requireNonNull(oid, "oid");
        String plain = oid.startsWith(".") ? oid.substring(1) : oid;
        if (!NUMERIC.matcher(plain).matches()) {
            throw new IllegalArgumentException("'" + oid + "' is not a numeric OID (like 1.3.6.1.2.1.1.5.0)");
        }
        return plain;
    }

    @Override
    public String toString() {
        return oid + " = " + value;
    }
}
