package io.patchbay.core;

/**
 * The error status of an SNMP response (RFC 3416 §3), each with the fix an operator can act on. A device answers with
 * one of these when it understood a request and refused it; the transport reports it as a
 * {@link TransportException.Kind#REFUSED} with the OID the device named.
 *
 * @since 0.1
 */
public enum SnmpErrorStatus {
    TOO_BIG(1, "tooBig", "Ask for fewer objects per request"),
    NO_SUCH_NAME(2, "noSuchName", "The device has no such object or row: check the OID and the index"),
    BAD_VALUE(3, "badValue", "Check the value's type and range against the device's MIB"),
    READ_ONLY(4, "readOnly", "The object cannot be changed over SNMP"),
    GEN_ERR(5, "genErr", "The device failed internally: read its state back and look at its log"),
    NO_ACCESS(6, "noAccess", "The SNMP user or community may not write this object: use one with write access"),
    WRONG_TYPE(7, "wrongType", "Send the value with the type the MIB defines (integer, octet string, IP address…)"),
    WRONG_LENGTH(8, "wrongLength", "The value is too long or too short for this object"),
    WRONG_ENCODING(9, "wrongEncoding", "The value is not encoded the way the device expects"),
    WRONG_VALUE(10, "wrongValue",
            "The device rejects this value (out of range, or against its policy, e.g. a weak password): choose another"),
    NO_CREATION(11, "noCreation", "The row does not exist and cannot be created by a SET: create it on the device first"),
    INCONSISTENT_VALUE(12, "inconsistentValue",
            "The value conflicts with the device's other settings: change those first (e.g. authentication before the SBC flag)"),
    RESOURCE_UNAVAILABLE(13, "resourceUnavailable", "The device lacks resources to apply this: try again later"),
    COMMIT_FAILED(14, "commitFailed", "The device could not apply the change: read its state back"),
    UNDO_FAILED(15, "undoFailed", "The device could not undo a failed change: read its state back and repair it"),
    AUTHORIZATION_ERROR(16, "authorizationError",
            "The SNMP user or community is not allowed this request: check the device's access (VACM) settings"),
    NOT_WRITABLE(17, "notWritable", "The object is read-only on this device: change it another way or not at all"),
    INCONSISTENT_NAME(18, "inconsistentName", "The row's index is not acceptable to the device");

    private final int code;
    private final String mibName;
    private final String fix;

    SnmpErrorStatus(int code, String mibName, String fix) {
        this.code = code;
        this.mibName = mibName;
        this.fix = fix;
    }

    /** The numeric error status on the wire. */
    public int code() {
        return code;
    }

    /** The name RFC 3416 gives it, e.g. {@code notWritable}. */
    public String mibName() {
        return mibName;
    }

    /** What the operator should do, one sentence. */
    public String fix() {
        return fix;
    }

    /** The status with {@code code}; {@link #GEN_ERR} for codes this enum does not know. */
    public static SnmpErrorStatus of(int code) {
        for (SnmpErrorStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        return GEN_ERR;
    }
}
