package io.patchbay.probe.rsip;

/**
 * Why an RSIP exchange failed, in the words of F-56, with what the operator should check.
 *
 * @since 0.1
 */
public enum RsipCause {

    /** No RSIP server answers on the address: server down, firewall on 4555, wrong port, or the external side. */
    CONNECTION_REFUSED("Connection refused",
            "check that rsipd runs, that 4555 is open and that the client is on the internal interface"),
    /** The server refused the registration: MAX_CLIENTS too low, or the client is not on INT_IF. */
    UNABLE_TO_REGISTER("Unable to register", "raise MAX_CLIENTS or register from the internal interface (INT_IF)"),
    /** The server has no address or ports to give: resources exhausted, or POOL/INT_IF/EXT_IF wrong. */
    UNABLE_TO_GET_PORTS("Unable to get port assignments",
            "free binds or widen PORT_RANGE; check POOL, INT_IF and EXT_IF"),
    /** A lease or registration is gone or unknown (it expired without EXTEND). */
    LEASE_EXPIRED("Lease expired", "extend binds and registrations before their lease time runs out"),
    /** No answer within the timeout. */
    NO_ANSWER("No answer", "check the address and port and that nothing on the path drops RSIP"),
    /** Any other refusal or a malformed answer. */
    PROTOCOL_ERROR("RSIP error", "see the RSIP error code");

    private final String text;
    private final String hint;

    RsipCause(String text, String hint) {
        this.text = text;
        this.hint = hint;
    }

    /** The cause as F-56 names it, e.g. "Unable to register". */
    public String text() {
        return text;
    }

    /** What to check. */
    public String hint() {
        return hint;
    }

    /** The cause of an ERROR_RESPONSE carrying {@code error} to a request of type {@code requestType}. */
    public static RsipCause of(int requestType, int error) {
        if (requestType == RsipMessage.REGISTER_REQUEST) {
            return UNABLE_TO_REGISTER;
        }
        return switch (error) {
            case RsipMessage.LOCAL_ADDR_UNAVAILABLE, RsipMessage.LOCAL_ADDRPORT_UNAVAILABLE,
                    RsipMessage.LOCAL_ADDR_INUSE, RsipMessage.LOCAL_ADDRPORT_INUSE, RsipMessage.LOCAL_ADDR_UNALLOWED,
                    RsipMessage.LOCAL_ADDRPORT_UNALLOWED ->
                UNABLE_TO_GET_PORTS;
            case RsipMessage.REGISTER_FIRST, RsipMessage.BAD_CLIENT_ID, RsipMessage.BAD_BIND_ID -> LEASE_EXPIRED;
            case RsipMessage.REGISTRATION_DENIED -> UNABLE_TO_REGISTER;
            default -> PROTOCOL_ERROR;
        };
    }
}
